// Views of the index pages: people A–Z by pinyin, organisations A–Z,
// meetings by year and month, the figures table across the archive, and the
// publications and categories with their articles.
import { parseRecordDate } from './dates.js';
import { meetingLink, organisationLink, personLink } from './entities.js';
import type { ViewContext } from './context.js';
import { pagerView } from './pager.js';
import { archiveView } from './articles.js';
import type { GroupField } from './site-data.js';
import { compareCodeUnits as compare } from '../compare.js';

interface Letter<T> {
  letter: string;
  id: string;
  items: T[];
}

/** Entries on one index page at most: at 2,000 articles the one-page people index was 240 KB. */
export const INDEX_PAGE_SIZE = 200;

/** Page `n` of an index at `root` ('/people/'): the first at the root, then `page-2/`, … (no pinyin slug looks like that). */
export const indexPagePath = (root: string, page: number) => (page === 1 ? root : `${root}page-${page}/`);

export const indexPageCount = (entries: number) => Math.max(1, Math.ceil(entries / INDEX_PAGE_SIZE));

const letterOf = (id: string) => {
  const first = id[0]?.toUpperCase() ?? '#';
  return /[A-Z]/.test(first) ? first : '#';
};
const letterId = (letter: string) => `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`;

/**
 * Page `page` of an A–Z index of ids (pinyin slugs): its entries grouped by
 * first letter (`#` for the rest), and a letter nav over the whole index, each
 * letter leading to the page where it starts.
 */
function letterIndex<T>(ctx: ViewContext, root: string, all: string[], page: number, item: (id: string) => T) {
  const ids = [...all].sort((a, b) => compare(letterOf(a), letterOf(b)) || compare(a, b));
  const pages = indexPageCount(ids.length);
  const nav: Array<{ letter: string; url: string }> = [];
  ids.forEach((id, i) => {
    const letter = letterOf(id);
    if (nav[nav.length - 1]?.letter !== letter) nav.push({ letter, url: `${ctx.href(indexPagePath(root, Math.floor(i / INDEX_PAGE_SIZE) + 1))}#${letterId(letter)}` });
  });
  const letters: Array<Letter<T>> = [];
  for (const id of ids.slice((page - 1) * INDEX_PAGE_SIZE, page * INDEX_PAGE_SIZE)) {
    const letter = letterOf(id);
    let group = letters[letters.length - 1];
    if (!group || group.letter !== letter) letters.push((group = { letter, id: letterId(letter), items: [] }));
    group.items.push(item(id));
  }
  return { letters, nav, count: ids.length, pager: pagerView(ctx, (n) => indexPagePath(root, n), page, pages) };
}

export const PEOPLE_ROOT = '/people/';
export const ORGANISATIONS_ROOT = '/organisations/';
export const MEETINGS_ROOT = '/meetings/';

export function peopleIndexView(ctx: ViewContext, page = 1) {
  return letterIndex(ctx, PEOPLE_ROOT, ctx.list('people'), page, (id) => {
    const p = ctx.person(id)!;
    const latest = [...p.titles].sort((x, y) => compare(y.date ?? '', x.date ?? ''))[0];
    return {
      ...personLink(ctx, id)!,
      summary: latest ? ctx.text(`${latest.organisation ?? ''}${latest.title}`) : '',
      articleCount: p.articles.length,
    };
  });
}

export function organisationsIndexView(ctx: ViewContext, page = 1) {
  return letterIndex(ctx, ORGANISATIONS_ROOT, ctx.list('organisations'), page, (id) => {
    const o = ctx.organisation(id)!;
    return { ...organisationLink(ctx, id)!, aliases: ctx.texts(o.aliases), articleCount: o.articles.length };
  });
}

export function meetingsIndexView(ctx: ViewContext, page = 1) {
  const t = ctx.t;
  const meetings = ctx.list('meetings').map((id) => ctx.meetingName(id)!);
  // newest first; dates without a year (`--11-05`) and none sort after every year, as on the archive pages
  const ordered = meetings.sort((x, y) => compare(y.date ?? '', x.date ?? '') || compare(x.id, y.id));
  const pages = indexPageCount(ordered.length);
  type Item = ReturnType<typeof meetingLink>;
  const years: Array<{ label: string; id: string; months: Array<{ label: string; id: string; items: Item[] }> }> = [];
  const undated: Item[] = [];
  for (const m of ordered.slice((page - 1) * INDEX_PAGE_SIZE, page * INDEX_PAGE_SIZE)) {
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
  return { years, undated, count: meetings.length, pager: pagerView(ctx, (n) => indexPagePath(MEETINGS_ROOT, n), page, pages) };
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
