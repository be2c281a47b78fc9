// What the last build wrote to an output folder: the fingerprint of its
// inputs and code, the seal of the site it committed (site-commit.ts: the
// hash of its file list, which holds each file's content hash), and the
// messages it reported. A build whose fingerprint matches, into a folder whose
// seal is still that one, has nothing to do. Another build into the folder
// (another cache, --no-cache) changes the seal; a commit cut short leaves none.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { newFile, report } from '../messages.js';
import type { WireMessage } from '../workers/wire.js';
import { currentSeal } from '../site-commit.js';

export interface SiteManifest {
  fingerprint: string;
  /** the seal of the site the build committed */
  seal: string;
  pages: number;
  articles: number;
  files: Array<{ path: string; messages: WireMessage[] }>;
}

const manifestPath = (cacheDir: string, out: string) =>
  path.join(cacheDir, `site-${createHash('sha256').update(path.resolve(out)).digest('hex').slice(0, 16)}.json`);

export async function readSiteManifest(cacheDir: string, out: string): Promise<SiteManifest | null> {
  try {
    return JSON.parse(await fs.readFile(manifestPath(cacheDir, out), 'utf8')) as SiteManifest;
  } catch {
    return null;
  }
}

/** The manifest still describes the folder: same fingerprint, and the folder holds the site that build committed. */
export async function siteIsCurrent(manifest: SiteManifest | null, fingerprint: string, out: string): Promise<boolean> {
  if (!manifest || manifest.fingerprint !== fingerprint || typeof manifest.seal !== 'string') return false;
  return currentSeal(out) === manifest.seal;
}

export async function writeSiteManifest(cacheDir: string, out: string, data: Omit<SiteManifest, 'seal' | 'files'> & { files: VFile[] }): Promise<void> {
  const seal = currentSeal(out);
  if (seal === null) throw new Error(`${out} is not sealed`);
  const manifest: SiteManifest = {
    ...data,
    seal,
    files: data.files
      .filter((f) => f.messages.length > 0)
      .map((f) => ({
        path: f.path,
        messages: f.messages.map((m) => ({
          severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
          code: m.ruleId ?? 'unknown',
          reason: m.reason,
          ...(m.place ? { place: JSON.parse(JSON.stringify(m.place)) } : {}),
        })),
      })),
  };
  await fs.mkdir(cacheDir, { recursive: true });
  const target = manifestPath(cacheDir, out);
  await fs.writeFile(`${target}.${process.pid}.tmp`, JSON.stringify(manifest));
  await fs.rename(`${target}.${process.pid}.tmp`, target);
}

/** The messages of the build the manifest describes, as files to report again. */
export function manifestFiles(manifest: SiteManifest): VFile[] {
  return manifest.files.map((entry) => {
    const file = newFile(entry.path);
    for (const m of entry.messages) report(file, m.severity, m.code, m.reason, m.place);
    return file;
  });
}
