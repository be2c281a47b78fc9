// The figures table in pages: an archive's figures do not fit one page (113,000
// at 10,000 articles), so they are cut in pages of FIGURES_PER_PAGE, newest
// article first, and every link to a figure goes to the page that holds it.
import { describe, expect, it } from 'vitest';
import { linkArchive } from '../../src/link/index.js';
import { EntityViews } from '../../src/render/entities.js';
import { figuresView, FIGURES_PER_PAGE } from '../../src/render/indexes.js';
import { STRINGS } from '../../src/render/strings.js';
import type { SiteArticle } from '../../src/render/index.js';
import { hans } from './fixtures.js';

function withFigures(id: string, date: string, count: number): SiteArticle {
  const paragraph = '全年完成投资12亿元。';
  const figures = Array.from({ length: count }, (_, i) => ({ text: `${i}亿元`, value: i * 1e8, unit: '元', approx: null, label: '投资', mention: { paragraph: 0, start: 6, end: 9 } }));
  return { ...hans, record: { ...hans.record, id, date, paragraphs: [paragraph], figures, officials: [], organisations: [], meetings: [], statements: [] } };
}

describe('figures pages', () => {
  const articles = [withFigures('older', '2019-01-01', FIGURES_PER_PAGE), withFigures('newer', '2020-01-01', FIGURES_PER_PAGE / 2 + 10)];
  const archive = linkArchive(articles.map((a) => a.record));
  const views = new EntityViews(archive, new Map(articles.map((a) => [a.record.id, a])), STRINGS['zh-Hans'], 'zh-Hans');
  const view = figuresView(archive, views);

  it('cuts the table in pages, newest article first, none over the limit', () => {
    expect(view.count).toBe(FIGURES_PER_PAGE * 1.5 + 10);
    expect(view.pages.map((p) => p.url)).toEqual(['/figures/', '/figures/2/']);
    expect(view.pages.every((p) => p.rows.length <= FIGURES_PER_PAGE)).toBe(true);
    expect(view.pages[0]!.rows[0]!.id).toBe('f-newer-0');
    expect(view.pages.flatMap((p) => p.rows).length).toBe(view.count);
  });

  it('sends each figure anchor to the page that holds its row', () => {
    expect(view.hrefOf.get('f-newer-0')).toBe('/figures/#f-newer-0');
    expect(view.hrefOf.get('f-older-0')).toBe('/figures/#f-older-0');
    expect(view.hrefOf.get(`f-older-${FIGURES_PER_PAGE - 1}`)).toBe(`/figures/2/#f-older-${FIGURES_PER_PAGE - 1}`);
    for (const p of view.pages) for (const r of p.rows) expect(view.hrefOf.get(r.id)).toBe(`${p.url}#${r.id}`);
  });
});
