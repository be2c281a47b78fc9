// baokan check lists bodies named relative to a place the article never names (issue 17).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../src/cli/check.js';
import { tempDir } from '../helpers/tmp.js';

describe('baokan check', () => {
  it('lists relative names the article cannot place, and not those it can', async () => {
    const dir = path.join(tempDir('baokan-check-'), 'seeds');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'nowhere.txt'), '会议召开\n\n本报讯 5月9日，省国资委召开会议，省国资委副主任赵明远出席。\n');
    writeFileSync(path.join(dir, 'xian.txt'), '会议召开\n\n本报西安讯 5月9日，省国资委召开会议，省国资委副主任赵明远出席。\n');
    const err: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await runCheck([dir])).toBe(0);
    } finally {
      spy.mockRestore();
      out.mockRestore();
    }
    const report = err.join('');
    expect(report).toMatch(/nowhere\.txt[\s\S]*省国资委[\s\S]*relative-name-unresolved/);
    expect(report.match(/relative-name-unresolved/g)).toHaveLength(1);
  });
});
