// The search-quality harness on a small real corpus (the seeds and the genre
// articles), built through the CLI, and the acceptance queries of issue 5.
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { measureSite, type Report } from '../../scripts/search-quality.js';
import { searchSite } from '../../src/search/index.js';
import { buildSampleSite } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

const work = tempDir('baokan-search-quality-');
const input = path.join(work, 'in');
const site = path.join(work, 'site');
const SEED_000 = '/articles/000_7c941060955f54b6/';
const SEED_003 = '/articles/003_7367aa27400e94e4/';
let report: Report;

beforeAll(async () => {
  const built = await buildSampleSite(input, site);
  expect(built.code, built.stderr).toBe(0);
  report = await measureSite(site, { queries: 320, baseline: false });
}, 120_000);

describe('search quality on the seeds and the genre corpus', () => {
  it('finds what is there and nothing else, in either script', () => {
    expect(report.queries).toBeGreaterThanOrEqual(300);
    expect(report.recall).toBeGreaterThanOrEqual(0.99);
    expect(report.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('gives the same results from the file:// fallback and from one unsharded index', () => {
    expect(report.fallbackChecked).toBe(50);
    expect(report.fallbackMismatches).toEqual([]);
    expect(report.singleMismatches).toEqual([]);
  });

  it('downloads at most 300 KB for the first query and 50 KB for a later one', () => {
    expect(report.firstQueryBytes.max).toBeLessThanOrEqual(300 * 1024);
    expect(report.laterQueryBytes.max).toBeLessThanOrEqual(50 * 1024);
    // from a compressing host, less: the page's scripts and pagefind.js are text
    expect(report.firstQueryTransfer.max).toBeLessThan(report.firstQueryBytes.max);
    expect(report.firstQueryTransfer.median).toBeGreaterThan(72 * 1024); // Pagefind's wasm alone is 72 KB
  });

  it('answers the acceptance queries (served and fallback)', async () => {
    for (const fallback of [false, true]) {
      const urls = async (q: string, filters = {}) => (await searchSite(site, q, { fallback, filters })).map((r) => r.url);
      expect(await urls('骆东山')).toContain(SEED_000);
      expect(await urls('駱東山')).toContain(SEED_000);
      expect(await urls('金钼集团')).toContain(SEED_000);
      expect(await urls('维稳')).toContain(SEED_003);
      const both = await urls('有色');
      expect(both).toEqual(expect.arrayContaining([SEED_000, SEED_003]));
      const in2018 = await urls('有色', { year: ['2018'] });
      expect(in2018).toContain(SEED_003);
      expect(in2018).not.toContain(SEED_000);
    }
  });

});
