// What pages are made from: the articles and the link stage's archive, with a
// fingerprint for every piece a view can read (see context.ts). A page's key
// is a hash of the fingerprints of what its views read, so everything a view
// can reach has one here, and nothing reaches a view any other way.
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { Archive, FigureEntry, LinkedArticle, MeetingEntity, OrganisationEntity, Person } from '../link/index.js';
import { assignSlugs, entitySlug } from '../link/slugs.js';
import type { ArticleRecord } from '../types.js';
import type { Lang } from './strings.js';
import { parseRecordDate } from './dates.js';
import { compareCodeUnits as compare } from '../compare.js';
import { foldName } from '../script.js';

export interface SiteArticle {
  record: ArticleRecord;
  /** mdast of the body; paragraph blocks carry data.hProperties.id = `p-${i}` */
  body: Root;
  lang: Lang;
  /** what record and body are made from, when known (the per-article cache key) */
  fingerprint?: string;
}

/** What lists and links show of an article: reading only this does not tie a page to the article's text. */
export interface ArticleSummary {
  id: string;
  title: string;
  kicker: string | null;
  date: string | null;
  publication: string | null;
  category: string | null;
  lang: Lang;
}

export type PersonName = Pick<Person, 'id' | 'name' | 'nameHans' | 'nameHant'>;
export type OrganisationName = Pick<OrganisationEntity, 'id' | 'name'> & { firstArticle: string };
export type MeetingName = Pick<MeetingEntity, 'id' | 'name' | 'date' | 'articleId'>;

/** Fields that group articles into pages of their own (publication and category pages). */
export type GroupField = 'publication' | 'category';

export interface ArticleGroup {
  field: GroupField;
  name: string;
  slug: string;
  /** ids in the site's order (newest first) */
  articles: string[];
}

/** Rows per figures page: under 200 KB of HTML (500 rows were 459 KB at 2,000 articles); the CSV has them all. */
export const FIGURES_PER_PAGE = 200;

const hash = (value: unknown) => createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex').slice(0, 24);

/** Latest first; then dates without a year (latest month-day first); then no date; ties by id. */
export function sortArticles<T extends { record: ArticleRecord }>(articles: T[]): T[] {
  const rank = (a: T) => {
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

export class SiteData {
  /** newest first (sortArticles) */
  readonly articles: SiteArticle[];
  readonly byId: Map<string, SiteArticle>;
  readonly people: Map<string, Person>;
  readonly organisations: Map<string, OrganisationEntity>;
  readonly meetings: Map<string, MeetingEntity>;
  private readonly prints = new Map<string, string>();
  private readonly groupsOf = new Map<GroupField, Map<string, ArticleGroup>>();
  private figurePlaces: Map<string, number> | null = null;
  private byArticleFigures: Map<string, FigureEntry[]> | null = null;
  private counts: Array<[string, number]> | null = null;
  private byYear: Map<string, string[]> | null = null;

  constructor(
    articles: SiteArticle[],
    readonly archive: Archive,
    /** script of the pages that are not an article's own */
    readonly siteLang: Lang,
    /** the script of every page at its plain path (a site's `script` setting), or null: each article's page in its own */
    readonly fixedScript: Lang | null = null,
  ) {
    this.articles = sortArticles(articles);
    this.byId = new Map(this.articles.map((a) => [a.record.id, a]));
    this.people = new Map(archive.people.map((p) => [p.id, p]));
    this.organisations = new Map(archive.organisations.map((o) => [o.id, o]));
    this.meetings = new Map(archive.meetings.map((m) => [m.id, m]));
  }

  article(id: string): SiteArticle {
    const a = this.byId.get(id);
    if (!a) throw new Error(`render: no article “${id}”`);
    return a;
  }

  summary(id: string): ArticleSummary {
    const { record: r, lang } = this.article(id);
    return { id, title: r.title, kicker: r.kicker, date: r.date, publication: r.publication, category: r.category, lang };
  }

  langOf(id: string): Lang | undefined {
    return this.byId.get(id)?.lang;
  }

  /** The script of an article's page at its plain path. */
  nativeOf(id: string): Lang | undefined {
    return this.fixedScript ?? this.langOf(id);
  }

  person(id: string): Person | undefined {
    return this.people.get(id);
  }

  organisation(id: string): OrganisationEntity | undefined {
    return this.organisations.get(id);
  }

  meeting(id: string): MeetingEntity | undefined {
    return this.meetings.get(id);
  }

  figures(): readonly FigureEntry[] {
    return this.archive.figures;
  }

  personName(id: string): PersonName | undefined {
    const p = this.people.get(id);
    return p && { id: p.id, name: p.name, nameHans: p.nameHans, nameHant: p.nameHant };
  }

  organisationName(id: string): OrganisationName | undefined {
    const o = this.organisations.get(id);
    return o && { id: o.id, name: o.name, firstArticle: o.articles[0]! };
  }

  meetingName(id: string): MeetingName | undefined {
    const m = this.meetings.get(id);
    return m && { id: m.id, name: m.name, date: m.date, articleId: m.articleId };
  }

  linked(id: string): LinkedArticle | null {
    return this.archive.byArticle.get(id) ?? null;
  }

  /**
   * The articles grouped by a field's value, the same name in either script
   * one group (shown as its newest article writes it), each with its page's slug.
   */
  groups(field: GroupField): Map<string, ArticleGroup> {
    let groups = this.groupsOf.get(field);
    if (groups) return groups;
    const found = new Map<string, { name: string; articles: string[] }>();
    for (const a of this.articles) {
      const name = a.record[field];
      if (!name) continue;
      const key = foldName(name);
      const group = found.get(key);
      if (group) group.articles.push(a.record.id);
      else found.set(key, { name, articles: [a.record.id] });
    }
    // Slugs as entities get theirs: the group with the earliest article keeps a shared one.
    const earliest = (list: string[]) => this.byId.get(list[list.length - 1]!)!.record;
    const order = [...found].sort(([ka, a], [kb, b]) => compare(earliest(a.articles).date ?? '9999', earliest(b.articles).date ?? '9999') || compare(earliest(a.articles).id, earliest(b.articles).id) || compare(ka, kb));
    const slugs = assignSlugs(order.map(([key]) => key), (key) => entitySlug(key));
    groups = new Map(
      [...found].sort(([a], [b]) => compare(slugs.get(a)!, slugs.get(b)!)).map(([key, g]) => [key, { field, name: g.name, slug: slugs.get(key)!, articles: g.articles }]),
    );
    this.groupsOf.set(field, groups);
    return groups;
  }

  group(field: GroupField, name: string): ArticleGroup | undefined {
    return this.groups(field).get(foldName(name));
  }

  /** Which figures page holds each figure (by its anchor): newest article first, FIGURES_PER_PAGE rows a page. */
  figurePage(anchor: string): number | undefined {
    if (!this.figurePlaces) {
      const places = new Map<string, number>();
      let row = 0;
      for (const [articleId, count] of this.figureCounts()) {
        for (let i = 0; i < count; i++) places.set(`f-${articleId}-${i}`, Math.floor(row++ / FIGURES_PER_PAGE) + 1);
      }
      this.figurePlaces = places;
    }
    return this.figurePlaces.get(anchor);
  }

  /** Articles with figures, newest first (the figures table's order), and how many each has. */
  figureCounts(): Array<[string, number]> {
    this.counts ??= [...this.figuresByArticle()].map(([id, list]): [string, number] => [id, list.length]).reverse();
    return this.counts;
  }

  /** Each article's figures, in the link stage's order (made once: every figures page reads them). */
  figuresByArticle(): ReadonlyMap<string, readonly FigureEntry[]> {
    if (!this.byArticleFigures) {
      const byArticle = new Map<string, FigureEntry[]>();
      for (const f of this.archive.figures) {
        const list = byArticle.get(f.articleId);
        if (list) list.push(f);
        else byArticle.set(f.articleId, [f]);
      }
      this.byArticleFigures = byArticle;
    }
    return this.byArticleFigures;
  }

  /**
   * The fingerprint of a dependency (context.ts names them): equal
   * fingerprints, equal data, for all of what the context's read returns.
   * (A view is a function of what it read: with every read the same, it
   * reads the same things again, so a reused page's recorded dependencies
   * are those a fresh render would record.) Made on first use and kept for
   * the build.
   */
  fingerprint(dep: string): string {
    let print = this.prints.get(dep);
    if (print === undefined) {
      print = this.computeFingerprint(dep);
      this.prints.set(dep, print);
    }
    return print;
  }

  private computeFingerprint(dep: string): string {
    const slash = dep.indexOf('/');
    const kind = dep.slice(0, slash);
    const id = dep.slice(slash + 1);
    switch (kind) {
      case 'article': {
        const a = this.byId.get(id);
        if (!a) return '-';
        // the per-article cache key names record and body; hashing it spares stringifying them
        return a.fingerprint ? hash(`${a.fingerprint}\0${a.record.id}`) : hash({ record: a.record, body: a.body, lang: a.lang });
      }
      case 'summary':
        return this.byId.has(id) ? hash(this.summary(id)) : '-';
      case 'lang':
        return this.byId.get(id)?.lang ?? '-';
      case 'linked':
        return hash(this.linked(id));
      case 'person':
        return hash(this.people.get(id) ?? null);
      case 'organisation':
        return hash(this.organisations.get(id) ?? null);
      case 'meeting':
        return hash(this.meetings.get(id) ?? null);
      case 'person-name':
        return hash(this.personName(id) ?? null);
      case 'organisation-name':
        return hash(this.organisationName(id) ?? null);
      case 'meeting-name':
        return hash(this.meetingName(id) ?? null);
      case 'figure-pages': {
        const a = this.byId.get(id);
        return a ? a.record.figures.map((_, i) => this.figurePage(`f-${id}-${i}`) ?? 0).join() : '-';
      }
      case 'figures':
        return hash(this.archive.figures);
      case 'list':
        return hash(this.list(id as ListName));
      case 'archive-year':
        // what a year's page lists: its articles as lists show them
        return hash((this.archiveYears().get(id) ?? []).map((a) => this.summary(a)));
      case 'archive-years':
        return hash([...this.archiveYears()].map(([key, ids]) => [key, ids.length]));
      case 'group': {
        const g = this.group(...splitGroup(id));
        return g ? hash([g.name, g.slug, g.articles]) : '-';
      }
      case 'group-slug':
        return this.group(...splitGroup(id))?.slug ?? '-';
      case 'groups':
        // everything groups() returns: a view may read any of it
        return hash([...this.groups(id as GroupField).values()].map((g) => [g.name, g.slug, g.articles]));
      default:
        throw new Error(`render: unknown dependency ${dep}`);
    }
  }

  /**
   * Article ids by the archive page that lists them: their year ('2018'), or
   * 'undated' (no year known), each in site order; years newest first.
   */
  archiveYears(): Map<string, string[]> {
    if (!this.byYear) {
      this.byYear = new Map();
      for (const a of this.articles) {
        const year = parseRecordDate(a.record.date)?.year;
        const key = year === null || year === undefined ? UNDATED_KEY : String(year);
        const ids = this.byYear.get(key);
        if (ids) ids.push(a.record.id);
        else this.byYear.set(key, [a.record.id]);
      }
    }
    return this.byYear;
  }

  /** Ids of every article (site order), person, organisation or meeting. */
  list(name: ListName): string[] {
    switch (name) {
      case 'articles':
        return this.articles.map((a) => a.record.id);
      case 'people':
        return this.archive.people.map((p) => p.id);
      case 'organisations':
        return this.archive.organisations.map((o) => o.id);
      case 'meetings':
        return this.archive.meetings.map((m) => m.id);
    }
  }
}

/** What views read (through a ViewContext): the whole site here, a slice of it in a render thread (article-slice.ts). */
export type PageSource = Pick<
  SiteData,
  | 'siteLang' | 'article' | 'summary' | 'langOf' | 'nativeOf' | 'linked' | 'person' | 'organisation' | 'meeting' | 'personName' | 'organisationName'
  | 'meetingName' | 'list' | 'archiveYears' | 'figures' | 'figureCounts' | 'figuresByArticle' | 'figurePage' | 'groups' | 'group'
>;

export type ListName = 'articles' | 'people' | 'organisations' | 'meetings';

/** The archive page of articles without a known year. */
export const UNDATED_KEY = 'undated';

export const groupDep = (field: GroupField, name: string, what: 'group' | 'group-slug' = 'group') => `${what}/${field}\u0000${name}`;

function splitGroup(id: string): [GroupField, string] {
  const cut = id.indexOf('\u0000');
  return [id.slice(0, cut) as GroupField, id.slice(cut + 1)];
}
