// Finding 11 of issue 21: `baokan search --site DIR` runs no code from DIR.
// The site's pagefind.js and search scripts are what a browser loads; the
// CLI uses the installed Pagefind engine and this repository's search core,
// and reads the site's index files as data. A site whose scripts are
// tampered with still answers, and the tampering never runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { baokan } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';
import { GOOD } from '../bad-input/corpus.js';

const work = tempDir('baokan-search-code-');
const site = path.join(work, 'site');
const marker = path.join(work, 'PWNED');

/** A line that, wherever it runs with a route to Node, writes the marker file. */
const payload = (how: 'module' | 'script') =>
  how === 'module'
    ? `\nimport { writeFileSync as __w } from 'node:fs'; __w(${JSON.stringify(marker)}, 'pagefind.js');\n`
    : `\n;(function () { try { var P = (typeof fetch !== 'undefined' ? fetch : Object).constructor('return process')(); P.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, 'script'); } catch (e) {} })();\n`;

beforeAll(async () => {
  const seeds = path.join(work, 'seeds');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(seeds);
  writeFileSync(path.join(seeds, 'good.txt'), GOOD);
  writeFileSync(path.join(seeds, 'other.txt'), '四川省召开煤矿安全座谈会\n本报讯 2019年6月1日,四川省应急管理厅召开煤矿安全座谈会。\n');
  const built = await baokan(['build', '--seeds', seeds, '--out', site, '--no-cache', '--quiet', '--workers', '1']);
  expect(built.code, built.stderr).toBe(0);
}, 120_000);

describe('search --site on a tampered site', () => {
  it('answers without running the site’s pagefind.js or search scripts', async () => {
    const shards = readdirSync(path.join(site, 'pagefind')).filter((f) => existsSync(path.join(site, 'pagefind', f, 'pagefind.js')));
    expect(shards.length).toBeGreaterThan(0);
    for (const shard of shards) appendFileSync(path.join(site, 'pagefind', shard, 'pagefind.js'), payload('module'));
    appendFileSync(path.join(site, 'search-core.js'), payload('script'));
    appendFileSync(path.join(site, 'search-fallback.js'), payload('script'));
    for (const fallback of [false, true]) {
      const result = await baokan(['search', '--site', site, '--json', '电力体制改革', ...(fallback ? ['--fallback'] : [])]);
      expect(result.code, result.stderr).toBe(0);
      const urls = (JSON.parse(result.stdout) as Array<{ url: string }>).map((r) => r.url);
      expect(urls.length, `fallback ${fallback}`).toBeGreaterThan(0);
      expect(existsSync(marker), `fallback ${fallback}: ${existsSync(marker) ? readFileSync(marker, 'utf8') : ''}`).toBe(false);
    }
  }, 120_000);

  it('refuses an index file that is code rather than data, naming it, and runs none of it', async () => {
    const config = path.join(site, 'pagefind', 'baokan-config.js');
    const original = readFileSync(config, 'utf8');
    writeFileSync(config, payload('script') + original);
    try {
      const result = await baokan(['search', '--site', site, '电力体制改革']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('baokan-config.js');
      expect(existsSync(marker)).toBe(false);
    } finally {
      writeFileSync(config, original);
    }
  }, 60_000);
});
