// Search: the site's index built from SearchDocuments (not from the HTML), and
// the same bundle queried in Node.
//
// Layout under siteDir/pagefind/:
//   <shard>.<digest>/    one Pagefind bundle of articles per year (newest first), `undated` last,
//     fallback/          and the same articles' index as classic scripts, for file:// (fallback.ts)
//   entities/            the entity pages (people, organisations, meetings), our own
//                        index as classic scripts (fallback.ts), served and from disk
//   baokan-config.js     classic script: shard list, fold table, facet values, layouts
//   baokan-facets.js     classic script: values of the typed facets (loaded on use)
// Entity pages stay out of Pagefind: each Pagefind page costs every first
// query a line of every shard's meta file (at 10,000 articles, 20,000 entity
// pages were two thirds of 260 KB of meta), while in our own index a query
// loads only the postings of its own tokens.
// Every shard is indexed under one language ('en': Pagefind neither segments
// nor separates it) with content = the core's index form (bigrams of the
// folded text); see public/search-core.js for why that finds exactly the
// texts that contain the query, in either script.
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchDocument } from '../types.js';
import { foldPairs, PUBLIC_DIR, siteCore } from './core.js';
import { FALLBACK_DIR, scriptIndexLayout, writeScriptIndex, type ScriptIndexLayout } from './fallback.js';
import { canonicalizeBundle } from './canonical.js';
import { listFiles } from '../site-commit.js';

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
 * What a shard may weigh at most: characters of headline and text, plus
 * SHARD_DOCUMENT_WEIGHT per document. A shard is one Pagefind index, built in
 * its own Pagefind process, whose peak grows with what it holds (measured:
 * 651 MB for 6,625 documents of 1.09 M searchable characters, 2,000 articles
 * and their entity pages); every shard costs a query its meta file and a chunk
 * per bigram, so fewer shards download less. The characters are counted as
 * given, not folded: planning then needs no document's index form, and a
 * rebuild folds only the shards it indexes again (folding all 10,000 articles
 * took 4.8 s; folded text is ~0.875 of the characters, hence the bound).
 */
export const MAX_SHARD_WEIGHT = 2_850_000;
export const SHARD_DOCUMENT_WEIGHT = 100;
export function shardWeight(d: SearchDocument): number {
  return d.title.length + 1 + d.text.length + SHARD_DOCUMENT_WEIGHT;
}

const indexForms = new WeakMap<SearchDocument, { form: string; chars: number }>();

/** A document's index form, folded once: the shard plan, Pagefind and the fallback all need it. */
export function indexFormOf(d: SearchDocument): { form: string; chars: number } {
  let out = indexForms.get(d);
  if (!out) {
    const core = siteCore();
    const chars = core.sequence(`${d.title}\n${d.text}`).chars;
    out = { form: core.tokens(chars).join(' '), chars: chars.length };
    indexForms.set(d, out);
  }
  return out;
}

/**
 * The site's global order (the order ties are shown in): newest year first,
 * undated last; within a year by date, newest first (no date last), then URL.
 * Shards hold consecutive runs of it, so merged results keep it: whole years,
 * packed from the oldest (undated) end so a new year changes only the newest
 * shard, and a year heavier than a shard split in parts (`2019.1` the newest).
 * One edit re-indexes one shard while no shard crosses its bound.
 */
export function planShards(documents: SearchDocument[], options: IndexOptions = {}): Shard[] {
  const max = options.singleShard ? Infinity : (options.maxShardWeight ?? MAX_SHARD_WEIGHT);
  const yearOf = (d: SearchDocument) => {
    const year = d.filters.year?.[0];
    return year && /^\d{4}$/.test(year) ? year : UNDATED_SHARD;
  };
  const rank = (d: SearchDocument) => (yearOf(d) === UNDATED_SHARD ? '' : yearOf(d));
  const ordered = [...documents].sort((x, y) => compare(rank(y), rank(x)) || compare(y.date ?? '', x.date ?? '') || compare(x.url, y.url));
  const weight = new Map(ordered.map((d) => [d, Number.isFinite(max) ? shardWeight(d) : 0]));
  type Part = { key: string; documents: SearchDocument[]; weight: number };
  // runs of one year (or of the undated), from the oldest end, split to fit
  const parts: Part[] = [];
  let run: Part[] = [];
  const endRun = () => {
    run.forEach((p, i) => parts.push({ ...p, key: run.length > 1 ? `${p.key}.${run.length - i}` : p.key }));
    run = [];
  };
  for (const d of [...ordered].reverse()) {
    const w = weight.get(d)!;
    const last = run[run.length - 1];
    if (last && last.key !== yearOf(d)) endRun();
    const open = run[run.length - 1];
    if (!open || (open.documents.length && open.weight + w > max)) run.push({ key: yearOf(d), documents: [], weight: 0 });
    const part = run[run.length - 1]!;
    part.documents.push(d);
    part.weight += w;
  }
  endRun();
  const packed: Part[][] = [];
  let size = 0;
  for (const p of parts) {
    if (!packed.length || size + p.weight > max) {
      packed.push([]);
      size = 0;
    }
    packed[packed.length - 1]!.push(p);
    size += p.weight;
  }
  return packed.reverse().map((group) => {
    const keys = group.map((p) => p.key).reverse(); // newest first
    const key = options.singleShard ? 'all' : keys.length > 1 ? `${keys[0]}-${keys[keys.length - 1]}` : keys[0]!;
    return { key, documents: [...group].reverse().flatMap((p) => [...p.documents].reverse()) };
  });
}

/** Records sent to Pagefind ahead of their answers. */
const ADD_WINDOW = 1024;

/** Pagefind runs one service per process: one build at a time. */
let indexing: Promise<unknown> = Promise.resolve();

/**
 * Index `documents` into `siteDir/pagefind/` (shards, config, file:// fallback).
 * Kept with this signature for the build; returns the number of records indexed.
 */
export interface IndexOptions {
  /** one bundle for everything (the harness compares it with the shards) */
  singleShard?: boolean;
  /** what a shard may weigh at most (default MAX_SHARD_WEIGHT, see shardWeight) */
  maxShardWeight?: number;
  /** the site this one replaces: its unchanged shards are copied, not indexed again */
  previousSite?: string;
  /** the build updates previousSite in place (site-commit.ts): unchanged shards stay there, listed in `kept` */
  keepInPlace?: boolean;
}

export interface IndexResult {
  pages: number;
  shards: string[];
  /** folders taken from previousSite: shards, and `entities` when no entity page's document changed */
  reused: string[];
  /** files of the shards left in previousSite (keepInPlace), relative to the site */
  kept: string[];
}

/**
 * `later`: documents that are not known yet (the build's entity pages, known
 * once articles are linked); the article shards are indexed meanwhile.
 */
export function buildSearchIndex(siteDir: string, documents: SearchDocument[] = [], options: IndexOptions = {}, later: Promise<SearchDocument[]> = Promise.resolve([])): Promise<IndexResult> {
  const run = indexing.then(() => indexSite(path.resolve(siteDir), documents, options, later));
  indexing = run.catch(() => undefined);
  return run;
}

/** Entity pages in the entities index: people, then organisations, then meetings (each kind together). */
const ENTITY_ORDER: Record<string, number> = { person: 0, organisation: 1, meeting: 2 };

async function indexSite(root: string, documents: SearchDocument[], options: IndexOptions, later: Promise<SearchDocument[]>): Promise<IndexResult> {
  const unique = new Map<string, SearchDocument>();
  const add = (docs: SearchDocument[]) => {
    for (const d of docs) {
      if (unique.has(d.url)) throw new Error(`two search documents share the URL ${d.url}`);
      unique.set(d.url, d);
    }
  };
  add(documents);
  const articles = [...unique.values()].filter((d) => d.kind === 'article');
  /** The entity pages, once every document is known (the shards are planned from the articles given now). */
  const entitiesKnown = later.then((docs) => {
    add(docs);
    const misplaced = docs.find((d) => d.kind === 'article');
    if (misplaced) throw new Error(`search: ${misplaced.url} is an article sent after the shards were planned`);
    const entities = [...unique.values()].filter((d) => d.kind !== 'article');
    return entities.sort((a, b) => (ENTITY_ORDER[a.kind] ?? 9) - (ENTITY_ORDER[b.kind] ?? 9)); // stable: keeps the given order within a kind
  });
  entitiesKnown.catch(() => {}); // awaited below
  const shards = planShards(articles, options);
  const codes = shards.map((s) => shardCode(s.key));
  if (new Set(codes).size !== codes.length) throw new Error(`search: two shards would name their pages alike (${codes.join(', ')})`);
  const bundleRoot = path.join(root, 'pagefind');
  await fs.rm(bundleRoot, { recursive: true, force: true });
  await fs.mkdir(bundleRoot, { recursive: true });
  const previous = options.previousSite ? path.join(path.resolve(options.previousSite), 'pagefind') : null;
  const reused: string[] = [];
  const kept: string[] = [];
  /** A folder of the previous site's index holding what this one would: kept in place or copied. */
  const takeFromPrevious = async (name: string, digest: string): Promise<boolean> => {
    const before = previous ? path.join(previous, name) : null;
    if (!before || (await fs.readFile(path.join(before, SHARD_DIGEST), 'utf8').catch(() => null)) !== digest) return false;
    if (options.keepInPlace) for (const f of await listFiles(before)) kept.push(`pagefind/${name}/${f}`);
    else await fs.cp(before, path.join(bundleRoot, name), { recursive: true });
    reused.push(name);
    return true;
  };
  // The entity pages' index is JavaScript here: written while Pagefind writes the first shard
  // it indexes (in its own process), or after the shards when none is.
  let entityLayout: Promise<ScriptIndexLayout> | null = null;
  const entityIndex = () => (entityLayout ??= (async () => {
    const entities = await entitiesKnown;
    const entitiesDigest = shardDigest(entities);
    if (await takeFromPrevious('entities', entitiesDigest)) return scriptIndexLayout(entities, { served: true });
    const layout = await writeScriptIndex(path.join(bundleRoot, 'entities'), 'entities', entities, { served: true });
    await fs.writeFile(path.join(bundleRoot, 'entities', SHARD_DIGEST), entitiesDigest);
    return layout;
  })());
  // One shard at a time, each in a Pagefind process of its own (closed before
  // the next starts): the peak is one shard's, whatever the site's size. Each
  // holds its articles' file:// index too (fallback/), so an edit rewrites one
  // shard's of both. A shard whose documents (and indexer) are those of the
  // previous site's shard of that name is taken from it, not indexed again.
  const dirs: string[] = [];
  const fallback: ScriptIndexLayout[] = [];
  for (const shard of shards) {
    const digest = shardDigest(shard.documents);
    // named by what it holds: a URL inside never means other bytes (canonical.ts numbers pages)
    const name = `${shard.key}.${digest.slice(0, 10)}`;
    dirs.push(name);
    if (await takeFromPrevious(name, digest)) {
      fallback.push(scriptIndexLayout(shard.documents));
      continue;
    }
    const dir = path.join(bundleRoot, name);
    // Beside the bundle until Pagefind has written it; made while Pagefind writes (building
    // the postings holds this thread: started first, it kept Pagefind waiting for records).
    let layout!: ScriptIndexLayout;
    const scripts = async () => {
      layout = await writeScriptIndex(`${dir}.fallback`, `${name}/fallback`, shard.documents);
      await entityIndex();
    };
    try {
      await indexShard(shard.documents, dir, shardCode(shard.key), scripts);
    } finally {
      await pagefind.close();
    }
    fallback.push(layout);
    await fs.rename(`${dir}.fallback`, path.join(dir, FALLBACK_DIR));
    await fs.writeFile(path.join(dir, SHARD_DIGEST), digest);
  }
  const ordered = shards.flatMap((s) => s.documents);
  const entities = await entitiesKnown;
  await writeConfig(bundleRoot, dirs, [...ordered, ...entities], { fallback, entities: await entityIndex() });
  // (the entities index is looked at while the shards are: put it first whenever it was found)
  reused.sort((a, b) => (a === 'entities' ? -1 : dirs.indexOf(a)) - (b === 'entities' ? -1 : dirs.indexOf(b)));
  return { pages: ordered.length + entities.length, shards: dirs, reused, kept };
}

function pagefindVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(PUBLIC_DIR, '..', 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
/** Bump when what a shard holds changes other than through its inputs or this folder's code. */
const SHARD_FORMAT = 3;
/** In each shard (and the entities index): what it was indexed from (documents, core, format, Pagefind's version, chunk size). */
const SHARD_DIGEST = 'baokan-shard.sha256';
/** This folder's sources (canonical.ts decides a bundle's bytes as much as this file does). */
function searchSources(): string[] {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  return readdirSync(dir).sort().map((f) => `${f}\0${readFileSync(path.join(dir, f), 'utf8')}`);
}
let indexer: string | null = null;
function shardDigest(documents: SearchDocument[]): string {
  indexer ??= JSON.stringify([
    readFileSync(path.join(PUBLIC_DIR, 'search-core.js'), 'utf8'),
    searchSources(),
    SHARD_FORMAT,
    pagefindVersion(),
    INDEX_CHUNK_SIZE,
  ]);
  const h = createHash('sha256').update(indexer);
  for (const d of documents) h.update(JSON.stringify([d.url, d.title, d.text, d.kind, d.date ?? null, d.kicker ?? null, recordFilters(d)])).update('\n');
  return h.digest('hex');
}

/**
 * Target size of an index chunk (Pagefind's default is 20000): a query loads
 * the chunk of each of its bigrams, so small chunks mean small downloads; more
 * chunks make the meta file (loaded once) longer.
 */
export const INDEX_CHUNK_SIZE = Number(process.env.BAOKAN_INDEX_CHUNK_SIZE) || 1000;

/** Pagefind's UI bundles (the search page has its own), its worker (started with noWorker), the wasm of no language. */
const UNUSED_FILES = /^(pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)|wasm\.unknown\.pagefind)$/;

/**
 * Index one shard's documents (in order) into one Pagefind bundle directory.
 * Self-contained, so shards can be indexed in separate workers.
 */
/**
 * What a shard's page names carry so that they differ from every other shard's:
 * its newest part (`2019.1-2017` → `2019p1`, `undated.2` → `u2`), which is one
 * shard's alone since shards are runs of parts.
 */
export function shardCode(key: string): string {
  return key.split('-')[0]!.replace('undated', 'u').replace('.', 'p');
}

/** `meanwhile`: other work for the shard, done while Pagefind writes the bundle in its own process. */
export async function indexShard(documents: SearchDocument[], bundleDir: string, pageCode = 'all', meanwhile: () => Promise<void> = async () => {}): Promise<void> {
  // the served engine takes every Pagefind result for an article (search-core.js pagefindEngine)
  const other = documents.find((d) => d.kind !== 'article');
  if (other) throw new Error(`search: ${other.url} is a ${other.kind} page; Pagefind bundles hold articles`);
  // Pagefind reads its chunk size from its environment when its process starts
  // (createIndex starts it; indexSite closes it after each shard).
  const previous = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE }).finally(() => {
    if (previous === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = previous;
  });
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  try {
    // One at a time: Pagefind numbers records in the order they arrive, and
    // that order is the order equal-scoring results come back in.
    // No meta: Pagefind 1.5 indexes every meta value as words (a whole article
    // text as clause-long words, most of the index); what a result shows goes
    // into its fragment afterwards (canonicalizeBundle).
    // Pipelined, not awaited one by one: Pagefind's service handles its messages
    // strictly in arrival order (one loop over stdin), so records keep their
    // order while the round trips overlap (2,000 articles: 14.8 s → 9.2 s, same bytes).
    const pending: Array<Promise<void>> = [];
    for (const d of documents) {
      const add = index
        .addCustomRecord({ url: d.url, content: indexFormOf(d).form, language: INDEX_LANGUAGE, filters: recordFilters(d) })
        .then((added) => {
          if (added.errors.length) throw new Error(`Pagefind could not index ${d.url}: ${added.errors.join('; ')}`);
        });
      pending.push(add);
      if (pending.length >= ADD_WINDOW) await pending.shift();
    }
    await Promise.all(pending);
    const [written] = await Promise.all([index.writeFiles({ outputPath: bundleDir }), meanwhile()]);
    if (written.errors.length) throw new Error(`Pagefind could not write ${bundleDir}: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
  for (const f of await fs.readdir(bundleDir)) if (UNUSED_FILES.test(f)) await fs.rm(path.join(bundleDir, f));
  const byUrl = new Map(documents.map((d) => [d.url, d]));
  await canonicalizeBundle(bundleDir, (url) => {
    const d = byUrl.get(url);
    if (!d) throw new Error(`Pagefind wrote a fragment for an unknown URL ${url}`);
    return recordMeta(d);
  }, pageCode);
}

/** What a result shows (its fragment's meta): never the index form. */
function recordMeta(d: SearchDocument): Record<string, string> {
  // lang: the script of the article's own page (search.js links a reader of the other script to its twin)
  const meta: Record<string, string> = { url: d.url, title: d.title, kind: d.kind, lang: d.lang, text: d.text };
  if (d.date) meta.date = d.date;
  if (d.kicker) meta.kicker = d.kicker;
  return meta;
}

const filtersOf = new WeakMap<SearchDocument, Readonly<Record<string, string[]>>>();

/**
 * A document's filters as indexed: sorted, deduplicated, kind included. Made
 * once a document: the digest, Pagefind, the script index and the facet lists
 * (six passes) all read them.
 */
export function recordFilters(d: SearchDocument): Readonly<Record<string, string[]>> {
  let filters = filtersOf.get(d);
  if (!filters) {
    const made: Record<string, string[]> = {};
    for (const [k, values] of Object.entries(d.filters).sort(([a], [b]) => compare(a, b))) if (values.length) made[k] = [...new Set(values)].sort();
    made.kind = [d.kind];
    filtersOf.set(d, (filters = made));
  }
  return filters;
}

/**
 * A facet with more values than this is typed (a text field with suggestions):
 * its values go into pagefind/baokan-facets.js, loaded when the field is first
 * used, not into the config every query waits for.
 */
export const LISTED_VALUES = 30;
/**
 * Facets shown as a select whatever their number of values (a handful). A
 * company archive can hold hundreds of publications (944 in the 10,000-article
 * corpus, 17 KB every first query waited for): past LISTED_VALUES they are typed.
 */
const LISTED_FACETS = new Set(['year', 'kind']);

/**
 * pagefind/baokan-config.js: what the search page needs before its first query
 * (shards, fold table, the values of the facets shown as selects, how many
 * values the typed facets have); pagefind/baokan-facets.js: the typed facets' values.
 */
async function writeConfig(bundleRoot: string, shards: string[], ordered: SearchDocument[], layouts: { fallback: ScriptIndexLayout[]; entities: ScriptIndexLayout }): Promise<void> {
  const facets: Record<string, string[]> = {};
  const typed: Record<string, string[]> = {};
  for (const name of FACETS) {
    const values = new Set<string>();
    for (const d of ordered) for (const v of recordFilters(d)[name] ?? []) values.add(v);
    const sorted = [...values].sort((a, b) => (name === 'year' ? compare(b, a) : compare(a, b)));
    if (LISTED_FACETS.has(name) || sorted.length <= LISTED_VALUES) facets[name] = sorted;
    else typed[name] = sorted;
  }
  const config = {
    version: 4,
    shards,
    fold: foldPairsFor(ordered),
    facets,
    typedFacets: Object.fromEntries(Object.entries(typed).map(([k, v]) => [k, v.length])),
    fallback: layouts.fallback,
    entities: layouts.entities,
  };
  await fs.mkdir(bundleRoot, { recursive: true });
  await fs.writeFile(path.join(bundleRoot, 'baokan-config.js'), `globalThis.BAOKAN_SEARCH = ${safeJson(config)};\n`);
  await fs.writeFile(path.join(bundleRoot, 'baokan-facets.js'), `globalThis.BAOKAN_FACETS = ${safeJson(typed)};\n`);
}

/**
 * The fold table a site's queries need: the pairs whose Traditional or
 * Simplified character occurs in what is indexed. A query character outside
 * them occurs in no document in either form, so no result depends on how it
 * folds; the table every first query loads shrinks (22 KB → ~10 KB at 10,000
 * articles, less for small sites).
 */
export function foldPairsFor(documents: SearchDocument[]): string {
  const pairs = Array.from(foldPairs());
  const paired = new Set(pairs);
  const seen = new Set<string>();
  // By code unit over a table of the paired characters (a Set lookup per character of the
  // site's text took 0.5 s at 10,000 articles); characters past U+FFFF by code point.
  const pairedUnits = new Uint8Array(0x10000);
  for (const c of paired) if (c.length === 1) pairedUnits[c.charCodeAt(0)] = 1;
  const seenUnits = new Uint8Array(0x10000);
  for (const d of documents) {
    for (const text of [d.title, d.text]) {
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff) {
          const c = String.fromCodePoint(text.codePointAt(i)!);
          if (c.length === 2) i++;
          if (paired.has(c)) seen.add(c);
        } else if (pairedUnits[unit]) seenUnits[unit] = 1;
      }
    }
  }
  for (let unit = 0; unit < 0x10000; unit++) if (seenUnits[unit]) seen.add(String.fromCharCode(unit));
  // closed under chains (薴→苧, 苧→苎): a kept pair's Simplified side folds as in the full table
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      if ((seen.has(pairs[i]!) || seen.has(pairs[i + 1]!)) && !(seen.has(pairs[i]!) && seen.has(pairs[i + 1]!))) {
        seen.add(pairs[i]!).add(pairs[i + 1]!);
        grew = true;
      }
    }
  }
  let out = '';
  for (let i = 0; i + 1 < pairs.length; i += 2) if (seen.has(pairs[i]!)) out += pairs[i]! + pairs[i + 1]!;
  return out;
}

/** JSON that is also safe inside a script file (no </script>, no line separators). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
