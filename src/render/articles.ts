// Article pages and the lists of articles (home, publication and category
// pages): views for the templates, read through the page's context.
import { renderBody, type BodyMark, type BodyLink } from './body.js';
import type { Lang } from './strings.js';
import type { ViewContext } from './context.js';
import { dateView, parseRecordDate, type DateView } from './dates.js';
import { compareCodeUnits as compare } from '../compare.js';

export interface ListItem {
  url: string;
  title: string;
  kicker: string | null;
  publication: string | null;
  date: DateView;
  /** set when the article's script differs from the page's */
  lang: Lang | null;
}

export function listItem(ctx: ViewContext, id: string): ListItem {
  const a = ctx.summary(id);
  return {
    url: ctx.articleUrl(id),
    title: ctx.text(a.title),
    kicker: a.kicker === null ? null : ctx.text(a.kicker),
    publication: a.publication === null ? null : ctx.text(a.publication),
    date: dateView(a.date, ctx.t),
    lang: ctx.langOf(a.lang),
  };
}

/** Articles (in the site's order) by year and month, and those without a year. */
export function archiveView(ctx: ViewContext, ids: string[]) {
  const years: Array<{ year: number; label: string; id: string; months: Array<{ label: string; id: string; items: ListItem[] }> }> = [];
  const undated: ListItem[] = [];
  for (const id of ids) {
    const d = parseRecordDate(ctx.summary(id).date);
    if (!d || d.year === null) {
      undated.push(listItem(ctx, id));
      continue;
    }
    let year = years[years.length - 1];
    if (!year || year.year !== d.year) {
      year = { year: d.year, label: ctx.t.year(d.year), id: `y${d.year}`, months: [] };
      years.push(year);
    }
    const monthId = `y${d.year}-${String(d.month).padStart(2, '0')}`;
    let month = year.months[year.months.length - 1];
    if (!month || month.id !== monthId) {
      month = { label: ctx.t.yearMonth(d.year, d.month), id: monthId, items: [] };
      year.months.push(month);
    }
    month.items.push(listItem(ctx, id));
  }
  return { years, undated, count: ids.length };
}

interface Note {
  id: string;
  label: string;
  kind: 'damaged' | 'corrected';
  /** 1-based paragraph number for display, and its anchor */
  paragraph: number | null;
  anchor: string | null;
  text: string | null;
  find: string | null;
  replace: string | null;
  note: string | null;
  /** the note's span is marked in the body with a back-link */
  inline: boolean;
}

export function articleView(ctx: ViewContext, id: string) {
  const a = ctx.article(id);
  const r = a.record;
  const t = ctx.t;
  const raw: Array<Omit<Note, 'id' | 'label' | 'inline'> & { start: number; end: number }> = [];
  const paragraphCount = r.paragraphs.length;
  const where = (p: number | undefined) =>
    p !== undefined && Number.isInteger(p) && p >= 0 && p < paragraphCount ? { paragraph: p + 1, anchor: `p-${p}` } : { paragraph: null, anchor: null };
  for (const w of r.warnings) {
    if (w.code !== 'damaged-text' || w.corrected === true) continue;
    const place = where(w.paragraph);
    const span = place.paragraph !== null && w.start !== undefined && w.end !== undefined ? r.paragraphs[w.paragraph!]!.slice(w.start, w.end) : '';
    raw.push({ kind: 'damaged', ...place, text: span ? ctx.text(span) : null, find: null, replace: null, note: null, start: w.start ?? -1, end: w.end ?? -1 });
  }
  for (const c of r.corrections ?? []) {
    raw.push({ kind: 'corrected', ...where(c.paragraph), text: null, find: ctx.text(c.find), replace: ctx.text(c.replace), note: c.note === null ? null : ctx.text(c.note), start: c.start, end: c.end });
  }
  raw.sort((x, y) => (x.paragraph ?? Infinity) - (y.paragraph ?? Infinity) || x.start - y.start || x.end - y.end || compare(x.kind, y.kind));
  const notes: Note[] = raw.map((n, i) => ({ ...n, id: `note-${i + 1}`, label: t.noteLabel(i + 1), inline: false }));
  const marks: BodyMark[] = [];
  raw.forEach((n, i) => {
    if (n.paragraph !== null && n.start >= 0 && n.end > n.start) {
      marks.push({ paragraph: n.paragraph - 1, start: n.start, end: n.end, kind: n.kind, note: notes[i]!.id, label: notes[i]!.label });
    }
  });
  const script = { href: (url: string) => ctx.bodyHref(url), text: ctx.converted ? (value: string) => ctx.text(value) : null };
  const body = renderBody(a.body, r.paragraphs, marks, mentionLinks(ctx, id), script);
  for (const n of notes) n.inline = body.marked.has(n.id);
  const text = (value: string | null) => (value === null ? null : ctx.text(value));
  return {
    url: ctx.articleUrl(r.id),
    title: ctx.text(r.title),
    titleDerived: r.titleDerived,
    kicker: text(r.kicker),
    date: dateView(r.date, t),
    yearInferred: parseRecordDate(r.date)?.year != null && r.warnings.some((w) => w.code === 'year-inferred'),
    publication: text(r.publication),
    publicationUrl: r.publication === null ? null : ctx.groupUrl('publication', r.publication),
    category: text(r.category),
    categoryUrl: r.category === null ? null : ctx.groupUrl('category', r.category),
    authors: ctx.texts(r.authors).join(t.listSeparator),
    editors: ctx.texts(r.editors).join(t.listSeparator),
    bodyHtml: body.html,
    notes,
    sourceNotice: text(r.sourceNotice ?? null),
  };
}

/** Links from an article's mentions to the pages of what they name. */
export function mentionLinks(ctx: ViewContext, id: string): BodyLink[] {
  const r = ctx.article(id).record;
  const linked = ctx.linked(id);
  if (!linked) return [];
  const links: BodyLink[] = [];
  r.officials.forEach((o, i) => {
    const person = linked.officials[i];
    if (person) for (const m of o.mentions) links.push({ ...m, href: ctx.personUrl(person), kind: 'person' });
  });
  r.organisations.forEach((o, i) => {
    const organisation = linked.organisations[i];
    if (organisation) for (const m of o.mentions) links.push({ ...m, href: ctx.organisationUrl(organisation), kind: 'organisation' });
  });
  r.meetings.forEach((m, i) => {
    const meeting = linked.meetings[i];
    if (meeting) links.push({ ...m.mention, href: ctx.meetingUrl(meeting), kind: 'meeting' });
  });
  r.figures.forEach((f, i) => {
    const href = ctx.figureHref(id, i);
    if (href) links.push({ ...f.mention, href, kind: 'figure' });
  });
  return links;
}
