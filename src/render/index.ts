// Render: records and body trees → static HTML pages through Nunjucks.
//
// Every page kind (kinds.ts) is written for each of its entities, in each
// script; a page whose recorded dependencies are unchanged is taken from the
// previous site (reuse.ts). Then the data beside the pages (CSV, feed,
// sitemap) and `public/` as it is. Same input → byte-identical files:
// everything is sorted, nothing depends on time or on the machine.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchDocument } from '../types.js';
import type { Lang } from './strings.js';
import { PAGE_KEYS_FILE, PageReuse, pageKey } from './reuse.js';
import { PageWriter, type PageWriterSettings, type WrittenPage } from './page-writer.js';
import { writeArticlePagesInWorker } from '../workers/render.js';
import { codeVersion } from '../cache/index.js';
import { linkArchive, type Archive } from '../link/index.js';
import { KINDS, type PageKind } from './kinds.js';
export { searchWords } from './kinds.js';
import { SiteData, type SiteArticle } from './site-data.js';
import { articleSlice } from './article-slice.js';
import { feedFile, sitemap } from './data.js';
import { compareCodeUnits as compare } from '../compare.js';

export type { SiteArticle } from './site-data.js';

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
  /** the script of every page at its plain path (the other's under /zh-han?/), or null: each article's page in its own */
  script?: Lang | null;
  /** a folder whose templates override the built-in ones by name */
  templates?: string | null;
  /** what else the pages are made from (the site's config and files: config/index.ts configKey) */
  configKey?: string;
}

/** Below this many article pages to write, starting a render thread costs more than it saves. */
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
  const fixedScript = options.script ?? null;
  const siteLang: Lang = fixedScript ?? options.lang ?? majorityLang(articles);
  const archive = options.archive ?? linkArchive(articles.map((a) => a.record));
  const data = new SiteData(articles, archive, siteLang, fixedScript);
  const settings: PageWriterSettings = {
    outDir,
    // a loader list: the site's own templates first, the built-in ones last
    templateDirs: options.templates ? [options.templates, TEMPLATES_DIR] : [TEMPLATES_DIR],
    siteLang,
    siteTitle: options.siteTitle ?? null,
    scriptTwins: options.scriptTwins !== false,
    fixedScript,
    siteUrl: (options.siteUrl ?? '').replace(/\/+$/, ''),
  };
  const pages = new PageWriter(settings);
  const reuse = PageReuse.open(`${await codeVersion()}${options.configKey ? `+${options.configKey}` : ''}`, options.previousSite ?? null);
  const fingerprint = (dep: string) => data.fingerprint(dep);
  const kept: string[] = [];
  const record = <E>(kind: PageKind<E>, entity: E, written: WrittenPage) =>
    reuse.record(kind.path(entity), { key: pageKey(pages.pageSettings(kind, entity), written.deps, fingerprint), deps: written.deps, files: written.files });

  /** The page from the previous site when nothing it read changed: true when there is nothing to render. */
  const reused = <E>(kind: PageKind<E>, entity: E): boolean => {
    const before = reuse.reusable(kind.path(entity), pages.pageSettings(kind, entity), fingerprint);
    if (!before) return false;
    if (options.keepInPlace) kept.push(...before.files);
    else for (const f of before.files) pages.writer.linkSync(reuse.previousFile(f), f);
    return true;
  };

  let inThread: Promise<Array<[string, WrittenPage]>> | null = null;
  for (const kind of KINDS as ReadonlyArray<PageKind<unknown>>) {
    const left = kind.entities(data).filter((entity) => !reused(kind, entity));
    if (kind.kind === 'article' && (options.threads ?? 1) > 1 && left.length >= MIN_ARTICLES_FOR_THREAD) {
      // Article pages in a thread of their own while this one writes the rest (the same files either way).
      inThread = writeArticlePagesInWorker(settings, articleSlice(data, left as SiteArticle[]));
      inThread.catch(() => {}); // awaited below
      continue;
    }
    for (const entity of left) record(kind, entity, pages.render(kind, entity, data));
  }
  const threadFiles: string[] = [];
  if (inThread) {
    const article = KINDS.find((k) => k.kind === 'article') as PageKind<SiteArticle>;
    for (const [id, written] of await inThread) {
      record(article, data.article(id), written);
      threadFiles.push(...written.files);
    }
  }

  for (const kind of KINDS as ReadonlyArray<PageKind<unknown>>) {
    const csv = kind.csv?.(data);
    if (csv) pages.writer.writeSync(csv.file, csv.content);
  }
  pages.writer.writeSync('feed.xml', feedFile(data, { siteUrl: options.siteUrl ?? '', title: pages.siteTitle(siteLang) }));
  // a sitemap's URLs are absolute: none without the site's address (`baokan check` says so)
  if (settings.siteUrl) for (const [file, content] of sitemap(settings.siteUrl, sitemapPaths(pages, data))) pages.writer.writeSync(file, content);
  pages.writer.writeSync(PAGE_KEYS_FILE, reuse.manifest());
  const copied = await copyTree(PUBLIC_DIR, outDir);
  return {
    files: [...new Set([...pages.writer.files, ...kept, ...threadFiles, ...copied])].sort(),
    reused: reuse.reused,
    // computed on demand: the build indexes from siteSearchDocuments while pages render
    get searchDocuments() {
      return siteSearchDocuments(articles, archive, siteLang, fixedScript);
    },
  };
}

/** Every page of every kind, in every script (not the 404 page). */
function sitemapPaths(pages: PageWriter, data: SiteData): string[] {
  const out: string[] = [];
  for (const kind of KINDS as ReadonlyArray<PageKind<unknown>>) {
    if (kind.file) continue;
    for (const entity of kind.entities(data)) for (const f of pages.files(kind, entity)) out.push(`/${f.replace(/index\.html$/, '')}`);
  }
  return out;
}

/**
 * What search indexes for the site: articles and entity pages. Derived from
 * records alone, so the index can be built while the pages are rendered.
 */
export function siteSearchDocuments(articles: SiteArticle[], archive: Archive, lang: Lang = majorityLang(articles), script: Lang | null = null): SearchDocument[] {
  return [...siteArticleDocuments(articles, script), ...siteEntityDocuments(articles, archive, lang, script)];
}

/** The articles' search documents: they need no linking, so the index can start before it. */
export function siteArticleDocuments(articles: SiteArticle[], script: Lang | null = null): SearchDocument[] {
  return searchDocuments(new SiteData(articles, EMPTY_ARCHIVE, script ?? majorityLang(articles), script), (kind) => kind.kind === 'article');
}

export function siteEntityDocuments(articles: SiteArticle[], archive: Archive, lang: Lang = majorityLang(articles), script: Lang | null = null): SearchDocument[] {
  return searchDocuments(new SiteData(articles, archive, script ?? lang, script), (kind) => kind.kind !== 'article');
}

const EMPTY_ARCHIVE: Archive = { people: [], organisations: [], meetings: [], figures: [], byArticle: new Map() };

function searchDocuments(data: SiteData, which: (kind: PageKind<unknown>) => boolean): SearchDocument[] {
  const out: SearchDocument[] = [];
  for (const kind of KINDS as ReadonlyArray<PageKind<unknown>>) {
    if (!kind.searchDocument || !which(kind)) continue;
    for (const entity of kind.entities(data)) out.push(kind.searchDocument(entity, data));
  }
  return out;
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
