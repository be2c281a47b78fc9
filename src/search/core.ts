// The search core (public/search-core.js, a classic script shared with the
// browser) loaded into Node, and the fold table it is created with.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { toSimplified } from '../script.js';

export const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

export interface Hit {
  id: string;
  /** article, person, organisation or meeting */
  kind: string;
  words: number[];
  load(): Promise<DocData>;
}
/** What a result shows: from the document, never from the index form. */
export interface DocData {
  url: string;
  title: string;
  text: string;
  kind: string;
  date: string | null;
  kicker: string | null;
}
export interface Engine {
  find(tokens: string[], exact: boolean, filters: Filters): Promise<Hit[]>;
}
export type Filters = Record<string, string[]>;

export interface SearchCore {
  sequence(text: string): { chars: string[]; at: number[] };
  tokens(chars: string[]): string[];
  indexForm(title: string, text: string): string;
  parseQuery(query: string): string[][];
  phraseTokens(chars: string[]): string[];
  search(engine: Engine, query: string, filters?: Filters, sort?: 'new' | 'old'): Promise<Hit[]>;
  contains(text: string, query: string): boolean;
  excerpt(text: string, query: string, radius?: number): string;
  fold(text: string): string;
  filterWord(name: string, value: string): string;
}

/** Run classic scripts in one fresh context and return that context's global. */
export function runScripts(files: string[], globals: Record<string, unknown> = {}): Record<string, unknown> {
  const context = vm.createContext({ ...globals });
  for (const file of files) vm.runInContext(readFileSync(file, 'utf8'), context, { filename: file });
  return context as Record<string, unknown>;
}

/** The core as a page loads it: the given search-core.js, created with the given fold table. */
export function loadCore(coreFile: string, foldPairs: string): SearchCore {
  const g = runScripts([coreFile]);
  const api = g.BaokanSearchCore as { create(fold: string): SearchCore };
  return api.create(foldPairs);
}

const CJK_RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2ebef],
];

let pairs: string | null = null;
/**
 * Every Han character OpenCC writes differently in Simplified, with its
 * Simplified form, as one string "TSTS…" (one character per conversion, so
 * folding a text folds each of its substrings the same way).
 */
export function foldPairs(): string {
  if (pairs !== null) return pairs;
  const chars: string[] = [];
  for (const [from, to] of CJK_RANGES) for (let cp = from; cp <= to; cp++) chars.push(String.fromCodePoint(cp));
  const converted = toSimplified(chars.join('\n')).split('\n');
  if (converted.length !== chars.length) throw new Error('fold table: OpenCC changed the number of lines');
  let out = '';
  chars.forEach((c, i) => {
    const s = converted[i]!;
    if (s !== c && Array.from(s).length === 1) out += c + s;
  });
  pairs = out;
  return out;
}

let repoCore: SearchCore | null = null;
/** The core from this repository's public/ (what every built site gets a copy of). */
export function siteCore(): SearchCore {
  repoCore ??= loadCore(path.join(PUBLIC_DIR, 'search-core.js'), foldPairs());
  return repoCore;
}
