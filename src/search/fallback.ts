// Our own index as classic scripts (see public/search-fallback.js), one folder per index:
//   <name>/t/<n>.js  postings of the tokens whose first character falls in bucket n
//   <name>/d/<i>.js  what result i shows (url, title, text, kind, date, kicker)
//   <name>/f/<b>.js  filters of documents b·block … (b+1)·block−1 (loaded when a query filters)
// Documents are numbered in the order given, which must keep each kind together
// (the layout's `kinds` ranges tell a hit's kind without loading anything).
import type { SearchDocument } from '../types.js';
import { OutputWriter } from '../output-writer.js';
import { indexFormOf, recordFilters, safeJson } from './index.js';

/** What the engine needs to know of an index before its first query (it goes into baokan-config.js). */
export interface ScriptIndexLayout {
  buckets: number;
  /** documents per filter block */
  block: number;
  /** [kind, first document, one past the last] */
  kinds: Array<[string, number, number]>;
}

/** Postings files of an index: more for bigger ones, so one stays small. */
export function fallbackBuckets(documents: number): number {
  return Math.min(4096, Math.max(64, 2 ** Math.ceil(Math.log2(Math.max(1, documents)))));
}

/** Documents per filter file: a filtered query loads the blocks of its candidates. */
export const FILTER_BLOCK = 256;

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

export function scriptIndexLayout(ordered: SearchDocument[]): ScriptIndexLayout {
  const kinds: Array<[string, number, number]> = [];
  ordered.forEach((d, i) => {
    const last = kinds[kinds.length - 1];
    if (last && last[0] === d.kind) last[2] = i + 1;
    else {
      if (kinds.some((k) => k[0] === d.kind)) throw new Error(`search index: documents of kind ${d.kind} are not together`);
      kinds.push([d.kind, i, i + 1]);
    }
  });
  return { buckets: fallbackBuckets(ordered.length), block: FILTER_BLOCK, kinds };
}

/** Write the index of `ordered` into `dir`, whose last path segment is `name` (the keys' prefix). */
export async function writeScriptIndex(dir: string, name: string, ordered: SearchDocument[]): Promise<ScriptIndexLayout> {
  const layout = scriptIndexLayout(ordered);
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
    const data = { url: d.url, title: d.title, text: d.text, kind: d.kind, date: d.date, kicker: d.kicker };
    await out.write(`d/${doc}.js`, put(key(`d/${doc}`), data));
  }
  for (let b = 0; b * layout.block < ordered.length; b++) {
    const filters = ordered.slice(b * layout.block, (b + 1) * layout.block).map(recordFilters);
    await out.write(`f/${b}.js`, put(key(`f/${b}`), filters));
  }
  for (let b = 0; b < buckets; b++) {
    const sorted = Object.fromEntries([...postings[b]!.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([t, builder]) => [t, builder.toString()]));
    await out.write(`t/${b}.js`, put(key(`t/${b}`), sorted));
  }
  await out.flush();
  return layout;
}
