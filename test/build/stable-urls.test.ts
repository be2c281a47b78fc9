// Entity URLs as the archive grows (issue 17): built from the linking corpus,
// then with ten more reports, every earlier entity URL still answers (its page
// or a redirect page); an entity whose URL its own new report changes leaves a
// redirect listed in data/redirects.json; no archive-wide organisation page is
// named by a bare relative form.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build.js';
import { listTree, ROOT } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

const CORPUS = path.join(ROOT, 'test/fixtures/linking/articles');
const entityPages = (site: string) => listTree(site).filter((f) => /^(people|organisations|meetings)\/[^/]+\/index\.html$/.test(f));
const redirectTarget = (html: string) => /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1] ?? null;

function answers(site: string, page: string): boolean {
  const file = path.join(site, page);
  if (!existsSync(file)) return false;
  const target = redirectTarget(readFileSync(file, 'utf8'));
  // redirect pages link relatively (they work from disk too), to the target's index.html
  return target === null || existsSync(path.join(site, path.dirname(page), target));
}

describe('entity URLs as the archive grows', { timeout: 300_000 }, () => {
  it('keeps every earlier URL answering after ten more reports; no page for a bare relative name', async () => {
    const dir = tempDir('baokan-stable-');
    const seeds = path.join(dir, 'seeds');
    const out = path.join(dir, 'site');
    mkdirSync(seeds);
    const files = readdirSync(CORPUS).sort();
    for (const f of files.slice(0, files.length - 10)) cpSync(path.join(CORPUS, f), path.join(seeds, f));
    await buildSite({ seeds, out, cacheDir: null, workers: 1 });
    const before = entityPages(out);
    expect(before.length).toBeGreaterThan(40);
    for (const f of files.slice(files.length - 10)) cpSync(path.join(CORPUS, f), path.join(seeds, f));
    await buildSite({ seeds, out, cacheDir: null, workers: 1 });
    expect(before.filter((p) => !answers(out, p))).toEqual([]);
    expect(entityPages(out).length).toBeGreaterThan(before.length);

    const csv = readFileSync(path.join(out, 'data/organisations.csv'), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/).slice(1).filter(Boolean);
    const names = csv.map((line) => line.split(',')[1]!);
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((n) => /^(省|市|县|区|州|集团公司|集团|公司)/.test(n))).toEqual([]);
  });

  it('leaves a redirect where a report about the same person moves its URL', async () => {
    const dir = tempDir('baokan-redirect-');
    const seeds = path.join(dir, 'seeds');
    const out = path.join(dir, 'site');
    mkdirSync(seeds);
    const report = (date: string, body: string) => `---\ntitle: 工作会议\ndate: ${date}\n---\n\n本报渭南讯 ${body}\n`;
    writeFileSync(path.join(seeds, 'later.md'), report('2021-05-06', '5月6日，渭南市召开全市项目建设推进会。市发改委主任姜成林通报了项目建设情况。'));
    await buildSite({ seeds, out, cacheDir: null, workers: 1 });
    const [first] = entityPages(out).filter((p) => p.startsWith('people/'));
    expect(first).toBe('people/jiang-chenglin-wei-nan-shi-fa-gai-wei/index.html');
    // an earlier report of him at another body of the same city: one person, whose URL now comes from that body
    writeFileSync(path.join(seeds, 'earlier.md'), report('2018-03-02', '3月2日，渭南市交通运输局召开工作会议。市交通运输局局长姜成林出席会议并讲话。'));
    await buildSite({ seeds, out, cacheDir: null, workers: 1 });
    const now = entityPages(out).filter((p) => p.startsWith('people/') && redirectTarget(readFileSync(path.join(out, p), 'utf8')) === null);
    expect(now).toEqual(['people/jiang-chenglin-wei-nan-shi-jiao-tong-yun-shu-ju/index.html']);
    const html = readFileSync(path.join(out, first!), 'utf8');
    expect(redirectTarget(html)).toBe('../jiang-chenglin-wei-nan-shi-jiao-tong-yun-shu-ju/index.html');
    expect(html).toContain('<link rel="canonical" href="../jiang-chenglin-wei-nan-shi-jiao-tong-yun-shu-ju/index.html">');
    expect(html).toContain('<a href="../jiang-chenglin-wei-nan-shi-jiao-tong-yun-shu-ju/index.html">');
    expect(JSON.parse(readFileSync(path.join(out, 'data/redirects.json'), 'utf8'))).toEqual([
      { from: '/people/jiang-chenglin-wei-nan-shi-fa-gai-wei/', to: '/people/jiang-chenglin-wei-nan-shi-jiao-tong-yun-shu-ju/' },
    ]);
    // and the redirect survives the next build
    await buildSite({ seeds, out, cacheDir: null, workers: 1 });
    expect(answers(out, first!)).toBe(true);
  });
});
