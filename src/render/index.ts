// Render: records and body trees → static HTML pages through Nunjucks.
//
// Pages: home (`index.html`), one page per article (`articles/<id>/index.html`),
// search (`search/index.html`, Pagefind UI), `404.html`; `public/` is copied
// as it is. Same input → byte-identical files: everything is sorted, nothing
// depends on time or on the machine.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import type { Root } from 'mdast';
import type { ArticleRecord, SearchDocument } from '../types.js';
import { renderBody, type BodyMark } from './body.js';
import { STRINGS, type Lang, type Strings } from './strings.js';

export interface SiteArticle {
  record: ArticleRecord;
  /** mdast of the body; paragraph blocks carry data.hProperties.id = `p-${i}` */
  body: Root;
  lang: Lang;
}

export interface RenderOptions {
  outDir: string;
  /** Shown in the header and page titles; default per the site's language. */
  siteTitle?: string;
  /** Language of the home, search and 404 pages; default: the script most articles use (ties: zh-Hant). */
  lang?: Lang;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TEMPLATES_DIR = path.join(ROOT, 'templates');
export const PUBLIC_DIR = path.join(ROOT, 'public');

/** Ids become one path segment: keep them to safe slugs. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;

export const articleUrl = (id: string) => `/articles/${id}/`;

export async function renderSite(articles: SiteArticle[], options: RenderOptions): Promise<{ files: string[]; searchDocuments: SearchDocument[] }> {
  checkIds(articles);
  const outDir = path.resolve(options.outDir);
  const siteLang: Lang = options.lang ?? majorityLang(articles);
  const env = createEnvironment();
  const files: string[] = [];
  const write = async (relative: string, content: string) => {
    const target = path.join(outDir, ...relative.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content.endsWith('\n') ? content : `${content}\n`);
    files.push(relative);
  };
  const site = (lang: Lang) => ({ title: options.siteTitle ?? STRINGS[lang].siteTitle, lang: siteLang });

  const ordered = sortArticles(articles);
  for (const a of ordered) {
    const t = STRINGS[a.lang];
    await write(`articles/${a.record.id}/index.html`, env.render('article.njk', { site: site(a.lang), lang: a.lang, t, page: articleView(a, t) }));
  }
  const t = STRINGS[siteLang];
  await write('index.html', env.render('home.njk', { site: site(siteLang), lang: siteLang, t, home: homeView(ordered, t, siteLang) }));
  await write('search/index.html', env.render('search.njk', { site: site(siteLang), lang: siteLang, t }));
  await write('404.html', env.render('404.njk', { site: site(siteLang), lang: siteLang, t }));
  files.push(...(await copyTree(PUBLIC_DIR, outDir)));
  return { files: [...new Set(files)].sort(), searchDocuments: ordered.map(articleSearchDocument) };
}

/** What search indexes for an article page. */
function articleSearchDocument(a: SiteArticle): SearchDocument {
  const r = a.record;
  const year = parseRecordDate(r.date)?.year;
  const filters: Record<string, string[]> = {};
  if (year) filters.year = [String(year)];
  if (r.category) filters.category = [r.category];
  if (r.publication) filters.publication = [r.publication];
  const people = [...new Set(r.officials.map((o) => o.name))].sort();
  const organisations = [...new Set(r.organisations.map((o) => o.name))].sort();
  if (people.length) filters.person = people;
  if (organisations.length) filters.organisation = organisations;
  return {
    url: articleUrl(r.id),
    kind: 'article',
    lang: a.lang,
    title: r.title,
    text: [r.kicker, r.title, ...r.paragraphs].filter(Boolean).join('\n'),
    names: [...people, ...organisations, ...r.meetings.map((m) => m.name)],
    date: r.date,
    kicker: r.kicker,
    filters,
    weight: 1,
  };
}

// ---------------------------------------------------------------- helpers

/** One environment per build: templates are compiled once per build and never cached across builds. */
function createEnvironment(): nunjucks.Environment {
  return new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATES_DIR), {
    autoescape: true,
    throwOnUndefined: true,
    trimBlocks: true,
    lstripBlocks: true,
  });
}

function checkIds(articles: SiteArticle[]): void {
  const seen = new Set<string>();
  for (const a of articles) {
    const id = a.record.id;
    if (!SAFE_ID.test(id)) throw new Error(`article id “${id}” is not a URL-safe slug (${a.record.source.path})`);
    if (seen.has(id)) throw new Error(`two articles share the id “${id}”`);
    seen.add(id);
  }
}

function majorityLang(articles: SiteArticle[]): Lang {
  const hans = articles.filter((a) => a.lang === 'zh-Hans').length;
  return hans > articles.length - hans ? 'zh-Hans' : 'zh-Hant';
}

interface ParsedDate {
  year: number | null;
  month: number;
  day: number;
}

export function parseRecordDate(date: string | null): ParsedDate | null {
  if (date === null) return null;
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (full) return { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) };
  const partial = /^--(\d{2})-(\d{2})$/.exec(date);
  if (partial) return { year: null, month: Number(partial[1]), day: Number(partial[2]) };
  return null;
}

function dateView(date: string | null, t: Strings): { label: string; datetime: string | null } {
  const d = parseRecordDate(date);
  if (!d) return { label: t.noDate, datetime: null };
  if (d.year === null) return { label: `${t.monthDay(d.month, d.day)}（${t.yearUnknown}）`, datetime: null };
  return { label: t.fullDate(d.year, d.month, d.day), datetime: date };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Latest first; then dates without a year (latest month-day first); then no date; ties by id. */
function sortArticles(articles: SiteArticle[]): SiteArticle[] {
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

function homeView(ordered: SiteArticle[], t: Strings, pageLang: Lang) {
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

function articleView(a: SiteArticle, t: Strings) {
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
  const body = renderBody(a.body, r.paragraphs, marks);
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

/** Copy a folder into another; returns the copied files, relative, with `/`. */
async function copyTree(from: string, to: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const e of entries.sort((a, b) => compare(a.name, b.name))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) {
        const relative = path.relative(from, full).split(path.sep).join('/');
        const target = path.join(to, relative);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.copyFile(full, target);
        out.push(relative);
      }
    }
  };
  await walk(from);
  return out;
}
