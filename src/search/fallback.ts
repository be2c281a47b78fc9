// Our own index as classic scripts (see public/search-fallback.js), one folder per index:
//   <name>/t/<n>.js  postings of the tokens whose first character falls in bucket n
//   <name>/d/<b>.js  what results b·shown … (b+1)·shown−1 show (url, title, text, kind, date, kicker)
//   <name>/f/<b>.js  filters of documents b·block … (b+1)·block−1 (loaded when a query filters)
// Documents are numbered in the order given, which must keep each kind together
// (the layout's `kinds` ranges tell a hit's kind without loading anything).
import type { SearchDocument } from '../types.js';
import { OutputWriter } from '../output-writer.js';
import { indexFormOf, recordFilters, safeJson } from './documents.js';

/** What the engine needs to know of an index before its first query (it goes into baokan-config.js). */
export interface ScriptIndexLayout {
  buckets: number;
  /** documents per filter block */
  block: number;
  /** documents per display block (d/): a file per document was 30,000 files at 10,000 articles */
  shown: number;
  /** [kind, first document, one past the last] */
  kinds: Array<[string, number, number]>;
}

/** In each shard's folder: its articles' index as classic scripts, for file:// (its keys start `<shard>/fallback/`). */
export const FALLBACK_DIR = 'fallback';

/**
 * Postings files of an index: more for bigger ones, so one stays small. An
 * index read only from disk (a shard's file:// index) has at most 512: reading
 * more from disk per token costs less than writing thousands more files
 * (docs/decisions.md).
 */
export function fallbackBuckets(documents: number, options: ScriptIndexOptions = {}): number {
  return Math.min(options.served ? 4096 : 512, Math.max(64, 2 ** Math.ceil(Math.log2(Math.max(1, documents)))));
}

/** Documents per filter file: a filtered query loads the blocks of its candidates. */
export const FILTER_BLOCK = 256;

/**
 * What a display block may hold, about: a result shown loads its whole block.
 * A served index (entities) keeps them small, as every first query loads some
 * (docs/decisions.md); the articles' index is only read from disk.
 */
const DISPLAY_BLOCK_BYTES = { served: 2_048, disk: 16_384 };
const MAX_DISPLAY_BLOCK = 64;
export interface ScriptIndexOptions {
  /** fetched over the network by the search page (the entities index), not only read from disk */
  served?: boolean;
}

type Display = { url: string; title: string; text: string; kind: SearchDocument['kind']; date: string | null; kicker: string | null; lang?: SearchDocument['lang'] };
/** An article's display names its page's script (search.js links to the twin in the reader's); entity pages are in the site's. */
export const displayOf = (d: SearchDocument): Display => {
  const shown: Display = { url: d.url, title: d.title, text: d.text, kind: d.kind, date: d.date, kicker: d.kicker };
  if (d.kind === 'article') shown.lang = d.lang;
  return shown;
};

/** Documents per display block: a power of two, from the documents' mean size (so the same documents, the same layout). */
export function displayBlock(ordered: SearchDocument[], options: ScriptIndexOptions = {}): number {
  if (!ordered.length) return 1;
  let bytes = 0;
  for (const d of ordered) bytes += Buffer.byteLength(JSON.stringify(displayOf(d)));
  const fit = DISPLAY_BLOCK_BYTES[options.served ? 'served' : 'disk'] / (bytes / ordered.length);
  return Math.min(MAX_DISPLAY_BLOCK, 2 ** Math.max(0, Math.floor(Math.log2(fit))));
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT_CODES = Array.from(DIGITS, (c) => c.charCodeAt(0));

/** Append n as base-64 variable-length digits (5 bits a digit, 32 = more follows). */
function pushNumber(out: number[], n: number): void {
  do {
    const low = n % 32;
    n = Math.floor(n / 32);
    out.push(DIGIT_CODES[low + (n > 0 ? 32 : 0)]!);
  } while (n > 0);
}

/**
 * A token's postings as public/search-fallback.js decodePostings reads them:
 * per document the gap from the previous one, the number of positions, the
 * gaps between positions (each gap and count minus one, so most numbers fit
 * one character). Built as documents arrive (ascending), into one flat array
 * a token: an array per token and document held 10,000 articles' postings in
 * millions of small arrays.
 */
export class PostingsBuilder {
  private readonly codes: number[] = [];
  private last = -1;

  add(doc: number, positions: number[]): void {
    pushNumber(this.codes, doc - this.last - 1);
    pushNumber(this.codes, positions.length - 1);
    let at = -1;
    for (const p of positions) {
      pushNumber(this.codes, p - at - 1);
      at = p;
    }
    this.last = doc;
  }

  toString(): string {
    let out = '';
    // in slices: String.fromCharCode takes its codes as arguments
    for (let i = 0; i < this.codes.length; i += 8192) out += String.fromCharCode(...this.codes.slice(i, i + 8192));
    return out;
  }
}

/** [[doc, position…], …], docs and positions ascending, encoded. */
export function encodePostings(postings: number[][]): string {
  const builder = new PostingsBuilder();
  for (const [doc, ...positions] of postings) builder.add(doc!, positions);
  return builder.toString();
}

const put = (key: string, data: unknown) => `BaokanFallback.put(${JSON.stringify(key)}, ${safeJson(data)});\n`;

export function scriptIndexLayout(ordered: SearchDocument[], options: ScriptIndexOptions = {}): ScriptIndexLayout {
  const kinds: Array<[string, number, number]> = [];
  ordered.forEach((d, i) => {
    const last = kinds[kinds.length - 1];
    if (last && last[0] === d.kind) last[2] = i + 1;
    else {
      if (kinds.some((k) => k[0] === d.kind)) throw new Error(`search index: documents of kind ${d.kind} are not together`);
      kinds.push([d.kind, i, i + 1]);
    }
  });
  return { buckets: fallbackBuckets(ordered.length, options), block: FILTER_BLOCK, shown: displayBlock(ordered, options), kinds };
}

/** Write the index of `ordered` into `dir`, whose last path segment is `name` (the keys' prefix). */
export async function writeScriptIndex(dir: string, name: string, ordered: SearchDocument[], options: ScriptIndexOptions = {}): Promise<ScriptIndexLayout> {
  const layout = scriptIndexLayout(ordered, options);
  const { buckets } = layout;
  const out = new OutputWriter(dir);
  const key = (file: string) => `${name}/${file}`;
  const postings: Array<Map<string, PostingsBuilder>> = Array.from({ length: buckets }, () => new Map());
  for (let doc = 0; doc < ordered.length; doc++) {
    const d = ordered[doc]!;
    const tokens = indexFormOf(d).form.split(' ').filter(Boolean);
    const mine = new Map<string, number[]>();
    tokens.forEach((t, position) => {
      const at = mine.get(t);
      if (at) at.push(position);
      else mine.set(t, [position]);
    });
    for (const [t, positions] of mine) {
      const bucket = postings[t.codePointAt(0)! % buckets]!;
      let builder = bucket.get(t);
      if (!builder) bucket.set(t, (builder = new PostingsBuilder()));
      builder.add(doc, positions);
    }
  }
  for (let b = 0; b * layout.shown < ordered.length; b++) {
    await out.write(`d/${b}.js`, put(key(`d/${b}`), ordered.slice(b * layout.shown, (b + 1) * layout.shown).map(displayOf)));
  }
  for (let b = 0; b * layout.block < ordered.length; b++) {
    const filters = ordered.slice(b * layout.block, (b + 1) * layout.block).map(recordFilters);
    await out.write(`f/${b}.js`, put(key(`f/${b}`), filters));
  }
  for (let b = 0; b < buckets; b++) {
    const sorted = Object.fromEntries([...postings[b]!.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([t, builder]) => [t, builder.toString()]));
    await out.write(`t/${b}.js`, put(key(`t/${b}`), sorted));
  }
  return layout;
}
