// Article pages and the home page's archive list: views for the templates.
import type { SiteArticle } from './index.js';
import { renderBody, type BodyMark, type BodyLink } from './body.js';
import type { Lang, Strings } from './strings.js';
import { articleUrl } from './urls.js';
import { dateView, parseRecordDate } from './dates.js';
import { compareCodeUnits as compare } from '../compare.js';

/** Latest first; then dates without a year (latest month-day first); then no date; ties by id. */
export function sortArticles(articles: SiteArticle[]): SiteArticle[] {
  const rank = (a: SiteArticle) => {
    const d = parseRecordDate(a.record.date);
    if (!d) return { group: 2, key: '' };
    return d.year === null ? { group: 1, key: a.record.date! } : { group: 0, key: a.record.date! };
  };
  return [...articles].sort((x, y) => {
    const a = rank(x);
    const b = rank(y);
    return a.group - b.group || compare(b.key, a.key) || compare(x.record.id, y.record.id);
  });
}

interface ListItem {
  url: string;
  title: string;
  kicker: string | null;
  publication: string | null;
  date: { label: string; datetime: string | null };
  /** set when the article's script differs from the page's */
  lang: Lang | null;
}

function listItem(a: SiteArticle, t: Strings, pageLang: Lang): ListItem {
  return {
    url: articleUrl(a.record.id),
    title: a.record.title,
    kicker: a.record.kicker,
    publication: a.record.publication,
    date: dateView(a.record.date, t),
    lang: a.lang === pageLang ? null : a.lang,
  };
}

export function homeView(ordered: SiteArticle[], t: Strings, pageLang: Lang) {
  const years: Array<{ year: number; label: string; id: string; months: Array<{ label: string; id: string; items: ListItem[] }> }> = [];
  const undated: ListItem[] = [];
  for (const a of ordered) {
    const d = parseRecordDate(a.record.date);
    if (!d || d.year === null) {
      undated.push(listItem(a, t, pageLang));
      continue;
    }
    let year = years[years.length - 1];
    if (!year || year.year !== d.year) {
      year = { year: d.year, label: t.year(d.year), id: `y${d.year}`, months: [] };
      years.push(year);
    }
    const monthId = `y${d.year}-${String(d.month).padStart(2, '0')}`;
    let month = year.months[year.months.length - 1];
    if (!month || month.id !== monthId) {
      month = { label: t.yearMonth(d.year, d.month), id: monthId, items: [] };
      year.months.push(month);
    }
    month.items.push(listItem(a, t, pageLang));
  }
  return { years, undated, count: ordered.length };
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

export function articleView(a: SiteArticle, t: Strings, links: readonly BodyLink[] = []) {
  const r = a.record;
  const raw: Array<Omit<Note, 'id' | 'label' | 'inline'> & { start: number; end: number }> = [];
  const paragraphCount = r.paragraphs.length;
  const where = (p: number | undefined) =>
    p !== undefined && Number.isInteger(p) && p >= 0 && p < paragraphCount ? { paragraph: p + 1, anchor: `p-${p}` } : { paragraph: null, anchor: null };
  for (const w of r.warnings) {
    if (w.code !== 'damaged-text' || w.corrected === true) continue;
    const place = where(w.paragraph);
    const span = place.paragraph !== null && w.start !== undefined && w.end !== undefined ? r.paragraphs[w.paragraph!]!.slice(w.start, w.end) : '';
    raw.push({ kind: 'damaged', ...place, text: span || null, find: null, replace: null, note: null, start: w.start ?? -1, end: w.end ?? -1 });
  }
  for (const c of r.corrections ?? []) {
    raw.push({ kind: 'corrected', ...where(c.paragraph), text: null, find: c.find, replace: c.replace, note: c.note, start: c.start, end: c.end });
  }
  raw.sort((x, y) => (x.paragraph ?? Infinity) - (y.paragraph ?? Infinity) || x.start - y.start || x.end - y.end || compare(x.kind, y.kind));
  const notes: Note[] = raw.map((n, i) => ({ ...n, id: `note-${i + 1}`, label: t.noteLabel(i + 1), inline: false }));
  const marks: BodyMark[] = [];
  raw.forEach((n, i) => {
    if (n.paragraph !== null && n.start >= 0 && n.end > n.start) {
      marks.push({ paragraph: n.paragraph - 1, start: n.start, end: n.end, kind: n.kind, note: notes[i]!.id, label: notes[i]!.label });
    }
  });
  const body = renderBody(a.body, r.paragraphs, marks, links);
  for (const n of notes) n.inline = body.marked.has(n.id);
  return {
    url: articleUrl(r.id),
    title: r.title,
    titleDerived: r.titleDerived,
    kicker: r.kicker,
    date: dateView(r.date, t),
    yearInferred: parseRecordDate(r.date)?.year != null && r.warnings.some((w) => w.code === 'year-inferred'),
    publication: r.publication,
    category: r.category,
    authors: r.authors.join(t.listSeparator),
    editors: r.editors.join(t.listSeparator),
    bodyHtml: body.html,
    notes,
    sourceNotice: r.sourceNotice ?? null,
  };
}
