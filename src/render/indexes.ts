// Views of the index pages: people A–Z by pinyin, organisations A–Z,
// meetings by year and month, and the figures table across the archive.
import type { Archive } from '../link/index.js';
import { parseRecordDate } from './dates.js';
import type { EntityViews } from './entities.js';
import type { Strings } from './strings.js';
import { FIGURES_URL, organisationUrl } from './urls.js';
import { compareCodeUnits as compare } from '../compare.js';

interface Letter<T> {
  letter: string;
  id: string;
  items: T[];
}

/** Group by the first letter of the pinyin slug (ids are pinyin); `#` for the rest. */
function byLetter<T>(items: T[], slugOf: (item: T) => string, sortKey: (item: T) => string): Array<Letter<T>> {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((x, y) => compare(sortKey(x), sortKey(y)))) {
    const first = slugOf(item)[0]?.toUpperCase() ?? '#';
    const letter = /[A-Z]/.test(first) ? first : '#';
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  return [...groups.keys()].sort().map((letter) => ({ letter, id: `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`, items: groups.get(letter)! }));
}

export function peopleIndexView(archive: Archive, views: EntityViews) {
  const letters = byLetter(archive.people, (p) => p.id, (p) => p.id).map((g) => ({
    ...g,
    items: g.items.map((p) => {
      const latest = [...p.titles].sort((x, y) => compare(y.date ?? '', x.date ?? ''))[0];
      return {
        ...views.personLink(p.id)!,
        summary: latest ? `${latest.organisation ?? ''}${latest.title}` : '',
        articleCount: p.articles.length,
      };
    }),
  }));
  return { letters, count: archive.people.length };
}

export function organisationsIndexView(archive: Archive, views: EntityViews) {
  const letters = byLetter(archive.organisations, (o) => o.id, (o) => o.id).map((g) => ({
    ...g,
    items: g.items.map((o) => ({ ...views.organisationLink(o.id)!, aliases: o.aliases, articleCount: o.articles.length, url: organisationUrl(o.id) })),
  }));
  return { letters, count: archive.organisations.length };
}

export function meetingsIndexView(archive: Archive, views: EntityViews, t: Strings) {
  const sorted = [...archive.meetings].sort((x, y) => compare(y.date ?? '', x.date ?? '') || compare(x.id, y.id));
  const years: Array<{ label: string; id: string; months: Array<{ label: string; id: string; items: ReturnType<EntityViews['meetingLink']>[] }> }> = [];
  const undated: ReturnType<EntityViews['meetingLink']>[] = [];
  for (const m of sorted) {
    const d = parseRecordDate(m.date);
    const item = views.meetingLink(m.id);
    if (!d || d.year === null) {
      undated.push(item);
      continue;
    }
    const yearId = `y${d.year}`;
    let year = years[years.length - 1];
    if (!year || year.id !== yearId) years.push((year = { label: t.year(d.year), id: yearId, months: [] }));
    const monthId = `${yearId}-${String(d.month).padStart(2, '0')}`;
    let month = year.months[year.months.length - 1];
    if (!month || month.id !== monthId) year.months.push((month = { label: t.yearMonth(d.year, d.month), id: monthId, items: [] }));
    month.items.push(item);
  }
  return { years, undated, count: archive.meetings.length };
}

/** Rows per figures page: a table a phone can scroll; the CSV has them all. */
export const FIGURES_PER_PAGE = 500;

export const figuresPageUrl = (n: number) => (n === 1 ? FIGURES_URL : `${FIGURES_URL}${n}/`);

/** The figures table across the archive, newest article first, in pages of FIGURES_PER_PAGE rows. */
export function figuresView(archive: Archive, views: EntityViews) {
  const byArticle = new Map<string, Archive['figures']>();
  for (const f of archive.figures) {
    const list = byArticle.get(f.articleId);
    if (list) list.push(f);
    else byArticle.set(f.articleId, [f]);
  }
  const rows = [...byArticle.values()].reverse().flatMap((list) => list.map((f, n) => views.figureRow(f, n)));
  const pageCount = Math.max(1, Math.ceil(rows.length / FIGURES_PER_PAGE));
  const pages = Array.from({ length: pageCount }, (_, i) => ({
    number: i + 1,
    url: figuresPageUrl(i + 1),
    rows: rows.slice(i * FIGURES_PER_PAGE, (i + 1) * FIGURES_PER_PAGE),
  }));
  /** figure anchor id → its page's URL with the anchor */
  const hrefOf = new Map<string, string>();
  for (const p of pages) for (const r of p.rows) hrefOf.set(r.id, `${p.url}#${r.id}`);
  return { rows, pages, hrefOf, count: rows.length };
}

/** Articles and meetings per month, for the home page's chart. */
export function monthlySeries(archive: Archive, articleDates: Array<string | null>) {
  const counts = new Map<string, { articles: number; meetings: number }>();
  const bump = (date: string | null, key: 'articles' | 'meetings') => {
    const d = parseRecordDate(date);
    if (!d || d.year === null) return;
    const month = `${d.year}-${String(d.month).padStart(2, '0')}`;
    const c = counts.get(month) ?? { articles: 0, meetings: 0 };
    c[key] += 1;
    counts.set(month, c);
  };
  for (const date of articleDates) bump(date, 'articles');
  for (const m of archive.meetings) bump(m.date, 'meetings');
  return [...counts].sort(([a], [b]) => compare(a, b)).map(([month, c]) => ({ month, ...c }));
}
