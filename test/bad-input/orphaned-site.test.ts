// A build killed between moving the old site aside and moving the new one in
// leaves only `.dist.old-PID`; the next build must put it back, not delete it.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeSiteAtomically } from '../../src/build.js';
import { tempDir } from '../helpers/tmp.js';

describe('a build killed between its two renames', () => {
  it('gets the previous site back when the next build starts, and a failing build keeps it', async () => {
    const parent = tempDir();
    const out = path.join(parent, 'dist');
    // pid 2^22+1 is above Linux's pid_max default, so no process has it
    const orphan = path.join(parent, `.dist.old-${2 ** 22 + 1}`);
    mkdirSync(orphan);
    writeFileSync(path.join(orphan, 'index.html'), 'previous site');
    await expect(writeSiteAtomically(out, async () => {
      throw new Error('render failed');
    })).rejects.toThrow('render failed');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(existsSync(orphan)).toBe(false);
  });
});
