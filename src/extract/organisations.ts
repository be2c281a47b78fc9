// Organisations by grammar: a stem walked back from a suffix (集团, 委员会,
// 局 …) to a clause boundary or stop word. Strong suffixes stand alone; weak
// one-character ones (委, 局, 厅 …) need a place or level prefix and a
// plausible next word. Declared short names `(以下简称“X”)` and abbreviations
// (a shorter form with the same first character and suffix, its characters in
// order in the full name) become aliases of one record.
import type { Mention, Organisation } from '../types.js';
import { CLAUSE_PUNCT, isHan } from './fold.js';
import { ENDS_IN_LEVEL, placeAt, refineStart } from './org-boundaries.js';
import { findReferenceNames, isReferenceBody, referenceFullName } from './org-references.js';
import {
  CONVENE_VERBS,
  DICT_FUNCTION_WORDS,
  DICT_VERBS,
  GENERIC_ORG_STEMS,
  LEVEL_PREFIXES,
  MEETING_SUFFIXES,
  NOT_IN_ORG_NAMES,
  NOUN_STOP_WORDS,
  ORG_NOT_BEFORE_WEAK,
  ORG_NOT_AFTER_WEAK,
  ORG_STOP_WORDS,
  ORG_STRONG_NOT_AFTER,
  ORG_STRONG_SUFFIXES,
  ORG_WEAK_FOLLOWERS,
  ORG_WEAK_SUFFIXES,
  PLACE_SUFFIXES,
  PROVINCES,
  TITLES,
  VENUE_ENDINGS,
} from './lexicon.js';

const MAX_ORG_LENGTH = 32;
const PLACE_PREFIX = /^[\u3400-\u9fff]{2,3}?[省市县]/;
/** bodies named by what they do (服务指导中心, 推进办), unlike companies (指导子公司) */
const FUNCTION_SUFFIX = /^(中心|办|办公室|站|组|小组|工作小组|领导小组|处|科|委员会|所|研究院|研究所|研究会|实验室)$/;
const COMPANY_CONTINUES = /^(?:股份有限公司|有限责任公司|有限公司|公司)/;
const LEVEL_LIST = /^(?:省市县|市县区|县市区|省市|市县|县区|市州|州市|乡镇)(?!场)/;
const COMPANY_FORMS = ['股份有限公司', '有限责任公司', '有限公司'];
const FACILITY = /中心$/;
/** people of a body, not a unit of it (领导小组成员及…) */
const PEOPLE_WORDS = /成员|员工|职工|干部|人员|代表|负责人|领导|党员|委员|同志/;
const COMPANY_END = /(公司|集团)$/;

/** bodies set up for a task, named by it (市创建全国文明城市工作领导小组): the stop words inside are the task */
const TASK_BODY = /^(?:工作领导小组|领导小组|工作小组|指挥部|工作专班|委员会)$/;
const MAX_TASK_NAME = 24;

/** 市创建全国文明城市工作领导小组: a task body's name runs from a level prefix at the clause's start. */
function taskNameStart(folded: string, s: number, suffixStart: number, end: number): number {
  if (!TASK_BODY.test(folded.slice(suffixStart, end))) return s;
  let k = s;
  while (k > 0 && end - k < MAX_TASK_NAME && isHan(folded[k - 1]) && !CLAUSE_PUNCT.test(folded[k - 1]!)) k--;
  if (k === s || (k > 0 && isHan(folded[k - 1]) && !CLAUSE_PUNCT.test(folded[k - 1]!))) return s;
  if (!/^[省市县区州]/.test(folded[k]!) && placeAt(folded, k) === 0) return s;
  if (CONVENE_VERBS.matchAt(folded, k) || /[，。；：]/.test(folded.slice(k, end))) return s;
  for (let i = k; i < suffixStart; i++) if (CONVENE_VERBS.matchAt(folded, i) || TITLES.matchAt(folded, i)?.length! >= 2) return s;
  return k;
}

/** Walk back from `end` over the stem of a name: stops at punctuation, non-Han, stop words and titles. */
export function walkBackStem(folded: string, end: number, suffixStart: number): number {
  let s = suffixStart;
  while (s > 0 && end - s < MAX_ORG_LENGTH) {
    const ch = folded[s - 1]!;
    if (!isHan(ch) || CLAUSE_PUNCT.test(ch)) break;
    const stop = ORG_STOP_WORDS.matchBefore(folded, s);
    // 服务指导中心: a verb-like word right before the suffix is part of the name
    const nounLike = stop !== null && s === suffixStart && NOUN_STOP_WORDS.has(stop) && FUNCTION_SUFFIX.test(folded.slice(suffixStart, end));
    // 中华民国全国工业总会: 全国 inside a national name
    // (中华民国医疗器材公会全国联合会: and a body's own national federation)
    const national = stop === '全国' && (/(中华民国|中国|中华)$/.test(folded.slice(Math.max(0, s - 6), s - 2)) || ORG_STRONG_SUFFIXES.matchBefore(folded, s - 2) !== null);
    if (stop && !nounLike && !national && !(/^[和与及]$/.test(stop) && conjoinedName(folded, s - 1))) {
      s = taskNameStart(folded, s, suffixStart, end);
      break;
    }
    if (CONVENE_VERBS.matchBefore(folded, s)) break;
    // 特派员办事处: a title naming the office it heads
    const title = s === suffixStart && folded.startsWith('办事处', suffixStart) ? null : TITLES.matchBefore(folded, s);
    // a title right before (…主任X委) ends the stem, unless it is part of a name like 市委
    // or opens a body (常委会, 委员会)
    // or starts inside a suffix (银行|长沙支行)
    // (or is the start of the suffix itself: 领导|小组)
    // (审计署长沙特派办: 署长 is no title where its 长 opens a place)
    const titleInPlace = title !== null && placeAt(folded, s - 1) > 0;
    if (title && title.length >= 2 && !titleInPlace && folded[s] !== '会' && !ORG_STRONG_SUFFIXES.matchBefore(folded, s - title.length + 1) && (ORG_STRONG_SUFFIXES.matchAt(folded, s - title.length)?.length ?? 0) <= title.length) break;
    s--;
  }
  return refineStart(folded, s, suffixStart, end);
}

/** 省住房和城乡建设厅: a 和 inside a name, where a level prefix opens the name a few characters back. */
function conjoinedName(folded: string, conjunction: number): boolean {
  // 中央和省委: a level word after the conjunction starts a second body;
  // 某厅与某公司: so does a conjunction right after a finished name
  if (LEVEL_PREFIXES.matchAt(folded, conjunction + 1)) return false;
  // 陕西省和西安市发改委: a place after the conjunction opens a second body
  if (placeAt(folded, conjunction + 1) > 0) return false;
  if (ORG_STRONG_SUFFIXES.matchBefore(folded, conjunction) || ORG_WEAK_SUFFIXES.has(folded[conjunction - 1]!)) return false;
  // 华南理工大学机械与汽车工程学院: a unit of the body named just before, with 与 in its own name
  for (let k = conjunction - 1; k >= Math.max(1, conjunction - 4); k--) {
    if (!isHan(folded[k]) || CLAUSE_PUNCT.test(folded[k]!) || ORG_STOP_WORDS.matchBefore(folded, k + 1) || TITLES.matchAt(folded, k) || ORG_WEAK_FOLLOWERS.matchAt(folded, k) || PEOPLE_WORDS.test(folded.slice(k, conjunction))) break;
    const inner = ORG_STRONG_SUFFIXES.matchBefore(folded, k);
    if (inner && inner.length >= 2) return true;
  }
  for (let k = conjunction - 1; k >= Math.max(0, conjunction - 8); k--) {
    if (!isHan(folded[k]) || CLAUSE_PUNCT.test(folded[k]!)) return false;
    // 派驻市住房和城乡建设局纪检监察组: the office is sent to the bureau
    if (folded.startsWith('派驻', k - 2) && /^[省市县区]/.test(folded[k]!)) return true;
    // (市府将与工业会: a stop word between the prefix and the conjunction ends the name)
    if (ORG_STOP_WORDS.matchBefore(folded, k + 1)) return false;
    const level = LEVEL_PREFIXES.matchAt(folded, k) ?? PROVINCES.matchAt(folded, k) ?? (placeAt(folded, k) > 0 ? 'place' : null);
    // (广州市天河区城市管理和综合执法局: a place after a place opens the name too)
    if (level && (k === 0 || !isHan(folded[k - 1]) || ORG_STOP_WORDS.matchBefore(folded, k) || /[省市县区州]/.test(folded[k - 1]!))) return true;
  }
  return false;
}

function hasPlaceOrLevel(name: string): boolean {
  if (LEVEL_PREFIXES.matchAt(name, 0) || PROVINCES.matchAt(name, 0) || placeAt(name, 0) > 0) return true;
  // (社区, 园区: no place)
  for (let i = 1; i < name.length - 1; i++) if (PLACE_SUFFIXES.matchAt(name, i) && isHan(name[i - 1]) && !ENDS_IN_LEVEL.test(name.slice(Math.max(0, i - 2), i + 1))) return true;
  return false;
}

/**
 * Is `name` (folded) an organisation name by the grammar? `relaxed` for the
 * body written before a title (发展规划处处长), where a weak suffix needs no place.
 */
export function isOrganisationName(name: string, relaxed = false): boolean {
  if (name.length < 2 || name.length > MAX_ORG_LENGTH) return false;
  if (isReferenceBody(name)) return true;
  if (/^[年月日号个好得着过为各每此该本]/.test(name) || /^[\d一二三四五六七八九十百千万两几多数]+[家个所座户]/.test(name)) return false;
  if (TITLES.matchBefore(name, name.length)) return false;
  if (NOT_IN_ORG_NAMES.some((w) => name.includes(w))) return false;
  // 集团职工培训中心, 公司会议室: a part of the article's own body, not a body of its own
  if (/^(集团|公司|医院|学校)[\u3400-\u9fff]/.test(name) && !COMPANY_CONTINUES.test(name.slice(2))) return false;
  // 市县区维稳办: the offices at several levels, not one body
  if (LEVEL_LIST.test(name)) return false;
  // 长沙、株洲两市工信局, 广东省和深圳市两级工商联: the offices of several places or levels, not one body
  if (/[两几数][省市县区]|[两三四五各]级/.test(name)) return false;
  if (VENUE_ENDINGS.matchBefore(name, name.length)) return false;
  if (MEETING_SUFFIXES.matchBefore(name, name.length)) return false;
  // 省级工程技术研究中心: a rank of body, not a body
  if (/^(省级|市级|县级|区级|国家级|部级)/.test(name)) return false;
  const strong = ORG_STRONG_SUFFIXES.matchBefore(name, name.length);
  if (strong) {
    const stem = name.slice(0, name.length - strong.length);
    if (stem.length === 0 || GENERIC_ORG_STEMS.has(stem)) return false;
    // 数据中心, 算力中心: a short stem with no place names a kind of centre
    if (strong === '中心' && stem.length < 4 && !hasPlaceOrLevel(name) && !relaxed) return false;
    return true;
  }
  const last = name[name.length - 1]!;
  const weak = ORG_WEAK_SUFFIXES.has(name.slice(-2)) ? name.slice(-2) : last;
  if (ORG_NOT_BEFORE_WEAK[weak]?.includes(name[name.length - weak.length - 1] ?? '')) return false;
  // 市委, 县委: a place's party committee, written as its level alone
  if (/^[省市县区州]委$/.test(name)) return true;
  if (ORG_WEAK_SUFFIXES.has(weak)) return name.length > weak.length + 1 && !GENERIC_ORG_STEMS.has(name.slice(0, -weak.length)) && (hasPlaceOrLevel(name) || (relaxed && name.length >= 3));
  return false;
}

/** A weak suffix is only a suffix when the next word fits: punctuation, a title, a verb. */
function weakSuffixFits(folded: string, after: number, suffix: string): boolean {
  const next = folded[after];
  if (next === undefined || !isHan(next)) return true;
  for (const bad of ORG_NOT_AFTER_WEAK[suffix] ?? []) if (folded.startsWith(bad, after)) return false;
  // 省委省政府, 市纪委市监委: a second body of the same place follows
  if (/^[省市县区州]/.test(next) && ORG_STRONG_SUFFIXES.matchAt(folded, after + 1) !== null) return true;
  if (/^[省市县区州]/.test(next) && ORG_WEAK_SUFFIXES.has(folded[after + 2] ?? '')) return true;
  // 市工信局摸清了, 省发展改革委公布: a verb of jieba's dictionary
  return Boolean(TITLES.matchAt(folded, after) || ORG_WEAK_FOLLOWERS.matchAt(folded, after) || CONVENE_VERBS.matchAt(folded, after) || DICT_VERBS.has(folded.slice(after, after + 2)) || DICT_FUNCTION_WORDS.has(folded.slice(after, after + 2)));
}

/** 集团调度指挥中心, 医院学术报告厅: the suffix opens a room or building, not a body. */
function partOfVenue(text: string, end: number): boolean {
  for (let e = end + 1; e <= Math.min(text.length, end + 10); e++) {
    if (!isHan(text[e - 1]) || ORG_STOP_WORDS.matchAt(text, e - 1) || CONVENE_VERBS.matchAt(text, e - 1)) return false;
    if (VENUE_ENDINGS.matchBefore(text, e) && (e === text.length || !isHan(text[e]) || CONVENE_VERBS.matchAt(text, e))) return true;
  }
  return false;
}

interface Found {
  name: string; // folded
  paragraph: number;
  start: number;
  end: number;
}

/** Every organisation-shaped span in the folded paragraphs. */
function findCandidates(folded: string[]): Found[] {
  const out: Found[] = [];
  folded.forEach((text, paragraph) => {
    for (let end = text.length; end >= 2; end--) {
      const strong = ORG_STRONG_SUFFIXES.matchBefore(text, end);
      let suffixStart = -1;
      if (strong) {
        // the longest suffix ends here; skip when a longer name continues it (集团 in 集团有限公司)
        const longer = ORG_STRONG_SUFFIXES.matchAt(text, end - strong.length);
        if (longer && longer.length > strong.length) continue;
        if (COMPANY_CONTINUES.test(text.slice(end, end + 6))) continue;
        // 理论学习中心组 is a study group of the body, not a centre; 中心城市 is no centre either
        if (strong === '中心' && text[end] === '组') continue;
        if (ORG_STRONG_NOT_AFTER[strong]?.some((w) => text.startsWith(w, end))) continue;
        // 总队 in 总队长: the suffix is the start of a title
        const title = TITLES.matchAt(text, end - strong.length);
        if (title && title.length > strong.length) continue;
        suffixStart = end - strong.length;
      } else if (ORG_WEAK_SUFFIXES.has(text[end - 1]!) && weakSuffixFits(text, end, text[end - 1]!)) {
        suffixStart = end - 1;
      } else continue;
      // a strong suffix directly followed by more name (公司 in 公司党委) is still a name end
      // (a full company name stays a name before its own 调度中心)
      if (!(strong && strong.endsWith('公司')) && partOfVenue(text, end)) continue;
      // 国网X供电公司调度控制中心, X集团研发中心: a facility of the company named, not a body of its own
      if (strong && FACILITY.test(strong) && COMPANY_END.test(text.slice(Math.max(0, end - strong.length - 12), end - strong.length).replace(/(调度|控制|研发|技术|指挥|数据|监控|运营)+$/, ''))) continue;
      const start = walkBackStem(text, end, suffixStart);
      let name = text.slice(start, end);
      let nameEnd = end;
      // 市公安局党委: the body is 市公安局
      const party = /(党委|党组|党工委|纪委)$/.exec(name);
      if (party && isOrganisationName(name.slice(0, -party[0].length))) {
        name = name.slice(0, -party[0].length);
        nameEnd -= party[0].length;
      }
      // 在职工培训中心召开: a room or building named as the venue, with no place or company to make it a body
      const venueSlot = text[start - 1] === '在' && CONVENE_VERBS.matchAt(text, end) !== null && !hasPlaceOrLevel(name) && !/(公司|集团)$/.test(name);
      if (!venueSlot && isOrganisationName(name)) out.push({ name, paragraph, start, end: nameEnd });
    }
  });
  return out;
}

export const SHORT_NAME = /[（(]\s*(?:以下简称|以下称|下称|简称)\s*[:：]?\s*[“"「]?([^”"」)）]{2,16})[”"」]?\s*[)）]/g;

function core(name: string): string {
  // 发展和改革委员会 / 发展改革委: one kind of body
  if (name.endsWith('委员会') && name.length > 4) return name.slice(0, -2);
  for (const form of COMPANY_FORMS) if (name.endsWith(form) && name.length > form.length + 1) {
    const rest = name.slice(0, -form.length);
    return rest.endsWith('集团') ? rest : rest + '公司';
  }
  return name;
}

/** Is `short` an abbreviation of `full` (江能集团 of 江西省能源集团有限公司)? */
export function isAbbreviation(short: string, full: string): boolean {
  if (short === full || short.length >= full.length || short.length < 2) return false;
  // 中国南方电网有限责任公司 / 南方电网公司: the national prefix is dropped in short forms
  const national = /^(中国|中华|全国)/.exec(full);
  // 中国银行 is a bank of its own, not 中国建设银行 written short
  if (national && short.startsWith(national[0]) && ORG_STRONG_SUFFIXES.has(short.slice(national[0].length))) return false;
  if (national && short[0] !== full[0]) return isAbbreviation(short, full.slice(national[0].length));
  // 茂名市滨海人民医院 / 滨海人民医院: the city is dropped too
  const province = PROVINCES.matchAt(full, 0);
  const place = province && /^[省市]/.test(full.slice(province.length)) ? province + full[province.length] : province ?? PLACE_PREFIX.exec(full)?.[0] ?? null;
  if (place && short[0] !== full[0] && !PLACE_PREFIX.test(short)) {
    const rest = full.slice(place.length);
    const level = place.slice(-1);
    // 江西省生态环境厅 / 省生态环境厅 (the level word stays), 省住建厅 (and is abbreviated)
    if (short.length >= 4 && short[0] === level && /[省市县]/.test(level) && !/^.(委|政府|人民政府)$/.test(short)) {
      return short.slice(1) === rest || isAbbreviation(short.slice(1), rest);
    }
    return rest === short || isAbbreviation(short, rest);
  }
  if (short[0] !== full[0]) return false;
  // 某市委 is a body of its own, not a short form of 某市某县委政法委
  if (/[省市县区州](委|政府|人民政府)$/.test(short)) return false;
  const a = core(short);
  const b = core(full);
  if (a === b) return true;
  // the same kind of body: the same last character (市场监管局 / 市场监督管理局)
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  let j = 0;
  for (const ch of b) if (ch === a[j]) j++;
  return j === a.length;
}

export interface OrganisationResult {
  organisations: Organisation[];
  /** folded name or alias → the record's name, for officials and meetings */
  canonical: Map<string, string>;
}

/**
 * @param extra folded names known to be organisations from other patterns
 *   (the body before an official's title), with a place.
 */
export function extractOrganisations(paragraphs: readonly string[], folded: readonly string[], extra: Found[] = []): OrganisationResult {
  // a body written before an official's title and name is a body even without a place (发展规划处处长X)
  const found = [...findCandidates([...folded]), ...findReferenceNames(folded), ...extra.filter((f) => isOrganisationName(f.name, true))];
  // declared short names
  const declared = new Map<string, string>(); // alias → full
  folded.forEach((text) => {
    for (const m of text.matchAll(SHORT_NAME)) {
      const before = found.filter((f) => folded[f.paragraph] === text && f.end <= m.index! && m.index! - f.end <= 1);
      const full = before.sort((x, y) => y.end - x.end || x.start - y.start)[0];
      if (full) declared.set(m[1]!, full.name);
    }
  });
  // group forms into records
  const forms = [...new Set([...found.map((f) => f.name), ...declared.keys()])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const groupOf = new Map<string, string>(); // form → representative (longest full form)
  for (const form of forms) {
    const full = declared.get(form);
    if (full !== undefined) {
      groupOf.set(form, groupOf.get(full) ?? full);
      continue;
    }
    // 南方电网 / 中国南方电网有限责任公司: forms of one listed body
    const listed = referenceFullName(form);
    const sameBody = listed === undefined ? undefined : forms.find((f) => f !== form && groupOf.get(f) === f && referenceFullName(f) === listed && (f === listed || f.length > form.length));
    const rep = sameBody ?? forms.find((f) => f.length > form.length && groupOf.get(f) === f && isAbbreviation(form, f));
    groupOf.set(form, rep ?? form);
  }
  // mentions: longest forms first, no overlaps
  const taken: Array<Set<number>> = folded.map(() => new Set());
  const mentions = new Map<string, Mention[]>();
  for (const form of forms) {
    folded.forEach((text, paragraph) => {
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
        let free = true;
        for (let k = at; k < at + form.length; k++) if (taken[paragraph]!.has(k)) free = false;
        if (!free) continue;
        for (let k = at; k < at + form.length; k++) taken[paragraph]!.add(k);
        const rep = groupOf.get(form)!;
        const list = mentions.get(rep) ?? [];
        list.push({ paragraph, start: at, end: at + form.length });
        mentions.set(rep, list);
      }
    });
  }
  const canonical = new Map<string, string>();
  const organisations: Organisation[] = [];
  const reps = [...new Set(groupOf.values())];
  for (const rep of reps) {
    const list = (mentions.get(rep) ?? []).sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    if (list.length === 0) continue;
    const original = (m: Mention) => paragraphs[m.paragraph]!.slice(m.start, m.end);
    // the record shows the text's own script
    const first = list.find((m) => folded[m.paragraph]!.slice(m.start, m.end) === rep);
    const name = first ? original(first) : rep;
    const aliasForms = forms.filter((f) => f !== rep && groupOf.get(f) === rep);
    // a form seen only inside a longer one (X集团 in X集团有限公司) is no alias of its own
    const aliases = aliasForms.flatMap((f) => {
      const m = list.find((x) => folded[x.paragraph]!.slice(x.start, x.end) === f);
      return m ? [original(m)] : [];
    });
    organisations.push({ name, aliases, mentions: list });
    canonical.set(rep, name);
    for (const f of aliasForms) canonical.set(f, name);
  }
  organisations.sort((a, b) => a.mentions[0]!.paragraph - b.mentions[0]!.paragraph || a.mentions[0]!.start - b.mentions[0]!.start);
  return { organisations, canonical };
}

export type { Found as OrganisationSpan };
