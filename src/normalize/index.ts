// Normalize: decoded source text → clean text, an offset map back to the
// source, and findings (damaged spans). Each step is a small pure function.
import { OffsetMap, type Transformed } from './changes.js';
import { stripPinyinAnnotations } from './pinyin.js';
import { decodeDamagedEntities, decodeHtmlEntities } from './entities.js';
import { unifyWhitespace } from './whitespace.js';
import { findDamagedText, type DamagedSpan } from './damage.js';
import { stripMarkupLeftovers } from './markup.js';
import { proposeRepairs, type Repair } from './repairs.js';

export { stripPinyinAnnotations, isReadingOf } from './pinyin.js';
export { decodeHtmlEntities, decodeDamagedEntities } from './entities.js';
export { unifyWhitespace } from './whitespace.js';
export { findDamagedText, describeDamage, type DamagedSpan } from './damage.js';
export { stripMarkupLeftovers } from './markup.js';
export { proposeRepairs, type Repair } from './repairs.js';
export { OffsetMap, lineColumn, replaceMatches, type Change, type Transformed } from './changes.js';

export interface Normalized {
  text: string;
  map: OffsetMap;
  damaged: DamagedSpan[];
  /** damaged spans that can be undone, as corrections for the page to show */
  repairs: Repair[];
  /** how many changes each step made, e.g. { 'pinyin-annotation': 144 } */
  counts: Record<string, number>;
}

export interface NormalizeOptions {
  /** Markdown decodes its own entities; only damaged `?name;` forms are decoded there. */
  markdown?: boolean;
}

export function normalizeText(source: string, options: NormalizeOptions = {}): Normalized {
  const map = new OffsetMap();
  const counts: Record<string, number> = {};
  const record = (changes: Transformed['changes']) => {
    map.push(changes);
    for (const c of changes) counts[c.kind] = (counts[c.kind] ?? 0) + 1;
  };
  // A step that can uncover what it removes (<<br>p>) runs to a fixed point,
  // so normalizing clean text changes nothing.
  const untilSettled = (step: (t: string) => Transformed) => (t: string): Transformed => {
    let result = step(t);
    for (let pass = 0; pass < 8 && result.changes.length; pass++) {
      const again = step(result.text);
      if (!again.changes.length) break;
      record(result.changes);
      result = again;
    }
    return result;
  };
  // Entities first: what they decode to (NBSP, CR, zero-width, a character
  // with its pinyin after it) is then cleaned like the rest.
  const steps: Array<(t: string) => Transformed> = [
    options.markdown ? decodeDamagedEntities : decodeHtmlEntities,
    // Markdown keeps its own HTML and images (the parser sets raw HTML aside)
    ...(options.markdown ? [] : [untilSettled(stripMarkupLeftovers)]),
    unifyWhitespace,
    stripPinyinAnnotations,
  ];
  let text = source;
  for (const step of steps) {
    const result = step(text);
    record(result.changes);
    text = result.text;
  }
  const damaged = findDamagedText(text);
  return { text, map, damaged, repairs: proposeRepairs(text, damaged), counts };
}
