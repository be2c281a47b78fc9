// Views of the index pages: people A–Z by pinyin, organisations A–Z,
// meetings by year and month, the figures table across the archive, and the
// publications and categories with their articles.
import { parseRecordDate } from './dates.js';
import { meetingLink, organisationLink, personLink } from './entities.js';
import type { ViewContext } from './context.js';
import { archiveView } from './articles.js';
import type { GroupField } from './site-data.js';
import { compareCodeUnits as compare } from '../compare.js';

interface Letter<T> {
  letter: string;
  id: string;
  items: T[];
}

/** Group ids (pinyin slugs, sorted) by first letter; `#` for the rest. */
function byLetter<T>(ids: string[], item: (id: string) => T): Array<Letter<T>> {
  const groups = new Map<string, T[]>();
  for (const id of [...ids].sort(compare)) {
    const first = id[0]?.toUpperCase() ?? '#';
    const letter = /[A-Z]/.test(first) ? first : '#';
    const group = groups.get(letter);
    if (group) group.push(item(id));
    else groups.set(letter, [item(id)]);
  }
  return [...groups.keys()].sort().map((letter) => ({ letter, id: `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`, items: groups.get(letter)! }));
}

export function peopleIndexView(ctx: ViewContext) {
  const ids = ctx.list('people');
  const letters = byLetter(ids, (id) => {
    const p = ctx.person(id)!;
    const latest = [...p.titles].sort((x, y) => compare(y.date ?? '', x.date ?? ''))[0];
    return {
      ...personLink(ctx, id)!,
      summary: latest ? ctx.text(`${latest.organisation ?? ''}${latest.title}`) : '',
      articleCount: p.articles.length,
    };
  });
  return { letters, count: ids.length };
}

export function organisationsIndexView(ctx: ViewContext) {
  const ids = ctx.list('organisations');
  const letters = byLetter(ids, (id) => {
    const o = ctx.organisation(id)!;
    return { ...organisationLink(ctx, id)!, aliases: ctx.texts(o.aliases), articleCount: o.articles.length };
  });
  return { letters, count: ids.length };
}

export function meetingsIndexView(ctx: ViewContext) {
  const t = ctx.t;
  const meetings = ctx.list('meetings').map((id) => ctx.meetingName(id)!);
  const sorted = meetings.sort((x, y) => compare(y.date ?? '', x.date ?? '') || compare(x.id, y.id));
  type Item = ReturnType<typeof meetingLink>;
  const years: Array<{ label: string; id: string; months: Array<{ label: string; id: string; items: Item[] }> }> = [];
  const undated: Item[] = [];
  for (const m of sorted) {
    const d = parseRecordDate(m.date);
    const item = meetingLink(ctx, m.id);
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
  return { years, undated, count: meetings.length };
}

/** The publications (or categories), each with how many articles it has. */
export function groupsIndexView(ctx: ViewContext, field: GroupField) {
  const groups = ctx.groups(field);
  return {
    items: groups.map((g) => ({ url: ctx.groupUrl(field, g.name)!, label: ctx.text(g.name), lang: ctx.articleLang(g.articles[0]!), articleCount: g.articles.length })),
    count: groups.length,
  };
}

/** One publication (or category): its articles by year and month. */
export function groupView(ctx: ViewContext, field: GroupField, name: string) {
  const g = ctx.group(field, name)!;
  return { name: ctx.text(name), lang: ctx.articleLang(g.articles[0]!), articles: archiveView(ctx, g.articles) };
}
