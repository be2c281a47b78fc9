// Search: a Pagefind index over the built pages, and the same bundle run in Node.
//
// One index for the whole site: Pagefind writes one index per page `lang`
// (zh-Hant and zh-Hans would be two indexes, and a search from one never sees
// the other), so every page is indexed as one language, SITE_INDEX_LANGUAGE.
// Only the article's main element (`data-pagefind-body`) is indexed.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchDocument } from '../types.js';

/** The one language every page is indexed under (ISO 639-1). */
export const SITE_INDEX_LANGUAGE = 'zh';

export interface SearchResult {
  /** Site-absolute URL of the page, e.g. `/articles/x/`. */
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with the matches in `<mark>`. */
  excerpt: string;
}

/** Pagefind runs one service per process and close() stops it: one build at a time. */
let indexing: Promise<unknown> = Promise.resolve();

/**
 * Index every HTML page of a built site into `siteDir/pagefind/`.
 * `documents` (from render) are what the issue-5 index will be built from;
 * for now the HTML pages are indexed directly.
 */
export function buildSearchIndex(siteDir: string, _documents: SearchDocument[] = []): Promise<{ pages: number }> {
  const run = indexing.then(() => indexSite(siteDir));
  indexing = run.catch(() => undefined);
  return run;
}

async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const root = path.resolve(siteDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE_INDEX_LANGUAGE });
  try {
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    // The search bundle of an earlier build must not be indexed or left stale.
    await fs.rm(path.join(root, 'pagefind'), { recursive: true, force: true });
    const added = await index.addDirectory({ path: root, glob: '**/*.html' });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    // addDirectory counts every HTML file it read; the entry counts indexed pages
    const entry = JSON.parse(await fs.readFile(path.join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return { pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}

// ------------------------------------------------------------ search in Node

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: Array<{ data(): Promise<PagefindData> }> } | null>;
  destroy?(): Promise<void>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** URL prefix under which our fetch serves the bundles of built sites from disk. */
const PREFIX = '/__baokan_site__/';
const mounts = new Map<string, string>(); // mount id → site root
const loaded = new Map<string, Promise<PagefindModule>>(); // site root + entry digest → instance
let fetchInstalled = false;

/**
 * Pagefind's browser bundle fetches its files. Give Node a fetch that serves
 * our mounted sites from disk and leaves every other request to the real one.
 */
function installFetch(): void {
  if (fetchInstalled) return;
  fetchInstalled = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(PREFIX)) return realFetch(input, init);
    const rest = url.slice(PREFIX.length).replace(/[?#].*$/, '');
    const slash = rest.indexOf('/');
    const root = mounts.get(rest.slice(0, slash));
    if (root === undefined) return new Response('unknown site', { status: 404 });
    const file = path.resolve(root, decodeURIComponent(rest.slice(slash + 1)));
    if (!file.startsWith(root + path.sep)) return new Response('outside the site', { status: 403 });
    try {
      const body = await fs.readFile(file);
      const type = file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'Content-Type': type } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

/** The language the site's search page declares: Pagefind segments the query by it. */
async function searchPageLanguage(root: string): Promise<string> {
  try {
    const html = await fs.readFile(path.join(root, 'search', 'index.html'), 'utf8');
    const m = /<html[^>]*\slang="([^"]+)"/i.exec(html);
    if (m) return m[1]!;
  } catch {
    // no search page: fall through
  }
  return SITE_INDEX_LANGUAGE;
}

async function loadPagefind(root: string, entry: string): Promise<PagefindModule> {
  installFetch();
  const id = String(mounts.size);
  mounts.set(id, root);
  // pagefind.js is an ES module; a private copy with an .mjs name loads as
  // one wherever the site lives and keeps each site's state apart.
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'baokan-pagefind-'));
  const copy = path.join(tmp, 'pagefind.mjs');
  await fs.copyFile(path.join(root, 'pagefind', 'pagefind.js'), copy);
  let mod: PagefindModule;
  try {
    mod = (await import(pathToFileURL(copy).href)) as PagefindModule;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
  void entry;
  await mod.options({ basePath: `${PREFIX}${id}/pagefind/`, baseUrl: '/' });
  // Pagefind takes the language from <html lang> when it starts, and splits
  // Chinese queries into words by it (Intl.Segmenter) as the browser does.
  // A stand-in document is there only for that moment: without `window`
  // Pagefind still runs as in Node (no worker, no location).
  const lang = await searchPageLanguage(root);
  const g = globalThis as { document?: unknown };
  const had = 'document' in g;
  const previous = g.document;
  if (!had) g.document = { querySelector: (s: string) => (s === 'html' ? { getAttribute: (a: string) => (a === 'lang' ? lang : null) } : null) };
  try {
    await mod.init();
  } finally {
    if (!had) delete g.document;
    else g.document = previous;
  }
  return mod;
}

/**
 * Run a query against a built site exactly as its search page does: the
 * site's own pagefind.js, the search page's language, files read from disk.
 */
export async function searchSite(siteDir: string, query: string): Promise<SearchResult[]> {
  const root = path.resolve(siteDir);
  const entry = await fs.readFile(path.join(root, 'pagefind', 'pagefind-entry.json'), 'utf8');
  const key = `${root}\0${createHash('sha256').update(entry).digest('hex')}`;
  let instance = loaded.get(key);
  if (!instance) {
    instance = loadPagefind(root, entry);
    loaded.set(key, instance);
    instance.catch(() => loaded.delete(key));
  }
  const mod = await instance;
  const found = await mod.search(query);
  const out: SearchResult[] = [];
  for (const result of found?.results ?? []) {
    const data = await result.data();
    out.push({ url: data.url, title: data.meta.title ?? '', excerpt: data.excerpt });
  }
  return out;
}
