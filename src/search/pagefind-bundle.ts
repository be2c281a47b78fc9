// One shard's articles into one Pagefind bundle, through Pagefind's public
// API and left as Pagefind writes it. Each record is added with the index
// form and the document's filter words as content (filters as words, so the
// bundle holds no Pagefind filters: Pagefind 1.5 writes their values in
// hash-map order, different in every process), no meta (Pagefind indexes
// meta values as words) and, as its URL, the place of what a result shows:
// our own file next to the bundle (`r/<n>.json`), read by the search page
// once Pagefind has found the record.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchDocument } from '../types.js';
import { OutputWriter } from '../output-writer.js';
import { displayOf } from './fallback.js';
import { filterWords, indexFormOf, safeJson } from './documents.js';

/** The one language every record is indexed under: Pagefind does not segment it. */
export const INDEX_LANGUAGE = 'en';

/**
 * Target size of an index chunk (Pagefind's default is 20000): a query loads
 * the chunk of each of its bigrams, so small chunks mean small downloads; more
 * chunks make the meta file (loaded once) longer.
 */
export const INDEX_CHUNK_SIZE = Number(process.env.BAOKAN_INDEX_CHUNK_SIZE) || 1000;

/** Records sent to Pagefind ahead of their answers. */
const ADD_WINDOW = 1024;

/** Pagefind's UI bundles (the search page has its own), its worker (started with noWorker), the wasm of no language. */
const UNUSED_FILES = /^(pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)|wasm\.unknown\.pagefind)$/;

/** Where what a shard's n-th document shows is kept, in the shard's folder. */
export const shownFile = (n: number) => `r/${n.toString(36)}.json`;

/**
 * Index one shard's documents (in order) into one Pagefind bundle directory;
 * `name` is the bundle's folder under pagefind/ (records point into it).
 * Self-contained, so shards can be indexed in separate workers.
 */
export async function indexShard(documents: SearchDocument[], bundleDir: string, name: string, meanwhile: () => Promise<void> = async () => {}): Promise<void> {
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
    // that order is the order equal-scoring results come back in. Pipelined,
    // not awaited one by one: Pagefind's service handles its messages strictly
    // in arrival order, so records keep their order while the round trips overlap.
    const pending: Array<Promise<void>> = [];
    for (const [n, d] of documents.entries()) {
      const words = filterWords(d);
      const content = words.length ? `${indexFormOf(d).form} ${words.join(' ')}` : indexFormOf(d).form;
      const add = index.addCustomRecord({ url: `${name}/${shownFile(n)}`, content, language: INDEX_LANGUAGE }).then((added) => {
        if (added.errors.length) throw new Error(`Pagefind could not index ${d.url}: ${added.errors.join('; ')}`);
      });
      pending.push(add);
      if (pending.length >= ADD_WINDOW) await pending.shift();
    }
    await Promise.all(pending);
    const [written] = await Promise.all([index.writeFiles({ outputPath: bundleDir }), meanwhile()]);
    if (written.errors.length) throw new Error(`Pagefind could not write ${bundleDir}: ${written.errors.join('; ')}`);
    writeShown(bundleDir, documents);
  } finally {
    await index.deleteIndex();
  }
  for (const f of await fs.readdir(bundleDir)) if (UNUSED_FILES.test(f)) await fs.rm(path.join(bundleDir, f));
}

/** What each document shows as a result, one small file each: a result loads only its own. */
function writeShown(bundleDir: string, documents: SearchDocument[]): void {
  const writer = new OutputWriter(bundleDir);
  for (const [n, d] of documents.entries()) writer.writeSync(shownFile(n), safeJson(displayOf(d)));
}
