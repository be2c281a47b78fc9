// Content-addressed cache of per-article stage results (ingest → extract).
// An entry's key (articleKey) is the hash of the code version, the file's path and bytes,
// and its corrections sidecar: any change to one of them is a new key, so an
// entry is never stale, only unused. Entries of other code versions are
// removed when the cache is opened.
import { createHash } from 'node:crypto';
import { promises as fs, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import type { ArticleJob, WireArticle } from '../workers/wire.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** What the per-article results (and the pages made from them) depend on besides the input. */
const VERSIONED = ['src', 'templates', 'public', 'package-lock.json'];

let versionPromise: Promise<string> | null = null;

/** Hash of every source, template and public file, and of the lock file (library versions). */
export function codeVersion(): Promise<string> {
  versionPromise ??= (async () => {
    const hash = createHash('sha256');
    const files: string[] = [];
    const walk = async (rel: string): Promise<void> => {
      const full = path.join(ROOT, rel);
      const stat = await fs.stat(full).catch(() => null);
      if (!stat) return;
      if (stat.isFile()) files.push(rel);
      else if (stat.isDirectory()) for (const name of await fs.readdir(full)) await walk(path.posix.join(rel, name));
    };
    for (const rel of VERSIONED) await walk(rel);
    for (const rel of files.sort()) hash.update(rel).update('\0').update(await fs.readFile(path.join(ROOT, rel))).update('\0');
    return hash.digest('hex');
  })();
  return versionPromise;
}

/**
 * Everything an article's results depend on: code version, its path in the
 * seeds folder (what the record keeps), bytes, corrections. Not the seeds
 * folder as spelled on the command line (seeds, ./seeds/, an absolute path):
 * a hit takes the messages' path from the job (build.ts).
 */
export function articleKey(version: string, job: ArticleJob, extract: boolean): string {
  const hash = createHash('sha256').update(version).update('\0').update(job.relative ?? job.path).update('\0').update(extract ? 'x' : '-').update('\0');
  hash.update(job.bytes).update('\0');
  if (job.corrections !== null) hash.update(job.corrections);
  return hash.digest('hex');
}

// Entries are read and written synchronously, as output files are (output-writer.ts): ten
// thousand small files through the thread pool cost more in hand-offs than in reading.
export class ArticleCache {
  private readonly made = new Set<string>();
  private constructor(private readonly dir: string) {}

  static async open(root: string): Promise<ArticleCache> {
    const version = await codeVersion();
    const name = `articles-${version.slice(0, 16)}`;
    await fs.mkdir(path.join(root, name), { recursive: true });
    for (const other of await fs.readdir(root)) {
      if (other.startsWith('articles-') && other !== name) await fs.rm(path.join(root, other), { recursive: true, force: true });
    }
    return new ArticleCache(path.join(root, name));
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.bin`);
  }

  get(key: string): WireArticle | null {
    try {
      return v8.deserialize(readFileSync(this.file(key))) as WireArticle;
    } catch {
      return null;
    }
  }

  /** Written beside and renamed into place: a killed build never leaves half an entry. */
  async put(key: string, wire: WireArticle): Promise<void> {
    const target = this.file(key);
    const dir = path.dirname(target);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, v8.serialize(wire));
    renameSync(tmp, target);
  }
}
