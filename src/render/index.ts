// Render: records and body trees → static HTML pages through Nunjucks.
//
// Pages: home (`index.html`), one page per article (`articles/<id>/index.html`),
// search (`search/index.html`, Pagefind UI), `404.html`; `public/` is copied
// as it is. Same input → byte-identical files: everything is sorted, nothing
// depends on time or on the machine.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import type { ArticleRecord, SearchDocument } from '../types.js';
import { STRINGS, type Lang, type Strings } from './strings.js';
import { figureAnchor, meetingUrl, organisationUrl, personUrl } from './urls.js';
import { PAGE_KEYS_FILE } from './reuse.js';
import { PageWriter, reuseArticlePages, writeArticlePages, type PageWriterSettings } from './page-writer.js';
import { writeArticlePagesInWorker } from '../workers/render.js';
import { codeVersion } from '../cache/index.js';
import { linkArchive, type Archive } from '../link/index.js';
import { homeView, sortArticles } from './articles.js';
import { EntityViews } from './entities.js';
import { figuresView, meetingsIndexView, monthlySeries, organisationsIndexView, peopleIndexView } from './indexes.js';
import { articleSearchDocument, entitySearchDocuments } from './search-documents.js';
import { coAttendanceGraph, monthlyBars, sparkline } from './charts.js';
import { dataFiles, pageLd } from './data.js';
import { compareCodeUnits as compare } from '../compare.js';

export interface SiteArticle {
  record: ArticleRecord;
  /** mdast of the body; paragraph blocks carry data.hProperties.id = `p-${i}` */
  body: Root;
  lang: Lang;
  /** what record and body are made from, when known (pipeline.ts ProcessedArticle) */
  fingerprint?: string;
}

export interface RenderOptions {
  outDir: string;
  /** Shown in the header and page titles; default per the site's language. */
  siteTitle?: string;
  /** Language of the home, search and 404 pages; default: the script most articles use (ties: zh-Hant). */
  lang?: Lang;
  /** also write every page in the other script (繁/简 switch); default true */
  scriptTwins?: boolean;
  /** the site this build replaces: pages whose inputs are unchanged are taken from it (reuse.ts) */
  previousSite?: string | null;
  /**
   * the build updates previousSite in place (site-commit.ts): an unchanged page
   * stays where it is and is only listed, not linked into outDir
   */
  keepInPlace?: boolean;
  /** absolute address the site is published at (feed ids, sitemap); '' when unknown */
  siteUrl?: string;
  /** the link stage's result; computed from the articles when not given */
  archive?: Archive;
  /** threads the render may use: with two or more, article pages are written in a thread of their own */
  threads?: number;
}

/** Below this many articles, starting a render thread costs more than it saves. */
const MIN_ARTICLES_FOR_THREAD = 200;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TEMPLATES_DIR = path.join(ROOT, 'templates');
export const PUBLIC_DIR = path.join(ROOT, 'public');

/** Ids become one path segment: keep them to safe slugs. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;

export { articleUrl } from './urls.js';
export { parseRecordDate } from './dates.js';

export async function renderSite(articles: SiteArticle[], options: RenderOptions): Promise<{ files: string[]; searchDocuments: SearchDocument[]; reused: number }> {
  checkIds(articles);
  const outDir = path.resolve(options.outDir);
  const siteLang: Lang = options.lang ?? majorityLang(articles);
  const archive = options.archive ?? linkArchive(articles.map((a) => a.record));
  const ordered = sortArticles(articles);
  const byId = new Map(articles.map((a) => [a.record.id, a]));
  const settings: PageWriterSettings = {
    outDir,
    templatesDir: TEMPLATES_DIR,
    siteLang,
    siteTitle: options.siteTitle ?? null,
    scriptTwins: options.scriptTwins !== false,
    natives: ordered.map((a) => [a.record.id, a.lang]),
    previousSite: options.previousSite ?? null,
    keepInPlace: options.keepInPlace === true,
    version: await codeVersion(),
  };
  const pages = await PageWriter.open(settings);
  const { reuse } = pages;
  const write = (relative: string, content: string) => pages.write(relative, content);
  const writePage = pages.writePage.bind(pages);
  const siteTitle = (lang: Lang) => pages.siteTitle(lang);

  const t = STRINGS[siteLang];
  const views = new EntityViews(archive, byId, t, siteLang);
  const figures = figuresView(archive, views);
  const allArticleJobs = ordered.map((a) => ({
    article: a,
    linked: archive.byArticle.get(a.record.id) ?? null,
    figureHrefs: a.record.figures.map((_, i) => figures.hrefOf.get(figureAnchor(a.record.id, i)) ?? null),
  }));
  const articleJobs = await reuseArticlePages(pages, allArticleJobs);
  // Article pages in a thread of their own while this one writes the rest (the same files either way).
  const inThread = (options.threads ?? 1) > 1 && articleJobs.length >= MIN_ARTICLES_FOR_THREAD ? writeArticlePagesInWorker(settings, articleJobs) : null;
  inThread?.catch(() => {}); // awaited below
  if (!inThread) await writeArticlePages(pages, articleJobs);

  const og = (type: string, title: string) => ({ type, title, description: '' });
  // Keyed by what their views are made from (EntityViews' inputs): a page reused is a view not built.
  for (const p of archive.people) {
    await writePage(personUrl(p.id), 'person.njk', siteLang, 'people', () => ({ page: views.person(p), jsonLd: pageLd.person(p), og: og('profile', p.name) }), views.personInputs(p));
  }
  for (const o of archive.organisations) {
    await writePage(organisationUrl(o.id), 'organisation.njk', siteLang, 'organisations', () => ({ page: views.organisation(o), jsonLd: pageLd.organisation(o), og: og('website', o.name) }), views.organisationInputs(o));
  }
  for (const m of archive.meetings) {
    await writePage(meetingUrl(m.id), 'meeting.njk', siteLang, 'meetings', () => ({ page: views.meeting(m), jsonLd: pageLd.meeting(m), og: og('website', m.name) }), views.meetingInputs(m));
  }
  // Charts are files shown with <img>: pictures with no script and no foreign markup in the pages.
  const chart = async (name: string, svg: string | null, alt: string) => {
    if (svg === null) return null;
    await write(`charts/${name}.svg`, svg);
    return { src: `/charts/${name}.svg`, alt };
  };
  const graph = await chart('co-attendance', coAttendanceChart(archive, views, t), `${t.e.graph}：${t.e.graphDesc}`);
  await writePage('/people/', 'people.njk', siteLang, 'people', { index: peopleIndexView(archive, views), graph });
  await writePage('/organisations/', 'organisations.njk', siteLang, 'organisations', { index: organisationsIndexView(archive, views) });
  await writePage('/meetings/', 'meetings.njk', siteLang, 'meetings', { index: meetingsIndexView(archive, views, t) });
  const trends = [];
  for (const [i, c] of figureCharts(figures.rows, t).entries()) trends.push({ ...(await chart(`trend-${i + 1}`, c.svg, c.alt))!, caption: c.caption });
  const pageLinks = figures.pages.map((p) => ({ number: p.number, url: p.url }));
  for (const p of figures.pages) {
    const view = { count: figures.count, rows: p.rows, charts: p.number === 1 ? trends : [], page: p.number, pages: pageLinks.length > 1 ? pageLinks : [] };
    await writePage(p.url, 'figures.njk', siteLang, 'figures', { figures: view });
  }

  const series = monthlySeries(archive, articles.map((a) => a.record.date));
  const monthlySvg = monthlyBars(series, { title: t.e.perMonth, desc: t.e.perMonthDesc, articles: t.e.articleSeries, meetings: t.e.meetings, noData: t.e.none }, { idPrefix: 'monthly' });
  const monthly = await chart('monthly', monthlySvg, `${t.e.perMonth}：${series.map((x) => `${x.month} ${x.articles}/${x.meetings}`).join('，')}`);
  await writePage('/', 'home.njk', siteLang, 'home', { home: homeView(ordered, t, siteLang), monthly });
  await writePage('/search/', 'search.njk', siteLang, 'search', {});
  await write('404.html', pages.page('404.njk', siteLang, '404', {}));
  const threadFiles = inThread ? (await inThread).files : [];
  const pagePaths = [...pages.files(), ...threadFiles].filter((f) => f.endsWith('index.html')).map((f) => `/${f.replace(/index\.html$/, '')}`);
  for (const [file, content] of dataFiles(archive, ordered, pagePaths, { siteUrl: options.siteUrl ?? '', title: siteTitle(siteLang), lang: siteLang })) await write(file, content);
  await write(PAGE_KEYS_FILE, reuse.manifest());
  const copied = await copyTree(PUBLIC_DIR, outDir);
  return {
    files: [...new Set([...pages.files(), ...threadFiles, ...copied])].sort(),
    reused: reuse.reused,
    // computed on demand: the build indexes from siteSearchDocuments while pages render
    get searchDocuments() {
      return siteSearchDocuments(articles, archive, siteLang);
    },
  };
}

/**
 * What search indexes for the site: articles and entity pages. Derived from
 * records alone, so the index can be built while the pages are rendered.
 */
export function siteSearchDocuments(articles: SiteArticle[], archive: Archive, lang: Lang = majorityLang(articles)): SearchDocument[] {
  return [...siteArticleDocuments(articles), ...siteEntityDocuments(articles, archive, lang)];
}

/** The articles' search documents: they need no linking, so the index can start before it. */
export function siteArticleDocuments(articles: SiteArticle[]): SearchDocument[] {
  return sortArticles(articles).map(articleSearchDocument);
}

export function siteEntityDocuments(articles: SiteArticle[], archive: Archive, lang: Lang = majorityLang(articles)): SearchDocument[] {
  const byId = new Map(articles.map((a) => [a.record.id, a.lang]));
  return entitySearchDocuments(archive, (id) => byId.get(id) ?? lang);
}

function coAttendanceChart(archive: Archive, views: EntityViews, t: Strings): string | null {
  const edges = new Map<string, { a: string; b: string; count: number }>();
  for (const p of archive.people) {
    for (const x of p.metMost) {
      if (x.personId <= p.id) continue;
      edges.set(`${p.id} ${x.personId}`, { a: p.id, b: x.personId, count: x.count });
    }
  }
  if (edges.size === 0) return null;
  const inGraph = new Set([...edges.values()].flatMap((e) => [e.a, e.b]));
  const nodes = archive.people
    .filter((p) => inGraph.has(p.id))
    .map((p) => ({ id: p.id, label: views.personLink(p.id)!.label, href: personUrl(p.id), weight: p.chaired.length + p.attended.length + p.spoke.length }));
  return coAttendanceGraph(nodes, [...edges.values()], { title: t.e.graph, desc: t.e.graphDesc, noData: t.e.none }, { idPrefix: 'met' });
}

/** A small chart per figure label that recurs with one unit (at most 12, the most frequent). */
function figureCharts(rows: ReturnType<typeof figuresView>['rows'], t: Strings): Array<{ svg: string; caption: string; alt: string }> {
  const byLabel = new Map<string, typeof rows>();
  for (const r of rows) {
    if (!r.label || !r.date.datetime) continue;
    const key = `${r.label}\u0000${r.unit}`;
    const list = byLabel.get(key);
    if (list) list.push(r);
    else byLabel.set(key, [r]);
  }
  return [...byLabel]
    .filter(([, list]) => list.length >= 2)
    .sort(([ka, a], [kb, b]) => b.length - a.length || compare(ka, kb))
    .slice(0, 12)
    .map(([, list], i) => {
      const { label, unit } = list[0]!;
      return {
        caption: `${label}（${unit}）`,
        alt: `${t.e.trendDesc(label)} ${list.map((r) => `${r.date.label} ${r.text}`).join('，')}`,
        svg: sparkline(list.map((r) => ({ date: r.date.datetime!, value: r.value, label: r.text })), { title: `${label}（${unit}）`, desc: t.e.trendDesc(label), unit, noData: t.e.none }, { idPrefix: `trend-${i + 1}` }),
      };
    });
}

// ---------------------------------------------------------------- helpers

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
