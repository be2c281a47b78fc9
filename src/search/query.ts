// Querying a built site from Node as its search page does: the search core
// and config, its Pagefind bundles (through a fetch that reads files), or its
// file:// fallback indexes. The site's files are read as data only
// (site-data.ts): the code that runs is this installation's, never the site's.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import vm from 'node:vm';
import { PUBLIC_DIR, runScripts, type Engine, type Filters, type SearchCore } from './core.js';
import { FALLBACK_DIR, type ScriptIndexLayout } from './fallback.js';
import { ENGINE_WASM, importPagefindEngine, pagefindEngineFiles, readConfigData, readPutData } from './site-data.js';

export interface SearchResult {
  /** site-absolute URL, e.g. `/articles/x/` */
  url: string;
  title: string;
  kind: string;
  date: string | null;
  /** the original text around the match, escaped, the match in <mark> */
  excerpt: string;
}

export interface SearchOptions {
  filters?: Filters;
  /** query the file:// fallback instead of Pagefind */
  fallback?: boolean;
  /** 'new' or 'old': by date (articles), as the search page's sort; default best first */
  sort?: 'new' | 'old';
  /** results to load (url, title, excerpt); default all */
  limit?: number;
}

interface SiteConfig {
  shards: string[];
  fold: string;
  facets: Record<string, string[]>;
  /** per shard, in the order of `shards` */
  fallback: ScriptIndexLayout[];
  entities: ScriptIndexLayout;
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: Array<{ id: string; words: number[]; data(): Promise<unknown> }> } | null>;
  destroy(): Promise<void>;
}

interface LoadedSite {
  core: SearchCore;
  config: SiteConfig;
  /** Pagefind (articles) and the entities index, as the served page searches */
  pagefind: Engine;
  fallback: Engine;
  /** start Pagefind again with empty caches, as a new visit to the page (the harness) */
  restart(): Promise<void>;
}

/** URL prefix under which our fetch serves built sites from disk. */
const PREFIX = '/__baokan_site__/';
const mounts = new Map<string, string>();
const loaded = new Map<string, Promise<LoadedSite>>();
let fetchInstalled = false;
/** Bytes read through our fetch, per site root (the harness measures downloads with it). */
export const bytesRead = new Map<string, number>();
/** Every file read through our fetch, in order: site root, path in the site, bytes (the harness's breakdown). */
export const fetchLog: Array<{ root: string; file: string; bytes: number }> = [];
function count(root: string, file: string, bytes: number): void {
  bytesRead.set(root, (bytesRead.get(root) ?? 0) + bytes);
  fetchLog.push({ root, file: path.relative(root.replace(/#fallback$/, ''), file), bytes });
}

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
      // Pagefind's code (its wasm) is the installed package's; the site's copy is only counted, as a page would download it
      const trusted = ENGINE_WASM.test(path.basename(file)) ? (await pagefindEngineFiles()).wasm : null;
      const body = trusted ? Buffer.from(trusted) : await fs.readFile(file);
      count(root, file, trusted ? (await fs.stat(file)).size : body.length);
      const type = file.endsWith('.json') ? 'application/json' : file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'Content-Type': type } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

/** The search core (public/search-core.js), run once per loaded site: its core, and what starts Pagefind and joins engines. */
interface CoreApi {
  create(fold: string): SearchCore;
  openPagefind(pf: PagefindModule, base: string, shards: string[], html: unknown): Promise<PagefindModule>;
  pagefindEngine(pf: PagefindModule, bundleBase: string): Engine;
  combineEngines(engines: Engine[]): Engine;
}

async function openPagefind(root: string, config: SiteConfig, api: CoreApi): Promise<{ engine: Engine; restart(): Promise<void> } | null> {
  if (!config.shards.length) return null;
  installFetch();
  const id = String(mounts.size);
  mounts.set(id, root);
  // the installed engine, a fresh module for each site; the site's pagefind.js is what a page would download
  const mod = await importPagefindEngine<PagefindModule>();
  const primary = path.join(root, 'pagefind', config.shards[0]!, 'pagefind.js');
  count(root, primary, (await fs.stat(primary)).size);
  const start = async () => {
    // A stand-in <html> only while Pagefind starts (it reads the language then);
    // without `window` Pagefind runs as in Node (no worker).
    const g = globalThis as { document?: unknown };
    const had = 'document' in g;
    const previous = g.document;
    let lang = 'zh-Hant';
    const html = { getAttribute: () => lang, setAttribute: (_: string, v: string) => void (lang = v) };
    if (!had) g.document = { currentScript: null, querySelector: (s: string) => (s === 'html' ? html : null) };
    try {
      await api.openPagefind(mod, `${PREFIX}${id}/pagefind/`, config.shards, html);
    } finally {
      if (!had) delete g.document;
      else g.document = previous;
    }
  };
  await start();
  return {
    engine: api.pagefindEngine(mod, `${PREFIX}${id}/pagefind/`),
    restart: async () => {
      await mod.destroy();
      count(root, primary, (await fs.stat(primary)).size);
      await start();
    },
  };
}

/** One of our script indexes (pagefind/<folder>/, keys starting with `name`), loaded as the page loads it: into a fresh context, file by file. */
function openScriptIndex(root: string, folder: string, name: string, layout: ScriptIndexLayout): Engine {
  const dir = path.join(root, 'pagefind', ...folder.split('/'));
  const context = runScripts([path.join(PUBLIC_DIR, 'search-fallback.js')]);
  const api = context.BaokanFallback as {
    engine(base: string, layout: ScriptIndexLayout, load: (url: string) => Promise<void>, name: string): Engine;
    put(key: string, value: unknown): void;
  };
  const load = async (url: string) => {
    const file = path.resolve(dir, url);
    if (!file.startsWith(dir + path.sep)) throw new Error(`outside the ${name} index: ${url}`);
    const text = await fs.readFile(file, 'utf8');
    // the entities index is part of the served search; the file:// fallback is counted apart
    count(name === 'entities' ? root : `${root}#fallback`, file, Buffer.byteLength(text));
    const { key, value } = readPutData(text, file, context as vm.Context);
    api.put(key, value);
  };
  return api.engine('', layout, load, name);
}

/** An engine that, like the page, may be started again with empty caches. */
function restartable(open: () => Engine): { engine: Engine; restart(): void } {
  let current = open();
  return { engine: { find: (...args) => current.find(...args) }, restart: () => void (current = open()) };
}

async function loadSite(root: string): Promise<LoadedSite> {
  const config = (await readConfigData(path.join(root, 'pagefind', 'baokan-config.js'), 'BAOKAN_SEARCH')) as SiteConfig;
  // (the core fetches what a result shows: through the fetch that reads the site's files)
  const api = runScripts([path.join(PUBLIC_DIR, 'search-core.js')], { fetch: (input: string, init?: RequestInit) => globalThis.fetch(input, init) }).BaokanSearchCore as CoreApi;
  const core = api.create(config.fold);
  const combine = api.combineEngines;
  const entities = restartable(() => openScriptIndex(root, 'entities', 'entities', config.entities));
  const shards = config.shards.map((shard, i) => restartable(() => openScriptIndex(root, `${shard}/${FALLBACK_DIR}`, `${shard}/${FALLBACK_DIR}`, config.fallback[i]!)));
  const served = await openPagefind(root, config, api);
  return {
    core,
    config,
    pagefind: combine(served ? [served.engine, entities.engine] : [entities.engine]),
    fallback: combine([...shards.map((s) => s.engine), entities.engine]),
    restart: async () => {
      entities.restart();
      for (const s of shards) s.restart();
      await served?.restart();
    },
  };
}

/** The site as loaded for searching (cached per site and index version). */
export async function openSite(siteDir: string): Promise<LoadedSite> {
  const root = path.resolve(siteDir);
  const config = await fs.readFile(path.join(root, 'pagefind', 'baokan-config.js'));
  const key = `${root}\0${createHash('sha256').update(config).digest('hex')}`;
  let site = loaded.get(key);
  if (!site) {
    site = loadSite(root);
    loaded.set(key, site);
    site.catch(() => loaded.delete(key));
  }
  return site;
}

/** Result URLs for a query, ranked, without loading any result's data. */
export async function searchIds(siteDir: string, query: string, options: SearchOptions = {}): Promise<{ count: number; hits: Array<{ id: string; load(): Promise<unknown> }> }> {
  const site = await openSite(siteDir);
  const engine = options.fallback ? site.fallback : site.pagefind;
  if (!engine) return { count: 0, hits: [] };
  const hits = await site.core.search(engine, query, options.filters ?? {}, options.sort);
  return { count: hits.length, hits };
}

/** Run a query against a built site exactly as its search page does. */
export async function searchSite(siteDir: string, query: string, options: SearchOptions = {}): Promise<SearchResult[]> {
  const site = await openSite(siteDir);
  const { hits } = await searchIds(siteDir, query, options);
  const shown = hits.slice(0, options.limit ?? hits.length);
  const out: SearchResult[] = [];
  for (const hit of shown) {
    const d = (await hit.load()) as { url: string; title: string; text: string; kind: string; date: string | null };
    out.push({ url: d.url, title: d.title, kind: d.kind, date: d.date ?? null, excerpt: site.core.excerpt(d.text, query) });
  }
  return out;
}
