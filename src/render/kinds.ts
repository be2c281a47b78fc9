// The site's page kinds, as data: what pages a kind has, where each lives,
// its template and view, and what it adds to the nav, the search index, the
// data downloads and the JSON-LD. Rendering, the sitemap, search documents,
// the nav, the CSV files and the search page's kind names all loop over
// KINDS; a new kind is an entry here and a template (DEVELOPERS.md).
import type { MeetingEntity, OrganisationEntity, Person } from '../link/index.js';
import type { SearchDocument } from '../types.js';
import { STRINGS, type Lang, type Strings } from './strings.js';
import type { ViewContext } from './context.js';
import { figuresPagePath, groupPath, GROUP_PATHS } from './context.js';
import type { ArticleGroup, GroupField, SiteArticle, SiteData } from './site-data.js';
import { articleView } from './articles.js';
import { archivePages, archivePageView, archivePath, homeView, yearLabel, type ArchivePage } from './archive-pages.js';
import { meetingView, organisationView, personView } from './entities.js';
import { groupsIndexView, groupView, indexPageCount, indexPagePath, meetingsIndexView, MEETINGS_ROOT, organisationsIndexView, ORGANISATIONS_ROOT, peopleIndexView, PEOPLE_ROOT } from './indexes.js';
import { figurePageCount, figuresView } from './figures.js';
import { coAttendanceChart, monthlyChart } from './site-charts.js';
import { articleSearchDocument, meetingSearchDocument, organisationSearchDocument, personSearchDocument } from './search-documents.js';
import { figuresCsv, meetingsCsv, organisationsCsv, pageLd, peopleCsv, type Csv } from './data.js';
import { articleUrl, meetingUrl, organisationUrl, personUrl } from './urls.js';
import { SEARCH_PATH } from './script-paths.js';

/** Open Graph of a page. */
export interface OpenGraph {
  type: string;
  title: string;
  description: string;
}

export interface PageKind<E> {
  kind: string;
  template: string;
  /** the nav item marked as current on these pages */
  section: string;
  /** one page per entity */
  entities(data: SiteData): readonly E[];
  /** site path of an entity's page in its own script */
  path(entity: E): string;
  /** the script of the page at its own path; default the site's */
  native?(entity: E): Lang;
  /** what the template is given (besides site, t, nav, alt) */
  view(ctx: ViewContext, entity: E): Record<string, unknown>;
  jsonLd?(ctx: ViewContext, entity: E): string;
  og?(ctx: ViewContext, entity: E): OpenGraph;
  /** false: written once, in its own script (the search page follows ?lang=, the 404 page cannot know) */
  twinned?: boolean;
  /** written as this file rather than `<path>index.html`, and left out of the sitemap */
  file?: string;
  /** an item of the site's nav, leading to `path` */
  nav?: { path: string; label(t: Strings): string };
  /** what search finds for a page */
  searchDocument?(entity: E, data: SiteData): SearchDocument;
  /** what the search page calls a result of this kind */
  searchLabel?(t: Strings): string;
  /** a table of the kind's records under data/ */
  csv?(data: SiteData): Csv;
}

const single = [null] as const;

const article: PageKind<SiteArticle> = {
  kind: 'article',
  template: 'article.njk',
  section: 'article',
  entities: (data) => data.articles,
  path: (a) => articleUrl(a.record.id),
  native: (a) => a.lang,
  view: (ctx, a) => ({ page: articleView(ctx, a.record.id) }),
  jsonLd: (ctx, a) => pageLd.article(ctx, a.record.id),
  og: (ctx, a) => {
    const r = ctx.article(a.record.id).record;
    return { type: 'article', title: ctx.text(r.title), description: ctx.text(r.paragraphs[0]?.slice(0, 120) ?? '') };
  },
  searchDocument: (a, data) => articleSearchDocument(a, data.nativeOf(a.record.id)),
  searchLabel: (t) => t.e.articleSeries,
};

const person: PageKind<Person> = {
  kind: 'person',
  template: 'person.njk',
  section: 'people',
  entities: (data) => data.archive.people,
  path: (p) => personUrl(p.id),
  view: (ctx, p) => ({ page: personView(ctx, ctx.person(p.id)!) }),
  jsonLd: (ctx, p) => pageLd.person(ctx, ctx.person(p.id)!),
  og: (ctx, p) => ({ type: 'profile', title: ctx.text(ctx.person(p.id)!.name), description: '' }),
  searchDocument: (p, data) => personSearchDocument(p, data),
  searchLabel: (t) => t.e.people,
  csv: peopleCsv,
};

const organisation: PageKind<OrganisationEntity> = {
  kind: 'organisation',
  template: 'organisation.njk',
  section: 'organisations',
  entities: (data) => data.archive.organisations,
  path: (o) => organisationUrl(o.id),
  view: (ctx, o) => ({ page: organisationView(ctx, ctx.organisation(o.id)!) }),
  jsonLd: (ctx, o) => pageLd.organisation(ctx, ctx.organisation(o.id)!),
  og: (ctx, o) => ({ type: 'website', title: ctx.text(ctx.organisation(o.id)!.name), description: '' }),
  searchDocument: (o, data) => organisationSearchDocument(o, data),
  searchLabel: (t) => t.e.organisations,
  csv: organisationsCsv,
};

const meeting: PageKind<MeetingEntity> = {
  kind: 'meeting',
  template: 'meeting.njk',
  section: 'meetings',
  entities: (data) => data.archive.meetings,
  path: (m) => meetingUrl(m.id),
  view: (ctx, m) => ({ page: meetingView(ctx, ctx.meeting(m.id)!) }),
  jsonLd: (ctx, m) => pageLd.meeting(ctx, ctx.meeting(m.id)!),
  og: (ctx, m) => ({ type: 'website', title: ctx.text(ctx.meeting(m.id)!.name), description: '' }),
  searchDocument: (m, data) => meetingSearchDocument(m, data),
  searchLabel: (t) => t.e.meetings,
  csv: meetingsCsv,
};

const home: PageKind<null> = {
  kind: 'home',
  template: 'home.njk',
  section: 'home',
  entities: () => single,
  path: () => '/',
  view: (ctx) => ({ home: homeView(ctx), monthly: monthlyChart(ctx) }),
  nav: { path: '/', label: (t) => t.home },
};

const archiveYear: PageKind<ArchivePage> = {
  kind: 'archive',
  template: 'archive-year.njk',
  section: 'home',
  entities: (data) => archivePages(data),
  path: (p) => archivePath(p.key, p.page),
  view: (ctx, p) => ({ yearPage: archivePageView(ctx, p) }),
  og: (ctx, p) => ({ type: 'website', title: yearLabel(ctx, p.key), description: '' }),
};

/** Pages 1…N of an index of `count` entries. */
const indexPages = (count: number) => Array.from({ length: indexPageCount(count) }, (_, i) => i + 1);

const people: PageKind<number> = {
  kind: 'people',
  template: 'people.njk',
  section: 'people',
  entities: (data) => indexPages(data.archive.people.length),
  path: (n) => indexPagePath(PEOPLE_ROOT, n),
  // the graph of who met whom once, on the first page
  view: (ctx, n) => ({ index: peopleIndexView(ctx, n), graph: n === 1 ? coAttendanceChart(ctx) : null }),
  nav: { path: PEOPLE_ROOT, label: (t) => t.e.people },
};

const organisations: PageKind<number> = {
  kind: 'organisations',
  template: 'organisations.njk',
  section: 'organisations',
  entities: (data) => indexPages(data.archive.organisations.length),
  path: (n) => indexPagePath(ORGANISATIONS_ROOT, n),
  view: (ctx, n) => ({ index: organisationsIndexView(ctx, n) }),
  nav: { path: ORGANISATIONS_ROOT, label: (t) => t.e.organisations },
};

const meetings: PageKind<number> = {
  kind: 'meetings',
  template: 'meetings.njk',
  section: 'meetings',
  entities: (data) => indexPages(data.archive.meetings.length),
  path: (n) => indexPagePath(MEETINGS_ROOT, n),
  view: (ctx, n) => ({ index: meetingsIndexView(ctx, n) }),
  nav: { path: MEETINGS_ROOT, label: (t) => t.e.meetings },
};

/** Articles grouped by a field: an index of the groups, and a page per group. */
function articleGroups(field: GroupField, kind: string, label: (t: Strings) => string): PageKind<ArticleGroup | null> {
  return {
    kind,
    template: `${kind}.njk`,
    section: kind,
    entities: (data) => [null, ...data.groups(field).values()],
    path: (g) => (g ? groupPath(field, g.slug) : GROUP_PATHS[field]),
    view: (ctx, g) => (g ? { group: groupView(ctx, field, g.name), groups: null } : { group: null, groups: groupsIndexView(ctx, field) }),
    og: (ctx, g) => ({ type: 'website', title: g ? ctx.text(ctx.group(field, g.name)!.name) : label(ctx.t), description: '' }),
    nav: { path: GROUP_PATHS[field], label },
  };
}

const figures: PageKind<number> = {
  kind: 'figures',
  template: 'figures.njk',
  section: 'figures',
  entities: (data) => Array.from({ length: figurePageCount(data.archive.figures.length) }, (_, i) => i + 1),
  path: (n) => figuresPagePath(n),
  view: (ctx, n) => ({ figures: figuresView(ctx, n) }),
  nav: { path: figuresPagePath(1), label: (t) => t.e.figures },
  csv: figuresCsv,
};

const search: PageKind<null> = {
  kind: 'search',
  template: 'search.njk',
  section: 'search',
  entities: () => single,
  path: () => SEARCH_PATH,
  view: () => ({}),
  twinned: false,
  nav: { path: SEARCH_PATH, label: (t) => t.search },
};

const notFound: PageKind<null> = {
  kind: '404',
  template: '404.njk',
  section: '404',
  entities: () => single,
  path: () => '/404/',
  file: '404.html',
  view: () => ({}),
  twinned: false,
};

/** Every kind, in the order pages are written and the nav lists them. */
export const KINDS: ReadonlyArray<PageKind<never>> = [
  article,
  home,
  archiveYear,
  people,
  person,
  organisations,
  organisation,
  meetings,
  meeting,
  articleGroups('publication', 'publications', (t) => t.e.publications),
  articleGroups('category', 'categories', (t) => t.e.categories),
  figures,
  search,
  notFound,
] as unknown as ReadonlyArray<PageKind<never>>;

/** The site's nav in a page's script. */
export function navItems(ctx: ViewContext, section: string) {
  return KINDS.filter((k) => k.nav).map((k) => ({ url: ctx.href(k.nav!.path), label: k.nav!.label(ctx.t), current: k.section === section }));
}

/** What the search page calls each kind of result and each filter, in each script. */
export function searchWords(): Record<Lang, { kinds: Record<string, string>; facets: Record<string, string> }> {
  const out = {} as ReturnType<typeof searchWords>;
  for (const lang of Object.keys(STRINGS) as Lang[]) {
    out[lang] = { kinds: Object.fromEntries(KINDS.filter((k) => k.searchLabel).map((k) => [k.kind, k.searchLabel!(STRINGS[lang])])), facets: STRINGS[lang].e.facets };
  }
  return out;
}
