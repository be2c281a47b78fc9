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
import * as pagefind from 'pagefind';
import { runScripts, siteCore } from '../src/search/core.js';
import { buildSearchIndex } from '../src/search/index.js';
import { bytesRead, openSite, searchIds } from '../src/search/query.js';
import { toSimplified, toTraditional } from '../src/script.js';
import type { SearchDocument } from '../src/types.js';

export interface Query {
  text: string;
  source: 'name' | 'substring' | 'number';
  converted: boolean;
}

/** The site's documents as the index holds them (read back from its fallback scripts). */
export async function readDocuments(site: string): Promise<SearchDocument[]> {
  const dir = path.join(site, 'pagefind', 'fallback');
  const files = [path.join(dir, 'docs.js')];
  const count = (await fs.readdir(path.join(dir, 'd'))).length;
  for (let i = 0; i < count; i++) files.push(path.join(dir, 'd', `${i}.js`));
  const store: Record<string, unknown> = {};
  runScripts(files, { BaokanFallback: { put: (k: string, v: unknown) => void (store[k] = v) } });
  const filters = store.docs as Array<Record<string, string[]>>;
  return filters.map((f, i) => {
    const d = store[`d/${i}`] as { url: string; title: string; text: string; kind: SearchDocument['kind']; date: string | null; kicker: string | null };
    const { kind: _kind, ...rest } = f;
    return { ...d, lang: 'zh-Hant', names: [], filters: rest, weight: d.kind === 'article' ? 1 : 2 };
  });
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
  firstQueryBytes: number;
  laterQueryBytes: { median: number; max: number };
  fallbackChecked: number;
  fallbackMismatches: string[];
  singleChecked: number;
  singleMismatches: string[];
  baseline: { recall: number; precision: number } | null;
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
  for (const q of queries) truth.set(q.text, new Set(documents.filter((d) => core.contains(`${d.title}\n${d.text}`, q.text)).map((d) => d.url)));

  // what the page downloads before its first query: its scripts and config
  let pageBytes = 0;
  for (const f of ['search-core.js', 'search-fallback.js', 'search.js', 'pagefind/baokan-config.js']) pageBytes += (await fs.stat(path.join(root, f))).size;
  bytesRead.set(root, 0);
  await openSite(root);
  const perQuery: number[] = [];
  const answers = new Map<string, string[]>();
  for (const q of queries) {
    const before = bytesRead.get(root) ?? 0;
    const { hits } = await searchIds(root, q.text);
    await Promise.all(hits.slice(0, 10).map((h) => h.load())); // the first page of results
    perQuery.push((bytesRead.get(root) ?? 0) - before + (perQuery.length === 0 ? pageBytes : 0));
    answers.set(q.text, await urlsOf(hits));
  }
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

  const later = perQuery.slice(1).sort((a, b) => a - b);
  return {
    queries: queries.length,
    recall,
    precision,
    firstQueryBytes: perQuery[0] ?? 0,
    laterQueryBytes: { median: later[Math.floor(later.length / 2)] ?? 0, max: later[later.length - 1] ?? 0 },
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
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, queries: { type: 'string', default: '400' }, seed: { type: 'string', default: '1' }, 'no-baseline': { type: 'boolean' } } });
  const report = await measureSite(values.site!, { queries: Number(values.queries), seed: Number(values.seed), baseline: !values['no-baseline'] });
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exitCode = await main();
