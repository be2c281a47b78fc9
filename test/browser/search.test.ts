// The search page in Debian's Chromium (playwright-core, never a downloaded
// browser): served over HTTP (Pagefind) and opened from disk (file://, the
// classic-script fallback), plus axe on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { openSiteInBrowser } from '../helpers/browser.js';
import { buildSampleSite } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

const work = tempDir('baokan-search-browser-');
const input = path.join(work, 'in');
const site = path.join(work, 'site');
const SEED_000 = '000_7c941060955f54b6';
const SEED_003 = '003_7367aa27400e94e4';

let browser: Browser;
let closeSite: (() => Promise<void>) | undefined;
let origin = '';

beforeAll(async () => {
  const built = await buildSampleSite(input, site);
  expect(built.code, built.stderr).toBe(0);
  ({ browser, origin, close: closeSite } = await openSiteInBrowser(site));
}, 120_000);

afterAll(() => closeSite?.());

/** Every result's link: the pages after the first (10 a page) loaded with the "more" button. */
async function resultLinks(page: Page): Promise<string[]> {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 20_000 });
  for (;;) {
    const shown = await page.locator('#search-results li').count();
    if (!(await page.locator('#search-more').count())) break;
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, shown, { timeout: 20_000 });
  }
  return page.$$eval('#search-results a.result-title', (as) => as.map((a) => (a as HTMLAnchorElement).href));
}

describe('search page in Chromium', () => {
  it('served: a typed query finds both seeds, the year filter 2018 leaves seed 003', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/`);
    await page.fill('#search-q', '有色');
    await page.click('.search-query button');
    const all = await resultLinks(page);
    expect(all.some((u) => u.includes(SEED_000))).toBe(true);
    expect(all.some((u) => u.includes(SEED_003))).toBe(true);
    await page.selectOption('#facet-year', '2018');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('year') === '2018');
    await page.waitForFunction(() => !document.querySelector('#search-results a[href*="000_7c941060955f54b6"]'), null, { timeout: 20_000 });
    const in2018 = await resultLinks(page);
    expect(in2018.some((u) => u.includes(SEED_003))).toBe(true);
    expect(in2018.some((u) => u.includes(SEED_000))).toBe(false);
    expect(await page.locator('#search-results mark').first().textContent()).toBe('有色');
    await page.close();
  }, 60_000);

  it('served: 骆东山, 駱東山 and 金钼集团 find seed 000; 维稳 finds seed 003', async () => {
    const page = await browser.newPage();
    for (const [q, seed] of [['骆东山', SEED_000], ['駱東山', SEED_000], ['金钼集团', SEED_000], ['维稳', SEED_003]] as const) {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
      expect((await resultLinks(page)).some((u) => u.includes(seed)), q).toBe(true);
    }
    await page.close();
  }, 60_000);

  it('served: sorting by date puts the newest article first and oldest first reverses the articles', async () => {
    const page = await browser.newPage();
    const articles = async (sort: string) => {
      await page.goto(`${origin}/search/?q=${encodeURIComponent('會議')}&sort=${sort}`);
      await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 20_000 });
      while (await page.isVisible('#search-more')) {
        const before = await page.locator('#search-results li').count();
        await page.click('#search-more');
        await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
      }
      const items = await page.$$eval('#search-results li', (lis) => lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, meta: li.querySelector('.result-meta')!.textContent! })));
      // dates read as the pages write them (2018年11月30日); compared as ISO dates
      return items
        .filter((i) => i.href.includes('/articles/'))
        .map((i) => /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(i.meta))
        .map((m) => (m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : ''));
    };
    const newest = await articles('new');
    expect(newest.length).toBeGreaterThan(2);
    expect(newest.filter(Boolean)).toEqual([...newest.filter(Boolean)].sort().reverse());
    const oldest = await articles('old');
    expect(oldest).toEqual([...newest].reverse());
    expect(await page.inputValue('#search-sort')).toBe('old');
    await page.close();
  }, 60_000);

  it('served: a person result shows their post, not 日期不詳; article results give dates in 年月日', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/?q=${encodeURIComponent('駱東山')}`);
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 20_000 });
    const items = await page.$$eval('#search-results li', (lis) => lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, meta: li.querySelector('.result-meta')!.textContent! })));
    const person = items.find((i) => i.href.includes('/people/'))!;
    expect(person.meta).not.toMatch(/日期不[詳详]/);
    expect(person.meta.split(' · ').length).toBeGreaterThan(1);
    const article = items.find((i) => i.href.includes('/articles/'))!;
    expect(article.meta).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(article.meta).not.toMatch(/\d{4}-\d{2}/);
    await page.close();
  }, 60_000);

  it('served: 駱東山 ranks his person page first, above the article', async () => {
    const page = await browser.newPage();
    for (const q of ['駱東山', '骆东山']) {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
      const links = await resultLinks(page);
      expect(new URL(links[0]!).pathname, q).toBe('/people/luo-dongshan-shan-xi-sheng-guo-zi-wei/');
    }
    await page.close();
  }, 60_000);

  it('a reader of either script is sent to the pages in that script, and the switch keeps the query', async () => {
    const page = await browser.newPage();
    const prefixed = new Set<boolean>();
    for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
      await page.goto(`${origin}/search/?q=${encodeURIComponent('會議')}&lang=${lang}`);
      const links = await resultLinks(page);
      expect(links.length, lang).toBeGreaterThan(3);
      for (const link of links) {
        const html = await (await fetch(link)).text();
        expect(/<html lang="([^"]+)"/.exec(html)?.[1], `${link} read in ${lang}`).toBe(lang);
        prefixed.add(new URL(link).pathname.startsWith('/zh-han'));
      }
      const other = lang === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
      const switchTo = new URL((await page.getAttribute('.script-switch', 'href'))!, page.url());
      expect([switchTo.searchParams.get('q'), switchTo.searchParams.get('lang')]).toEqual(['會議', other]);
      expect(await page.getAttribute('.script-switch', 'hreflang')).toBe(other);
    }
    // both kinds of page were linked: some results are in their own script, some in their twin
    expect([...prefixed].sort()).toEqual([false, true]);
    await page.close();
  }, 90_000);

  it('file://: the page answers 維穩 with seed 003 through the fallback, and says so', async () => {
    const page = await browser.newPage();
    await page.goto(`${pathToFileURL(path.join(site, 'search', 'index.html')).href}?q=${encodeURIComponent('維穩')}`);
    const links = await resultLinks(page);
    expect(links.some((u) => u.startsWith('file://') && u.includes(SEED_003) && u.endsWith('index.html'))).toBe(true);
    expect(await page.isVisible('#search-offline')).toBe(true);
    // from disk too, a reader is sent to the files in their script
    for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
      await page.goto(`${pathToFileURL(path.join(site, 'search', 'index.html')).href}?q=${encodeURIComponent('會議')}&lang=${lang}`);
      const inLang = await resultLinks(page);
      expect(inLang.length, lang).toBeGreaterThan(3);
      for (const link of inLang) expect(/<html lang="([^"]+)"/.exec(readFileSync(new URL(link), 'utf8'))?.[1], `${link} read in ${lang}`).toBe(lang);
    }
    await page.close();
  }, 60_000);

  // Scoped to <main>, what this page renders; test/browser/pages.test.ts checks whole pages.
  it('axe finds no serious or critical violation in the main content of the search page, with results', async () => {
    // the page's CSP allows no inline script, and axe is injected as one
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${origin}/search/?q=${encodeURIComponent('有色')}`);
    await resultLinks(page);
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axe });
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(context: string): Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe.run('#main');
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  }, 60_000);
});
