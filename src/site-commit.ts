// Updating a site in place. A rebuild that changes a few articles would
// otherwise make a whole new tree beside the old one (at 10,000 articles,
// 176,000 entries in 61,000 folders: 7.6 s to hard-link, 5 s to delete) to
// swap it in. Instead the build writes only what changed into a staging folder
// and then commits it: a journal first, then the staged files renamed into the
// site, then the files the new site no longer has removed. A build that fails
// before the commit leaves the site untouched, as a swapped build does; one
// killed during it leaves the journal, and the next build finishes the commit
// (resumeCommit) before doing anything else.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { mapLimited } from './map-limited.js';
import { compareCodeUnits as compare } from './compare.js';

/** Every file of the site, as the build that wrote it listed them, and that build's code version. */
export const SITE_FILES = '.baokan/files.json';
/** In a staging folder: the commit has begun; what to remove once the staged files are in. */
const JOURNAL = '.baokan-commit.json';

interface SiteFiles {
  version: string;
  files: string[];
}

/** The file list of the site at `outDir` when it was built by code of `version`, else null. */
export async function readSiteFiles(outDir: string, version: string): Promise<string[] | null> {
  try {
    const parsed = JSON.parse(await fs.readFile(path.join(outDir, ...SITE_FILES.split('/')), 'utf8')) as SiteFiles;
    return parsed.version === version && Array.isArray(parsed.files) ? parsed.files : null;
  } catch {
    return null;
  }
}

export function siteFilesJson(version: string, files: string[]): string {
  return `${JSON.stringify({ version, files: [...files].sort(compare) } satisfies SiteFiles)}\n`;
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
