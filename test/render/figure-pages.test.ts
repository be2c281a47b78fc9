// The figures table in pages: an archive's figures do not fit one page (113,000
// at 10,000 articles), so they are cut in pages of FIGURES_PER_PAGE, newest
// article first, and every link to a figure goes to the page that holds it.
import { describe, expect, it } from 'vitest';
import { linkArchive } from '../../src/link/index.js';
import { figurePageCount, figuresView } from '../../src/render/figures.js';
import { FIGURES_PER_PAGE, SiteData, type SiteArticle } from '../../src/render/site-data.js';
import { ViewContext } from '../../src/render/context.js';
import { hans } from './fixtures.js';

function withFigures(id: string, date: string, count: number): SiteArticle {
  const paragraph = '全年完成投资12亿元。';
  const figures = Array.from({ length: count }, (_, i) => ({ text: `${i}亿元`, value: i * 1e8, unit: '元', approx: null, label: '投资', mention: { paragraph: 0, start: 6, end: 9 } }));
  return { ...hans, record: { ...hans.record, id, date, paragraphs: [paragraph], figures, officials: [], organisations: [], meetings: [], statements: [] } };
}

describe('figures pages', () => {
  const articles = [withFigures('older', '2019-01-01', FIGURES_PER_PAGE), withFigures('newer', '2020-01-01', FIGURES_PER_PAGE / 2 + 10)];
  const data = new SiteData(articles, linkArchive(articles.map((a) => a.record)), 'zh-Hans');
  const ctx = new ViewContext(data, 'zh-Hans', 'zh-Hans', 'zh-Hans', new Set(), new Map(), { file: 'articles/newer/index.html', siteUrl: '', absolute: false });
  // links are relative to the page the context writes (an article's)
  const figures = (page: string) => `../../figures/${page}index.html`;
  const pageCount = figurePageCount(data.archive.figures.length);
  const views = Array.from({ length: pageCount }, (_, i) => figuresView(ctx, i + 1));

  it('cuts the table in pages, newest article first, none over the limit', () => {
    expect(views[0]!.count).toBe(FIGURES_PER_PAGE * 1.5 + 10);
    expect(views[0]!.pages.map((p) => p.url)).toEqual([figures(''), figures('2/')]);
    expect(views.every((v) => v.rows.length <= FIGURES_PER_PAGE)).toBe(true);
    expect(views[0]!.rows[0]!.id).toBe('f-newer-0');
    expect(views.flatMap((v) => v.rows).length).toBe(views[0]!.count);
  });

  it('sends each figure anchor to the page that holds its row', () => {
    expect(ctx.figureHref('newer', 0)).toBe(`${figures('')}#f-newer-0`);
    expect(ctx.figureHref('older', 0)).toBe(`${figures('')}#f-older-0`);
    expect(ctx.figureHref('older', FIGURES_PER_PAGE - 1)).toBe(`${figures('2/')}#f-older-${FIGURES_PER_PAGE - 1}`);
    for (const [i, v] of views.entries()) for (const r of v.rows) expect(ctx.figureHref(r.id.replace(/^f-(.*)-\d+$/, '$1'), Number(r.id.split('-').pop()))).toBe(`${figures(i === 0 ? '' : `${i + 1}/`)}#${r.id}`);
  });
});
