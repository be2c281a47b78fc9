// The charts of the home and people pages, drawn at build time. A chart is a
// file shown with <img> (no script, no foreign markup in pages), the same
// picture for both scripts (in the site's words); its alt text, which
// carries the numbers, is in the page's.
import type { ViewContext } from './context.js';
import { coAttendanceGraph, monthlyBars } from './charts.js';
import { parseRecordDate } from './dates.js';
import { STRINGS } from './strings.js';
import { personUrl, relativeUrl } from './urls.js';
import { compareCodeUnits as compare } from '../compare.js';

export interface ChartImage {
  src: string;
  alt: string;
}

/** Articles and meetings per month. */
export function monthlyChart(ctx: ViewContext): ChartImage | null {
  const counts = new Map<string, { articles: number; meetings: number }>();
  const bump = (date: string | null, key: 'articles' | 'meetings') => {
    const d = parseRecordDate(date);
    if (!d || d.year === null) return;
    const month = `${d.year}-${String(d.month).padStart(2, '0')}`;
    const c = counts.get(month) ?? { articles: 0, meetings: 0 };
    c[key] += 1;
    counts.set(month, c);
  };
  for (const id of ctx.list('articles')) bump(ctx.summary(id).date, 'articles');
  for (const id of ctx.list('meetings')) bump(ctx.meetingName(id)!.date, 'meetings');
  const series = [...counts].sort(([a], [b]) => compare(a, b)).map(([month, c]) => ({ month, ...c }));
  const site = STRINGS[ctx.siteLang].e;
  const src = ctx.emit('charts/monthly.svg', () =>
    monthlyBars(series, { title: site.perMonth, desc: site.perMonthDesc, articles: site.articleSeries, meetings: site.meetings, noData: site.none }, { idPrefix: 'monthly' }),
  );
  return { src, alt: `${ctx.t.e.perMonth}：${series.map((x) => `${x.month} ${x.articles}/${x.meetings}`).join('，')}` };
}

/** Who attended meetings with whom: people who met most, joined by how often. */
export function coAttendanceChart(ctx: ViewContext): ChartImage | null {
  const edges = new Map<string, { a: string; b: string; count: number }>();
  const people = ctx.list('people').map((id) => ctx.person(id)!);
  for (const p of people) {
    for (const x of p.metMost) {
      if (x.personId <= p.id) continue;
      edges.set(`${p.id} ${x.personId}`, { a: p.id, b: x.personId, count: x.count });
    }
  }
  if (edges.size === 0) return null;
  const inGraph = new Set([...edges.values()].flatMap((e) => [e.a, e.b]));
  const site = STRINGS[ctx.siteLang].e;
  const file = 'charts/co-attendance.svg';
  const src = ctx.emit(file, () => {
    const nodes = people
      .filter((p) => inGraph.has(p.id))
      .map((p) => ({ id: p.id, label: ctx.siteLang === 'zh-Hans' ? p.nameHans : p.nameHant, href: relativeUrl(file, personUrl(p.id)), weight: p.chaired.length + p.attended.length + p.spoke.length }));
    return coAttendanceGraph(nodes, [...edges.values()], { title: site.graph, desc: site.graphDesc, noData: site.none }, { idPrefix: 'met' });
  });
  return { src, alt: `${ctx.t.e.graph}：${ctx.t.e.graphDesc}` };
}
