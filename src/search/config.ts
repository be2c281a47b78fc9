// pagefind/baokan-config.js and baokan-facets.js: what the search page loads
// before its first query, and the typed facets' values it loads on use.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SearchDocument } from '../types.js';
import { foldPairs } from './core.js';
import { compareCodeUnits as compare } from '../compare.js';
import { FACETS, recordFilters, safeJson } from './documents.js';
import type { ScriptIndexLayout } from './fallback.js';

/** Per script: a name for each kind of page a result can be, and for each filter. */
export type SearchWords = Record<string, { kinds: Record<string, string>; facets: Record<string, string> }>;

/**
 * A facet with more values than this is typed (a text field with suggestions):
 * its values go into pagefind/baokan-facets.js, loaded when the field is first
 * used, not into the config every query waits for.
 */
export const LISTED_VALUES = 30;
/**
 * Facets shown as a select whatever their number of values (a handful). A
 * company archive can hold hundreds of publications, which every first query
 * would wait for: past LISTED_VALUES they are typed.
 */
const LISTED_FACETS = new Set(['year', 'kind']);

/**
 * pagefind/baokan-config.js: what the search page needs before its first query
 * (shards, fold table, the values of the facets shown as selects, how many
 * values the typed facets have, the names of kinds and facets in each script); pagefind/baokan-facets.js: the typed facets' values.
 */
export async function writeConfig(bundleRoot: string, shards: string[], ordered: SearchDocument[], layouts: { fallback: ScriptIndexLayout[]; entities: ScriptIndexLayout }, words: SearchWords): Promise<void> {
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
    version: 5,
    shards,
    fold: foldPairsFor(ordered),
    filters: FACETS,
    facets,
    typedFacets: Object.fromEntries(Object.entries(typed).map(([k, v]) => [k, v.length])),
    fallback: layouts.fallback,
    entities: layouts.entities,
    words,
  };
  await fs.mkdir(bundleRoot, { recursive: true });
  await fs.writeFile(path.join(bundleRoot, 'baokan-config.js'), `globalThis.BAOKAN_SEARCH = ${safeJson(config)};\n`);
  await fs.writeFile(path.join(bundleRoot, 'baokan-facets.js'), `globalThis.BAOKAN_FACETS = ${safeJson(typed)};\n`);
}

/**
 * The fold table a site's queries need: the pairs whose Traditional or
 * Simplified character occurs in what is indexed. A query character outside
 * them occurs in no document in either form, so no result depends on how it
 * folds; the table every first query loads shrinks (docs/decisions.md).
 */
export function foldPairsFor(documents: SearchDocument[]): string {
  const pairs = Array.from(foldPairs());
  const paired = new Set(pairs);
  const seen = new Set<string>();
  // By code unit over a table of the paired characters (a Set lookup per character of the
  // site's whole text is slow); characters past U+FFFF by code point.
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
