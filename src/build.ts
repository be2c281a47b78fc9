// Site build: read every article, run the per-article stages, render, index,
// and swap the new site in only when all of it succeeded.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { listArticleFiles, readSourceFile, isDecodeError } from './ingest/index.js';
import { processSource, type ProcessedArticle, type ProcessOptions } from './pipeline.js';
import { newFile, report } from './messages.js';
import { shortHash } from './slug.js';
import type { RecordsFile } from './types.js';

export interface LoadResult {
  articles: ProcessedArticle[];
  files: VFile[];
}

export interface LoadOptions extends ProcessOptions {
  onProgress?: (done: number, total: number) => void;
}

/** Read and process every article under a folder. Bad files become messages; the rest go on. */
export async function loadArticles(seedsDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { files: listed, problems } = await listArticleFiles(seedsDir);
  const files: VFile[] = [];
  for (const p of problems) {
    const f = newFile(path.join(seedsDir, p.file));
    report(f, 'error', 'unreadable', p.reason);
    files.push(f);
  }
  const articles: ProcessedArticle[] = [];
  let done = 0;
  for (const entry of listed) {
    const display = path.join(seedsDir, entry.relative);
    try {
      const source = await readSourceFile(entry.absolute, display);
      const processed = processSource(source, options);
      files.push(processed.file);
      if (!processed.file.messages.some((m) => m.fatal === true)) articles.push(processed);
    } catch (error) {
      const f = newFile(display);
      if (isDecodeError(error)) report(f, 'error', 'undecodable', error.message);
      else report(f, 'error', 'unreadable', `cannot process: ${(error as Error).message}`);
      files.push(f);
    }
    options.onProgress?.(++done, listed.length);
  }
  return { articles: resolveCollisions(articles), files };
}

/**
 * The same bytes twice are one article (the later copy is left out); two
 * articles may not share a URL (later ones, in path order, get a stable suffix).
 */
function resolveCollisions(all: ProcessedArticle[]): ProcessedArticle[] {
  const bySha = new Map<string, string>();
  const articles = all.filter((a) => {
    const first = bySha.get(a.record.source.sha256);
    if (first === undefined) {
      bySha.set(a.record.source.sha256, a.record.source.path);
      return true;
    }
    report(a.file, 'warning', 'duplicate-content', `same content as ${first}: left out`);
    return false;
  });
  const seen = new Map<string, string>();
  for (const a of articles) {
    const first = seen.get(a.record.id);
    if (first !== undefined) {
      const id = `${a.record.id}-${shortHash(a.record.source.path)}`;
      report(a.file, 'warning', 'duplicate-id', `id “${a.record.id}” is already used by ${first}; this article is published as “${id}”`);
      a.record.id = id;
    }
    seen.set(a.record.id, a.record.source.path);
  }
  return articles;
}

export function recordsFile(articles: ProcessedArticle[]): RecordsFile {
  return { schemaVersion: 1, articles: articles.map((a) => a.record) };
}

/**
 * Build into a fresh folder beside the output, then swap it in. A build that
 * fails or is killed leaves the previous site as it was.
 */
export async function writeSiteAtomically(outDir: string, write: (tmpDir: string) => Promise<void>): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(path.resolve(outDir));
  await fs.mkdir(parent, { recursive: true });
  await removeStaleBuilds(parent, base);
  const tmp = path.join(parent, `.${base}.building-${process.pid}`);
  await fs.rm(tmp, { recursive: true, force: true });
  await fs.mkdir(tmp, { recursive: true });
  try {
    await write(tmp);
  } catch (error) {
    await fs.rm(tmp, { recursive: true, force: true });
    throw error;
  }
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  let hadOld = false;
  try {
    await fs.rename(outDir, old);
    hadOld = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await fs.rename(tmp, outDir);
  if (hadOld) await fs.rm(old, { recursive: true, force: true });
}

/** Folders left by builds that were killed halfway: their process is gone. */
async function removeStaleBuilds(parent: string, base: string): Promise<void> {
  const pattern = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:building|old)-(\\d+)$`);
  for (const name of await fs.readdir(parent)) {
    const m = pattern.exec(name);
    if (!m || Number(m[1]) === process.pid || isAlive(Number(m[1]))) continue;
    await fs.rm(path.join(parent, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
