// A search document's forms, made once each: the index form (folded bigrams,
// search-core.js) and its filters as indexed. The shard plan, Pagefind, the
// script indexes and the config all read them.
import type { SearchDocument } from '../types.js';
import { siteCore } from './core.js';
import { compareCodeUnits as compare } from '../compare.js';

/** Facets shown on the search page (Pagefind filters). */
export const FACETS = ['year', 'kind', 'category', 'publication', 'person', 'organisation'] as const;

const indexForms = new WeakMap<SearchDocument, { form: string; chars: number }>();

/**
 * Characters of a document's text that are indexed. Articles are a few
 * thousand; one of millions (a file just under the size cap) would be one
 * Pagefind record of tens of MB, which its backend may not survive (issue 21):
 * past this, the text is published but not searchable.
 */
export const MAX_INDEXED_CHARS = 1_000_000;

/** A document's index form, folded once: the shard plan, Pagefind and the fallback all need it. */
export function indexFormOf(d: SearchDocument): { form: string; chars: number } {
  let out = indexForms.get(d);
  if (!out) {
    const core = siteCore();
    const chars = core.sequence(`${d.title}\n${indexedText(d.text)}`).chars;
    out = { form: core.tokens(chars).join(' '), chars: chars.length };
    indexForms.set(d, out);
  }
  return out;
}

/** The text up to MAX_INDEXED_CHARS, not cutting a surrogate pair. */
function indexedText(text: string): string {
  if (text.length <= MAX_INDEXED_CHARS) return text;
  const end = /[\ud800-\udbff]/.test(text[MAX_INDEXED_CHARS - 1]!) ? MAX_INDEXED_CHARS - 1 : MAX_INDEXED_CHARS;
  return text.slice(0, end);
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
 * A document's filters as words of its Pagefind record (kind aside: Pagefind
 * holds articles only), one per facet value (search-core.js filterWord).
 */
export function filterWords(d: SearchDocument): string[] {
  const core = siteCore();
  const words: string[] = [];
  for (const [name, values] of Object.entries(recordFilters(d))) if (name !== 'kind') for (const v of values) words.push(core.filterWord(name, v));
  return words;
}

/** JSON that is also safe inside a script file (no </script>, no line separators). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
