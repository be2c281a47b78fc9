// Bodies written short (集团党委书记, 院长, 协会会长) name the article's own
// organisation of that kind; resolve them to its record where exactly one fits.
import type { Mention, Official, Organisation } from '../types.js';
import { foldSameLength } from './fold.js';
import { isAbbreviation } from './organisations.js';

/** Name endings of associations, chambers and guilds (香港中华厂商联合会, 台北市度量衡商业同业公会, 全港各区工商联). */
const ASSOCIATIONS = ['协会', '学会', '商会', '联合会', '公会', '总会', '工商联', '联谊会', '促进会', '研究会', '基金会', '工业会', '商业会', '协进会', '策进会', '同乡会'];

/** Kind of body a bare word or a title implies, as name endings of the organisations that fit. */
const BARE_KINDS: Array<[RegExp, string[]]> = [
  // 集团公司 is the article's group, never one of its companies (X物流有限公司)
  [/^集团/, ['集团']],
  [/^公司/, ['集团', '公司']],
  [/^(医院|院)/, ['医院', '卫生院']],
  [/^(学校|校|大学)/, ['大学', '学院', '学校', '中学', '小学']],
  [/^(协会|学会|商会)/, ASSOCIATIONS],
  // 厅党组书记, 局长 written after the department was named: the article's one 厅 or 局
  [/^厅$/, ['厅']],
  [/^局$/, ['局']],
  [/^(该行|本行|行|分行|支行)$/, ['银行', '分行', '支行']],
];

const TITLE_KINDS: Array<[RegExp, string[]]> = [
  [/^(副)?(董事长|总经理|总裁|总会计师|总工程师|总经济师)$/, ['集团', '公司']],
  [/^(副|常务副)?院长$/, ['医院', '卫生院', '学院', '研究院']],
  [/^(副|常务副)?校长$/, ['大学', '学院', '学校', '中学', '小学']],
  [/^(?:(?:副|常务副|执行|执行副|名誉|荣誉|永远名誉|永远荣誉|创会|总|副总)?会长|(?:副|常务副)?秘书长|(?:副|常务副|名誉|荣誉)?理事长|常务理事|常务监事|监事长)$/, ASSOCIATIONS],
  // 监事会主席, 董事会秘书: the board of the article's group or company
  [/^(监事会主席|监事会副主席|董事会秘书)$/, ['集团', '公司']],
  [/^(副)?行长$/, ['银行', '分行', '支行']],
  // 会议由副局长X主持: the article's 局 (the one mentioned most)
  [/^(副|常务副)?局长$/, ['局']],
  [/^(副|常务副)?厅长$/, ['厅']],
];

/** Party posts in a chain (党组成员、副厅长) belong where the post beside them does. */
const PARTY_POST = /^(党组|党委|纪委|纪检)/;

/** A person's first mention, and the text it stands in: where a bare title looks for its body. */
interface Near {
  mention: Mention;
  text: string;
  /** short names the text declares (以下简称“皖南城际公司”), folded */
  declared: ReadonlySet<string>;
}

function only(organisations: Organisation[], endings: string[], near?: Near): string | null {
  const fits = organisations.filter((o) => [o.name, ...o.aliases].some((n) => endings.some((e) => kindForm(n).endsWith(e))));
  // several of the kind: the one named last before the person in the same
  // sentence (澳门中华总商会派出理事长X, though 香港中华总商会 is named more),
  // else the one the article mentions most (the one named first on a tie)
  let best: Organisation | null = null;
  let bestAt = -1;
  if (near && fits.length > 1) {
    const { mention, text } = near;
    for (const o of fits) {
      for (const m of o.mentions) if (m.paragraph === mention.paragraph && m.end <= mention.start && m.start > bestAt && !/[。！？!?；;]/.test(text.slice(m.end, mention.start))) {
        best = o;
        bestAt = m.start;
      }
    }
  }
  const firstAt = (o: Organisation) => [o.mentions[0]!.paragraph, o.mentions[0]!.start] as const;
  const earlier = (a: Organisation, b: Organisation) => firstAt(a)[0] < firstAt(b)[0] || (firstAt(a)[0] === firstAt(b)[0] && firstAt(a)[1] < firstAt(b)[1]);
  if (!best) for (const o of fits) if (!best || o.mentions.length > best.mentions.length || (o.mentions.length === best.mentions.length && earlier(o, best))) best = o;
  // a body named once, late and never declared short is no article's own (…走访了原X集团所属的项目公司)
  if (!best || (best.mentions.length < 2 && best.aliases.length === 0 && best.mentions[0]!.paragraph > 1)) return null;
  // the text's own short name for it, where one was declared (皖南城际公司)
  // (an abbreviation only guessed, 高雄市商业会 for 高雄市五金商业同业公会, is not the text's)
  const short = best.aliases.filter((a) => a.length < best!.name.length && endings.some((e) => foldSameLength(a).endsWith(e)) && (!near || near.declared.has(foldSameLength(a))));
  return short.sort((a, b) => a.length - b.length)[0] ?? best.name;
}

/** 江西X集团有限公司 → 江西X集团, X物流有限公司 → X物流公司: the kind of body a name ends in */
function kindForm(name: string): string {
  const folded = foldSameLength(name);
  const bare = folded.replace(/(股份有限公司|有限责任公司|有限公司)$/, '');
  return bare === folded || bare.endsWith('集团') ? bare : bare + '公司';
}

/** A bare body word (集团, 院) → the one organisation of that kind, else the word. */
export function resolveBareBody(body: string, organisations: Organisation[], near?: Near): string | null {
  const folded = foldSameLength(body);
  for (const [pattern, endings] of BARE_KINDS) if (pattern.test(folded) && folded.replace(pattern, '').length <= 8 && !/[省市县区州]/.test(folded)) return only(organisations, endings, near);
  return null;
}

/**
 * The article's own group or company where the text names it only by its kind
 * (集团公司召开第三十八次党委会, 集团2023年终总结大会在总部召开): the first such
 * standalone word, in the article's script. Titles of the kind that find no
 * named body (董事长, 监事会主席) belong to it.
 */
export function ownBodyWords(paragraphs: readonly string[], folded: readonly string[]): OwnBodies {
  const first = (pattern: RegExp) => {
    for (const [p, text] of folded.entries()) {
      const m = pattern.exec(text);
      if (m) return paragraphs[p]!.slice(m.index + m[0].length - m[1]!.length, m.index + m[0].length);
    }
    return null;
  };
  const company = first(OWN_COMPANY);
  // 汇通集团一行到集团公司座谈: the article's own group is another than the one named
  const visited = company !== null && folded.some((text) => VISITED.test(text));
  return { company, bank: first(OWN_BANK), visited };
}
export interface OwnBodies {
  /** 集团公司, 集团, 公司 */
  company: string | null;
  /** 该行, 本行 */
  bank: string | null;
  /** the text has visitors come to the article's own group or company by its kind (到集团公司) */
  visited?: boolean;
}
// standalone: at a clause's start or after a day or time of day (not 公司债, 公司股)
const OWN_COMPANY = /(?:^|[，。；：！？\s]|日|午)(集团公司|集团|总公司|公司)(?![债股券])/;
const VISITED = /(?:到|来|赴|莅临|走进|走访)(?:集团公司|集团|总公司|公司)(?:[，。；、\s]|交流|调研|考察|座谈|参观|指导|洽谈|检查|开展|进行)/;
const OWN_BANK = /(?:^|[，。；：！？\s]|日|午)(该行|本行)/;

export interface ResolveContext {
  own?: OwnBodies;
  /** the article's paragraphs, folded */
  folded?: readonly string[];
  declared?: ReadonlySet<string>;
}

export function resolveOfficialBodies(officials: Official[], organisations: Organisation[], unverified: ReadonlySet<string> = new Set(), context: ResolveContext = {}): void {
  const own = context.own ?? { company: null, bank: null };
  const folded = context.folded ?? [];
  const declared = context.declared ?? new Set<string>();
  const forms = organisations.flatMap((o) => [o.name, ...o.aliases]).map(foldSameLength);
  for (const o of officials) {
    const first = o.mentions[0];
    const near = first && folded[first.paragraph] !== undefined ? { mention: first, text: folded[first.paragraph]!, declared } : undefined;
    for (const t of o.titles) {
      if (t.organisation !== null && unverified.has(t.organisation)) {
        const body = foldSameLength(t.organisation);
        if (!forms.some((f) => f.includes(body) || isAbbreviation(body, f))) t.organisation = null;
        // 台湾同胞投资企业联谊会 written where the article named 全国台湾同胞投资企业联谊会: the full name
        else {
          const full = organisations.find((r) => foldSameLength(r.name).endsWith(body) && r.name.length > body.length);
          if (full) t.organisation = full.name;
        }
      }
      // 集团公司党委书记X where guests came to 集团公司: the article's own group, unnamed
      if (t.organisation !== null && own.visited && foldSameLength(t.organisation) === foldSameLength(own.company!)) continue;
      if (t.organisation !== null) {
        const resolved = resolveBareBody(t.organisation, organisations, near);
        if (resolved) t.organisation = resolved;
        continue;
      }
      const kind = TITLE_KINDS.find(([pattern]) => pattern.test(foldSameLength(t.title)));
      if (kind) t.organisation = (own.visited && kind[1].includes('公司') ? own.company : only(organisations, kind[1], near)) ?? (kind[1].includes('公司') ? own.company ?? own.bank : kind[1].includes('银行') ? own.bank : null);
    }
    const bodies = new Set(o.titles.map((t) => t.organisation).filter((x) => x !== null));
    if (bodies.size === 1) for (const t of o.titles) if (t.organisation === null && PARTY_POST.test(foldSameLength(t.title))) t.organisation = [...bodies][0]!;
    // a title read twice (院长 before and after the body was known) is one title
    o.titles = o.titles.filter((t, i) => o.titles.findIndex((x) => x.title === t.title && x.organisation === t.organisation) === i);
  }
}
