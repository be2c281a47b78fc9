// Updating a site in place. A rebuild that changes a few articles would
// otherwise make a whole new tree beside the old one (at 10,000 articles,
// 176,000 entries in 61,000 folders: 7.6 s to hard-link, 5 s to delete) to
// swap it in. Instead the build writes only what changed into a staging folder
// and then commits it: a journal first, then the staged files renamed into the
// site, then the files the new site no longer has removed. A build that fails
// before the commit leaves the site untouched, as a swapped build does; one
// killed during it leaves the journal, and the next build finishes the commit
// (resumeCommit) before doing anything else.
//
// What a site holds is trusted by content, not by its folder's inode: the
// file list carries each file's content hash, and the commit ends by writing
// the seal, the hash of that list. A site whose seal is missing or does not
// match its list (a commit under way or cut short, a folder written by
// something else) is not reused: the next build finishes the commit or
// replaces the site whole.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { mapLimited } from './map-limited.js';
import { compareCodeUnits as compare } from './compare.js';

/** Every file of the site, as the build that wrote it listed them, and that build's code version. */
export const SITE_FILES = '.baokan/files.json';
/** The hash of SITE_FILES, written last: the site is as its file list says. Not in the list itself. */
export const SITE_SEAL = '.baokan/sealed';
/** In a staging folder: the commit has begun; what to remove once the staged files are in. */
const JOURNAL = '.baokan-commit.json';

interface SiteFiles {
  version: string;
  files: string[];
  /** content hash of every file but SITE_FILES, by path */
  hashes: Record<string, string>;
}

/** A sealed site: its file list and the content hash of each file. */
export interface CommittedSite {
  version: string;
  files: string[];
  hashes: Record<string, string>;
  /** the seal: hash of its file list */
  seal: string;
}

/** The site at `outDir` as its last commit left it, or null when it is not sealed (unfinished, foreign or none). */
export async function readCommittedSite(outDir: string): Promise<CommittedSite | null> {
  try {
    const bytes = await fs.readFile(path.join(outDir, ...SITE_FILES.split('/')));
    const seal = (await fs.readFile(path.join(outDir, ...SITE_SEAL.split('/')), 'utf8')).trim();
    if (seal !== sealOf(bytes)) return null;
    const parsed = JSON.parse(bytes.toString('utf8')) as SiteFiles;
    if (typeof parsed.version !== 'string' || !Array.isArray(parsed.files) || typeof parsed.hashes !== 'object' || parsed.hashes === null) return null;
    return { version: parsed.version, files: parsed.files, hashes: parsed.hashes, seal };
  } catch {
    return null;
  }
}

/** The seal of the site at `outDir` if it is sealed and its file list matches it, else null. Reads only the list. */
export function currentSeal(outDir: string): string | null {
  try {
    const bytes = readFileSync(path.join(outDir, ...SITE_FILES.split('/')));
    const seal = readFileSync(path.join(outDir, ...SITE_SEAL.split('/')), 'utf8').trim();
    return seal === sealOf(bytes) ? seal : null;
  } catch {
    return null;
  }
}

/** The file list of the site at `outDir` when it is sealed and was built by code of `version`, else null. */
export async function readSiteFiles(outDir: string, version: string): Promise<string[] | null> {
  const site = await readCommittedSite(outDir);
  return site !== null && site.version === version ? site.files : null;
}

export function siteFilesJson(version: string, files: string[], hashes: Record<string, string>): string {
  const sorted = [...files].sort(compare);
  const byPath: Record<string, string> = {};
  for (const f of sorted) if (f !== SITE_FILES) byPath[f] = hashes[f]!;
  return `${JSON.stringify({ version, files: sorted, hashes: byPath } satisfies SiteFiles)}\n`;
}

/** A file's content hash as the file list keeps it (128 bits of sha256: the list stays small). */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

const sealOf = (fileList: Uint8Array) => createHash('sha256').update(fileList).digest('hex');

/** Seal the site in `dir`: written beside and renamed, last of all. A folder with no file list is left unsealed. */
export async function writeSeal(dir: string): Promise<void> {
  const list = await fs.readFile(path.join(dir, ...SITE_FILES.split('/'))).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (list === null) return;
  const seal = sealOf(list);
  const target = path.join(dir, ...SITE_SEAL.split('/'));
  await fs.writeFile(`${target}.tmp`, `${seal}\n`);
  await fs.rename(`${target}.tmp`, target);
}

/**
 * Commit `staging` into `outDir`: `previous` is the site's file list before,
 * `next` after (staged files and those kept in place). Files of `previous`
 * not in `next` are removed.
 */
export async function commitInPlace(staging: string, outDir: string, previous: string[], next: string[]): Promise<void> {
  const keep = new Set(next);
  const remove = previous.filter((f) => !keep.has(f));
  await fs.writeFile(path.join(staging, JOURNAL), JSON.stringify({ remove }));
  // from here until the seal is written again the site is not as its list says
  await fs.rm(path.join(outDir, ...SITE_SEAL.split('/')), { force: true });
  await applyCommit(staging, outDir, remove);
}

/** A commit left halfway (its journal is there): finish it. False when `staging` holds no journal. */
export async function resumeCommit(staging: string, outDir: string): Promise<boolean> {
  let journal: { remove: string[] };
  try {
    journal = JSON.parse(await fs.readFile(path.join(staging, JOURNAL), 'utf8')) as { remove: string[] };
  } catch {
    return false;
  }
  await fs.rm(path.join(outDir, ...SITE_SEAL.split('/')), { force: true });
  await applyCommit(staging, outDir, journal.remove);
  return true;
}

async function applyCommit(staging: string, outDir: string, remove: string[]): Promise<void> {
  const staged = (await listFiles(staging)).filter((f) => f !== JOURNAL);
  const made = new Map<string, Promise<unknown>>();
  const mkdir = (dir: string) => {
    let p = made.get(dir);
    if (!p) made.set(dir, (p = fs.mkdir(dir, { recursive: true })));
    return p;
  };
  await mapLimited(staged, 32, async (relative) => {
    const target = path.join(outDir, ...relative.split('/'));
    await mkdir(path.dirname(target));
    await fs.rename(path.join(staging, ...relative.split('/')), target);
  });
  const emptied = new Set<string>();
  await mapLimited(remove, 32, async (relative) => {
    await fs.rm(path.join(outDir, ...relative.split('/')), { force: true });
    for (let dir = path.posix.dirname(relative); dir !== '.'; dir = path.posix.dirname(dir)) emptied.add(dir);
  });
  // Folders left empty, deepest first (an article removed leaves articles/<id>/).
  for (const dir of [...emptied].sort((a, b) => b.split('/').length - a.split('/').length || compare(a, b))) {
    await fs.rmdir(path.join(outDir, ...dir.split('/'))).catch(() => {}); // not empty, or gone: keep going
  }
  await writeSeal(outDir);
  await fs.rm(staging, { recursive: true, force: true });
}

/** Files under `dir`, relative, with `/`. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(path.sep).join('/'))
    .sort(compare);
}
