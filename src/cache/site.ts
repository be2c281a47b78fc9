// What the last build wrote to an output folder: the fingerprint of its
// inputs and code, and the messages it reported. A build whose fingerprint
// matches, into the same (untouched) folder, has nothing to do.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { newFile, report } from '../messages.js';
import type { WireMessage } from '../workers/wire.js';

export interface SiteManifest {
  fingerprint: string;
  /** inode of the output folder the build swapped in: another build or a hand edit that replaces it changes it */
  outIno: number;
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

/** The manifest still describes the folder: same fingerprint, and the folder is the one that build swapped in. */
export async function siteIsCurrent(manifest: SiteManifest | null, fingerprint: string, out: string): Promise<boolean> {
  if (!manifest || manifest.fingerprint !== fingerprint) return false;
  const stat = await fs.stat(out).catch(() => null);
  return stat !== null && stat.ino === manifest.outIno;
}

export async function writeSiteManifest(cacheDir: string, out: string, data: Omit<SiteManifest, 'outIno' | 'files'> & { files: VFile[] }): Promise<void> {
  const stat = await fs.stat(out);
  const manifest: SiteManifest = {
    ...data,
    outIno: stat.ino,
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
