// Matching runs on a Simplified copy of each paragraph with the same length,
// so an offset found in the copy is an offset in the paragraph. OpenCC's
// phrase tables can change lengths, so fold one character at a time.
import { toSimplified } from '../script.js';

const cache = new Map<string, string>();

export function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    const s = toSimplified(ch);
    out = s.length === ch.length ? s : ch;
    cache.set(ch, out);
  }
  return out;
}

/** Same length as `text`, every character in Simplified where it has one form. */
export function foldSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 0x3400 ? text[i] : foldChar(text[i]!);
  }
  return out;
}

export const isHan = (ch: string | undefined): boolean => ch !== undefined && /[\u3400-\u9fff]/.test(ch);

/** Clause delimiters: punctuation that ends a name, an organisation or a meeting name. */
export const CLAUSE_PUNCT = /[，,。；;：:！!？?、（）()“”"‘’《》【】\s—…·\-\/]/;
export const SENTENCE_END = /[。！!？?；;]/;

/** Start and end (exclusive) of the sentence around `at`. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** A count written in Arabic or Chinese numerals (七十, 一百二十, 1,200), or null. */
export function parseCount(text: string): number | null {
  const arabic = text.replace(/[,，]/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+(\.\d+)?$/.test(arabic)) return Number(arabic);
  let total = 0;
  let section = 0;
  let digit = 0;
  let seen = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      seen = true;
    } else if (ch === '万') {
      total += (section + digit) * 10000;
      section = 0;
      digit = 0;
    } else if (ch in UNITS) {
      section += (digit || 1) * UNITS[ch]!;
      digit = 0;
      seen = true;
    } else return null;
  }
  return seen || total ? total + section + digit : null;
}
