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
// query a line of every shard's meta file (docs/decisions.md), while in our
// own index a query loads only the postings of its own tokens.
// Every shard is indexed under one language ('en': Pagefind neither segments
// nor separates it) with content = the core's index form (bigrams of the
// folded text); see public/search-core.js for why that finds exactly the
// texts that contain the query, in either script.
//
// Here: the order of work (shards one Pagefind process at a time, what the
// previous site already holds). The parts: documents.ts (index form, filters),
// shards.ts (the plan), pagefind-bundle.ts (one shard's bundle and what its
// results show), fallback.ts (script indexes), config.ts.
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchDocument } from '../types.js';
import { PUBLIC_DIR } from './core.js';
import { recordFilters } from './documents.js';
import { FALLBACK_DIR, scriptIndexLayout, writeScriptIndex, type ScriptIndexLayout } from './fallback.js';
import { INDEX_CHUNK_SIZE, indexShard } from './pagefind-bundle.js';
import { planShards, type ShardOptions } from './shards.js';
import { writeConfig, type SearchWords } from './config.js';
import { listFiles } from '../site-commit.js';

export { searchSite, type SearchResult, type SearchOptions } from './query.js';
// the stage's surface for the build, the harness and the benchmarks
export { indexFormOf } from './documents.js';
export { MAX_SHARD_WEIGHT, planShards, shardWeight } from './shards.js';
export { indexShard } from './pagefind-bundle.js';
export { foldPairsFor, type SearchWords } from './config.js';

/** Pagefind runs one service per process: one build at a time. */
let indexing: Promise<unknown> = Promise.resolve();

export interface IndexOptions extends ShardOptions {
  /** the site this one replaces: its unchanged shards are copied, not indexed again */
  previousSite?: string;
  /** the build updates previousSite in place (site-commit.ts): unchanged shards stay there, listed in `kept` */
  keepInPlace?: boolean;
  /** what the search page calls each kind of result and each filter, per script (render's page kinds) */
  words?: SearchWords;
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
 * Index `documents` into `siteDir/pagefind/` (shards, entities, config).
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
    // named by what it holds: a URL inside never means other bytes
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
      await indexShard(shard.documents, dir, name, scripts);
    } finally {
      await pagefind.close();
    }
    fallback.push(layout);
    await fs.rename(`${dir}.fallback`, path.join(dir, FALLBACK_DIR));
    await fs.writeFile(path.join(dir, SHARD_DIGEST), digest);
  }
  const ordered = shards.flatMap((s) => s.documents);
  const entities = await entitiesKnown;
  await writeConfig(bundleRoot, dirs, [...ordered, ...entities], { fallback, entities: await entityIndex() }, options.words ?? {});
  // (the entities index is looked at while the shards are: put it first whenever it was found)
  reused.sort((a, b) => (a === 'entities' ? -1 : dirs.indexOf(a)) - (b === 'entities' ? -1 : dirs.indexOf(b)));
  return { pages: ordered.length + entities.length, shards: dirs, reused, kept };
}

/** Pagefind's version as this package pins it (exactly: a shard is only reused by the indexer that made it). */
function pagefindVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(PUBLIC_DIR, '..', 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return manifest.dependencies?.pagefind ?? 'unknown';
}
/** Bump when what a shard holds changes other than through its inputs or this folder's code. */
const SHARD_FORMAT = 4;
/** In each shard (and the entities index): what it was indexed from (documents, core, format, Pagefind's version, chunk size). */
const SHARD_DIGEST = 'baokan-shard.sha256';
/** This folder's sources (pagefind-bundle.ts decides a bundle's bytes as much as this file does). */
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

/** `meanwhile`: other work for the shard, done while Pagefind writes the bundle in its own process. */
