// Repairs of damaged spans that can be undone, proposed as corrections: the
// page shows each one (what the text was, what it is now, and why), and the
// damaged-text finding stays, marked corrected. A repair is proposed only
// where one reading is clearly best; otherwise the span is only flagged.
import { toSimplified } from '../script.js';
import type { DamagedSpan } from './damage.js';
import { shiftCandidates, utf8ReadAsGbk, type ShiftedSpan } from './encodings.js';
import { isReadingOf } from './pinyin.js';

export interface Repair {
  find: string;
  replace: string;
  note: string;
}

const PINYIN = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ';
const SHIFTED = new RegExp(`^\\?([${PINYIN}]{1,7})\\)([\\u3400-\\u9fff]{1,8})([\\x40-\\x7e])(?:\\([${PINYIN}]{1,7}\\))?$`);

const NOTES = {
  shift: {
    Hant: '原文此處經GBK轉碼錯位一個字節而損壞，已按全文用字自動還原。',
    Hans: '原文此处经GBK转码错位一个字节而损坏，已按全文用字自动还原。',
  },
  utf8: {
    Hant: '原文此處以錯誤的編碼（UTF-8 當作 GBK）讀出，已自動還原。',
    Hans: '原文此处以错误的编码（UTF-8 当作 GBK）读出，已自动还原。',
  },
};

/** Each search tries a few thousand byte sequences: a page garbled all over is flagged, not searched. */
const MAX_SEARCHES = 8;

export function proposeRepairs(text: string, damaged: DamagedSpan[]): Repair[] {
  if (damaged.length === 0) return [];
  // the article's script, read around its damage (garbled characters are often Traditional-looking); only once a repair is found
  let script: 'Hans' | 'Hant' | null = null;
  const scriptOf = (): 'Hans' | 'Hant' => {
    if (script) return script;
    let sample = '';
    let last = 0;
    for (const d of damaged) {
      sample += text.slice(last, d.start);
      last = d.end;
    }
    sample = (sample + text.slice(last)).slice(0, 3000);
    return (script = toSimplified(sample) === sample ? 'Hans' : 'Hant');
  };
  const repairs: Repair[] = [];
  let searched = 0;
  let attested: Attested | null = null;
  for (const span of damaged) {
    if (span.kind === 'wrong-encoding') {
      const run = utf8ReadAsGbk(span.text)[0];
      if (run?.original && run.start === 0 && run.end === span.text.length) repairs.push({ find: span.text, replace: run.original, note: NOTES.utf8[scriptOf()] });
      continue;
    }
    if (span.kind !== 'mojibake' || ++searched > MAX_SEARCHES) continue;
    const m = SHIFTED.exec(span.text);
    const before = text[span.start - 1] ?? '';
    if (!m || !/[\u3400-\u9fff]/.test(before)) continue;
    const shifted: ShiftedSpan = { start: span.start, end: span.end, before, reading: m[1]!, garbled: m[2]!, resync: m[3]! };
    attested ??= attestedIn(text, damaged);
    const best = bestCandidate(shiftCandidates(shifted, isReadingOf), before, text[span.end] ?? '', attested);
    if (best) repairs.push({ find: before + span.text, replace: before + best, note: NOTES.shift[scriptOf()] });
  }
  return repairs;
}

interface Attested {
  chars: Set<string>;
  bigrams: Set<string>;
}

/** The characters and character pairs of the article outside its damaged spans. */
function attestedIn(text: string, damaged: DamagedSpan[]): Attested {
  let clean = '';
  let last = 0;
  for (const s of damaged) {
    clean += text.slice(last, s.start) + '\n';
    last = s.end;
  }
  clean += text.slice(last);
  const chars = new Set<string>();
  const bigrams = new Set<string>();
  for (let i = 0; i < clean.length; i++) {
    chars.add(clean[i]!);
    if (i + 1 < clean.length) bigrams.add(clean.slice(i, i + 2));
  }
  return { chars, bigrams };
}

/**
 * The candidate the article itself supports: every character of it used
 * elsewhere, and the largest share of its character pairs (with its
 * neighbours) found elsewhere, at least half and at least two; of two as
 * good, the shorter (a pair the decoder dropped is an assumption).
 */
function bestCandidate(candidates: string[], before: string, after: string, attested: Attested): string | null {
  let best: { text: string; share: number; found: number } | null = null;
  let tie = false;
  for (const c of candidates) {
    if (![...c].every((ch) => attested.chars.has(ch))) continue;
    const s = before + c + after;
    let found = 0;
    for (let i = 0; i + 1 < s.length; i++) if (attested.bigrams.has(s.slice(i, i + 2))) found++;
    const share = found / (s.length - 1);
    const better = !best || share > best.share || (share === best.share && c.length < best.text.length);
    if (better) {
      tie = !!best && share === best.share && c.length === best.text.length;
      best = { text: c, share, found };
    } else if (best && share === best.share && c.length === best.text.length) tie = true;
  }
  if (!best || tie || best.found < 2 || best.share < 0.5) return null;
  return best.text;
}
