// 繁/简: every page also exists in the other script, rendered from the same
// view with its text converted by OpenCC (opencc-js) and the site's own words
// taken from that script's strings. A page's own version stays at its URL;
// the other script's version lives under /zh-hans/ or /zh-hant/, and links in
// it lead to pages in the same script, so a reader who switched stays switched.
import { toSimplified, toTraditional } from '../script.js';
import type { Lang } from './strings.js';

const PREFIX: Record<Lang, string> = { 'zh-Hans': '/zh-hans', 'zh-Hant': '/zh-hant' };
/** Pages that switch script by themselves (the search page translates its own words) */
const NOT_TWINNED = new Set(['/search/']);

const MEMO_MAX_LENGTH = 200;
const MEMO_MAX_ENTRIES = 200_000;

export const otherLang = (lang: Lang): Lang => (lang === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans');

export class ScriptTwins {
  private readonly native = new Map<string, Lang>();
  private readonly memo: Record<Lang, Map<string, string>> = { 'zh-Hans': new Map(), 'zh-Hant': new Map() };

  /** `nativeOf` gives a page's own script by its path; pages not listed are in the site's script. */
  constructor(
    private readonly siteLang: Lang,
    pages: Iterable<[string, Lang]> = [],
  ) {
    for (const [p, lang] of pages) this.native.set(p, lang);
  }

  nativeLang(pagePath: string): Lang {
    return this.native.get(pagePath) ?? this.siteLang;
  }

  twinned(pagePath: string): boolean {
    return !NOT_TWINNED.has(pagePath);
  }

  /** Where page `pagePath` (a site path ending in `/`) is shown in script `lang`. */
  pathIn(pagePath: string, lang: Lang): string {
    if (this.nativeLang(pagePath) === lang) return pagePath;
    // The search page has one copy; ?lang= sets the script of its words.
    if (!this.twinned(pagePath)) return `${pagePath}?lang=${lang}`;
    return `${PREFIX[lang]}${pagePath}`;
  }

  /** The output file of a page path: `/a/b/` → `a/b/index.html`. */
  static file(pagePath: string): string {
    return `${pagePath.slice(1)}index.html`;
  }

  /** Every string in a view, converted to `lang`; URLs and ids are ASCII and come through unchanged. */
  convert<T>(value: T, lang: Lang): T {
    const memo = this.memo[lang];
    const convert = lang === 'zh-Hans' ? toSimplified : toTraditional;
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') {
        if (!/[^\x00-\x7f]/.test(v)) return v;
        // Names, titles and labels recur across pages; a body is converted once and not kept.
        if (v.length > MEMO_MAX_LENGTH) return convert(v);
        let out = memo.get(v);
        if (out === undefined) {
          // bounded: at 100,000 articles the quotes alone would hold gigabytes
          if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
          memo.set(v, (out = convert(v)));
        }
        return out;
      }
      // Loops, not map/entries/fromEntries: a view of a much-reported person is thousands of
      // small objects, and the arrays of pairs were most of the cost of converting it.
      if (Array.isArray(v)) {
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) out[i] = walk(v[i]);
        return out;
      }
      if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(v)) {
          const x = (v as Record<string, unknown>)[k];
          // `lang` marks text of the other script: after conversion there is none.
          const converted = k === 'lang' && (x === 'zh-Hans' || x === 'zh-Hant') ? null : walk(x);
          // (an own `__proto__`, as Object.fromEntries would make it, not a prototype)
          if (k === '__proto__') Object.defineProperty(out, k, { value: converted, enumerable: true, writable: true, configurable: true });
          else out[k] = converted;
        }
        return out;
      }
      return v;
    };
    return walk(value) as T;
  }

  /** Links in a page rendered in `lang` lead to the pages in that script (not the switch itself, marked by hreflang). */
  relink(html: string, lang: Lang): string {
    return html.replace(/(?<!hreflang="zh-Han[st]") href="(\/(?:[^"#?]*\/)?)((?:[?#][^"]*)?)"/g, (all, pagePath: string, rest: string) =>
      pagePath.startsWith('/zh-han') || (rest.startsWith('?') && !this.twinned(pagePath)) ? all : ` href="${this.pathIn(pagePath, lang)}${rest}"`,
    );
  }
}
