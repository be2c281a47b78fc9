// Search-quality harness: queries drawn from a built site's own documents
// (entity names, 2–8 character substrings of the text, numbers with units),
// half converted to the other script; truth = the documents whose folded text
// holds the query. Each query runs through the site's real bundles in Node as
// the search page runs it. Reports recall, precision, bytes per query, that
// the file:// fallback and a single unsharded index give the same results, and
// Pagefind's defaults (HTML pages, its own Chinese segmentation) beside it.
//
//   npx tsx scripts/search-quality.ts --site DIR [--queries 400] [--seed 1] [--no-baseline]
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { runScripts, siteCore } from '../src/search/core.js';
import { buildSearchIndex } from '../src/search/index.js';
import { FALLBACK_DIR, type ScriptIndexLayout } from '../src/search/fallback.js';
import { fetchLog, openSite, searchIds } from '../src/search/query.js';
import { toSimplified, toTraditional } from '../src/script.js';
import type { SearchDocument } from '../src/types.js';

export interface Query {
  text: string;
  source: 'name' | 'substring' | 'number';
  converted: boolean;
}

/** The site's documents as its indexes hold them (read back from the articles' fallback and the entities index). */
export async function readDocuments(site: string): Promise<SearchDocument[]> {
  const out: SearchDocument[] = [];
  const config = runScripts([path.join(site, 'pagefind', 'baokan-config.js')]).BAOKAN_SEARCH as { shards: string[]; fallback: ScriptIndexLayout[]; entities: ScriptIndexLayout };
  // each shard's articles (its file:// index), then the entity pages
  const indexes = [...config.shards.map((s, i) => ({ name: `${s}/${FALLBACK_DIR}`, layout: config.fallback[i]! })), { name: 'entities', layout: config.entities }];
  for (const { name, layout } of indexes) {
    const dir = path.join(site, 'pagefind', ...name.split('/'));
    const files: string[] = [];
    for (const sub of ['d', 'f']) for (const f of await fs.readdir(path.join(dir, sub))) files.push(path.join(dir, sub, f));
    const store: Record<string, unknown> = {};
    runScripts(files, { BaokanFallback: { put: (k: string, v: unknown) => void (store[k] = v) } });
    const count = layout.kinds.reduce((n, [, , to]) => Math.max(n, to), 0);
    for (let i = 0; i < count; i++) {
      const shown = Math.floor(i / layout.shown);
      const d = (store[`${name}/d/${shown}`] as Array<{ url: string; title: string; text: string; kind: SearchDocument['kind']; date: string | null; kicker: string | null }>)[i - shown * layout.shown]!;
      const block = Math.floor(i / layout.block);
      const { kind: _kind, ...filters } = (store[`${name}/f/${block}`] as Array<Record<string, string[]>>)[i - block * layout.block]!;
      out.push({ ...d, lang: 'zh-Hant', names: [], filters, weight: d.kind === 'article' ? 1 : 2 });
    }
  }
  return out;
}

/** A small seeded generator (mulberry32): the same seed, the same queries. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBER_WITH_UNIT = /\d+(?:\.\d+)?(?:萬|万|億|亿)?(?:余|餘|多)?(?:人|元|噸|吨|套|個|个|家|項|项|次|名|% |%|公里|平方米|㎡|畝|亩|戶|户|千瓦|萬元|万元|億元|亿元)/g;
const HAN_RUN = /[\u3400-\u9fff]{2,}/g;

export function drawQueries(documents: SearchDocument[], count: number, seed = 1): Query[] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const names = [...new Set(documents.flatMap((d) => [...(d.filters.person ?? []), ...(d.filters.organisation ?? [])]))].sort();
  const numbers = [...new Set(documents.flatMap((d) => d.text.match(NUMBER_WITH_UNIT) ?? []))].sort();
  const out: Query[] = [];
  const seen = new Set<string>();
  let guard = 0;
  while (out.length < count && guard++ < count * 50) {
    const r = rnd();
    let text: string;
    let source: Query['source'];
    if (r < 0.15 && names.length) [text, source] = [pick(names), 'name'];
    else if (r < 0.25 && numbers.length) [text, source] = [pick(numbers).trim(), 'number'];
    else {
      const runs = pick(documents).text.match(HAN_RUN) ?? [];
      if (!runs.length) continue;
      const run = pick(runs);
      const len = Math.min(run.length, 2 + Math.floor(rnd() * 7));
      const at = Math.floor(rnd() * (run.length - len + 1));
      [text, source] = [run.slice(at, at + len), 'substring'];
    }
    const converted = out.length % 2 === 1;
    if (converted) {
      const s = toSimplified(text);
      text = s !== text ? s : toTraditional(text);
    }
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ text, source, converted });
  }
  return out;
}

export interface Report {
  queries: number;
  recall: number;
  precision: number;
  /** bytes of a session's first query (page scripts and Pagefind's start included), over the sessions */
  firstQueryBytes: { median: number; max: number };
  /** bytes of the query after it in the same session */
  laterQueryBytes: { median: number; max: number };
  /**
   * the same sessions as a compressing host (GitHub Pages, nginx gzip, `baokan serve`)
   * sends them: text files gzipped, Pagefind's data files as they are (gzip already)
   */
  firstQueryTransfer: { median: number; max: number };
  laterQueryTransfer: { median: number; max: number };
  /** bytes by kind of file (page, pagefind.js, wasm, entry, meta, filter, index, fragment): means and the largest query */
  bytesByKind: Record<'firstMean' | 'firstLargest' | 'laterMean' | 'laterLargest', Record<string, number>>;
  fallbackChecked: number;
  fallbackMismatches: string[];
  singleChecked: number;
  singleMismatches: string[];
  baseline: { recall: number; precision: number } | null;
}

/** The key under which a query's byte counts keep the query's text. */
const QUERY = 'query';
/** Results shown per page (public/search.js PAGE): the data a query loads. */
const PAGE = 10;
/** What the search page loads with script tags before Pagefind. */
const PAGE_SCRIPTS = ['search-core.js', 'search-fallback.js', 'search.js', 'pagefind/baokan-config.js'];

const transferred = new Map<string, number>();
/** Bytes a compressing host sends for a file: gzip for text (JavaScript, JSON), as is for Pagefind's binaries. */
export async function transferBytes(file: string): Promise<number> {
  let n = transferred.get(file);
  if (n === undefined) {
    const body = await fs.readFile(file);
    n = /\.(js|json|html)$/.test(file) ? gzipSync(body, { level: 6 }).length : body.length;
    transferred.set(file, n);
  }
  return n;
}

/** The kind of a file the served search reads (site-relative path). */
export function fileKind(file: string): string {
  const base = path.basename(file);
  if (base === 'pagefind.js') return 'pagefind.js';
  if (base.startsWith('wasm.')) return 'wasm';
  if (base === 'pagefind-entry.json') return 'entry';
  if (base.endsWith('.pf_meta')) return 'meta';
  if (base.endsWith('.pf_filter')) return 'filter';
  if (base.endsWith('.pf_index')) return 'index';
  if (base.endsWith('.pf_fragment')) return 'fragment';
  if (file.startsWith(`pagefind${path.sep}entities${path.sep}`)) return 'entities';
  return 'other';
}

const urlsOf = async (hits: Array<{ load(): Promise<unknown> }>) => Promise.all(hits.map(async (h) => ((await h.load()) as { url: string }).url));

/** Score one engine's answers against the truth: micro-averaged over queries. */
function score(truth: Map<string, Set<string>>, answers: Map<string, string[]>) {
  let found = 0, relevant = 0, returned = 0, right = 0;
  for (const [q, want] of truth) {
    const got = answers.get(q) ?? [];
    relevant += want.size;
    found += [...want].filter((u) => got.includes(u)).length;
    returned += got.length;
    right += got.filter((u) => want.has(u)).length;
  }
  return { recall: relevant ? found / relevant : 1, precision: returned ? right / returned : 1 };
}

export async function measureSite(site: string, options: { queries?: number; seed?: number; baseline?: boolean; fallbackQueries?: number } = {}): Promise<Report> {
  const root = path.resolve(site);
  const core = siteCore();
  const documents = await readDocuments(root);
  const queries = drawQueries(documents, options.queries ?? 400, options.seed ?? 1);
  const truth = new Map<string, Set<string>>();
  // core.contains(title + '\n' + text, q), with each document folded once
  const folded = documents.map((d) => core.fold(`${d.title}\n${d.text}`));
  for (const q of queries) {
    const words = core.parseQuery(q.text).map((w) => w.join(''));
    truth.set(q.text, new Set(documents.filter((_, i) => words.every((w) => folded[i]!.includes(w))).map((d) => d.url)));
  }

  // what the page downloads before its first query: its scripts and config
  const pageKinds: Record<string, number> = {};
  let pageTransfer = 0;
  for (const f of PAGE_SCRIPTS) {
    pageKinds.page = (pageKinds.page ?? 0) + (await fs.stat(path.join(root, f))).size;
    pageTransfer += await transferBytes(path.join(root, f));
  }
  // Sessions of two queries, as a reader uses the page: Pagefind restarted with
  // empty caches, a first query (it pays for the page's scripts, Pagefind's start:
  // pagefind.js, wasm, entry and meta files, and its own chunks), then a later
  // one. Each query loads the data of the first page of results (10). Every file
  // our fetch serves is logged, so nothing the bundle reads escapes the count.
  const session = await openSite(root);
  const firsts: Array<Record<string, number>> = [];
  const laters: Array<Record<string, number>> = [];
  const firstTransfers: number[] = [];
  const laterTransfers: number[] = [];
  const hitsOf = new Map<string, Array<{ load(): Promise<unknown> }>>();
  await searchIds(root, queries[0]?.text ?? ''); // Pagefind's first start has finished
  let mark = fetchLog.length;
  for (const [i, q] of queries.entries()) {
    const first = i % 2 === 0;
    if (first) {
      await session.restart();
      // the page's scripts, and Pagefind's start, count for the first query
    } else mark = fetchLog.length;
    const { hits } = await searchIds(root, q.text);
    await Promise.all(hits.slice(0, PAGE).map((h) => h.load()));
    const kinds: Record<string, number> = first ? { ...pageKinds } : {};
    let transfer = first ? pageTransfer : 0;
    for (const e of fetchLog.slice(mark)) {
      if (e.root !== root) continue;
      kinds[fileKind(e.file)] = (kinds[fileKind(e.file)] ?? 0) + e.bytes;
      transfer += await transferBytes(path.join(root, e.file));
    }
    (first ? firstTransfers : laterTransfers).push(transfer);
    mark = fetchLog.length;
    (first ? firsts : laters).push(Object.assign(kinds, { [QUERY]: q.text as unknown as number }));
    hitsOf.set(q.text, hits);
  }
  // then every result's URL (after the byte counts: loading them fills Pagefind's caches)
  const answers = new Map<string, string[]>();
  for (const q of queries) answers.set(q.text, await urlsOf(hitsOf.get(q.text)!));
  const { recall, precision } = score(truth, answers);

  const fallbackMismatches: string[] = [];
  const fallbackQueries = queries.slice(0, options.fallbackQueries ?? 50);
  for (const q of fallbackQueries) {
    const { hits } = await searchIds(root, q.text, { fallback: true });
    if (JSON.stringify(await urlsOf(hits)) !== JSON.stringify(answers.get(q.text))) fallbackMismatches.push(q.text);
  }

  // the same documents in one unsharded bundle
  const single = await fs.mkdtemp(path.join(os.tmpdir(), 'baokan-single-'));
  const singleMismatches: string[] = [];
  try {
    for (const f of ['search-core.js', 'search-fallback.js']) await fs.copyFile(path.join(root, f), path.join(single, f));
    await buildSearchIndex(single, documents, { singleShard: true });
    for (const q of queries) {
      const { hits } = await searchIds(single, q.text);
      if (JSON.stringify(await urlsOf(hits)) !== JSON.stringify(answers.get(q.text))) singleMismatches.push(q.text);
    }
  } finally {
    await fs.rm(single, { recursive: true, force: true });
  }

  const total = (k: Record<string, number>) => Object.entries(k).reduce((a, [kind, n]) => (kind === QUERY ? a : a + n), 0);
  const stats = (runs: Array<Record<string, number>>) => {
    const sorted = [...runs].sort((a, b) => total(a) - total(b));
    const mean: Record<string, number> = {};
    for (const k of sorted) for (const [kind, n] of Object.entries(k)) if (kind !== QUERY) mean[kind] = (mean[kind] ?? 0) + n / sorted.length;
    return {
      median: total(sorted[Math.floor(sorted.length / 2)] ?? {}),
      max: total(sorted[sorted.length - 1] ?? {}),
      mean: Object.fromEntries(Object.entries(mean).map(([k, n]) => [k, Math.round(n)])),
      largest: sorted[sorted.length - 1] ?? {},
    };
  };
  const middle = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
  };
  const f = stats(firsts);
  const l = stats(laters);
  return {
    queries: queries.length,
    recall,
    precision,
    firstQueryBytes: { median: f.median, max: f.max },
    laterQueryBytes: { median: l.median, max: l.max },
    firstQueryTransfer: middle(firstTransfers),
    laterQueryTransfer: middle(laterTransfers),
    bytesByKind: { firstMean: f.mean, firstLargest: f.largest, laterMean: l.mean, laterLargest: l.largest },
    fallbackChecked: fallbackQueries.length,
    fallbackMismatches,
    singleChecked: queries.length,
    singleMismatches,
    baseline: options.baseline === false ? null : await baseline(root, truth),
  };
}

/** Pagefind with its defaults over the article pages (what issue 5 measured), same queries. */
async function baseline(root: string, truth: Map<string, Set<string>>) {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'baokan-baseline-'));
  try {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind could not create an index');
    await index.addDirectory({ path: root, glob: 'articles/**/*.html' });
    await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
    await pagefind.close();
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(await fs.readFile(path.join(root, 'search', 'index.html'), 'utf8'))?.[1] ?? 'zh-Hant';
    await fs.copyFile(path.join(out, 'pagefind', 'pagefind.js'), path.join(out, 'pagefind.mjs'));
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (u: string) => new Response(await fs.readFile(String(u).split('?')[0]!))) as typeof fetch;
    const g = globalThis as { document?: unknown };
    g.document = { currentScript: null, querySelector: (s: string) => (s === 'html' ? { getAttribute: () => lang } : null) };
    try {
      const pf = (await import(pathToFileURL(path.join(out, 'pagefind.mjs')).href)) as {
        options(o: unknown): Promise<void>;
        init(): Promise<void>;
        search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
      };
      await pf.options({ basePath: `${path.join(out, 'pagefind')}/`, baseUrl: '/' });
      await pf.init();
      const answers = new Map<string, string[]>();
      for (const q of truth.keys()) {
        const r = await pf.search(q);
        answers.set(q, await Promise.all((r?.results ?? []).map(async (x) => (await x.data()).url)));
      }
      return score(truth, answers);
    } finally {
      delete g.document;
      globalThis.fetch = realFetch;
    }
  } finally {
    await fs.rm(out, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, queries: { type: 'string', default: '400' }, seed: { type: 'string', default: '1' }, 'no-baseline': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(`Usage: npx tsx scripts/search-quality.ts [--site DIR] [--queries N] [--seed S] [--no-baseline]

Draws N queries (default 400) from the built site's own documents, half in the
other script, and runs them through the site's Pagefind bundles in Node as the
search page does. Prints JSON: recall, precision; bytes of a session's first
query (page scripts and Pagefind's start included) and of the later query in
the same session, by kind of file (page, pagefind.js, wasm, entry, meta,
filter, index, fragment, entities), and what a compressing host would send
(text gzipped, Pagefind's gzip data as is); whether the file:// fallback and one unsharded
bundle give the same results; and Pagefind's defaults over the HTML pages on
the same queries (--no-baseline skips that).
`);
    return 0;
  }
  const report = await measureSite(values.site!, { queries: Number(values.queries), seed: Number(values.seed), baseline: !values['no-baseline'] });
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exitCode = await main();
