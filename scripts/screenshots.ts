// Screenshots of the built site at phone and desktop widths, for looking at
// pages by eye (not committed): home, an article, a person, an organisation,
// the figures and search pages, and whatever else is passed with --page.
// Served by `baokan serve`'s server, or opened from disk with --from-disk
// (file://, as a reader who opens dist/index.html sees it).
//   npx tsx scripts/screenshots.ts [--site dist] [--out screenshots] [--from-disk] [--page /path/ ...]
// Uses Debian's Chromium (/usr/bin/chromium) through playwright-core.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../src/serve.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const site = path.resolve(option('--site', 'dist'));
const out = path.resolve(option('--out', 'screenshots'));
const extra = args.flatMap((a, i) => (a === '--page' && args[i + 1] ? [args[i + 1]!] : []));
const fromDisk = args.includes('--from-disk');

const first = (dir: string) => readdirSync(path.join(site, dir)).filter((n) => !n.includes('.')).sort()[0];
const pages: Array<[string, string]> = [
  ['home', '/'],
  ['article', `/articles/${first('articles')}/`],
  ['person', `/people/${first('people')}/`],
  ['organisation', `/organisations/${first('organisations')}/`],
  ['figures', '/figures/'],
  ['search', `/search/?q=${encodeURIComponent('会议')}`],
  ...extra.map((p): [string, string] => [p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'page', p]),
];
const widths: Array<[string, number, number]> = [
  ['phone', 390, 844],
  ['desktop', 1280, 900],
];

mkdirSync(out, { recursive: true });
const server = fromDisk ? null : await startServer(site, 0);
/** A site path as the browser is sent to it: served, or the file on disk (a page's index.html, query kept). */
const address = (url: string) => {
  if (server) return `${server.url.replace(/\/$/, '')}${url}`;
  const [pathname, query] = url.split('?');
  return pathToFileURL(path.join(site, pathname!.endsWith('/') ? `${pathname}index.html` : pathname!)).href + (query ? `?${query}` : '');
};
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const [width, w, h] of widths) {
    const context = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, url] of pages) {
      await page.goto(address(url), { waitUntil: 'load' });
      if (url.startsWith('/search/')) await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 20_000 }).catch(() => {});
      const file = path.join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server?.close();
}
