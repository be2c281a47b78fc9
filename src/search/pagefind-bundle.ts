// One shard's articles into one Pagefind bundle: the records added in order
// with the index form as content and no meta, then each fragment rewritten
// with only what a result shows (canonical.ts).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchDocument } from '../types.js';
import { indexFormOf, recordFilters } from './documents.js';
import { canonicalizeBundle } from './canonical.js';

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

/**
 * Index one shard's documents (in order) into one Pagefind bundle directory.
 * Self-contained, so shards can be indexed in separate workers.
 */
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
