// One build per output folder at a time. The lock is a file beside the
// output, `.<name>.lock`, holding the holder's pid; it is created whole (written
// under another name, then hard-linked into place, which fails when one is
// there), so a lock file is never seen empty. A lock whose process is gone is
// stale: it is moved aside (one rename: of two builds taking it over, one
// wins) and taken. Why not proper-lockfile: docs/decisions.md.
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export class LockError extends Error {
  constructor(
    message: string,
    readonly lockFile: string,
    readonly holder: number | null,
  ) {
    super(message);
    this.name = 'LockError';
  }
}

export interface OutputLock {
  readonly file: string;
  /** true while the lock file still names this process (checked before a commit) */
  held(): boolean;
  release(): void;
}

/** The lock file of an output folder: beside it, so it survives the folder being swapped. */
export function lockFileOf(outDir: string): string {
  const resolved = path.resolve(outDir);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.lock`);
}

const POLL_MS = 100;

/**
 * Take the lock of `outDir`, waiting up to `waitMs` for a live holder to let
 * go; throws LockError naming the lock file and its holder's pid otherwise.
 * A lock held by this process (another build in the same process) is waited
 * for like any other.
 */
export async function lockOutput(outDir: string, waitMs = 0): Promise<OutputLock> {
  const file = lockFileOf(outDir);
  const deadline = Date.now() + waitMs;
  const token = `${process.pid}\n`;
  const mine = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  mkdirSync(path.dirname(file), { recursive: true });
  for (;;) {
    writeFileSync(mine, token);
    try {
      linkSync(mine, file);
      removeLeftovers(file);
      return makeLock(file, token);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(mine);
    }
    const holder = readHolder(file);
    if (holder !== undefined && (holder === null || !isAlive(holder))) {
      takeOverStale(file, holder);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder === undefined ? 'another build' : `the build with pid ${holder}`;
      throw new LockError(`${outDir} is being built by ${who} (lock ${file}); try again when it has finished`, file, holder ?? null);
    }
    await sleep(POLL_MS);
  }
}

function makeLock(file: string, token: string): OutputLock {
  let released = false;
  return {
    file,
    held: () => !released && readText(file) === token,
    release() {
      if (released) return;
      released = true;
      // only our own lock: one taken over meanwhile is another build's
      if (readText(file) === token) unlinkSync(file);
    },
  };
}

/** Move a dead holder's lock aside; if what was moved turns out to be a live lock taken meanwhile, put it back. */
function takeOverStale(file: string, deadHolder: number | null): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // another build moved it first
    throw error;
  }
  const moved = holderOf(readText(aside));
  if (moved !== deadHolder && moved !== null && isAlive(moved)) {
    try {
      linkSync(aside, file);
    } catch {
      // a third build has taken the lock meanwhile; the build we displaced finds out before it commits (held())
    }
  }
  unlinkSync(aside);
}

/** Files a lock-taker killed halfway left beside the lock (`.NAME.lock.PID.x`, `.NAME.lock.stale-PID`). */
function removeLeftovers(file: string): void {
  const base = path.basename(file);
  for (const name of readdirSync(path.dirname(file))) {
    if (!name.startsWith(`${base}.`)) continue;
    const pid = Number(/^(?:stale-)?(\d+)/.exec(name.slice(base.length + 1))?.[1]);
    if (pid && pid !== process.pid && !isAlive(pid)) rmSync(path.join(path.dirname(file), name), { force: true });
  }
}

/** The holder's pid; null for a file that is no lock (garbage: stale); undefined when there is no lock now. */
function readHolder(file: string): number | null | undefined {
  const text = readText(file);
  return text === null ? undefined : holderOf(text);
}

function holderOf(text: string | null): number | null {
  const pid = text === null ? NaN : Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
