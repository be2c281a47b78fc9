// Damaged text is flagged, never dropped or silently kept: the span stays in
// the text and a `damaged-text` finding says where it is.
import { utf8ReadAsGbk } from './encodings.js';

const PINYIN = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ';

export interface DamagedSpan {
  start: number;
  end: number;
  kind: 'mojibake' | 'stray-question-mark' | 'replacement-character' | 'wrong-encoding';
  text: string;
}

// A byte-level replace that was not multi-byte aware leaves `?` + pinyin + `)`
// (the `(` was swallowed by a broken character) and a few garbled characters,
// often up to the next Latin letter + (pinyin) where the decoder resynchronised.
const MOJIBAKE = new RegExp(`\\?[${PINYIN}]{1,7}\\)(?:[\\u3400-\\u9fff]{0,8}[a-zA-Z](?:\\([${PINYIN}]{1,7}\\))?)?`, 'g');
const HAN = '\\u3400-\\u9fff';
const CJK_MARK = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u201c\\u201d\\u2018\\u2019';
// A run of `?` (with `？` among them) that touches Chinese text, a digit or a
// Chinese mark on one side (a space between is allowed): `有色?系統`, `5 ?12`,
// `?加強`, `會議??茘`. Latin on both sides (`a.php?id=1`) is left alone.
const QUESTION_RUN = new RegExp(`(?=[?？]*\\?)[?？]{1,4}`, 'g');
const TOUCHES = new RegExp(`[${HAN}${CJK_MARK}0-9]`);
// what makes a `?` a real question: a question word in its clause
const QUESTION_WORD = /[嗎吗呢麼么吧啊呀嘛]$|什麼|什么|怎麼|怎么|怎樣|怎样|如何|為什麼|为什么|為何|为何|是否|是不是|能否|可否|難道|难道|哪|誰|谁|幾|几|多少|有沒有|有没有|行不行|好不好|對不對|对不对|豈|岂|何/;
const CLAUSE_END = /[。！？?；，,.!;:：\s“”"]/;
const REPLACEMENT = /\ufffd+/g;
// UTF-8 read as Windows-1252 or Latin-1 (`ä¸­å›½`), and the marks of GBK decoded twice.
const LATIN_MOJIBAKE = /(?:[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,2}){2,}/g;
const DOUBLE_DECODED = /(?:锟斤拷|鍩斤拷|锘)+|(?:烫){3,}|(?:屯){3,}/g;

function isRealQuestion(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 40 && !CLAUSE_END.test(text[from - 1]!)) from--;
  const clause = text.slice(from, start);
  if (!QUESTION_WORD.test(clause)) return false;
  // a question ends its sentence: a line end, a quote, a space or the next sentence follows
  const next = text[end] ?? '\n';
  return !/[0-9]/.test(next);
}

function strayQuestionMarks(text: string, add: (start: number, end: number, kind: DamagedSpan['kind']) => void): void {
  QUESTION_RUN.lastIndex = 0;
  for (let m = QUESTION_RUN.exec(text); m; m = QUESTION_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let l = start - 1;
    if (text[l] === ' ') l--;
    let r = end;
    if (text[r] === ' ') r++;
    const left = text[l] ?? '';
    const right = text[r] ?? '';
    const leftTouches = TOUCHES.test(left);
    const rightTouches = TOUCHES.test(right);
    if (!leftTouches && !rightTouches) continue;
    if (/[A-Za-z]/.test(left) && /[A-Za-z=&]/.test(right)) continue;
    if (/[A-Za-z]/.test(left) && !rightTouches) continue;
    if (isRealQuestion(text, start, end)) continue;
    // `？` alone is the page's own punctuation; only a run with an ASCII `?` in it is damage
    add(start, end, 'stray-question-mark');
  }
}

export function findDamagedText(text: string): DamagedSpan[] {
  const spans: DamagedSpan[] = [];
  const add = (start: number, end: number, kind: DamagedSpan['kind']) => {
    if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end, kind, text: text.slice(start, end) });
  };
  const addAll = (re: RegExp, kind: DamagedSpan['kind']) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) add(m.index, m.index + m[0].length, kind);
  };
  if (text.includes('?')) {
    addAll(MOJIBAKE, 'mojibake');
    strayQuestionMarks(text, add);
  }
  if (text.includes('\ufffd')) addAll(REPLACEMENT, 'replacement-character');
  addAll(LATIN_MOJIBAKE, 'wrong-encoding');
  addAll(DOUBLE_DECODED, 'wrong-encoding');
  for (const run of utf8ReadAsGbk(text)) add(run.start, run.end, 'wrong-encoding');
  return spans.sort((a, b) => a.start - b.start);
}

export function describeDamage(span: DamagedSpan): string {
  switch (span.kind) {
    case 'mojibake':
      return `damaged text (garbled by a broken re-encoding): “${span.text}”`;
    case 'stray-question-mark':
      return `damaged text: a stray “${span.text}” in Chinese text (characters lost in re-encoding)`;
    case 'wrong-encoding':
      return `damaged text (decoded in the wrong encoding): “${span.text}”`;
    default:
      return 'damaged text: replacement character (bytes that could not be decoded)';
  }
}
