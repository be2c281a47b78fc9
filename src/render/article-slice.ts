// What a render thread needs to write article pages: the articles, and of
// the rest of the site only what an article page reads (their links, every
// article's script, where their figures are tabled, their groups' slugs).
// Plain data, so it crosses to the thread as a structured clone; a read of
// anything else is a bug and throws.
import type { FigureEntry, LinkedArticle, MeetingEntity, OrganisationEntity, Person } from '../link/index.js';
import type { Lang } from './strings.js';
import { figureAnchor } from './urls.js';
import type { ArticleGroup, ArticleSummary, GroupField, ListName, MeetingName, OrganisationName, PageSource, PersonName, SiteArticle, SiteData } from './site-data.js';

export interface ArticleSlice {
  siteLang: Lang;
  fixedScript: Lang | null;
  articles: SiteArticle[];
  linked: Array<[string, LinkedArticle | null]>;
  langs: Array<[string, Lang]>;
  figurePages: Array<[string, number]>;
  groups: Array<[GroupField, string, ArticleGroup | undefined]>;
}

export function articleSlice(data: SiteData, articles: SiteArticle[]): ArticleSlice {
  const figurePages: Array<[string, number]> = [];
  const groups: ArticleSlice['groups'] = [];
  for (const a of articles) {
    a.record.figures.forEach((_, i) => {
      const anchor = figureAnchor(a.record.id, i);
      const page = data.figurePage(anchor);
      if (page !== undefined) figurePages.push([anchor, page]);
    });
    for (const field of ['publication', 'category'] as const) {
      const name = a.record[field];
      // (an article page reads only a group's slug: its list of articles stays here)
      const group = name ? data.group(field, name) : undefined;
      if (name) groups.push([field, name, group && { ...group, articles: [] }]);
    }
  }
  return {
    siteLang: data.siteLang,
    fixedScript: data.fixedScript,
    articles,
    linked: articles.map((a) => [a.record.id, data.linked(a.record.id)]),
    langs: data.articles.map((a) => [a.record.id, a.lang]),
    figurePages,
    groups,
  };
}

const outside = (what: string): never => {
  throw new Error(`render thread: an article page read ${what}, which its slice does not hold`);
};

/** The slice as views read it. */
export class ArticleSliceSource implements PageSource {
  readonly siteLang: Lang;
  private readonly fixedScript: Lang | null;
  private readonly byId: Map<string, SiteArticle>;
  private readonly links: Map<string, LinkedArticle | null>;
  private readonly langs: Map<string, Lang>;
  private readonly pages: Map<string, number>;
  private readonly groupsByName = new Map<string, ArticleGroup | undefined>();

  constructor(slice: ArticleSlice) {
    this.siteLang = slice.siteLang;
    this.fixedScript = slice.fixedScript;
    this.byId = new Map(slice.articles.map((a) => [a.record.id, a]));
    this.links = new Map(slice.linked);
    this.langs = new Map(slice.langs);
    this.pages = new Map(slice.figurePages);
    for (const [field, name, group] of slice.groups) this.groupsByName.set(`${field}\0${name}`, group);
  }

  article(id: string): SiteArticle {
    return this.byId.get(id) ?? outside(`article ${id}`);
  }
  summary(id: string): ArticleSummary {
    return outside(`the summary of ${id}`);
  }
  langOf(id: string): Lang | undefined {
    return this.langs.get(id);
  }
  nativeOf(id: string): Lang | undefined {
    return this.fixedScript ?? this.langOf(id);
  }
  linked(id: string): LinkedArticle | null {
    return this.links.has(id) ? this.links.get(id)! : outside(`the links of ${id}`);
  }
  person(id: string): Person | undefined {
    return outside(`person ${id}`);
  }
  organisation(id: string): OrganisationEntity | undefined {
    return outside(`organisation ${id}`);
  }
  meeting(id: string): MeetingEntity | undefined {
    return outside(`meeting ${id}`);
  }
  personName(id: string): PersonName | undefined {
    return outside(`person ${id}`);
  }
  organisationName(id: string): OrganisationName | undefined {
    return outside(`organisation ${id}`);
  }
  meetingName(id: string): MeetingName | undefined {
    return outside(`meeting ${id}`);
  }
  list(name: ListName): string[] {
    return outside(`the list of ${name}`);
  }
  archiveYears(): Map<string, string[]> {
    return outside('the archive by year');
  }
  figures(): readonly FigureEntry[] {
    return outside('the figures');
  }
  figureCounts(): Array<[string, number]> {
    return outside('the figures');
  }
  figuresByArticle(): ReadonlyMap<string, readonly FigureEntry[]> {
    return outside('the figures');
  }
  figurePage(anchor: string): number | undefined {
    return this.pages.get(anchor);
  }
  groups(field: GroupField): Map<string, ArticleGroup> {
    return outside(`the ${field} groups`);
  }
  group(field: GroupField, name: string): ArticleGroup | undefined {
    const key = `${field}\0${name}`;
    return this.groupsByName.has(key) ? this.groupsByName.get(key) : outside(`the ${field} ${name}`);
  }
}
