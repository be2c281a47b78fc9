// The one way a view reads the archive: each read is recorded as a
// dependency of the page (site-data.ts gives each its fingerprint), so a
// page's key is made from what its view actually touched. A view given only
// this object cannot depend on something its key does not name.
//
// A context is also the page's script: the site's words in it, links to the
// pages in it, and the articles' text converted to it where the page is the
// other script's version of a page (script-paths.ts).
import type { FigureEntry, LinkedArticle, MeetingEntity, OrganisationEntity, Person } from '../link/index.js';
import { STRINGS, type Lang, type Strings } from './strings.js';
import { groupDep, type ArticleGroup, type MeetingName, type OrganisationName, type PersonName, type ArticleSummary, type GroupField, type ListName, type PageSource, type SiteArticle } from './site-data.js';
import { convertText, pathIn } from './script-paths.js';
import { articleUrl, FIGURES_URL, figureAnchor, meetingUrl, organisationUrl, personUrl, relativeUrl } from './urls.js';

/** Where a page is written, which its links are relative to. */
export interface PageLocation {
  /** its output file, `people/x/index.html` */
  file: string;
  /** the absolute address the site is published at, or '' */
  siteUrl: string;
  /**
   * links are absolute (from siteUrl): the 404 page, which a server shows
   * at any depth, where a relative link would lead nowhere
   */
  absolute: boolean;
}

export class ViewContext {
  readonly t: Strings;
  /** the page is in another script than its text's own: article text is converted to `script` */
  readonly converted: boolean;
  /** the page is not the one at its plain path: its links lead to pages in `script` too */
  readonly shifted: boolean;

  constructor(
    private readonly data: PageSource,
    /** the script this page is written in */
    readonly script: Lang,
    /** the script of the page at its plain path */
    readonly native: Lang,
    /** the script of the page's text as written (an article's own; the site's for other pages) */
    written: Lang,
    /** dependencies read so far (shared by the page's versions in both scripts) */
    private readonly deps: Set<string>,
    /** files that belong to the page (its charts), by path in the output */
    private readonly files: Map<string, string>,
    /** where the page is written: its links are relative to it */
    private readonly at: PageLocation,
  ) {
    this.t = STRINGS[script];
    this.converted = script !== written;
    this.shifted = script !== native;
  }

  get siteLang(): Lang {
    return this.data.siteLang;
  }

  /**
   * A file that belongs to this page (a chart it shows): written with it and
   * taken from the previous site with it. Made once for both scripts, so
   * what it holds must not depend on the page's script.
   */
  emit(file: string, content: () => string): string {
    if (!this.files.has(file)) this.files.set(file, content());
    return this.link(`/${file}`);
  }

  private read(dep: string): void {
    this.deps.add(dep);
  }

  // ------------------------------------------------------------- reads

  /** An article whole: its record, body and script. */
  article(id: string): SiteArticle {
    this.read(`article/${id}`);
    return this.data.article(id);
  }

  /** What a list shows of an article. */
  summary(id: string): ArticleSummary {
    this.read(`summary/${id}`);
    return this.data.summary(id);
  }

  linked(articleId: string): LinkedArticle | null {
    this.read(`linked/${articleId}`);
    return this.data.linked(articleId);
  }

  person(id: string): Person | undefined {
    this.read(`person/${id}`);
    return this.data.person(id);
  }

  organisation(id: string): OrganisationEntity | undefined {
    this.read(`organisation/${id}`);
    return this.data.organisation(id);
  }

  meeting(id: string): MeetingEntity | undefined {
    this.read(`meeting/${id}`);
    return this.data.meeting(id);
  }

  /** What a link to a person shows. */
  personName(id: string): PersonName | undefined {
    this.read(`person-name/${id}`);
    return this.data.personName(id);
  }

  /** What a link to an organisation shows. */
  organisationName(id: string): OrganisationName | undefined {
    this.read(`organisation-name/${id}`);
    return this.data.organisationName(id);
  }

  /** What a link to a meeting shows. */
  meetingName(id: string): MeetingName | undefined {
    this.read(`meeting-name/${id}`);
    return this.data.meetingName(id);
  }

  /** Ids of all articles (site order), people, organisations or meetings. */
  list(name: ListName): string[] {
    this.read(`list/${name}`);
    return this.data.list(name);
  }

  /** Ids of the articles of one archive page's year ('2018' or 'undated'), in site order. */
  archiveYear(key: string): string[] {
    this.read(`archive-year/${key}`);
    return this.data.archiveYears().get(key) ?? [];
  }

  /** Every year of the archive (newest first, 'undated' last) with how many articles it has. */
  archiveYearCounts(): Array<{ key: string; count: number }> {
    this.read('archive-years/');
    return [...this.data.archiveYears()].map(([key, ids]) => ({ key, count: ids.length }));
  }

  /** Every figure of the archive, in the link stage's order. */
  figures() {
    this.read('figures/');
    return this.data.figures();
  }

  /** Articles with figures, newest first, and how many each has. */
  figureCounts(): Array<[string, number]> {
    this.read('figures/');
    return this.data.figureCounts();
  }

  /** Each article's figures. */
  figuresByArticle(): ReadonlyMap<string, readonly FigureEntry[]> {
    this.read('figures/');
    return this.data.figuresByArticle();
  }

  groups(field: GroupField): ArticleGroup[] {
    this.read(`groups/${field}`);
    return [...this.data.groups(field).values()];
  }

  group(field: GroupField, name: string): ArticleGroup | undefined {
    this.read(groupDep(field, name));
    return this.data.group(field, name);
  }

  // ------------------------------------------------------------- links

  /**
   * A link to exactly this site path (a file such as `/style.css`, or a page
   * in a script already chosen): relative to this page (urls.ts relativeUrl).
   */
  link(sitePath: string): string {
    return this.at.absolute ? `${this.at.siteUrl}${sitePath}` : relativeUrl(this.at.file, sitePath);
  }

  /** This page's absolute address (canonical, og:url, JSON-LD), or null when the site's address is not configured. */
  get pageUrl(): string | null {
    return this.at.siteUrl ? `${this.at.siteUrl}/${this.at.file.replace(/(^|\/)index\.html$/, '$1')}` : null;
  }

  /**
   * Where a link to the page at `sitePath` (written in `native`) leads: from a
   * page in its own script, to that page as written; from the other script's
   * version of a page, to the linked page in that script, so a reader who
   * switched stays switched.
   */
  href(sitePath: string, native: Lang = this.data.siteLang): string {
    return this.link(this.shifted ? pathIn(sitePath, native, this.script) : sitePath);
  }

  articleUrl(id: string, fragment = ''): string {
    this.read(`lang/${id}`);
    return this.href(articleUrl(id) + fragment, this.data.nativeOf(id));
  }

  paragraphUrl(articleId: string, paragraph: number): string {
    return this.articleUrl(articleId, `#p-${paragraph}`);
  }

  personUrl(id: string): string {
    return this.href(personUrl(id));
  }

  organisationUrl(id: string): string {
    return this.href(organisationUrl(id));
  }

  meetingUrl(id: string): string {
    return this.href(meetingUrl(id));
  }

  groupUrl(field: GroupField, name: string): string | null {
    this.read(groupDep(field, name, 'group-slug'));
    const slug = this.data.group(field, name)?.slug;
    return slug === undefined ? null : this.href(groupPath(field, slug));
  }

  /** The figures page that holds an article's figure, at its row. */
  figureHref(articleId: string, index: number): string | null {
    this.read(`figure-pages/${articleId}`);
    const anchor = figureAnchor(articleId, index);
    const page = this.data.figurePage(anchor);
    return page === undefined ? null : this.href(`${figuresPagePath(page)}#${anchor}`);
  }

  /**
   * A link from an article's own Markdown: a site path (`/x/…`) becomes
   * relative to this page, and one ending in `/` (with a query or fragment)
   * leads to that page in this page's script; anything else is left as it
   * is.
   */
  bodyHref(href: string): string {
    if (!/^\/(?![/\\])/.test(href)) return href;
    // dot segments resolved first, so that no link climbs out of the site from disk
    const url = new URL(href, 'http://site.invalid/');
    const sitePath = url.pathname + url.search + url.hash;
    const m = /^(\/(?:[^"#?]*\/)?)((?:[?#].*)?)$/s.exec(sitePath);
    if (!m || !this.shifted || m[1]!.startsWith('/zh-han')) return this.link(sitePath);
    const article = /^\/articles\/([^/]+)\/$/.exec(m[1]!);
    if (article) return this.articleUrl(article[1]!, m[2]!);
    // the search page has one copy; its own ?lang= is the reader's
    if (m[2]!.startsWith('?') && m[1] === '/search/') return this.link(sitePath);
    return this.href(m[1]!) + m[2]!;
  }

  // -------------------------------------------------------------- text

  /** Text of an article (or of records made from one) in this page's script. */
  text(value: string): string {
    return this.converted ? convertText(value, this.script) : value;
  }

  /** `text` over a list. */
  texts(values: readonly string[]): string[] {
    return values.map((v) => this.text(v));
  }

  /** The `lang` to mark text of an article in `lang`: none where it is in the page's script, as converted text is. */
  langOf(lang: Lang | undefined): Lang | null {
    return !this.converted && lang !== undefined && lang !== this.script ? lang : null;
  }

  /** `langOf` for an article by id (its script is read as a dependency). */
  articleLang(id: string): Lang | null {
    this.read(`lang/${id}`);
    return this.langOf(this.data.langOf(id));
  }
}

export const GROUP_PATHS: Record<GroupField, string> = { publication: '/publications/', category: '/categories/' };
export const groupPath = (field: GroupField, slug: string) => `${GROUP_PATHS[field]}${slug}/`;
export const figuresPagePath = (n: number) => (n === 1 ? FIGURES_URL : `${FIGURES_URL}${n}/`);
