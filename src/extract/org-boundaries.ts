// Where an organisation's name starts. The walk back from a suffix stops at
// punctuation and stop words; real pages glue more onto the front of a name
// (进一步支持省交通集团, 据县人民政府, 原市建工集团, 部分城市国资委) or write two
// bodies as one string (省委省政府, 陕西省和西安市发改委). A name that has a
// place or level prefix starts there when everything before the prefix is
// glue: verbs, adverbs, prepositions, time words, counters and modifiers.
import { matchPlaceAt, placeFirstCharacters } from '../places/index.js';
import { CLAUSE_PUNCT, isHan } from './fold.js';
import { isReferenceName, referenceAt } from './org-references.js';
import { DICT_FUNCTION_WORDS, DICT_VERBS, LEVEL_PREFIXES, ORG_GLUE, ORG_GLUE_ALONE, ORG_STOP_WORDS, ORG_STRONG_SUFFIXES, ORG_WEAK_SUFFIXES } from './lexicon.js';

/** Level words that open a body's name at the start of a place's own bodies (市政府, 县委). */
const LOCAL_LEVEL = /^(?:省|市|县|区|州|旗|镇|乡|自治区|自治州|自治县)/;
/** Characters that end a body's name, so a level word right after them opens a second body (省委|省政府). */
const BODY_END = /[委局厅办府院会署队所社]$/;
const ONE_CHAR_BODY_END = /[委局厅办府]$/;
/** 原 opening a word (原子, 原则, 原料 …) rather than marking a former name */
const FORMER_NOT = /[子则因来本始料有先告理创油煤材稿籍址]/;
/** a unit of the body before it (市公安局南山区分局): one name, not two bodies */
const SUB_UNIT = /(?:分局|分会|分公司|子公司|支行|分行|支队|大队|中队|派出所|营业部|办事处|分院|分校|分中心|工作站|项目部|项目经理部|分部|工区|事业部|电厂|发电厂|煤矿|特派办|代表处|调查总队|调查队)$/;

/** words that end in a level character (开发区, 城市): that character opens no name */
export const ENDS_IN_LEVEL = /(?:开发|高新|新|园|社|城|郊|景|市|辖|片|矿|牧|林|山|灾|港|保税)区$|(?:城|都|超|上|股|门|夜|集|县|省)市$|(?:郡|州)县$/;

/**
 * Length of a place's name at `at`, or 0: any full name (临渭区), and the
 * short form of a province or city (陕西, 渭南); a county's short form is as
 * often a brand or a word (广信, 长安, 新华) and counts only written in full.
 */
export function placeAt(folded: string, at: number): number {
  const match = matchPlaceAt(folded, at);
  if (!match || match.length < 2) return 0;
  const written = folded.slice(at, at + match.length);
  return match.places.some((p) => p.name === written || p.level !== 'county') ? match.length : 0;
}

/** the last characters of the strong suffixes of two or more characters */
const STRONG_LAST = new Set(ORG_STRONG_SUFFIXES.words.filter((w) => w.length >= 2).map((w) => w[w.length - 1]!));

/** the first characters of every place and level prefix */
const PREFIX_FIRST = new Set([...LEVEL_PREFIXES.words.map((w) => w[0]!), ...placeFirstCharacters()]);

/** prefixAt's answers for the paragraph read last, by position (-1: not asked yet) */
let memoText = '';
let memo = new Int8Array(0);

/** Length of a place or level prefix opening a name at `at`, or 0. */
export function prefixAt(folded: string, at: number): number {
  if (folded !== memoText) {
    memoText = folded;
    memo = new Int8Array(folded.length + 1).fill(-1);
  }
  if (memo[at] === -1) memo[at] = prefixLength(folded, at);
  return memo[at]!;
}

function prefixLength(folded: string, at: number): number {
  const place = placeAt(folded, at);
  if (place > 0) return place;
  const level = LEVEL_PREFIXES.matchAt(folded, at);
  if (!level) return 0;
  return level.length === 1 && ENDS_IN_LEVEL.test(folded.slice(Math.max(0, at - 2), at + 1)) ? 0 : level.length;
}

/** Can `part` be read wholly as glue words (支持, 进一步, 据, 原, 部分, 上半年 …)? */
function isGlue(part: string): boolean {
  if (part.length === 0) return true;
  // a longest-first cover by glue and stop words, with a short look-back for ambiguity
  const reach = new Array<boolean>(part.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < part.length; i++) {
    if (!reach[i]) continue;
    for (let len = 1; len <= 6 && i + len <= part.length; len++) {
      const word = part.slice(i, i + len);
      if (ORG_GLUE.has(word) || ORG_STOP_WORDS.has(word) || (len >= 2 && (DICT_VERBS.has(word) || DICT_FUNCTION_WORDS.has(word)))) reach[i + len] = true;
    }
  }
  return reach[part.length]!;
}

/** Does `part` end in glue: a verb or function word (该公司成功入选|省发展改革委, 欢迎更多像|省机场集团)? */
function endsInGlue(part: string): boolean {
  for (let len = Math.min(4, part.length); len >= 1; len--) {
    const word = part.slice(part.length - len);
    if (ORG_GLUE.has(word) || ORG_STOP_WORDS.has(word) || (len >= 2 && (DICT_VERBS.has(word) || DICT_FUNCTION_WORDS.has(word)))) return true;
  }
  return false;
}

/** After the glue words opening a stem (上半年, 部分, 全资, 目前 …), leaving a stem before `suffixStart`. */
function cutLeadingGlue(folded: string, s: number, suffixStart: number): number {
  for (let cut = true; cut && s < suffixStart; ) {
    // (大同市: a place the dictionary also knows as a function word stays)
    const word = ORG_GLUE_ALONE.matchAt(folded, s) ?? (prefixAt(folded, s) === 0 ? functionWordAt(folded, s, suffixStart) : null);
    cut = word !== null && word.length >= 2 && s + word.length <= suffixStart;
    if (cut) s += word!.length;
  }
  return s;
}

/** The longest dictionary function word (目前, 一直, 通过 …) at `at` that leaves a stem before `limit`. */
function functionWordAt(folded: string, at: number, limit: number): string | null {
  for (let len = Math.min(4, limit - at - 1); len >= 2; len--) {
    const word = folded.slice(at, at + len);
    if (DICT_FUNCTION_WORDS.has(word)) return word;
  }
  return null;
}

/**
 * The start of the name ending at `end` whose stem the walk back found at
 * `start` (suffix at `suffixStart`): later when two bodies were written as
 * one or glue stands before a place or level prefix.
 */
export function refineStart(folded: string, start: number, suffixStart: number, end: number): number {
  let s = start;
  // a stem of one character has nothing to cut (省|委)
  if (suffixStart - start < 2) return start;
  // a listed body the walk cut into (工业和|信息化部工业文化发展中心): the name starts at the body's
  // (only where the walk stopped inside running text)
  if (start > 0 && isHan(folded[start - 1]) && !CLAUSE_PUNCT.test(folded[start - 1]!)) {
    for (let p = Math.max(0, start - 12); p < start; p++) {
      const form = referenceAt(folded, p);
      if (form && p + form.length > start && p + form.length <= suffixStart) return p;
    }
  }
  // a body, then a verb, then this name: 南京大学共建|创新中心, 省建筑业协会拜会|协会
  for (let k = suffixStart - 2; k > s + 1; k--) {
    if (!STRONG_LAST.has(folded[k - 1]!)) continue;
    const verb = folded.slice(k, k + 2);
    if (!DICT_VERBS.has(verb) || verb === '派驻' || verb === '派出') continue;
    if ((ORG_STRONG_SUFFIXES.matchBefore(folded, k)?.length ?? 0) >= 2) {
      s = k + 2;
      break;
    }
  }
  // two bodies in one string: 省委|省政府, 福州市委|市政府, 陕西省和|西安市发改委
  // (市纪委市监委派驻第六纪检监察组 is one body: the office sent by both)
  if (!/派驻|派出/.test(folded.slice(start, end)) && !SUB_UNIT.test(folded.slice(start, end))) {
    for (let k = suffixStart - 1; k > s; k--) {
      const before = folded[k - 1]!;
      if (!BODY_END.test(before) && !/[和与及]/.test(before)) continue;
      const level = LOCAL_LEVEL.test(folded.slice(k, k + 3));
      const place = placeAt(folded, k);
      const opensBody = level || place > 0;
      if (!opensBody) continue;
      // 国家矿山安全监察局山西局: a branch named by its place alone is a unit of the body before
      if (place > 0 && end - (k + place) <= 2) continue;
      // (a one-character level word only after a body's own last character: 社|区 is 社区)
      const afterBody = (place > 0 ? BODY_END : ONE_CHAR_BODY_END).test(before) && (ORG_WEAK_SUFFIXES.has(before) || ORG_STRONG_SUFFIXES.matchBefore(folded, k) !== null);
      const afterConjunction = /[和与及]/.test(before) && k - 1 > s && place > 0;
      if (afterBody || afterConjunction) {
        s = k;
        break;
      }
    }
  }
  // glue before a place or level prefix: 进一步支持|省交通集团, 据|县人民政府办公室, 原|县经贸委
  // (a name that opens with a prefix already starts there: 全国台湾同胞投资企业联谊会)
  const anchored = prefixAt(folded, s) > 0;
  for (let k = s + 1; !anchored && k < suffixStart; k++) {
    if (!PREFIX_FIRST.has(folded[k]!) || prefixAt(folded, k) === 0) continue;
    const part = folded.slice(s, k);
    // (派驻市住房和城乡建设局纪检监察组: the office's name says where it is sent)
    // (农发行|湖南省分行: a listed body's short form, though 发行 is a verb, is the parent's name)
    if ((isGlue(part) || endsInGlue(part)) && !part.endsWith('派驻') && !isReferenceName(part)) {
      s = k;
      break;
    }
  }
  // glue with no prefix after it: 上半年|公司, 部分|城市国资委, 全资|子公司, 目前|…
  s = cutLeadingGlue(folded, s, suffixStart);
  // 原闽西建工集团: the body as it was named, the 原 is the person's or the text's
  if (folded[s] === '原' && !FORMER_NOT.test(folded[s + 1] ?? '') && suffixStart - s > 2) s++;
  // 3家|中资银行, 8家|社区卫生服务中心: a counter after a number is no part of the name
  if (s > 0 && /[\d一二三四五六七八九十两几多]/.test(folded[s - 1]!) && /[家个所座户名位批项]/.test(folded[s]!)) s++;
  // 其|全资子公司: a pronoun before the glue
  if (/[其该我]/.test(folded[s]!) && ORG_GLUE_ALONE.matchAt(folded, s + 1)) s++;
  s = cutLeadingGlue(folded, s, suffixStart);
  while (s < end && !isHan(folded[s])) s++;
  return s;
}
