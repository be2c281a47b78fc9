// The figures table across the archive, newest article first, in pages of
// FIGURES_PER_PAGE rows; the first page shows a small chart per figure label
// that recurs with one unit.
import type { FigureEntry } from '../link/index.js';
import type { ViewContext } from './context.js';
import { figuresPagePath } from './context.js';
import { dateView, parseRecordDate } from './dates.js';
import { FIGURES_PER_PAGE } from './site-data.js';
import { sparkline } from './charts.js';
import { figureAnchor } from './urls.js';
import { STRINGS } from './strings.js';
import { compareCodeUnits as compare } from '../compare.js';

/** How many figures pages the archive needs (one, empty, when it has none). */
export function figurePageCount(total: number): number {
  return Math.max(1, Math.ceil(total / FIGURES_PER_PAGE));
}

function figureRow(ctx: ViewContext, f: FigureEntry, index: number) {
  const a = ctx.summary(f.articleId);
  return {
    id: figureAnchor(f.articleId, index),
    text: ctx.text(f.text),
    value: f.value,
    unit: ctx.text(f.unit),
    approx: f.approx ? ctx.t.e.approx[f.approx] : '',
    label: f.label === null ? '' : ctx.text(f.label),
    context: ctx.text(f.context),
    url: ctx.paragraphUrl(f.articleId, f.mention.paragraph),
    // the context stays text; this short link leads to where it stands
    paragraphLabel: ctx.t.paragraph(f.mention.paragraph + 1),
    articleTitle: ctx.text(a.title),
    date: dateView(a.date, ctx.t),
    lang: ctx.langOf(a.lang),
  };
}

/** Page `n` of the figures table. */
export function figuresView(ctx: ViewContext, n: number) {
  const byArticle = ctx.figuresByArticle();
  const total = ctx.figures().length;
  const from = (n - 1) * FIGURES_PER_PAGE;
  const to = from + FIGURES_PER_PAGE;
  const rows: Array<ReturnType<typeof figureRow>> = [];
  let at = 0;
  for (const [articleId, count] of ctx.figureCounts()) {
    if (at + count > from && at < to) {
      const list = byArticle.get(articleId)!;
      for (let i = Math.max(0, from - at); i < count && at + i < to; i++) rows.push(figureRow(ctx, list[i]!, i));
    }
    at += count;
    if (at >= to) break;
  }
  const pageCount = figurePageCount(total);
  const pages = pageCount > 1 ? Array.from({ length: pageCount }, (_, i) => ({ number: i + 1, url: ctx.href(figuresPagePath(i + 1)) })) : [];
  return { count: total, rows, charts: n === 1 ? trendCharts(ctx, byArticle) : [], page: n, pages };
}

/** A small chart per figure label that recurs with one unit (at most 12, the most frequent). */
function trendCharts(ctx: ViewContext, byArticle: ReadonlyMap<string, readonly FigureEntry[]>) {
  type Point = { label: string; unit: string; value: number; text: string; date: string; articleId: string };
  const byLabel = new Map<string, Point[]>();
  for (const [articleId] of ctx.figureCounts()) {
    const date = ctx.summary(articleId).date;
    if (!date || parseRecordDate(date)?.year == null) continue;
    for (const f of byArticle.get(articleId)!) {
      if (!f.label) continue;
      const key = `${f.label}\u0000${f.unit}`;
      const point = { label: f.label, unit: f.unit, value: f.value, text: f.text, date, articleId };
      const list = byLabel.get(key);
      if (list) list.push(point);
      else byLabel.set(key, [point]);
    }
  }
  // The picture is the same file in both scripts, in the site's words.
  const site = STRINGS[ctx.siteLang].e;
  return [...byLabel]
    .filter(([, list]) => list.length >= 2)
    .sort(([ka, a], [kb, b]) => b.length - a.length || compare(ka, kb))
    .slice(0, 12)
    .map(([, list], i) => {
      const { label, unit } = list[0]!;
      const src = ctx.emit(`charts/trend-${i + 1}.svg`, () =>
        sparkline(list.map((r) => ({ date: r.date, value: r.value, label: r.text })), { title: `${label}（${unit}）`, desc: site.trendDesc(label), unit, noData: site.none }, { idPrefix: `trend-${i + 1}` }),
      );
      return {
        src,
        alt: `${ctx.t.e.trendDesc(ctx.text(label))} ${list.map((r) => `${dateView(r.date, ctx.t).label} ${ctx.text(r.text)}`).join('，')}`,
        caption: ctx.text(`${label}（${unit}）`),
      };
    });
}
