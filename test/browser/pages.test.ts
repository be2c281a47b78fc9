// Acceptance of the site issue in Debian's Chromium (playwright-core, never a
// downloaded browser), on a build of the seeds plus the invented genre corpus,
// served over HTTP: home, one article, one person, one organisation, one
// meeting, figures, the people index and search
// - axe-core (wcag2a, wcag2aa, wcag21aa, best-practice) on the whole page, in
//   the light and the dark colour scheme: no serious or critical violation;
// - at phone width (390px) the page does not scroll sideways;
// - no console error, page error or CSP violation while loading;
// - figures: the script turns headers into sort buttons and sorting by value
//   reorders the rows; without JavaScript the full table is there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { openSiteInBrowser } from '../helpers/browser.js';
import { buildSampleSite } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

const work = tempDir('baokan-pages-browser-');
const input = path.join(work, 'in');
const site = path.join(work, 'site');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let closeSite: (() => Promise<void>) | undefined;
let origin = '';
const PAGES: Record<string, string> = {};

/** The first entity page of a kind, by sorted slug: e.g. /people/<slug>/. */
function firstOf(kind: string): string {
  const slug = readdirSync(path.join(site, kind)).filter((d) => statSync(path.join(site, kind, d)).isDirectory()).sort()[0];
  expect(slug, kind).toBeTruthy();
  return `/${kind}/${slug}/`;
}

beforeAll(async () => {
  const built = await buildSampleSite(input, site);
  expect(built.code, built.stderr).toBe(0);
  Object.assign(PAGES, {
    home: '/',
    // Seed 003 has the most furniture: notes, a source notice, figures and every kind of mention.
    article: '/articles/003_7367aa27400e94e4/',
    person: firstOf('people'),
    organisation: firstOf('organisations'),
    meeting: firstOf('meetings'),
    figures: '/figures/',
    people: '/people/',
    search: '/search/?q=' + encodeURIComponent('有色'),
  });
  ({ browser, origin, close: closeSite } = await openSiteInBrowser(site));
}, 120_000);

afterAll(() => closeSite?.());

/** Open a page, collecting console errors (CSP violations are logged as errors), page errors and failed requests. */
async function open(name: string, options: { width?: number; javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(origin + PAGES[name], { waitUntil: 'load' });
  if (name === 'search' && (options.javaScriptEnabled ?? true)) {
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 20_000 });
  }
  return { page, problems, close: () => context.close() };
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools, not as an inline <script>, which the page's CSP would (rightly) block.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] } });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 6).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const NAMES = ['home', 'article', 'person', 'organisation', 'meeting', 'figures', 'people', 'search'];

describe('site pages in Chromium', () => {
  for (const name of NAMES) {
    it(`${name}: axe finds no serious or critical violation (light and dark), and nothing is logged as an error`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, problems, close } = await open(name, { colorScheme });
        expect.soft(problems, `${PAGES[name]} ${colorScheme}`).toEqual([]);
        expect.soft(await axeViolations(page), `${PAGES[name]} ${colorScheme}`).toEqual([]);
        await close();
      }
    }, 60_000);

    it(`${name}: no sideways scroll at 390px`, async () => {
      const { page, close } = await open(name, { width: 390 });
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth, `${PAGES[name]}: ${scrollWidth} > ${innerWidth}`).toBeLessThanOrEqual(innerWidth + 1);
      await close();
    }, 60_000);
  }
});

describe('site header', () => {
  it('keeps the title, sections, script switch and search box on one line at 1280px', async () => {
    const { page, close } = await open('home', { width: 1280 });
    const tops = await page.evaluate(() => ['.site-title', '.site-nav', '.search-box'].map((s) => document.querySelector(s)!.getBoundingClientRect()).map((r) => [r.top, r.bottom]));
    const [title, nav, search] = tops as Array<[number, number]>;
    // one line: every part overlaps the title's line vertically
    for (const [top, bottom] of [nav!, search!]) expect(top < title![1] && bottom > title![0]).toBe(true);
    await close();
  }, 60_000);
});

describe('figures table', () => {
  const valuesOf = (page: Page) =>
    page.$$eval('#figures-table tbody tr', (rows) => rows.map((r) => Number((r as HTMLTableRowElement).cells[0]?.getAttribute('data-value'))));

  it('with script: headers become sort buttons, and sorting by value reorders the rows', async () => {
    const { page, problems, close } = await open('figures');
    await page.waitForSelector('#figures-table th button.sort-button');
    expect(await page.locator('#figures-table thead th button.sort-button').count()).toBe(6);
    expect(await page.isVisible('.table-controls')).toBe(true);
    const before = await valuesOf(page);
    expect(before.length).toBeGreaterThan(2);
    const ascending = [...before].sort((a, b) => a - b);
    expect(before).not.toEqual(ascending); // archive order is not value order, or the test proves nothing
    const valueHeader = page.locator('#figures-table thead th').first();
    await valueHeader.locator('button').click();
    expect(await valuesOf(page)).toEqual(ascending);
    expect(await valueHeader.getAttribute('aria-sort')).toBe('ascending');
    await valueHeader.locator('button').click();
    expect(await valuesOf(page)).toEqual([...ascending].reverse());
    expect(await valueHeader.getAttribute('aria-sort')).toBe('descending');
    expect(problems).toEqual([]);
    await close();
  }, 60_000);

  it('readable at both widths: a card per figure on a phone (no column under 4 characters), the full width on a desktop', async () => {
    const phone = await open('figures', { width: 390 });
    const cells = await phone.page.$$eval('#figures-table tbody td', (tds) =>
      tds.filter((td) => (td as HTMLElement).offsetParent !== null).map((td) => ({ width: td.getBoundingClientRect().width, font: parseFloat(getComputedStyle(td).fontSize) })),
    );
    expect(cells.length).toBeGreaterThan(10);
    for (const c of cells) expect(c.width).toBeGreaterThanOrEqual(4 * c.font);
    await phone.close();
    const desktop = await open('figures', { width: 1280 });
    const table = await desktop.page.$eval('#figures-table', (t) => t.getBoundingClientRect().width);
    expect(table).toBeGreaterThan(900);
    await desktop.close();
  }, 60_000);

  it('the context is text, with a short link to its paragraph', async () => {
    const { page, close } = await open('figures');
    const contexts = await page.$$eval('#figures-table tbody tr', (rows) =>
      rows.map((r) => {
        const cell = (r as HTMLTableRowElement).cells[4]!;
        const links = [...cell.querySelectorAll('a')];
        return { text: cell.textContent!, links: links.map((a) => ({ text: a.textContent!, href: a.getAttribute('href')! })) };
      }),
    );
    for (const c of contexts) {
      expect(c.links).toHaveLength(1);
      expect(c.links[0]!.text).toMatch(/^第\d+段$/);
      expect(c.links[0]!.href).toMatch(/#p-\d+$/);
      expect(c.text.length).toBeGreaterThan(c.links[0]!.text.length + 5);
    }
    await close();
  }, 60_000);

  it('without script: the whole table is there, controls hidden, no sort buttons', async () => {
    const html = readFileSync(path.join(site, 'figures/index.html'), 'utf8');
    const rowsInFile = (html.match(/<tr id="/g) ?? []).length;
    expect(rowsInFile).toBeGreaterThan(2);
    const { page, close } = await open('figures', { javaScriptEnabled: false });
    expect(await page.locator('#figures-table tbody tr').count()).toBe(rowsInFile);
    expect(await page.locator('#figures-table tbody tr:visible').count()).toBe(rowsInFile);
    expect(await page.locator('#figures-table button').count()).toBe(0);
    expect(await page.isVisible('.table-controls')).toBe(false);
    await close();
  }, 60_000);
});
