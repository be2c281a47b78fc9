// Worker threads and the cache must not change what a build writes: a
// parallel build equals a single-worker build byte for byte, a rebuild with
// nothing changed does nothing, and an edit shows up on the site.
import { readFileSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/lib/corpus.js';
import { baokan, listTree } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

// above the size at which the build starts worker threads (MIN_JOBS_FOR_WORKERS)
const COUNT = 240;
const dir = tempDir('baokan-scale-');
const seeds = path.join(dir, 'seeds');

function sameTree(a: string, b: string): string[] {
  const files = listTree(a);
  const other = listTree(b);
  expect(other.filter((f) => !files.includes(f)).concat(files.filter((f) => !other.includes(f)))).toEqual([]);
  return files.filter((f) => Buffer.compare(readFileSync(path.join(a, f)), readFileSync(path.join(b, f))) !== 0);
}

async function timings(file: string): Promise<Record<string, number | boolean>> {
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

describe('parallel and incremental builds', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    await fs.mkdir(seeds);
    for (const f of generateCorpus({ count: COUNT, seed: 11 })) await fs.writeFile(path.join(seeds, f.name), f.bytes);
  });

  it('writes the same bytes with one worker and with two', async () => {
    const one = await baokan(['build', '--seeds', seeds, '--out', path.join(dir, 'one'), '--workers', '1', '--no-cache', '--timings', path.join(dir, 't1.json')]);
    expect(one.code, one.stderr).toBe(0);
    const two = await baokan(['build', '--seeds', seeds, '--out', path.join(dir, 'two'), '--workers', '2', '--no-cache', '--timings', path.join(dir, 't2.json')]);
    expect(two.code, two.stderr).toBe(0);
    expect((await timings(path.join(dir, 't2.json'))).workers).toBe(2);
    expect(two.stderr).toBe(one.stderr.replaceAll(path.join(dir, 'one'), path.join(dir, 'two')));
    expect(sameTree(path.join(dir, 'one'), path.join(dir, 'two'))).toEqual([]);
  });

  it('skips a rebuild with nothing changed and rebuilds after an edit, reusing the other articles', async () => {
    const out = path.join(dir, 'site');
    const cache = path.join(dir, 'cache');
    const t = path.join(dir, 't.json');
    const build = () => baokan(['build', '--seeds', seeds, '--out', out, '--cache', cache, '--timings', t]);
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect(await timings(t)).toMatchObject({ processed: COUNT, cached: 0, skipped: false });
    expect(sameTree(out, path.join(dir, 'one'))).toEqual([]);

    const again = await build();
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^unchanged /);
    expect(again.stderr).toBe(first.stderr);
    expect(await timings(t)).toMatchObject({ processed: 0, skipped: true });

    const name = (await fs.readdir(seeds)).find((f) => f.endsWith('.txt') && /。/.test(readFileSync(path.join(seeds, f), 'utf8')))!;
    const text = readFileSync(path.join(seeds, name), 'utf8');
    await fs.writeFile(path.join(seeds, name), text.replace('。', '。与会人员观看了安全警示教育片。'));
    const edited = await build();
    expect(edited.code, edited.stderr).toBe(0);
    const report = await timings(t);
    expect(report).toMatchObject({ processed: 1, cached: COUNT - 1, skipped: false });
    // most pages are taken from the site being replaced; the edited article's and the pages that show it are rendered
    const total = listTree(out).filter((f) => f.endsWith('.html')).length;
    expect(report.reused as number).toBeGreaterThan(total * 0.5);
    expect(report.reused as number).toBeLessThan(total - 2);
    const pages = listTree(out).filter((f) => f.startsWith('articles/') && readFileSync(path.join(out, f), 'utf8').includes('与会人员观看了安全警示教育片'));
    expect(pages).toHaveLength(1);

    // the site the cache built equals a build from scratch of the edited files
    const fresh = await baokan(['build', '--seeds', seeds, '--out', path.join(dir, 'fresh'), '--no-cache']);
    expect(fresh.code).toBe(0);
    expect(sameTree(out, path.join(dir, 'fresh'))).toEqual([]);
  });
});
