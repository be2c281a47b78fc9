// Input confined to the seeds folder: the walk lists article files without
// leaving the folder, and reads only regular files. A symlink is resolved
// and followed only when its target is inside the folder (one hop: links
// inside a linked folder are not followed again, so no chain can loop); one
// that leads out is an `outside-seeds` error naming the link, and the target
// is never opened. Files are opened without following a last symlink and
// without blocking, then checked to be regular files, so a FIFO, socket or
// device swapped in is refused rather than read or waited on.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { compareCodeUnits } from '../compare.js';

export type InputProblemCode = 'outside-seeds' | 'unreadable' | 'hidden-file' | 'too-large';

/** A file that may not or cannot be read, with the stable code of the message that reports it. */
export class InputError extends Error {
  constructor(
    readonly code: InputProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface ListedFile {
  /** the path to read: the file's real path inside the seeds folder */
  absolute: string;
  /** path relative to the seeds folder as listed (through a link, the link's), '/'-separated */
  relative: string;
  /** NAME.corrections.yaml beside it in the folder it was listed in */
  sidecar: { absolute: string; relative: string } | null;
}

export interface ListProblem {
  /** relative to the seeds folder */
  file: string;
  code: InputProblemCode;
  reason: string;
  /** an error unless said otherwise (the file is then left out; a warning's was never meant to be read) */
  severity?: 'warning';
}

export interface Listing {
  /** the seeds folder's real path: what reads are confined to */
  root: string;
  files: ListedFile[];
  problems: ListProblem[];
}

const SIDECAR_SUFFIX = '.corrections.yaml';
/** Sidecars hold a few corrections: past this they are not read. */
const MAX_SIDECAR_BYTES = 1024 * 1024;

export function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Every article file under `dir` (names for which `isArticle` holds), sorted
 * by relative path in code-unit order, so builds never depend on readdir order.
 */
export async function listInputFiles(dir: string, isArticle: (name: string) => boolean): Promise<Listing> {
  const files: ListedFile[] = [];
  const problems: ListProblem[] = [];
  const relativeOf = (p: string) => path.relative(dir, p).split(path.sep).join('/');
  let root: string;
  try {
    root = await fs.realpath(dir);
  } catch (error) {
    return { root: path.resolve(dir), files, problems: [{ file: '.', code: 'unreadable', reason: `cannot read the folder: ${errorCode(error)}` }] };
  }
  async function walk(current: string, real: string, viaLink: boolean): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch (error) {
      problems.push({ file: relativeOf(current) || '.', code: 'unreadable', reason: `cannot read folder: ${errorCode(error)}` });
      return;
    }
    entries.sort((a, b) => compareCodeUnits(a.name, b.name));
    const names = new Set(entries.map((e) => e.name));
    const sidecarOf = (name: string): ListedFile['sidecar'] => {
      const sidecar = name.slice(0, name.length - path.extname(name).length) + SIDECAR_SUFFIX;
      return names.has(sidecar) ? { absolute: path.join(real, sidecar), relative: relativeOf(path.join(current, sidecar)) } : null;
    };
    for (const entry of entries) {
      const listed = path.join(current, entry.name);
      const article = isArticle(entry.name) && !entry.name.endsWith(SIDECAR_SUFFIX);
      if (entry.name.startsWith('.')) {
        // hidden (.git, an editor's files): not read; an article's name among them (`..txt`, `.md`) is said, not skipped silently
        if (!entry.isDirectory() && (article || isArticle(`x${entry.name}`))) problems.push({ file: relativeOf(listed), code: 'hidden-file', severity: 'warning', reason: 'the name starts with a dot, so the file is hidden and not read: rename it to publish it' });
        continue;
      }
      if (entry.isDirectory()) await walk(listed, path.join(real, entry.name), viaLink);
      else if (entry.isSymbolicLink()) {
        let target: string;
        let isDir: boolean;
        try {
          target = await fs.realpath(listed);
          isDir = (await fs.stat(target)).isDirectory();
        } catch (error) {
          if (article) problems.push({ file: relativeOf(listed), code: 'unreadable', reason: `cannot read: the link leads nowhere (${errorCode(error)})` });
          continue;
        }
        if (!isInside(root, target)) {
          if (article || isDir) problems.push({ file: relativeOf(listed), code: 'outside-seeds', reason: `a link to ${isDir ? 'a folder' : 'a file'} outside the seeds folder: not read` });
        } else if (isDir) {
          if (isInside(target, real)) problems.push({ file: relativeOf(listed), code: 'unreadable', reason: 'symlink loop: the link leads to a folder that holds it' });
          // reached at its own place in the folder; following links inside a linked folder could loop
          else if (!viaLink) await walk(listed, target, true);
        } else if (article) files.push({ absolute: target, relative: relativeOf(listed), sidecar: sidecarOf(entry.name) });
      } else if (article) {
        // a regular file, or a FIFO, socket or device: the read refuses those with a message
        files.push({ absolute: path.join(real, entry.name), relative: relativeOf(listed), sidecar: sidecarOf(entry.name) });
      }
    }
  }
  await walk(dir, root, false);
  files.sort((a, b) => compareCodeUnits(a.relative, b.relative));
  return { root, files, problems };
}

/** An article's bytes and its sidecar's text, both read from inside `root` only. */
export function readListedFile(entry: ListedFile, root: string, maxBytes = Infinity): { bytes: Buffer; corrections: string | null } {
  const bytes = readRegularFile(entry.absolute, maxBytes, 'the article file');
  let corrections: string | null = null;
  if (entry.sidecar) {
    const real = resolveSidecar(entry.sidecar.absolute);
    if (real !== null && !isInside(root, real)) {
      throw new InputError('outside-seeds', `its corrections sidecar ${entry.sidecar.relative} is a link to a file outside the seeds folder: not read`);
    }
    if (real !== null) corrections = readRegularFile(real, MAX_SIDECAR_BYTES, `corrections sidecar ${entry.sidecar.relative}`).toString('utf8');
  }
  return { bytes, corrections };
}

/** The sidecar's real path, or null when it is gone (removed since the listing: none). */
function resolveSidecar(file: string): string | null {
  try {
    return realpathSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError('unreadable', `cannot read its corrections sidecar: ${errorCode(error)}`);
  }
}

/** A sidecar beside a file named on the command line (not confined: the user chose the file), or null. */
export function readSidecarBeside(file: string): string | null {
  const sidecar = file.slice(0, file.length - path.extname(file).length) + SIDECAR_SUFFIX;
  try {
    lstatSync(sidecar);
  } catch {
    return null;
  }
  return readRegularFile(sidecar, MAX_SIDECAR_BYTES, `corrections sidecar ${path.basename(sidecar)}`).toString('utf8');
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a regular file. Opened without following a final symlink and
 * without blocking (a FIFO would otherwise wait for a writer forever), then
 * checked with fstat on the open file, so what is read is what was checked.
 */
export function readRegularFile(file: string, maxBytes = Infinity, what = 'file'): Buffer {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new InputError('unreadable', `${what} is a link that changed since the folder was listed: not read`);
    if (code === 'ENXIO') throw new InputError('unreadable', `${what} is a socket, not a regular file: not read`);
    throw new InputError('unreadable', `cannot read ${what}: ${errorCode(error)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InputError('unreadable', `${what} is ${kindOf(stat)}, not a regular file: not read`);
    if (stat.size > maxBytes) throw new InputError('too-large', `${what} is ${megabytes(stat.size)}, over the limit of ${megabytes(maxBytes)}: left out`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isDirectory()) return 'a folder';
  return 'not a file';
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
