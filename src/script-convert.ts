// opencc-js's conversion (1.4.2) done faster, from its own exported
// dictionaries (Locale), with the same output for every string. opencc-js
// walks a trie of Maps per code point and allocates an object per match:
// 2–5 M chars/s on the short strings a build converts most.
//
// The algorithm is opencc-js's, step for step: each dictionary group is one
// table; a table converts left to right by greedy longest-prefix match, and
// where nothing matches it skips one code point, or a whole ideographic
// description sequence (U+2FF0–U+2FFF) that opencc-js leaves unconverted.
// A config applies its normalization group (CJK compatibility ideographs),
// then its conversion group. The normalization stays a pass of its own: it
// skips description sequences by itself, and phrases match its output, so
// folding it into the conversion table is not plainly equivalent; and on text
// with no compatibility ideograph it is one lookup per unit, returning the
// input string.
//
// What differs is the representation: a flat Int32Array for the first UTF-16
// unit, an open-addressing hash of (node, unit) edges for the rest, a bit
// filter in front of the second unit, and output only where a value differs.
import * as OpenCC from 'opencc-js';

/** One dictionary group, ready to convert. */
interface Table {
  /** per node (a first unit, or FIRST + slot): value code * 2 + 1 if a longer key continues;
   *  value code 0 = no key ends here, 1 = the key maps to itself, k + 2 = value k.
   *  So info[unit] === 0, at most positions, means no key starts there. */
  info: Int32Array;
  /** edge slots: parent * 65536 + unit + 1, 0 = empty; the child is node FIRST + slot */
  edges: Float64Array;
  mask: number;
  /** one bit per hashed (first unit, second unit) pair that starts a longer key */
  pairs: Int32Array;
  /** value k: units vu[vo[k]..vo[k + 1]), and as a string */
  vu: Uint16Array;
  vo: Int32Array;
  values: string[];
}

const FIRST = 65536;
const PAIR_BITS = 19; // 64 KB, so it stays in cache; s2t's 34,339 pairs set 6.3% of the bits
const LONE_SURROGATE = /[\uD800-\uDFFF]/u; // with u, a paired surrogate is one code point

const slotOf = (node: number, unit: number, mask: number): number => {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
};
const pairOf = (c: number, u: number): number => (Math.imul(c, 0x9e3779b1) ^ u) & ((1 << PAIR_BITS) - 1);

/**
 * Calls back with each entry as opencc-js's Trie.loadDict reads it
 * (`entry.split(' ')`: key up to the first space, value up to the next), as
 * offsets into the dictionary string. False where opencc-js would throw.
 */
function forEntries(dict: string, each: (k: number, sp: number, ve: number) => void): boolean {
  for (let p = 0; ; ) {
    let bar = dict.indexOf('|', p);
    if (bar < 0) bar = dict.length;
    const sp = dict.indexOf(' ', p);
    if (sp < 0 || sp > bar) return false;
    let ve = dict.indexOf(' ', sp + 1);
    if (ve < 0 || ve > bar) ve = bar;
    each(p, sp, ve);
    if (bar === dict.length) return true;
    p = bar + 1;
  }
}

/**
 * A group as Trie.loadDictGroup loads it: dictionaries in reverse order, a
 * later entry overwriting, so the first dictionary wins. Null where this
 * table does not model the dictionaries (a lone surrogate, where matching
 * units and matching code points could differ; an entry opencc-js rejects).
 */
function buildTable(group: readonly unknown[]): Table | null {
  const dicts = [...group].reverse();
  let edgeCount = 0;
  for (const dict of dicts) {
    if (typeof dict !== 'string' || LONE_SURROGATE.test(dict)) return null;
    if (!forEntries(dict, (k, sp) => (edgeCount += Math.max(0, sp - k - 1)))) return null;
  }
  let size = 1024;
  while (size < edgeCount * 2) size *= 2;
  const mask = size - 1;
  const info = new Int32Array(FIRST + size);
  const edges = new Float64Array(size);
  const pairs = new Int32Array(1 << (PAIR_BITS - 5));
  const vo: number[] = [];
  const units: number[] = [];
  const values: string[] = [];
  for (const dict of dicts as string[]) {
    forEntries(dict, (k, sp, ve) => {
      if (sp === k) return; // opencc-js stores an empty key on the root, where no match reads it
      let node = dict.charCodeAt(k);
      for (let j = k + 1; j < sp; j++) {
        const u = dict.charCodeAt(j);
        info[node]! |= 1;
        if (j === k + 1) {
          const b = pairOf(node, u);
          pairs[b >>> 5]! |= 1 << (b & 31);
        }
        const key = node * 65536 + u + 1;
        let h = slotOf(node, u, mask);
        while (edges[h] !== 0 && edges[h] !== key) h = (h + 1) & mask;
        edges[h] = key;
        node = FIRST + h;
      }
      // A key that maps to itself still consumes its span (it blocks shorter
      // and overlapping matches) but needs no output.
      let code = 1;
      const value = dict.slice(sp + 1, ve);
      if (ve - sp - 1 !== sp - k || !dict.startsWith(value, k)) {
        vo.push(units.length);
        for (let j = sp + 1; j < ve; j++) units.push(dict.charCodeAt(j));
        values.push(value);
        code = values.length + 1;
      }
      info[node] = code * 2 + (info[node]! & 1);
    });
  }
  vo.push(units.length);
  return { info, edges, mask, pairs, vu: Uint16Array.from(units), vo: Int32Array.from(vo), values };
}

// ----------------------------------------- ideographic description sequences
// As opencc-js reads them, arities included: three parts for U+2FF2–U+2FF3,
// two for every other code point up to U+2FFF; a part is a sequence or one
// code point; a sequence cut short by the end of the text is none. opencc-js
// recurses and recomputes nested sequences: time grows ~1.5× per IDC in a
// row (46 take it 1.2 s, 80 would take days) and ~10,000 nested overflow its
// stack. Here ends are kept per start and the stack is an array: the same
// ends, in linear time, at any depth.

const cpLength = (s: string, i: number): number => ((s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
const arity = (c: number): number => (c >= 0x2ff0 && c <= 0x2fff ? (c === 0x2ff2 || c === 0x2ff3 ? 3 : 2) : 0);

/** End of the sequence of the IDC at `start`, 0 if it has none. */
function idsEnd(s: string, start: number, memo: Map<number, number>): number {
  const starts = [start];
  const left = [arity(s.charCodeAt(start))];
  const pos = [start + 1];
  for (let top = 0; ; ) {
    let end = 0;
    if (left[top] === 0) end = pos[top]!;
    else if (pos[top]! < s.length) {
      // the next part: one code point, a known sequence, or a sequence to read first
      const q = pos[top]!;
      const parts = arity(s.charCodeAt(q));
      const known = parts === 0 ? 0 : memo.get(q);
      if (known === undefined) {
        top++;
        starts[top] = q;
        left[top] = parts;
        pos[top] = q + 1;
      } else {
        pos[top] = known || q + cpLength(s, q);
        left[top]!--;
      }
      continue;
    }
    memo.set(starts[top]!, end);
    if (top === 0) return end;
    top--;
    pos[top] = end || pos[top]! + cpLength(s, pos[top]!);
    left[top]!--;
  }
}

/** The step where no key matches at an IDC: its whole sequence, or one unit. */
function skipIds(s: string, i: number, memo: Map<number, number>): number {
  const end = memo.get(i) ?? idsEnd(s, i, memo);
  return end > i ? end - i : 1;
}

// -------------------------------------------------------------------- convert

/** Output units of long strings, shared by every call (single-threaded), and a
 *  Buffer over them kept with it (making one per call costs ~0.2 µs). */
let buf = new Uint16Array(1 << 16);
let bytes = Buffer.from(buf.buffer);
function room(used: number, need: number): void {
  if (used + need <= buf.length) return;
  const grown = new Uint16Array(Math.max(buf.length * 2, used + need));
  grown.set(buf.subarray(0, used));
  buf = grown;
  bytes = Buffer.from(buf.buffer);
}

/** Below this length, concatenating strings beats filling and decoding a buffer. */
const SHORT = 32;

/**
 * One table over a string. Where no key matches, opencc-js steps one code
 * point (or an IDC's sequence); one unit is the same, as a well-formed key
 * never starts with a low surrogate. Unchanged spans are copied from the
 * input, so a string the table does not touch comes back as it is.
 */
function convertWith(t: Table, s: string): string {
  const { info, edges, mask, pairs, vu, vo, values } = t;
  const n = s.length;
  const short = n < SHORT;
  let out = '';
  let o = 0;
  let last = 0;
  let i = 0;
  let memo: Map<number, number> | undefined;
  while (i < n) {
    const c = s.charCodeAt(i);
    const f = info[c]!;
    if (f === 0) {
      i += c < 0x2ff0 || c > 0x2fff ? 1 : skipIds(s, i, (memo ??= new Map()));
      continue;
    }
    let best = f >> 1;
    let end = i + 1;
    if ((f & 1) !== 0 && i + 1 < n) {
      let u = s.charCodeAt(i + 1);
      const b = pairOf(c, u);
      if ((pairs[b >>> 5]! & (1 << (b & 31))) !== 0) {
        for (let node = c, j = i + 1; ; ) {
          const key = node * 65536 + u + 1;
          let h = slotOf(node, u, mask);
          let e: number;
          while ((e = edges[h]!) !== key && e !== 0) h = (h + 1) & mask;
          if (e === 0) break;
          node = FIRST + h;
          j++;
          const g = info[node]!;
          if (g > 1) {
            best = g >> 1;
            end = j;
          }
          if ((g & 1) === 0 || j >= n) break;
          u = s.charCodeAt(j);
        }
      }
    }
    if (best === 0) {
      i += c < 0x2ff0 || c > 0x2fff ? 1 : skipIds(s, i, (memo ??= new Map()));
      continue;
    }
    if (best > 1) {
      if (short) out += s.slice(last, i) + values[best - 2]!;
      else {
        const a = vo[best - 2]!;
        const z = vo[best - 1]!;
        room(o, i - last + z - a);
        for (let k = last; k < i; k++) buf[o++] = s.charCodeAt(k);
        for (let k = a; k < z; k++) buf[o++] = vu[k]!;
      }
      last = end;
    }
    i = end;
  }
  if (last === 0) return s;
  if (short) return out + s.slice(last);
  room(o, n - last);
  for (let k = last; k < n; k++) buf[o++] = s.charCodeAt(k);
  // utf16le keeps lone surrogates as they are (TextDecoder would not)
  return bytes.toString('utf16le', 0, o * 2);
}

// ---------------------------------------------------------------------- API

/**
 * A converter that applies dictionary groups in turn, as opencc-js's
 * ConverterFactory(...groups) does (each group an array of "src dst|…"
 * strings, loaded into one trie); null where the tables do not model them.
 */
export function groupsConverter(groups: readonly unknown[]): ((text: string) => string) | null {
  const tables: Table[] = [];
  for (const group of groups) {
    const t = Array.isArray(group) ? buildTable(group) : null;
    if (t === null) return null;
    tables.push(t);
  }
  return (text) => {
    for (let k = 0; k < tables.length; k++) text = convertWith(tables[k]!, text);
    return text;
  };
}

type Config = { normalizationChain?: unknown; segmentation?: unknown; conversionChain?: unknown };

/** A config's converter: its normalization groups, then its conversion groups. */
function configConverter(name: 't2s' | 's2t'): ((text: string) => string) | null {
  const config = (OpenCC.Locale.configs as unknown as Record<string, Config | undefined>)[name];
  // A segmentation step (the regional configs) splits the text first.
  if (config === undefined || config.segmentation !== undefined) return null;
  return groupsConverter([config.normalizationChain ?? [], config.conversionChain].flat(1));
}

/** Whether openccConverter(name) runs on the tables rather than falling back (for tests). */
export const modelsConfig = (name: 't2s' | 's2t'): boolean => configConverter(name) !== null;

/**
 * The converter of an opencc-js config (`t2s`: Converter({from:'t', to:'cn'}),
 * `s2t`: {from:'cn', to:'t'}), its tables built on first use: every CLI run
 * and worker thread loads this module, and few convert both ways. Falls back
 * to opencc-js itself for a config or dictionary this module does not model.
 */
export function openccConverter(name: 't2s' | 's2t'): (text: string) => string {
  let run: ((text: string) => string) | undefined;
  const build = () => configConverter(name) ?? OpenCC.Converter(name === 't2s' ? { from: 't', to: 'cn' } : { from: 'cn', to: 't' });
  return (text) => (run ??= build())(text);
}
