// Ingest: article files on disk → decoded source text plus what is known of the file.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeBytes, DecodeError, type Encoding } from './decode.js';

export { decodeBytes, DecodeError } from './decode.js';
export type { Encoding } from './decode.js';

export type SourceFormat = 'txt' | 'md';

export interface SourceFile {
  /** path as given or relative to the seeds folder, '/'-separated: what messages show */
  path: string;
  /** path relative to the seeds folder, '/'-separated: what the record keeps (`path` when absent) */
  relative?: string;
  format: SourceFormat;
  sha256: string;
  encoding: Encoding;
  encodingGuessed: boolean;
  text: string;
  /** raw text of NAME.corrections.yaml beside the article, when present */
  corrections: string | null;
  /** lines that were UTF-8 in a file otherwise in another encoding */
  mixedUtf8Lines?: number[];
}

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown'] as const;

export function formatOf(file: string): SourceFormat | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.txt') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  return null;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Pure: bytes of one article (and its sidecar) → SourceFile. Throws DecodeError. */
export function ingestBytes(displayPath: string, bytes: Uint8Array, corrections: string | null = null): SourceFile {
  const format = formatOf(displayPath) ?? 'txt';
  const decoded = decodeBytes(bytes);
  return {
    path: displayPath,
    format,
    sha256: sha256(bytes),
    encoding: decoded.encoding,
    encodingGuessed: decoded.guessed,
    text: decoded.text,
    corrections,
    ...(decoded.mixedUtf8Lines ? { mixedUtf8Lines: decoded.mixedUtf8Lines } : {}),
  };
}

export function correctionsPathFor(file: string): string {
  return file.slice(0, file.length - path.extname(file).length) + '.corrections.yaml';
}

export async function readSourceFile(file: string, displayPath = file): Promise<SourceFile> {
  const bytes = await fs.readFile(file);
  let corrections: string | null = null;
  try {
    corrections = await fs.readFile(correctionsPathFor(file), 'utf8');
  } catch {
    corrections = null;
  }
  return ingestBytes(displayPath.split(path.sep).join('/'), bytes, corrections);
}

export interface ListedFile {
  absolute: string;
  relative: string;
}

export interface ListProblem {
  file: string;
  reason: string;
}

/** Every article file under dir, sorted by relative path (byte order) so builds never depend on readdir order. */
export async function listArticleFiles(dir: string): Promise<{ files: ListedFile[]; problems: ListProblem[] }> {
  const files: ListedFile[] = [];
  const problems: ListProblem[] = [];
  const seen = new Set<string>();
  async function walk(current: string): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(current);
    } catch (error) {
      problems.push({ file: current, reason: `cannot resolve: ${(error as Error).message}` });
      return;
    }
    if (seen.has(real)) {
      problems.push({ file: path.relative(dir, current) || current, reason: 'symlink loop: folder already visited' });
      return;
    }
    seen.add(real);
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch (error) {
      problems.push({ file: path.relative(dir, current) || current, reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolute = path.join(current, entry.name);
      let stat;
      try {
        stat = await fs.stat(absolute);
      } catch (error) {
        problems.push({ file: path.relative(dir, absolute), reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
        continue;
      }
      if (stat.isDirectory()) await walk(absolute);
      else if (stat.isFile() && formatOf(entry.name) && !entry.name.endsWith('.corrections.yaml')) {
        files.push({ absolute, relative: path.relative(dir, absolute).split(path.sep).join('/') });
      }
    }
  }
  await walk(dir);
  files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return { files, problems };
}

export function isDecodeError(error: unknown): error is DecodeError {
  return error instanceof DecodeError;
}
