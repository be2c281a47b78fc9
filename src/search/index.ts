// Search: the site's index built from SearchDocuments (not from the HTML), and
// the same bundle queried in Node.
//
// Layout under siteDir/pagefind/:
//   <shard>/             one Pagefind bundle per year (newest first), `undated` last
//   baokan-config.js     classic script: shard list, fold table, facet values
//   fallback/            the same index as classic scripts, for file:// (fallback.ts)
// Every shard is indexed under one language ('en': Pagefind neither segments
// nor separates it) with content = the core's index form (bigrams of the
// folded text); see public/search-core.js for why that finds exactly the
// texts that contain the query, in either script.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchDocument } from '../types.js';
import { foldPairs, siteCore } from './core.js';
import { writeFallback } from './fallback.js';
import { canonicalizeBundle } from './canonical.js';

export { searchSite, type SearchResult, type SearchOptions } from './query.js';

/** The one language every record is indexed under: Pagefind does not segment it. */
export const INDEX_LANGUAGE = 'en';
export const UNDATED_SHARD = 'undated';
/** Facets shown on the search page (Pagefind filters). */
export const FACETS = ['year', 'kind', 'category', 'publication', 'person', 'organisation'] as const;

export interface Shard {
  key: string;
  /** documents of the shard, in the site's global order */
  documents: SearchDocument[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The site's global order (the order ties are shown in): year shards newest
 * first, undated last; within a shard by date, newest first (no date last),
 * then URL. Shards hold consecutive runs of it, so merged results keep it.
 */
export function planShards(documents: SearchDocument[], options: IndexOptions = {}): Shard[] {
  const byKey = new Map<string, SearchDocument[]>();
  const yearOf = (d: SearchDocument) => {
    const year = d.filters.year?.[0];
    return year && /^\d{4}$/.test(year) ? year : UNDATED_SHARD;
  };
  for (const d of documents) {
    const key = options.singleShard ? 'all' : yearOf(d);
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push(d);
  }
  const keys = [...byKey.keys()].sort((a, b) => (a === UNDATED_SHARD ? 1 : b === UNDATED_SHARD ? -1 : compare(b, a)));
  const shardRank = (k: string) => (k === UNDATED_SHARD ? '' : k);
  return keys.map((key) => ({
    key,
    documents: byKey
      .get(key)!
      .sort((x, y) => compare(shardRank(yearOf(y)), shardRank(yearOf(x))) || compare(y.date ?? '', x.date ?? '') || compare(x.url, y.url)),
  }));
}

/** Pagefind runs one service per process: one build at a time. */
let indexing: Promise<unknown> = Promise.resolve();

/**
 * Index `documents` into `siteDir/pagefind/` (shards, config, file:// fallback).
 * Kept with this signature for the build; returns the number of records indexed.
 */
export interface IndexOptions {
  /** one bundle for everything (the harness compares it with the shards) */
  singleShard?: boolean;
}

export function buildSearchIndex(siteDir: string, documents: SearchDocument[] = [], options: IndexOptions = {}): Promise<{ pages: number; shards: string[] }> {
  const run = indexing.then(() => indexSite(path.resolve(siteDir), documents, options));
  indexing = run.catch(() => undefined);
  return run;
}

async function indexSite(root: string, documents: SearchDocument[], options: IndexOptions): Promise<{ pages: number; shards: string[] }> {
  const unique = new Map<string, SearchDocument>();
  for (const d of documents) {
    if (unique.has(d.url)) throw new Error(`two search documents share the URL ${d.url}`);
    unique.set(d.url, d);
  }
  const shards = planShards([...unique.values()], options);
  const bundleRoot = path.join(root, 'pagefind');
  await fs.rm(bundleRoot, { recursive: true, force: true });
  try {
    for (const shard of shards) await indexShard(shard.documents, path.join(bundleRoot, shard.key));
  } finally {
    await pagefind.close();
  }
  const ordered = shards.flatMap((s) => s.documents);
  await writeConfig(bundleRoot, shards, ordered);
  await writeFallback(path.join(bundleRoot, 'fallback'), ordered, siteCore());
  return { pages: ordered.length, shards: shards.map((s) => s.key) };
}

/** Pagefind's UI bundles: the search page has its own. */
const UNUSED_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * Index one shard's documents (in order) into one Pagefind bundle directory.
 * Self-contained, so shards can be indexed in separate workers.
 */
export async function indexShard(documents: SearchDocument[], bundleDir: string): Promise<void> {
  const core = siteCore();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  try {
    // One at a time: Pagefind numbers records in the order they arrive, and
    // that order is the order equal-scoring results come back in.
    for (const d of documents) {
      const added = await index.addCustomRecord({
        url: d.url,
        content: core.indexForm(d.title, d.text),
        language: INDEX_LANGUAGE,
        meta: recordMeta(d),
        filters: { [FACET_FILTER]: facetValues(d) },
      });
      if (added.errors.length) throw new Error(`Pagefind could not index ${d.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length) throw new Error(`Pagefind could not write ${bundleDir}: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
  for (const f of await fs.readdir(bundleDir)) if (UNUSED_FILES.test(f)) await fs.rm(path.join(bundleDir, f));
  await canonicalizeBundle(bundleDir);
}

function recordMeta(d: SearchDocument): Record<string, string> {
  const meta: Record<string, string> = { url: d.url, title: d.title, kind: d.kind, text: d.text };
  if (d.date) meta.date = d.date;
  if (d.kicker) meta.kicker = d.kicker;
  return meta;
}

/**
 * Pagefind writes its filter names in hash-map order, so two or more names make
 * the bundle differ from build to build: every facet goes into one filter as
 * `name:value`, the same key the search core asks for.
 */
export const FACET_FILTER = 'facet';
function facetValues(d: SearchDocument): string[] {
  return Object.entries(recordFilters(d)).flatMap(([k, values]) => values.map((v) => `${k}:${v}`)).sort();
}

export function recordFilters(d: SearchDocument): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const [k, values] of Object.entries(d.filters).sort(([a], [b]) => compare(a, b))) if (values.length) filters[k] = [...new Set(values)].sort();
  filters.kind = [d.kind];
  return filters;
}

/** pagefind/baokan-config.js: what the search page needs before its first query. */
async function writeConfig(bundleRoot: string, shards: Shard[], ordered: SearchDocument[]): Promise<void> {
  const facets: Record<string, string[]> = {};
  for (const name of FACETS) {
    const values = new Set<string>();
    for (const d of ordered) for (const v of recordFilters(d)[name] ?? []) values.add(v);
    facets[name] = [...values].sort((a, b) => (name === 'year' ? compare(b, a) : compare(a, b)));
  }
  const config = {
    version: 1,
    shards: shards.map((s) => s.key),
    fold: foldPairs(),
    facets,
    fallback: { buckets: fallbackBuckets(ordered.length) },
  };
  await fs.mkdir(bundleRoot, { recursive: true });
  await fs.writeFile(path.join(bundleRoot, 'baokan-config.js'), `globalThis.BAOKAN_SEARCH = ${safeJson(config)};\n`);
}

/** Postings files for the fallback: more for bigger sites, so one stays small. */
export function fallbackBuckets(documents: number): number {
  return Math.min(4096, Math.max(64, 2 ** Math.ceil(Math.log2(Math.max(1, documents)))));
}

/** JSON that is also safe inside a script file (no </script>, no line separators). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
