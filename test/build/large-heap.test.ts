// A large archive is built in a thread with a larger heap (cli/build.ts): the
// same site, the same report and exit codes as in the main thread.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { baokan, listTree, ROOT } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

describe('builds in a large-heap thread', { timeout: 120_000 }, () => {
  it('writes the same site and prints the same report as the main thread', async () => {
    const work = tempDir('baokan-heap-');
    const seeds = path.join(ROOT, 'seeds');
    const main = await baokan(['build', '--seeds', seeds, '--out', path.join(work, 'main'), '--no-cache']);
    process.env.BAOKAN_LARGE_ARCHIVE = '1';
    try {
      const thread = await baokan(['build', '--seeds', seeds, '--out', path.join(work, 'thread'), '--no-cache', '--timings', path.join(work, 't.json')]);
      expect(thread.code, thread.stderr).toBe(0);
      expect(thread.stderr).toBe(main.stderr);
      expect(thread.stdout.replace(/\/\S+ \([\d.]+ s\)/, '')).toBe(main.stdout.replace(/\/\S+ \([\d.]+ s\)/, ''));
      expect(JSON.parse(readFileSync(path.join(work, 't.json'), 'utf8')).processed).toBeGreaterThan(0);
      const files = listTree(path.join(work, 'main'));
      expect(listTree(path.join(work, 'thread'))).toEqual(files);
      for (const f of files) expect(readFileSync(path.join(work, 'thread', f)).equals(readFileSync(path.join(work, 'main', f))), f).toBe(true);
      // an error still names the folder and exits 1
      const missing = await baokan(['build', '--seeds', path.join(work, 'nowhere'), '--out', path.join(work, 'x')]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/nowhere/);
    } finally {
      delete process.env.BAOKAN_LARGE_ARCHIVE;
    }
  });
});
