// The file:// fallback: the index as classic scripts (see public/search-fallback.js).
//   fallback/docs.js   filters (and kind) of every document, in the site's global order
//   fallback/t/<n>.js  postings of the tokens whose first character falls in bucket n
//   fallback/d/<i>.js  what result i shows (url, title, text, kind, date, kicker)
import type { SearchDocument } from '../types.js';
import { OutputWriter } from '../output-writer.js';
import { fallbackBuckets, indexFormOf, recordFilters, safeJson } from './index.js';

const put = (key: string, data: unknown) => `BaokanFallback.put(${JSON.stringify(key)}, ${safeJson(data)});\n`;

export async function writeFallback(dir: string, ordered: SearchDocument[]): Promise<void> {
  const buckets = fallbackBuckets(ordered.length);
  const out = new OutputWriter(dir);
  await out.write('docs.js', put('docs', ordered.map(recordFilters)));
  // token → [[doc, positions…], …], docs ascending
  const postings: Array<Map<string, number[][]>> = Array.from({ length: buckets }, () => new Map());
  for (let doc = 0; doc < ordered.length; doc++) {
    const d = ordered[doc]!;
    const tokens = indexFormOf(d).form.split(' ').filter(Boolean);
    const mine = new Map<string, number[]>();
    tokens.forEach((t, position) => {
      if (!mine.has(t)) mine.set(t, [doc]);
      mine.get(t)!.push(position);
    });
    for (const [t, list] of mine) {
      const bucket = postings[t.codePointAt(0)! % buckets]!;
      if (!bucket.has(t)) bucket.set(t, []);
      bucket.get(t)!.push(list);
    }
    const data = { url: d.url, title: d.title, text: d.text, kind: d.kind, date: d.date, kicker: d.kicker };
    await out.write(`d/${doc}.js`, put(`d/${doc}`, data));
  }
  for (let b = 0; b < buckets; b++) {
    const sorted = Object.fromEntries([...postings[b]!.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
    await out.write(`t/${b}.js`, put(`t/${b}`, sorted));
  }
  await out.flush();
}
