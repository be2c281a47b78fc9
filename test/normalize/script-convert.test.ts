// Differential tests: script-convert.ts must give opencc-js's output, byte for
// byte, for every string; opencc-js itself is the reference. Fixed seeds so a
// failure reproduces.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { groupsConverter, modelsConfig, openccConverter } from '../../src/script-convert.js';
import { foldName, toSimplified, toTraditional } from '../../src/script.js';
import { generateArticles } from '../../scripts/lib/corpus.js';

const ref = { t2s: OpenCC.Converter({ from: 't', to: 'cn' }), s2t: OpenCC.Converter({ from: 'cn', to: 't' }) };
const fast = { t2s: openccConverter('t2s'), s2t: openccConverter('s2t') };
const DIRECTIONS = ['t2s', 's2t'] as const;

function expectSame(text: string): void {
  for (const d of DIRECTIONS) {
    const want = ref[d](text);
    const got = fast[d](text);
    // compare code units: toBe on a mismatch in a lone surrogate prints badly
    if (got !== want) expect({ d, text: [...text].map((c) => c.codePointAt(0)!.toString(16)), got, want }).toBe(null);
  }
}

// ------------------------------------------------------------ generators

type Cfg = { normalizationChain: string[][]; conversionChain: string[][] };
const configs = OpenCC.Locale.configs as unknown as Record<'t2s' | 's2t', Cfg>;
const entries = (groups: string[][]) => groups.flat().flatMap((d) => d.split('|').map((e) => e.split(' ') as [string, string]));
const normalization = entries(configs.t2s.normalizationChain); // CJK compatibility ideographs
const all = [...normalization, ...entries(configs.t2s.conversionChain), ...entries(configs.s2t.conversionChain)];

// a third of the characters and a seventh of the phrases (keys and values):
// thousands wide, and still quick to draw from
const every = <T>(xs: T[], n: number) => xs.filter((_, i) => i % n === 0);
const singles = every(all.filter(([k]) => [...k].length === 1), 3);
const phrases = every(all.filter(([k]) => [...k].length > 1), 7);
const keyChars = fc.constantFrom(...singles.flatMap(([k, v]) => [k, v]));
const phraseKeys = fc.constantFrom(...phrases.flatMap(([k, v]) => [k, v]));
// halves of phrases: near misses, and overlaps when two are put side by side
const phrasePieces = fc.constantFrom(...phrases.flatMap(([k]) => { const cs = [...k]; const m = Math.ceil(cs.length / 2); return [cs.slice(0, m).join(''), cs.slice(m).join('')]; }));
const compat = fc.constantFrom(...normalization.map(([k]) => k));
const ascii = fc.constantFrom('a', 'Z', '0', ' ', '\n', '\t', '|', '-', 'PN', 'SQL');
const punctuation = fc.constantFrom(...'，。、「」『』“”（）《》：；！？…—·'.split(''));
const astral = fc.oneof(fc.integer({ min: 0x20000, max: 0x2000f }), fc.integer({ min: 0x2a6c0, max: 0x2a6df }), fc.integer({ min: 0x2f800, max: 0x2f80f })).map((c) => String.fromCodePoint(c));
const idc = fc.integer({ min: 0x2ff0, max: 0x2fff }).map((c) => String.fromCharCode(c));
const lone = fc.constantFrom('\ud840', '\udc00', '\ud87e', '\udfff', '\ud800');

const token = fc.oneof(
  { arbitrary: keyChars, weight: 6 },
  { arbitrary: phraseKeys, weight: 4 },
  { arbitrary: phrasePieces, weight: 4 },
  { arbitrary: compat, weight: 1 },
  { arbitrary: ascii, weight: 2 },
  { arbitrary: punctuation, weight: 1 },
  { arbitrary: astral, weight: 1 },
  { arbitrary: idc, weight: 2 },
  { arbitrary: lone, weight: 1 },
);
const text = fc.array(token, { maxLength: 40 }).map((ts) => ts.join(''));

// ------------------------------------------------------------------ tests

describe('script-convert against opencc-js', () => {
  it('models both configs (no fallback to opencc-js)', () => {
    expect(modelsConfig('t2s')).toBe(true);
    expect(modelsConfig('s2t')).toBe(true);
    expect(groupsConverter([['\ud840 x']])).toBe(null); // a lone surrogate in a key: falls back
  });

  it('agrees on hand-picked edge cases', () => {
    const cases = [
      '', 'a', '漢語', '汉语', '一目瞭然', '么麼', '乾隆皇帝頭髮', '㓦划', '丁丁当当', 'PN结', 'SQL注入攻击', '牛驥同一皁',
      '豈', '⿰豈木', '⿰木豈', '豈⿰', '⿰', '⿰⿰', '⿰⿰a', '⿲木木', '⿲木木木發', '⿰⿱木木髮髮', '⿺辶⿱发发', '\u2ffe髮', '\u2fff髮髮',
      '\ud840', '\udc00', '\ud840\udc00', '\udc00\ud840', '\ud87e\udc00', '\ud87e', '髮\ud840', '\ud840髮', '⿰\ud840\udc00髮',
      '𠵾', '㗲', '𡞱', '\u{2f800}', '發\u{2f800}財', '一丝不挂', '一丝不挂的', '了了', '干干净净', '\u3000髮\r\n',
    ];
    for (const c of cases) expectSame(c);
    expect(fast.t2s('漢語')).toBe('汉语');
    expect(fast.s2t('汉语')).toBe('漢語');
  });

  it('agrees on generated CJK-heavy strings (fast-check)', () => {
    fc.assert(fc.property(text, (s) => expectSame(s)), { seed: 20260601, numRuns: 4000 });
  });

  it('agrees on ideographic description sequences: nested, cut short, deep', () => {
    const ids = fc.array(fc.oneof({ arbitrary: idc, weight: 3 }, { arbitrary: fc.constantFrom('髮', '豈', '\u{20000}', '\ud840', 'a', '一目瞭然'), weight: 2 }), { maxLength: 18 });
    fc.assert(fc.property(ids, (ts) => expectSame(ts.join(''))), { seed: 11, numRuns: 2000 });
    // deep but cheap for opencc-js (one nested sequence per level; ⿲'s third part is not)
    for (const s of ['髮⿰'.repeat(3000), '⿲木'.repeat(16) + '髮', '⿰髮'.repeat(2000), '⿰'.repeat(22) + '髮'.repeat(30)]) expectSame(s);
  });

  it('reads runs of IDCs in linear time (opencc-js: exponential)', () => {
    const started = performance.now();
    // what opencc-js gives for the same shapes, shorter (the test above)
    expect(fast.t2s('⿰'.repeat(20_000))).toBe('⿰'.repeat(20_000));
    expect(fast.t2s('⿰'.repeat(20_000) + '髮')).toBe('⿰'.repeat(20_000) + '髮');
    expect(fast.t2s('髮⿰'.repeat(20_000))).toBe('发⿰' + '髮⿰'.repeat(19_999));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('agrees on long strings of phrases side by side (longest match, overlaps)', () => {
    const dense = fc.array(fc.oneof(phraseKeys, phrasePieces, keyChars), { minLength: 20, maxLength: 200 }).map((ts) => ts.join(''));
    fc.assert(fc.property(dense, (s) => expectSame(s)), { seed: 7, numRuns: 400 });
  });

  it('agrees on the generated corpus and the seed articles', () => {
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const texts: string[] = [];
    // (the corpus makes its Traditional articles with toTraditional, this code: any text will do as input)
    for (const f of generateArticles({ count: 300, seed: 'script-convert' })) {
      try {
        texts.push(utf8.decode(f.bytes));
      } catch {
        // GBK and Big5 articles: the same text as the others, in another encoding
      }
    }
    const seeds = new URL('../../seeds/', import.meta.url);
    for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) texts.push(readFileSync(new URL(f, seeds), 'utf8'));
    expect(texts.length).toBeGreaterThan(250);
    let changed = 0;
    for (const t of texts) {
      expectSame(t);
      // and each conversion converted back, and lines one by one (short strings)
      expectSame(ref.t2s(t));
      expectSame(ref.s2t(t));
      for (const line of t.split('\n').slice(0, 20)) expectSame(line);
      if (ref.s2t(t) !== t) changed++;
    }
    expect(changed).toBeGreaterThan(100);
  });

  it('agrees with ConverterFactory on random dictionaries (group order, overwrites, identities, empty values)', () => {
    // OpenCC's own data has no conflicting keys across a group's dictionaries,
    // so priority and overwriting are tested here on a tiny alphabet.
    const unit = fc.constantFrom('a', 'b', 'c', '髮', '\u{20000}', '⿰', '豈');
    const str = (min: number, max: number) => fc.array(unit, { minLength: min, maxLength: max }).map((u) => u.join(''));
    const entry = fc.oneof(
      { arbitrary: fc.tuple(str(1, 4), str(0, 3)).map(([k, v]) => `${k} ${v}`), weight: 10 },
      { arbitrary: fc.tuple(str(1, 3), str(1, 2), str(1, 2)).map(([k, v, w]) => `${k} ${v} ${w}`), weight: 1 }, // opencc-js reads `v`
      { arbitrary: str(0, 2).map((v) => ` ${v}`), weight: 1 }, // empty key
    );
    const dict = fc.array(entry, { minLength: 1, maxLength: 8 }).map((es) => es.join('|'));
    const groups = fc.array(fc.array(dict, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
    // past 32 units too: both output paths (short strings are concatenated, longer ones buffered)
    const input = fc.array(fc.oneof(unit, fc.constantFrom('\ud840', '\udc00', 'x', '⿲', '\u2ffe')), { maxLength: 40 }).map((u) => u.join(''));
    fc.assert(
      fc.property(groups, fc.array(input, { minLength: 1, maxLength: 5 }), (gs, texts) => {
        const mine = groupsConverter(gs)!;
        const theirs = OpenCC.ConverterFactory(...gs);
        for (const t of texts) expect(mine(t)).toBe(theirs(t));
      }),
      { seed: 42, numRuns: 3000 },
    );
  });

  it('keeps script.ts behaviour: toSimplified, toTraditional, foldName', () => {
    for (const s of ['張 三', '国务院\t办公厅', '發展改革委員會', '']) {
      expect(toSimplified(s)).toBe(ref.t2s(s));
      expect(toTraditional(s)).toBe(ref.s2t(s));
      expect(foldName(s)).toBe(ref.t2s(s).replace(/\s+/g, ''));
    }
  });
});
