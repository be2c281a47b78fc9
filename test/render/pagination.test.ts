// No page grows with the archive: the home page lists the latest articles and
// every year; a year's articles, the people, organisations and meetings come in
// pages of at most 200, with rel=prev/next, and every entry is on exactly one page.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderSite, type SiteArticle } from '../../src/render/index.js';
import { ARCHIVE_PAGE_SIZE, HOME_LATEST } from '../../src/render/archive-pages.js';
import { INDEX_PAGE_SIZE } from '../../src/render/indexes.js';
import { plainBody, record } from './fixtures.js';
import { tempDir } from '../helpers/tmp.js';

// Invented names from a surname and given-name grid: distinct people with distinct pinyin.
const SURNAMES = [...'趙錢孫李周吳鄭王馮陳衛蔣沈韓楊朱秦許何呂施張孔曹嚴華金魏陶姜'];
const GIVEN = [...'明遠海濤文斌立新建華志強國平德勝'];
const COUNT = 480; // 2018 gets 300 articles (two pages), 2019 gets 180
const articles: SiteArticle[] = Array.from({ length: COUNT }, (_, i) => {
  const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${GIVEN[(i * 7) % GIVEN.length]}`;
  const year = i < 300 ? 2018 : 2019;
  const date = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  const p0 = `${(i % 12) + 1}月${(i % 28) + 1}日，第${i + 1}號測試公司召開年度工作會議，公司董事長${name}出席會議並講話。`;
  const at = p0.indexOf(name);
  return {
    lang: 'zh-Hant',
    body: plainBody([p0]),
    record: record(`a${String(i).padStart(4, '0')}`, {
      title: `第${i + 1}號測試公司召開年度工作會議`,
      date,
      paragraphs: [p0],
      officials: [{ name, titles: [{ title: '董事長', organisation: `第${i + 1}號測試公司` }], mentions: [{ paragraph: 0, start: at, end: at + name.length }] }],
      organisations: [{ name: `第${i + 1}號測試公司`, aliases: [], mentions: [{ paragraph: 0, start: p0.indexOf('第'), end: p0.indexOf('召開') }] }],
      meetings: [{ name: '年度工作會議', date, time: null, venue: null, organiser: `第${i + 1}號測試公司`, chair: null, attendance: null, participants: [name], speakers: [], mention: { paragraph: 0, start: p0.indexOf('年度'), end: p0.indexOf('，公司') } }],
    }),
  };
});

const site = path.join(tempDir('baokan-pagination-'), 'site');
const html = (url: string) => readFileSync(path.join(site, ...url.split('/').filter(Boolean), 'index.html'), 'utf8');
const listed = (page: string, pattern: RegExp) => [...page.matchAll(pattern)].map((m) => m[1]!);
/** Where a page's rel=prev/next link leads, as a site path (links are relative and name index.html). */
const relLink = (url: string, rel: 'prev' | 'next') => {
  const href = new RegExp(`<link rel="${rel}" href="([^"]*)">`).exec(html(url))?.[1];
  return href === undefined ? null : new URL(href, `http://site.invalid${url}index.html`).pathname.replace(/index\.html$/, '');
};

beforeAll(async () => {
  await renderSite(articles, { outDir: site, scriptTwins: false });
}, 240_000);

describe('pagination', () => {
  it('the home page lists only the latest articles and links every year with its count', () => {
    const home = html('/');
    const links = listed(home, /<a class="list-title" href="[^"]*articles\/(a\d+)\//g);
    expect(links).toHaveLength(HOME_LATEST);
    expect(home).toMatch(/href="archive\/2018\/index\.html"[^>]*>2018年<\/a> <span class="list-meta">共 300 篇/);
    expect(home).toMatch(/href="archive\/2019\/index\.html"[^>]*>2019年<\/a> <span class="list-meta">共 180 篇/);
  });

  it('a year of more than 200 articles is two pages with rel=prev/next, each article on exactly one page', () => {
    const first = html('/archive/2018/');
    const second = html('/archive/2018/2/');
    expect(existsSync(path.join(site, 'archive', '2018', '3'))).toBe(false);
    expect(relLink('/archive/2018/', 'next')).toBe('/archive/2018/2/');
    expect(relLink('/archive/2018/2/', 'prev')).toBe('/archive/2018/');
    const ids = [...listed(first, /<a class="list-title" href="[^"]*articles\/(a\d+)\//g), ...listed(second, /<a class="list-title" href="[^"]*articles\/(a\d+)\//g)];
    expect(listed(first, /<a class="list-title" href="[^"]*articles\/(a\d+)\//g)).toHaveLength(ARCHIVE_PAGE_SIZE);
    expect(new Set(ids).size).toBe(300);
    expect(ids.every((id) => Number(id.slice(1)) < 300)).toBe(true);
  });

  it('the people and organisations indexes come in pages of at most 200, every entry once, letters leading to their page', () => {
    for (const root of ['/people/', '/organisations/']) {
      const pages = [html(root), html(`${root}page-2/`), html(`${root}page-3/`)];
      expect(existsSync(path.join(site, ...root.split('/').filter(Boolean), 'page-4'))).toBe(false);
      const kind = root === '/people/' ? 'people' : 'organisations';
      // from people/index.html an entry is `x/index.html`, from people/page-2/index.html `../x/index.html` (the nav's are sections)
      const entries = pages.map((p) => listed(p, /<li><a href="(?:\.\.\/)?(?!page-\d+\/|(?:people|organisations|meetings|publications|categories|figures|search|archive)\/)([^/".]+)\/index\.html"/g));
      for (const e of entries) expect(e.length).toBeLessThanOrEqual(INDEX_PAGE_SIZE);
      const all = entries.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(all.length).toBe(COUNT);
      // a letter link leads to a page where that letter's heading is
      for (const [, url, id] of pages[0]!.matchAll(/<li><a href="([^"#]*)#(letter-[a-z]+)">/g)) {
        const target = url!.replace(/^(\.\.\/)*/, '').replace(/^\//, '').replace(/index\.html$/, '');
        const page = target === '' || target === `${kind}/` ? pages[0]! : html(`/${target.startsWith(kind) ? target : `${kind}/${target}`}`);
        expect(page, id).toContain(`id="${id}"`);
      }
      expect(pages[1]).toMatch(/<link rel="prev" href=/);
      expect(pages[1]).toMatch(/<link rel="next" href=/);
    }
  });

  it('the meetings index pages at 200, newest first', () => {
    const first = html('/meetings/');
    expect(relLink('/meetings/', 'next')).toBe('/meetings/page-2/');
    const months = listed(first, /<h3 id="y(\d{4}-\d{2})"/g);
    expect(months[0]! >= months[months.length - 1]!).toBe(true);
  });
});
