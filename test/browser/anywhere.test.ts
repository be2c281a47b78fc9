// The same dist/ wherever it is put (issue 19), in Debian's Chromium
// (playwright-core, never a downloaded browser), on a build of the seeds plus
// the invented genre corpus:
// - opened from disk (file://): home, an article, a person page and the search
//   page are styled, load nothing that is missing, and every link of the
//   header (title, nav, 繁/简 switch) opens a page, not a folder listing; the
//   header search lands on the search page, which answers from its file://
//   index and says so;
// - served under a sub-path (/archive/, by a server that serves nothing
//   outside it): every page reachable from the home page is crawled, and every
//   href and src answers 200, fragments included; the header search answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'parse5';
import type { Browser, Page } from 'playwright-core';
import { openSiteInBrowser } from '../helpers/browser.js';
import { buildSampleSite } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

const work = tempDir('baokan-anywhere-');
const input = path.join(work, 'in');
const site = path.join(work, 'site');
const SEED_003 = '003_7367aa27400e94e4';
const PREFIX = '/archive/';

let browser: Browser;
let closeSite: (() => Promise<void>) | undefined;
let origin = '';

const fileUrl = (relative: string) => {
  const [file, query] = relative.split('?');
  return pathToFileURL(path.join(site, file!)).href + (query ? `?${query}` : '');
};
const firstPerson = () => readdirSync(path.join(site, 'people')).filter((d) => statSync(path.join(site, 'people', d)).isDirectory()).sort()[0]!;

beforeAll(async () => {
  const built = await buildSampleSite(input, site);
  expect(built.code, built.stderr).toBe(0);
  ({ browser, origin, close: closeSite } = await openSiteInBrowser(site, { prefix: PREFIX }));
}, 120_000);

afterAll(() => closeSite?.());

/** A page with every failed load and error collected. */
async function open(url: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

/** style.css applied: it sets the body's margin to 0 and lays the header out as a flex row. */
const styled = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).marginTop === '0px' && getComputedStyle(document.querySelector('.site-header-inner')!).display === 'flex');

/** What a page is: a site page (has the site header), not a folder listing or an error page. */
const isSitePage = (page: Page) => page.evaluate(() => document.querySelector('header.site-header') !== null && document.querySelector('main#main') !== null);

async function searchResults(page: Page): Promise<string[]> {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 20_000 });
  return page.$$eval('#search-results a.result-title', (as) => as.map((a) => (a as HTMLAnchorElement).href));
}

describe('opened from disk (file://)', () => {
  const pages = () => ({ home: 'index.html', article: `articles/${SEED_003}/index.html`, person: `people/${firstPerson()}/index.html`, search: `search/index.html?q=${encodeURIComponent('維穩')}` });

  it('home, an article, a person page and the search page are styled and load nothing missing', async () => {
    for (const [name, file] of Object.entries(pages())) {
      const { page, problems, close } = await open(fileUrl(file));
      expect(await styled(page), name).toBe(true);
      if (name === 'search') expect((await searchResults(page)).length, 'search from disk').toBeGreaterThan(0);
      expect(problems, name).toEqual([]);
      if (name === 'home') expect(await page.evaluate(() => (document.querySelector('.chart-monthly img') as HTMLImageElement).naturalWidth), 'chart').toBeGreaterThan(0);
      await close();
    }
  }, 60_000);

  it('every link of the header opens a page of the site, in the reader\'s script', async () => {
    for (const [name, file] of Object.entries(pages())) {
      const { page, close } = await open(fileUrl(file));
      const count = await page.locator('.site-header a').count();
      expect(count, name).toBeGreaterThan(8);
      for (let i = 0; i < count; i++) {
        await page.goto(fileUrl(file));
        const link = page.locator('.site-header a').nth(i);
        const label = `${name}: ${await link.textContent()} (${await link.getAttribute('href')})`;
        await Promise.all([page.waitForEvent('load'), link.click()]);
        expect(page.url(), label).toMatch(/^file:\/\/.*\.html(?:[?#].*)?$/);
        expect(await isSitePage(page), label).toBe(true);
        expect(await styled(page), label).toBe(true);
      }
      await close();
    }
  }, 120_000);

  it('the header search lands on the search page, which answers from its file:// index and says so', async () => {
    const { page, problems, close } = await open(fileUrl(`articles/${SEED_003}/index.html`));
    await page.fill('#site-search', '維穩');
    await Promise.all([page.waitForEvent('load'), page.press('#site-search', 'Enter')]);
    expect(page.url()).toMatch(/^file:\/\/.*\/search\/index\.html\?q=/);
    const links = await searchResults(page);
    expect(links.some((u) => u.startsWith('file://') && u.includes(SEED_003) && u.endsWith('index.html'))).toBe(true);
    expect(await page.isVisible('#search-offline')).toBe(true);
    expect(await page.textContent('#search-offline')).toMatch(/file:\/\//);
    expect(problems).toEqual([]);
    await close();
  }, 60_000);
});

describe(`served under a sub-path (${PREFIX})`, () => {
  interface Scan { ids: Set<string>; links: string[] }
  interface Node { nodeName: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Node[]; content?: Node }
  const scan = (html: string): Scan => {
    const ids = new Set<string>();
    const links: string[] = [];
    const walk = (node: Node) => {
      for (const a of node.attrs ?? []) {
        if (a.name === 'id') ids.add(a.value);
        if ((a.name === 'href' || a.name === 'src' || a.name === 'action') && a.value !== 'data:,') links.push(a.value);
      }
      for (const c of node.childNodes ?? []) walk(c);
      if (node.content) walk(node.content);
    };
    walk(parse(html) as unknown as Node);
    return { ids, links };
  };

  it('every page reachable from the home page passes the link check: each href and src answers, fragments included', async () => {
    const start = `${origin}${PREFIX}`;
    const seen = new Map<string, Scan | null>();
    const status = new Map<string, number>();
    const queue = [start];
    const broken: string[] = [];
    const fragments: Array<[string, string, string]> = [];
    const get = async (url: string) => {
      const r = await fetch(url);
      status.set(url, r.status);
      return r;
    };
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      const r = await get(url);
      if (r.status !== 200) { seen.set(url, null); continue; }
      const isHtml = (r.headers.get('content-type') ?? '').startsWith('text/html');
      const page = isHtml ? scan(await r.text()) : null;
      seen.set(url, page);
      if (!page) continue;
      for (const value of page.links) {
        const target = new URL(value, url);
        if (target.origin !== origin || !target.pathname.startsWith(PREFIX)) { broken.push(`${url}: ${value} leaves ${PREFIX}`); continue; }
        const bare = `${target.origin}${target.pathname}`;
        if (target.hash) fragments.push([url, value, bare]);
        if (!seen.has(bare)) queue.push(bare);
      }
    }
    for (const [url, s] of status) if (s !== 200) broken.push(`${url}: HTTP ${s}`);
    for (const [from, value, bare] of fragments) {
      const id = decodeURIComponent(new URL(value, from).hash.slice(1));
      const page = seen.get(bare);
      if (page && !page.ids.has(id)) broken.push(`${from}: ${value}: no id ${id}`);
    }
    expect(broken).toEqual([]);
    const pagesSeen = [...seen.values()].filter(Boolean).length;
    expect(pagesSeen).toBeGreaterThan(100);
    expect(fragments.length).toBeGreaterThan(50);
  }, 120_000);

  it('pages are styled and the header search answers through Pagefind', async () => {
    const { page, problems, close } = await open(`${origin}${PREFIX}articles/${SEED_003}/index.html`);
    expect(await styled(page)).toBe(true);
    await page.fill('#site-search', '維穩');
    await Promise.all([page.waitForEvent('load'), page.press('#site-search', 'Enter')]);
    expect(page.url()).toContain(`${PREFIX}search/index.html?q=`);
    const links = await searchResults(page);
    expect(links.some((u) => u.startsWith(`${origin}${PREFIX}`) && u.includes(SEED_003))).toBe(true);
    expect(await page.isVisible('#search-offline')).toBe(false);
    expect(problems).toEqual([]);
    await close();
  }, 60_000);
});
