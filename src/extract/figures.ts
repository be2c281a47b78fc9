// Figures: a number (Arabic or Chinese numerals, 百分之X, with 万/亿/千万
// magnitudes), a unit from the lexicon and the qualifiers around them (约,
// 近, 余, 以上 …). Values are absolute (9.768亿元 → 976800000 元; 320万千瓦 →
// 3200000 千瓦). What is not a figure never meets a known unit (dates, years,
// times, phone numbers, 十三五) or is refused by the rules below: ordinals
// and vague counts (第五, 数十), codes (G20, 7×24), slogans and place names
// (八项规定, “四个意识”, 七台河), numbers in document titles and page
// metadata, and units that are the start of another word (3家庭, 两所有).
import { readLexicon } from './lexicon-files.js';
import type { Approx, Figure } from '../types.js';
import { foldSameLength, isHan } from './fold.js';
import { WordList } from './lexicon.js';
import { MAGNITUDES, parseArabicNumber, parseChineseNumber, scale, toHalfWidth } from './numerals.js';

const load = readLexicon;
const unitsFile = load<{ units: string[]; afterChinese: string[]; canonical: Record<string, string>; notThisUnit: Record<string, string> }>('figure-units.json');
const qualifiers = load<{ before: Record<string, Approx>; after: Record<string, Approx>; notAfter: Record<string, string>; afterNotBefore: Record<string, string> }>('figure-qualifiers.json');
const stops = load<{ phrases: string[]; notBeforeChinese: string[]; vagueBeforeMagnitude: string; notBeforeArabic: string; orgBeforeChineseChu: string }>('figure-stop-phrases.json');
const labels = load<{ linkVerbs: string[]; cutWords: string[]; scopeWords: string[] }>('figure-labels.json');

/** `ch` is one of `chars` (a missing character, at a paragraph's edge, is none). */
const among = (chars: string | undefined, ch: string | undefined): boolean => !!ch && !!chars && chars.includes(ch);

const UNITS = new WordList(unitsFile.units);
const UNITS_AFTER_SMALL_CHINESE = new WordList(unitsFile.afterChinese);
const BEFORE = new WordList(Object.keys(qualifiers.before));
const AFTER = new WordList(Object.keys(qualifiers.after));
const STOP_PHRASES = new WordList(stops.phrases);
const NOT_BEFORE_CHINESE = new WordList(stops.notBeforeChinese);
const LINK_VERBS = new WordList(labels.linkVerbs);
const CUT_WORDS = new WordList(labels.cutWords);
const SCOPE_WORDS = new WordList(labels.scopeWords);

// 百分之 first, so 百分之三十 is not read as the number 百
const NUMBER = /百分之|\d+(?:,\d{3}(?!\d))*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+/g;
const PERCENT_NUMBER = /^(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?)/;
const CHINESE_BARE_MAGNITUDE = /^[百千万亿]+$/;
const OPEN_QUOTE = /[“「『‘"']/;
const CLOSE_QUOTE = /[”」』’"']/;
// 浏览次数：3521 / 阅读 1187: page metadata, not the report's figures
const METADATA_BEFORE = /(浏览|阅读|点击|访问|查看|热度|人气)[^，。；,;\d\s]{0,4}(?:[：:]\s*|\s+)$/;

export function extractFigures(paragraphs: readonly string[]): Figure[] {
  const out: Figure[] = [];
  paragraphs.forEach((original, paragraph) => {
    // same length as the paragraph: every offset found here is an offset there
    const text = toHalfWidth(foldSameLength(original));
    const titles = documentTitleSpans(text);
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
      const figure = readFigure(text, original, m.index, m[0], titles);
      if (!figure) continue;
      const { start, end, ...fields } = figure;
      out.push({ ...fields, mention: { paragraph, start, end } });
      NUMBER.lastIndex = end;
    }
  });
  return out;
}

/** A figure found in a paragraph, before it is given its paragraph index. */
type Read = Omit<Figure, 'mention'> & { start: number; end: number };

function readFigure(text: string, original: string, at: number, token: string, titles: Array<[number, number]>): Read | null {
  let numberEnd = at + token.length;
  let value: number | null;
  let chinese = false;
  let percent = false;
  if (token === '百分之') {
    const digits = PERCENT_NUMBER.exec(text.slice(numberEnd))?.[0];
    if (!digits) return null;
    value = parseArabicNumber(digits) ?? parseChineseNumber(digits);
    numberEnd += digits.length;
    percent = true;
  } else if (/^\d/.test(token)) {
    if (!arabicStandsAlone(text, at)) return null;
    value = parseArabicNumber(token);
  } else {
    chinese = true;
    // 一万千瓦, 三千米: a trailing 千 begins the unit
    if (token.length > 1 && token.endsWith('千') && UNITS.matchAt(text, numberEnd - 1)?.startsWith('千')) {
      token = token.slice(0, -1);
      numberEnd--;
    }
    if (!chineseStandsAlone(text, at, token)) return null;
    // 万余人, 近千名: a bare magnitude counts one of it
    value = parseChineseNumber(CHINESE_BARE_MAGNITUDE.test(token) ? `一${token}` : token);
  }
  if (value === null) return null;

  // 余/多 · magnitude · 余/多 · unit: 860余万元, 2.8万余人, 120多艘, 三千余万元
  let pos = numberEnd;
  let more = false;
  let power = 0;
  let unit: string | null = null;
  if (percent) unit = '%';
  else {
    if (text[pos] === '余' || text[pos] === '多') (more = true), pos++;
    if (!UNITS.matchAt(text, pos)) {
      const magnitude = MAGNITUDES.find(([word]) => text.startsWith(word, pos));
      if (magnitude) (power = magnitude[1]), (pos += magnitude[0].length);
    }
    if (!more && (text[pos] === '余' || text[pos] === '多')) (more = true), pos++;
    // a bare magnitude is a number only with a qualifier: 百余人, 近万人 (万 alone is also a surname)
    if (chinese && CHINESE_BARE_MAGNITUDE.test(token) && !more && !BEFORE.matchBefore(text, at)) return null;
    const small = chinese && value < 10 && power === 0;
    unit = (small ? UNITS_AFTER_SMALL_CHINESE : UNITS).matchAt(text, pos);
    if (!unit || !unitStandsAlone(text, pos, unit, chinese, at)) return null;
  }
  const unitStart = percent ? at : pos;
  let end = percent ? numberEnd : pos + unit.length;

  const afterWord = AFTER.matchAt(text, end);
  const after = afterWord && afterQualifies(text, end, afterWord) ? afterWord : null;
  if (after) end += after.length;
  const beforeWord = BEFORE.matchBefore(text, at);
  const before = beforeWord && !among(qualifiers.notAfter[beforeWord], text[at - beforeWord.length - 1]) ? beforeWord : null;
  const start = at - (before?.length ?? 0);

  if (insideQuotedName(text, start, end) || titles.some(([s, e]) => start > s && start < e)) return null;
  if (METADATA_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return null;
  const approx: Approx = more ? 'more_than' : after ? qualifiers.after[after]! : before ? qualifiers.before[before]! : null;
  return {
    text: original.slice(start, end),
    value: scale(value, power),
    // the article's own script for Han units (吨 / 噸), one form for the rest (㎡, %, 人 for 名)
    unit: percent ? '%' : (unitsFile.canonical[unit] ?? (isHan(unit[0]) ? original.slice(unitStart, unitStart + unit.length) : unit)),
    approx,
    label: labelBefore(text, original, start),
    start,
    end,
  };
}

/** Not a code (G20, 7×24, 1.5.3), a phone number (0668-2281360), a time (9:30) or an ordinal (第5). */
function arabicStandsAlone(text: string, at: number): boolean {
  const prev = text[at - 1] ?? '';
  if (/[A-Za-z\d]/.test(prev) || among(stops.notBeforeArabic, prev)) return false;
  // after a hyphen or colon that follows digits: the second half of a phone number or a time
  if (/[-－—:：]/.test(prev) && /\d$/.test(text.slice(0, at - 1))) return false;
  return true;
}

/** Not a word that merely holds a numeral (第五, 数十, 一把手, 八项规定, 七台河). */
function chineseStandsAlone(text: string, at: number, token: string): boolean {
  // 一 alone is "a" (一项工作, 一个专班), 零 and 〇 alone are digits of a year
  if (token === '一' || token === '零' || token === '〇') return false;
  const prev = text[at - 1];
  if (NOT_BEFORE_CHINESE.matchBefore(text, at)) return false;
  if (among(stops.vagueBeforeMagnitude, prev) && /^[十百千万亿]/.test(token)) return false;
  if (STOP_PHRASES.matchAt(text, at)) return false;
  return true;
}

/** A unit that is really the start of another word (3家庭, 两所有) or of a slogan (三个方面, 五个一). */
function unitStandsAlone(text: string, pos: number, unit: string, chinese: boolean, at: number): boolean {
  const next = text[pos + unit.length];
  if (among(unitsFile.notThisUnit[unit], next)) return false;
  if (unit === '个' && (text.startsWith('方面', pos + 1) || next === '一')) return false;
  // 前三名: a rank
  if ((unit === '名' || unit === '位') && text[at - 1] === '前') return false;
  // 规划局二处: a department, not two places
  if (chinese && unit === '处' && among(stops.orgBeforeChineseChu, text[at - 1])) return false;
  return true;
}

function afterQualifies(text: string, end: number, word: string): boolean {
  const next = text[end + word.length];
  if (among(qualifiers.afterNotBefore[word], next)) return false;
  // 三年多， yes; 3家多元化 no
  return word !== '多' || !isHan(next);
}

/** “四个意识”, “净网2019”: a number that opens a short quoted name is part of the name. */
function insideQuotedName(text: string, start: number, end: number): boolean {
  if (!OPEN_QUOTE.test(text[start - 1] ?? '')) return false;
  for (let i = end; i < Math.min(text.length, end + 6); i++) {
    if (CLOSE_QUOTE.test(text[i]!)) return true;
    if (/[，。；、,;]/.test(text[i]!)) return false;
  }
  return false;
}

/** Spans inside 《…》: numbers in document titles are part of the title. */
function documentTitleSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open);
    if (close < 0) break;
    spans.push([open, close]);
  }
  return spans;
}

/** What is counted, from the words before the figure in its clause (再就业率达73% → 再就业率). */
function labelBefore(text: string, original: string, start: number): string | null {
  let s = start;
  while (s > 0 && start - s < 24 && !/[，,。；;：:、（）()\s“”"《》！？!?]/.test(text[s - 1]!)) s--;
  let end = start;
  // drop the verbs between the label and the number: 整改率达 → 整改率, 同比增长 → nothing
  for (let verb = LINK_VERBS.matchBefore(text, end); verb && end - verb.length >= s; verb = LINK_VERBS.matchBefore(text, end)) end -= verb.length;
  let from = s;
  for (let scope = SCOPE_WORDS.matchAt(text, from); scope && from + scope.length <= end; scope = SCOPE_WORDS.matchAt(text, from)) from += scope.length;
  // the noun phrase after the last verb of doing or function word: 实现营业收入 → 营业收入, 完成投资 → 投资
  // (a cut that leaves one character is inside the noun: 整改率)
  for (let i = end - 2; i > from; i--) {
    const cut = CUT_WORDS.matchBefore(text, i);
    if (cut && i - cut.length >= from) {
      from = i;
      break;
    }
  }
  const phrase = text.slice(from, end);
  if (phrase.length < 2 || phrase.length > 12 || /[\dA-Za-z%]/.test(phrase) || CUT_WORDS.has(phrase) || LINK_VERBS.has(phrase)) return null;
  return original.slice(from, end);
}
