// Data and feeds beside the pages: Atom, sitemap, CSV, JSON-LD.
//
// Pure and deterministic: same input, byte-identical string (entries and
// paths are sorted, nothing reads the clock: the feed's `updated` comes from
// the newest article). Everything from an article is escaped for where it
// goes: XML text and attributes, CSV fields, a <script> element.
import { escapeXml, NOT_XML_CHAR } from './charts.js';
import { relativeUrl } from './urls.js';

// ---------------------------------------------------------------- shared

/** Code-unit order, the same everywhere (no locale). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A site path ('/a/b/'): a relative one gets a leading '/'; characters a URI
 * may not carry (non-ASCII, space, quotes, < >) are percent-encoded, `%`
 * already there is kept. A URL with a scheme or a host (`//x`) is not a site
 * path: that is a caller's bug, so it throws.
 */
function sitePath(path: string): string {
  const raw = String(path).replace(NOT_XML_CHAR, '');
  if (SCHEME.test(raw.trimStart()) || /^\s*[\\/][\\/]/.test(raw)) {
    throw new TypeError(`not a site path: ${JSON.stringify(path)}`);
  }
  const withSlash = raw.startsWith('/') ? raw : `/${raw}`;
  return withSlash.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c));
}

/** `https://example.org` or `https://example.org/archive` (no trailing slash), or ''. */
function siteBase(siteUrl: string): string {
  if (siteUrl === '') return '';
  const base = siteUrl.replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/?#"'<>\\]+(\/[^\s?#"'<>\\]*)?$/i.test(base)) {
    throw new TypeError(`siteUrl must be an http(s) URL without query or fragment: ${JSON.stringify(siteUrl)}`);
  }
  return base;
}

// ---------------------------------------------------------------- Atom

export interface AtomEntry {
  /** Site path of the article page, e.g. '/articles/x/'. */
  url: string;
  title: string;
  /** ISO date ('YYYY-MM-DD', 'YYYY-MM', 'YYYY' or a full date-time), or null. */
  date: string | null;
  summary: string;
  authors: string[];
}

export interface AtomFeedOptions {
  /** 'https://example.org' (a trailing slash is fine), or '' when not configured. */
  siteUrl: string;
  title: string;
  /** Site path of the feed itself, e.g. '/feed.xml'. */
  feedPath: string;
  /** ISO date of the newest article (never the clock). */
  updated: string;
  entries: AtomEntry[];
  /** Feed-level author, for entries without one (Atom needs one or the other). Default: the title. */
  author?: string;
  /** xml:lang of the feed, e.g. 'zh-Hant'. */
  lang?: string;
  /** Site path of the home page; default '/'. */
  homePath?: string;
}

/** Atom's date-time from an ISO date: '2024-03' → '2024-03-01T00:00:00Z'; null if not one. */
function atomDate(date: string | null): string | null {
  if (date === null) return null;
  const full = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})$/.exec(date);
  if (full) return validDay(full[1]!) ? date : null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const day = `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  return validDay(day) ? `${day}T00:00:00Z` : null;
}

function validDay(day: string): boolean {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

const TAG_PREFIX = 'tag:baokan,2000:';

/**
 * An Atom 1.0 feed. With a siteUrl, ids and links are absolute URLs; with
 * siteUrl '' ids are tag: URIs (`tag:baokan,2000:/articles/x/`) and links are
 * site paths, which readers resolve against the feed's own address.
 * Entries are written newest first (undated last), ties by url; an entry
 * without a date is dated with the feed. The feed's `updated` falls back to
 * the newest entry date, then to 2000-01-01, when it is not an ISO date.
 */
export function atomFeed(opts: AtomFeedOptions): string {
  const base = siteBase(opts.siteUrl);
  // no address: links relative to the feed file, as the pages' are (urls.ts)
  const url = (path: string): string => (base === '' ? relativeUrl(sitePath(opts.feedPath).slice(1), sitePath(path)) : base + sitePath(path));
  const id = (path: string): string => (base === '' ? TAG_PREFIX + sitePath(path) : url(path));

  const entries = opts.entries
    .map((e) => ({ ...e, when: atomDate(e.date) }))
    .sort((p, q) => {
      if (p.when !== q.when) {
        if (p.when === null) return 1;
        if (q.when === null) return -1;
        return compareStrings(q.when, p.when);
      }
      return compareStrings(p.url, q.url) || compareStrings(p.title, q.title);
    });
  const newest = entries.find((e) => e.when !== null)?.when ?? null;
  const updated = atomDate(opts.updated) ?? newest ?? '2000-01-01T00:00:00Z';

  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<feed xmlns="http://www.w3.org/2005/Atom"${opts.lang ? ` xml:lang="${escapeXml(opts.lang)}"` : ''}>\n`,
    `  <id>${escapeXml(id(opts.feedPath))}</id>\n`,
    `  <title>${escapeXml(opts.title)}</title>\n`,
    `  <updated>${updated}</updated>\n`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(url(opts.feedPath))}"/>\n`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(url(opts.homePath ?? '/'))}"/>\n`,
    `  <author><name>${escapeXml(opts.author ?? opts.title)}</name></author>\n`,
    '  <generator>baokan</generator>\n',
  ];
  for (const entry of entries) {
    out.push(
      '  <entry>\n',
      `    <id>${escapeXml(id(entry.url))}</id>\n`,
      `    <title type="text">${escapeXml(entry.title)}</title>\n`,
      `    <updated>${entry.when ?? updated}</updated>\n`,
    );
    if (entry.when !== null) out.push(`    <published>${entry.when}</published>\n`);
    out.push(`    <link rel="alternate" type="text/html" href="${escapeXml(url(entry.url))}"/>\n`);
    for (const name of entry.authors) {
      if (name.trim() !== '') out.push(`    <author><name>${escapeXml(name)}</name></author>\n`);
    }
    out.push(`    <summary type="text">${escapeXml(entry.summary)}</summary>\n`, '  </entry>\n');
  }
  out.push('</feed>\n');
  return out.join('');
}

// ---------------------------------------------------------------- sitemap

/** The most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * sitemap.xml: one <url><loc> per distinct path, sorted, as [file, content]
 * pairs. A sitemap's URLs are absolute, so it needs the site's address (no
 * address: no sitemap; render/index.ts writes none). Past `max` URLs
 * (50,000; both scripts of 10,000 articles and their entity pages are more)
 * sitemap.xml is a sitemap index of sitemap-1.xml, sitemap-2.xml, ….
 */
export function sitemap(siteUrl: string, paths: string[], max = SITEMAP_MAX_URLS): Array<[string, string]> {
  const base = siteBase(siteUrl);
  if (base === '') throw new TypeError('a sitemap needs the absolute address of the site');
  const locs = [...new Set(paths.map((p) => base + sitePath(p)))].sort(compareStrings);
  const head = '<?xml version="1.0" encoding="utf-8"?>\n';
  const urlset = (part: string[]) =>
    head + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + part.map((loc) => `  <url><loc>${escapeXml(loc)}</loc></url>\n`).join('') + '</urlset>\n';
  if (locs.length <= max) return [['sitemap.xml', urlset(locs)]];
  const parts: Array<[string, string]> = [];
  for (let i = 0; i < locs.length; i += max) parts.push([`sitemap-${parts.length + 1}.xml`, urlset(locs.slice(i, i + max))]);
  const index =
    head + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + parts.map(([file]) => `  <sitemap><loc>${escapeXml(`${base}/${file}`)}</loc></sitemap>\n`).join('') + '</sitemapindex>\n';
  return [['sitemap.xml', index], ...parts];
}

// ---------------------------------------------------------------- CSV

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/;

function csvField(cell: CsvCell): string {
  let text: string;
  if (cell === null || cell === undefined) text = '';
  else if (typeof cell === 'number') {
    // A number is a number: a negative one keeps its minus, no quote mark.
    text = Number.isFinite(cell) ? (Object.is(cell, -0) ? '0' : String(cell)) : '';
  } else {
    text = String(cell);
    // Spreadsheet formula injection: a text starting like a formula is made text
    // (full-width and small forms too: spreadsheets read ＝ as = when typed with an IME).
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as RFC 4180 (CRLF after every record, fields with `"` `,` CR or LF
 * quoted, quotes doubled), with a UTF-8 BOM so spreadsheet programs read
 * Chinese. A text field starting with = + - @ (or their full-width and small
 * forms ＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫), tab or CR gets a leading `'`
 * (formula injection); numbers are written as numbers, -5 stays -5. Short
 * rows are padded to the header's width; a longer row throws.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header.map(csvField).join(',')];
  rows.forEach((row, i) => {
    if (row.length > header.length) {
      throw new RangeError(`CSV row ${i} has ${row.length} fields, header has ${header.length}`);
    }
    const cells: CsvCell[] = [...row];
    while (cells.length < header.length) cells.push(null);
    lines.push(cells.map(csvField).join(','));
  });
  return '\uFEFF' + lines.map((l) => `${l}\r\n`).join('');
}

// ---------------------------------------------------------------- JSON-LD

/**
 * The text of a `<script type="application/ld+json">` element: JSON with
 * `<`, `>`, `&`, U+2028 and U+2029 written as \u escapes, so no value can
 * close the element or open a comment; JSON.parse reads it back unchanged.
 */
export function jsonLd(data: object): string {
  const json = JSON.stringify(data) ?? 'null';
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface JsonLdThing {
  '@context': 'https://schema.org';
  '@type': string;
  [key: string]: unknown;
}

interface NamedThing {
  '@type': string;
  name: string;
  [key: string]: unknown;
}

export interface NewsArticleInput {
  headline: string;
  /** ISO date or null. */
  datePublished: string | null;
  /** Authors' names (Person). */
  authors: string[];
  /** The publication's name (Organization), if known. */
  publisher?: string | null;
  /** Absolute URL or site path of the page. */
  url?: string;
  description?: string;
  /** e.g. 'zh-Hant' */
  inLanguage?: string;
}

export interface PersonInput {
  name: string;
  /** Titles held, e.g. ['市長']. */
  jobTitle?: string[];
  /** Organisations' names. */
  affiliation?: string[];
  alternateName?: string[];
  url?: string;
}

export interface OrganizationInput {
  name: string;
  /** Aliases and short names. */
  alternateName?: string[];
  url?: string;
}

export interface EventInput {
  name: string;
  /** ISO date ('YYYY-MM-DD' …) or null; a partial date such as '--03-05' is left out. */
  startDate: string | null;
  /** Venue name. */
  location?: string | null;
  /** Organisers' names. */
  organizer?: string[];
  url?: string;
  description?: string;
}

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

function isoDate(date: string | null | undefined): string | undefined {
  return typeof date === 'string' && ISO_DATE.test(date) ? date : undefined;
}

function names(values: string[] | undefined): string[] {
  return [...new Set((values ?? []).filter((v) => v.trim() !== ''))];
}

/** One value as itself, several as a list, none left out. */
function oneOrMany<T>(values: T[]): T | T[] | undefined {
  return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
}

/** The object without its undefined fields, keys in the order given. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

const person = (name: string): NamedThing => ({ '@type': 'Person', name });
const organization = (name: string): NamedThing => ({ '@type': 'Organization', name });

export function newsArticleLd(input: NewsArticleInput): JsonLdThing {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    datePublished: isoDate(input.datePublished),
    author: names(input.authors).map(person),
    publisher: input.publisher ? organization(input.publisher) : undefined,
    url: input.url,
    description: input.description,
    inLanguage: input.inLanguage,
  });
}

export function personLd(input: PersonInput): JsonLdThing {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: input.name,
    jobTitle: oneOrMany(names(input.jobTitle)),
    affiliation: oneOrMany(names(input.affiliation).map(organization)),
    alternateName: oneOrMany(names(input.alternateName)),
    url: input.url,
  });
}

export function organizationLd(input: OrganizationInput): JsonLdThing {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: input.name,
    alternateName: oneOrMany(names(input.alternateName).filter((n) => n !== input.name)),
    url: input.url,
  });
}

export function eventLd(input: EventInput): JsonLdThing {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: input.name,
    startDate: isoDate(input.startDate),
    location: input.location ? { '@type': 'Place', name: input.location } : undefined,
    organizer: oneOrMany(names(input.organizer).map(organization)),
    url: input.url,
    description: input.description,
  });
}
