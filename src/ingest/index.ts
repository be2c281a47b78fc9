// Ingest: article files on disk → decoded source text plus what is known of the file.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { decodeBytes, DecodeError, type Encoding } from './decode.js';
import { listInputFiles, readRegularFile, readSidecarBeside, type Listing } from './confine.js';

export { decodeBytes, DecodeError } from './decode.js';
export type { Encoding } from './decode.js';
export { InputError, readListedFile, type ListedFile, type ListProblem, type Listing } from './confine.js';

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

export async function readSourceFile(file: string, displayPath = file): Promise<SourceFile> {
  return ingestBytes(displayPath.split(path.sep).join('/'), readRegularFile(file), readSidecarBeside(file));
}

/** Every article file under dir, confined to it (confine.ts), sorted by relative path. */
export function listArticleFiles(dir: string): Promise<Listing> {
  return listInputFiles(dir, (name) => formatOf(name) !== null);
}

export function isDecodeError(error: unknown): error is DecodeError {
  return error instanceof DecodeError;
}
