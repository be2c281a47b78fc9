// 繁/简: every page is written in both scripts. A page in its own script
// stays at its path; its version in the other script lives under /zh-hans/ or
// /zh-hant/, and its links lead to pages in that script, so a reader who
// switched stays switched. The search page has one copy (its words follow
// ?lang=).
import { toSimplified, toTraditional } from '../script.js';
import type { Lang } from './strings.js';

const PREFIX: Record<Lang, string> = { 'zh-Hans': '/zh-hans', 'zh-Hant': '/zh-hant' };
/** Pages that switch script by themselves. */
export const SEARCH_PATH = '/search/';

export const LANGS: readonly Lang[] = ['zh-Hant', 'zh-Hans'];
export const otherLang = (lang: Lang): Lang => (lang === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans');

/** Where the page at `sitePath` (its own script `native`) is shown in `script`. */
export function pathIn(sitePath: string, native: Lang, script: Lang): string {
  if (native === script) return sitePath;
  if (sitePath === SEARCH_PATH) return `${sitePath}?lang=${script}`;
  return `${PREFIX[script]}${sitePath}`;
}

/** The output file of a page path: `/a/b/` → `a/b/index.html`. */
export const pageFile = (pagePath: string) => `${pagePath.slice(1)}index.html`;

const MEMO_MAX_LENGTH = 200;
const MEMO_MAX_ENTRIES = 200_000;
const memo: Record<Lang, Map<string, string>> = { 'zh-Hans': new Map(), 'zh-Hant': new Map() };

/** Text converted to a script by OpenCC; names, titles and labels recur across pages, so short ones are remembered. */
export function convertText(value: string, script: Lang): string {
  if (!/[^\x00-\x7f]/.test(value)) return value;
  const convert = script === 'zh-Hans' ? toSimplified : toTraditional;
  if (value.length > MEMO_MAX_LENGTH) return convert(value);
  const seen = memo[script];
  let out = seen.get(value);
  if (out === undefined) {
    // bounded: at 100,000 articles the quotes alone would hold gigabytes
    if (seen.size >= MEMO_MAX_ENTRIES) seen.clear();
    seen.set(value, (out = convert(value)));
  }
  return out;
}
