// Issue 21 finding 5: a --seeds that is a file, missing, unreadable or holds
// no article files replaced the previous site with an empty one and exited 0
// (even with --strict). Now it exits 1, says so once, and leaves the site.
import { beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { baokan } from '../helpers/site.js';
import { writeSmallCorpus } from '../helpers/small-corpus.js';
import { tempDir } from '../helpers/tmp.js';
import { hashTree } from './tree-hash.js';

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('a --seeds that cannot be built from', { timeout: 240_000 }, () => {
  const work = tempDir('baokan-seeds-');
  const out = path.join(work, 'site');
  let before: Record<string, string>;
  beforeAll(async () => {
    writeSmallCorpus(path.join(work, 'good'), 2, 3);
    expect((await baokan(['build', '--seeds', path.join(work, 'good'), '--out', out, '--no-cache', '--quiet'])).code).toBe(0);
    before = hashTree(out);
  }, 120_000);

  const cases: Array<[string, () => string]> = [
    ['a file', () => {
      const file = path.join(work, 'article.txt');
      writeFileSync(file, '标题\n正文。\n');
      return file;
    }],
    ['an empty folder', () => {
      mkdirSync(path.join(work, 'empty'), { recursive: true });
      return path.join(work, 'empty');
    }],
    ['a folder of no articles', () => {
      mkdirSync(path.join(work, 'other'), { recursive: true });
      writeFileSync(path.join(work, 'other', 'notes.csv'), 'a,b\n');
      return path.join(work, 'other');
    }],
    ['a missing folder', () => path.join(work, 'missing')],
  ];
  for (const [what, make] of cases) {
    for (const strict of [false, true]) {
      it(`${what}${strict ? ' (--strict)' : ''}: exit 1, the path said once, the site left alone`, async () => {
        const seeds = make();
        const result = await baokan(['build', '--seeds', seeds, '--out', out, '--no-cache', ...(strict ? ['--strict'] : [])]);
        expect(result.code).toBe(1);
        expect(occurrences(result.stderr, seeds)).toBe(1);
        expect(result.stderr).toContain('left as it was');
        expect(result.stdout).toBe('');
        expect(hashTree(out)).toEqual(before);
      });
    }
  }

  it.skipIf(process.getuid?.() === 0)('an unreadable folder: exit 1, the site left alone', async () => {
    const seeds = path.join(work, 'locked');
    writeSmallCorpus(seeds, 1, 5);
    chmodSync(seeds, 0o000);
    try {
      const result = await baokan(['build', '--seeds', seeds, '--out', out, '--no-cache']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('EACCES');
      expect(hashTree(out)).toEqual(before);
    } finally {
      chmodSync(seeds, 0o755);
    }
  });

  it('an empty folder with --allow-empty builds an empty site', async () => {
    const seeds = path.join(work, 'empty');
    mkdirSync(seeds, { recursive: true });
    const emptyOut = path.join(work, 'empty-site');
    const result = await baokan(['build', '--seeds', seeds, '--out', emptyOut, '--no-cache', '--allow-empty']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^built 0 article/);
  });
});
