// The archive as a site, on the seeds through the real CLI: a page for every
// gold official, organisation and meeting; every mention in an article linked;
// every record linking back to a paragraph that exists; the 繁/简 twins.
import { unresolvedNames } from '../../src/link/relative.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { baokan, ROOT } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';
import { toSimplified } from '../../src/script.js';
import type { RecordsFile } from '../../src/types.js';
import { searchSite } from '../../src/search/index.js';

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  value?: string;
}
const elements = (node: Node, out: Node[] = []): Node[] => {
  if (node.tagName) out.push(node);
  for (const c of node.childNodes ?? []) elements(c, out);
  return out;
};
const textOf = (node: Node): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(textOf).join(''));
const attr = (el: Node, name: string) => el.attrs?.find((a) => a.name === name)?.value;
const fold = (s: string) => toSimplified(s).replace(/\s+/g, '');

const work = tempDir('baokan-entities-');
const site = path.join(work, 'dist');
const GOLD = path.join(ROOT, 'test/fixtures/seed-gold');
let records: RecordsFile;
const docs = new Map<string, Node>();
const page = (url: string): Node => {
  const file = path.join(site, ...url.split('#')[0]!.split('/').filter(Boolean), 'index.html');
  if (!docs.has(file)) docs.set(file, parse(readFileSync(file, 'utf8')) as unknown as Node);
  return docs.get(file)!;
};
/** The site path a page's (relative) link leads to: `../../people/x/index.html#p-1` on /articles/a/ → /people/x/#p-1. */
const target = (pageUrl: string, href: string) => {
  const u = new URL(href, `http://site.invalid${pageUrl}`);
  return u.origin === 'http://site.invalid' ? u.pathname.replace(/index\.html$/, '') + u.hash : href;
};
const h1 = (url: string) => textOf(elements(page(url)).find((e) => e.tagName === 'h1')!);
const hrefsOf = (url: string) => elements(page(url)).filter((e) => e.tagName === 'a' && attr(e, 'href') !== undefined).map((e) => attr(e, 'href')!);
const dirs = (kind: string) => readdirSync(path.join(site, kind)).filter((n) => !n.includes('.')).map((n) => `/${kind}/${n}/`);
const gold = readdirSync(GOLD).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(path.join(GOLD, f), 'utf8')));

beforeAll(async () => {
  const built = await baokan(['build', '--out', site, '--no-cache', '--quiet']);
  expect(built.code, built.stderr).toBe(0);
  records = JSON.parse(readFileSync(path.join(site, 'data/records.json'), 'utf8'));
}, 60_000);

describe('entity pages from the seeds', () => {
  it('has a person page for each of the 16 gold officials, titled with the name', () => {
    const names = gold.flatMap((g) => g.officials.map((o: { name: string }) => o.name));
    expect(names).toHaveLength(16);
    const titles = new Set(dirs('people').map((u) => fold(h1(u))));
    for (const name of names) expect([...titles].some((t) => t.startsWith(fold(name))), name).toBe(true);
  });

  it('has an organisation page for each required gold organisation (by name or alias) and a page per gold meeting', () => {
    const orgPages = dirs('organisations').map((u) => fold(textOf(elements(page(u)).find((e) => e.tagName === 'main')!)));
    for (const o of gold.flatMap((g) => g.organisations.required as Array<{ name: string; aliases?: string[] }>)) {
      expect(orgPages.some((text) => [o.name, ...(o.aliases ?? [])].some((n) => text.includes(fold(n)))), o.name).toBe(true);
    }
    const meetingTitles = dirs('meetings').map((u) => fold(h1(u)));
    for (const m of gold.flatMap((g) => g.meetings as Array<{ nameContains: string | string[] }>)) {
      const alternatives = [m.nameContains].flat();
      expect(meetingTitles.some((t) => alternatives.some((n) => t.includes(fold(n)))), String(m.nameContains)).toBe(true);
    }
  });

  it('links every mention in every article page to a page that exists', () => {
    for (const a of records.articles) {
      const doc = page(`/articles/${a.id}/`);
      expect(hrefsOf(`/articles/${a.id}/`).every((h) => !h.startsWith('/')), 'no root-absolute link').toBe(true);
      const links = elements(doc).filter((e) => e.tagName === 'a' && /\bmention\b/.test(attr(e, 'class') ?? ''));
      const linkedText = new Map<string, string[]>();
      for (const l of links) {
        const href = target(`/articles/${a.id}/`, attr(l, 'href')!);
        expect(existsSync(path.join(site, ...href.split('#')[0]!.split('/').filter(Boolean), 'index.html')), href).toBe(true);
        linkedText.set(textOf(l), [...(linkedText.get(textOf(l)) ?? []), href]);
      }
      const mentions = [
        ...a.officials.flatMap((o) => o.mentions.map((m) => ({ m, kind: '/people/' }))),
        // (a body named relative to a place the article never names stays text: issue 17)
        ...a.organisations.filter((o) => !unresolvedNames(a).includes(o.name)).flatMap((o) => o.mentions.map((m) => ({ m, kind: '/organisations/' }))),
        ...a.meetings.map((x) => ({ m: x.mention, kind: '/meetings/' })),
        ...a.figures.map((x) => ({ m: x.mention, kind: '/figures/' })),
      ];
      expect(mentions.length).toBeGreaterThan(10);
      for (const { m, kind } of mentions) {
        const text = a.paragraphs[m.paragraph]!.slice(m.start, m.end);
        expect(linkedText.get(text)?.some((h) => h.startsWith(kind)), `${a.id} ¶${m.paragraph} ${text}`).toBe(true);
      }
    }
  });

  it('every entity page links back to paragraphs that exist in their articles', () => {
    let backLinks = 0;
    for (const url of [...dirs('people'), ...dirs('organisations'), ...dirs('meetings'), '/figures/']) {
      const anchors = hrefsOf(url).map((h) => target(url, h)).filter((h) => /^\/articles\/[^/]+\/#p-\d+$/.test(h));
      expect(anchors.length, url).toBeGreaterThan(0);
      for (const href of anchors) {
        const id = href.split('#')[1];
        expect(elements(page(href)).some((e) => attr(e, 'id') === id), href).toBe(true);
        backLinks++;
      }
    }
    expect(backLinks).toBeGreaterThan(50);
  });

  it('lists people A–Z by pinyin and meetings by month, and the figures table matches the CSV', () => {
    const letters = elements(page('/people/')).filter((e) => e.tagName === 'h2').map(textOf);
    expect(letters).toEqual([...letters].sort());
    expect(letters.length).toBeGreaterThan(5);
    const months = elements(page('/meetings/')).filter((e) => e.tagName === 'h3').map(textOf);
    expect(months).toEqual(['2018年11月', '2017年8月']);
    const rows = elements(page('/figures/')).filter((e) => e.tagName === 'tr' && attr(e, 'id')?.startsWith('f-'));
    const csv = readFileSync(path.join(site, 'data/figures.csv'), 'utf8').trim().split('\r\n');
    expect(rows.length).toBe(records.articles.reduce((n, a) => n + a.figures.length, 0));
    expect(csv.length - 1).toBe(rows.length);
  });

  it('says what each index is ordered by: people by name, organisations by their names', () => {
    const intro = (url: string) => textOf(elements(page(url)).find((e) => e.tagName === 'p' && attr(e, 'class') === 'count')!);
    expect(intro('/people/')).toContain('按姓名拼音排列');
    expect(intro('/organisations/')).toContain('按名稱拼音排列');
    expect(intro('/organisations/')).not.toContain('姓名');
  });
});

describe('繁/简 switch', () => {
  it('renders a Simplified twin of a Traditional person page, linked both ways, with links staying in Simplified', () => {
    const person = dirs('people').find((u) => h1(u).startsWith('駱東山'))!;
    const twin = `/zh-hans${person}`;
    expect(h1(twin)).toMatch(/^骆东山/);
    const html = elements(page(twin)).find((e) => e.tagName === 'html')!;
    expect(attr(html, 'lang')).toBe('zh-Hans');
    const switchTo = (url: string) => attr(elements(page(url)).find((e) => /script-switch/.test(attr(e, 'class') ?? ''))!, 'href');
    expect(target(person, switchTo(person)!)).toBe(twin);
    expect(target(twin, switchTo(twin)!)).toBe(person);
    const internal = elements(page(twin))
      .filter((e) => e.tagName === 'a' && !attr(e, 'hreflang') && !(attr(e, 'href') ?? '#').startsWith('#'))
      .map((e) => target(twin, attr(e, 'href')!))
      .filter((h) => /^\/(?!search\/)[^#]*\/(?:#.*)?$/.test(h));
    expect(internal.length).toBeGreaterThan(5);
    for (const h of internal) expect(h, 'twin links stay in Simplified').toMatch(/^\/zh-hans\//);
  });

  it('converts article text in the twin and keeps its paragraph anchors', () => {
    const seed = records.articles.find((a) => a.id.startsWith('003'))!;
    const twin = page(`/zh-hans/articles/${seed.id}/`);
    const p0 = elements(twin).find((e) => attr(e, 'id') === 'p-0')!;
    expect(textOf(p0)).toContain(toSimplified(seed.paragraphs[0]!.slice(0, 20)));
    expect(textOf(p0)).not.toBe(seed.paragraphs[0]);
  });
});

describe('search over entity pages (the Node harness runs the real bundle)', () => {
  it('ranks the person page first for 駱東山 and for 骆东山', async () => {
    for (const q of ['駱東山', '骆东山']) {
      const results = await searchSite(site, q);
      expect(results[0]?.url, q).toBe('/people/luo-dongshan-shan-xi-sheng-guo-zi-wei/');
      expect(results.some((r) => r.url.startsWith('/articles/000_')), q).toBe(true);
    }
  });

  it('sorts by date on request: newest or oldest article first, entity pages after the articles', async () => {
    const urls = async (sort: 'new' | 'old') => (await searchSite(site, '會議', { sort })).map((r) => r.url);
    const newest = await urls('new');
    const oldest = await urls('old');
    const articles = (list: string[]) => list.filter((u) => u.startsWith('/articles/')).map((u) => u.slice(10, 13));
    expect(articles(newest)).toEqual(['003', '000']);
    expect(articles(oldest)).toEqual(['000', '003']);
    expect(oldest.slice(0, 2).every((u) => u.startsWith('/articles/'))).toBe(true);
    expect((await searchSite(site, '會議'))[0]!.url).not.toMatch(/^\/articles\//); // best first: entity pages lead
  });

  it('the year filter 2018 leaves only seed 003: entity pages carry no year', async () => {
    const results = await searchSite(site, '有色', { filters: { year: ['2018'] } });
    expect(results.map((r) => r.url)).toEqual([`/articles/${records.articles.find((a) => a.id.startsWith('003'))!.id}/`]);
  });
});
