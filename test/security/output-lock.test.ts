// The output lock (src/lock): one holder at a time, a live holder named in the
// refusal, a dead holder's lock taken over, garbage in the lock file no bar.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LockError, lockFileOf, lockOutput } from '../../src/lock/index.js';
import { tempDir } from '../helpers/tmp.js';

// pid 2^22+1 is above Linux's pid_max default, so no process has it
const DEAD_PID = 2 ** 22 + 1;

describe('the output lock', () => {
  it('is a file beside the output holding the pid; a second taker is refused with the lock and the pid named', async () => {
    const out = path.join(tempDir(), 'site');
    const lock = await lockOutput(out);
    expect(lock.file).toBe(path.join(path.dirname(out), '.site.lock'));
    expect(readFileSync(lock.file, 'utf8').trim()).toBe(String(process.pid));
    const refused = await lockOutput(out, 0).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LockError);
    expect((refused as LockError).message).toContain(lock.file);
    expect((refused as LockError).message).toContain(`pid ${process.pid}`);
    expect(lock.held()).toBe(true);
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it('a waiting taker gets the lock once it is released', async () => {
    const out = path.join(tempDir(), 'site');
    const first = await lockOutput(out);
    setTimeout(() => first.release(), 300);
    const second = await lockOutput(out, 10_000);
    expect(second.held()).toBe(true);
    expect(first.held()).toBe(false);
    second.release();
  });

  it('a lock whose holder is gone, or that holds no pid, is taken over and its leftovers removed', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'site');
    for (const content of [`${DEAD_PID}\n`, 'not a pid', '']) {
      writeFileSync(lockFileOf(out), content);
      writeFileSync(`${lockFileOf(out)}.${DEAD_PID}.x1`, `${DEAD_PID}\n`); // a taker killed before linking its lock
      const lock = await lockOutput(out, 0);
      expect(readFileSync(lock.file, 'utf8').trim()).toBe(String(process.pid));
      expect(readdirSync(dir)).toEqual(['.site.lock']);
      lock.release();
    }
  });

  it('many takers at once over a stale lock: exactly one holds it at any time', async () => {
    const out = path.join(tempDir(), 'site');
    writeFileSync(lockFileOf(out), `${DEAD_PID}\n`);
    let holding = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const lock = await lockOutput(out, 30_000);
        holding++;
        most = Math.max(most, holding);
        await new Promise((resolve) => setTimeout(resolve, 20));
        holding--;
        lock.release();
      }),
    );
    expect(most).toBe(1);
    expect(existsSync(lockFileOf(out))).toBe(false);
  });
});
