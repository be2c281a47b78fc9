// Officials: a title from the lexicon, the body it belongs to (the words
// before it), and a name after it checked against the surname list and the
// words that follow names. Chains (常委、常务副市长), titles carried along an
// enumeration (总经理A、副总经理B: both at the same body) and one title shared
// by a list (领导A、B) are followed; later bare-name mentions join the person.
import type { Mention, Official, Title } from '../types.js';
import { CLAUSE_PUNCT, foldSameLength, isHan } from './fold.js';
import { COMPOUND_SURNAMES, NAME_FOLLOWERS, NOT_NAME_CHARS, ORG_STOP_WORDS, ORG_STRONG_SUFFIXES, SINGLE_SURNAMES, TITLES, WEAK_TITLES } from './lexicon.js';
import { isOrganisationName, SHORT_NAME, walkBackStem, type OrganisationSpan } from './organisations.js';

/** One-character verbs of saying, which end names rather than finish them. */
const SAYING = new Set(['说', '称']);

/** The middle dots that join the parts of a transliterated name (艾尔肯·吐尼亚孜). */
const NAME_DOTS = new Set(['·', '•', '・', '‧']);

/**
 * Length of a transliterated name at `at` (艾尔肯·吐尼亚孜, 玉苏甫江·麦麦提), or 0:
 * parts of Han characters joined by middle dots, the dot standing in for the
 * surname check. Each part after a dot ends at the first place a name may end
 * (a follower or punctuation), as a given name does.
 */
function readDottedName(folded: string, at: number): number {
  let first = 0;
  while (first < 8 && isHan(folded[at + first]) && !NOT_NAME_CHARS.has(folded[at + first]!)) first++;
  if (first === 0 || !NAME_DOTS.has(folded[at + first] ?? '')) return 0;
  let from = at + first + 1;
  for (let parts = 1; parts < 4; parts++) {
    let length = 0;
    for (let l = 2; l <= 10; l++) {
      const c = folded[from + l - 1];
      if (!isHan(c) || NOT_NAME_CHARS.has(c!)) break;
      const next = folded[from + l] ?? '';
      if (NAME_DOTS.has(next) || followerLength(folded, from + l) > 0) {
        length = l;
        break;
      }
    }
    if (length === 0) return 0;
    if (!NAME_DOTS.has(folded[from + length] ?? '')) return from + length - at;
    from += length + 1;
  }
  return 0;
}

/** Length of a personal name starting at `at` in folded text, or 0. */
export function readName(folded: string, at: number): number {
  const dotted = readDottedName(folded, at);
  if (dotted > 0) return dotted;
  const compound = COMPOUND_SURNAMES.has(folded.slice(at, at + 2));
  const surname = compound ? 2 : SINGLE_SURNAMES.has(folded[at] ?? '') ? 1 : 0;
  if (surname === 0) return 0;
  const fits: Array<{ length: number; follower: number }> = [];
  for (const given of [2, 1]) {
    const end = at + surname + given;
    if (end > folded.length) continue;
    let ok = true;
    for (let k = at + surname; k < end; k++) if (!isHan(folded[k]) || NOT_NAME_CHARS.has(folded[k]!)) ok = false;
    // a title inside the name means the name ended before it
    for (let k = at + surname; k < end && ok; k++) if (TITLES.matchAt(folded, k)) ok = false;
    // 张先生, 李女士: a form of address, not a given name
    if (ok && NOT_GIVEN_NAMES.test(folded.slice(at + surname, end))) ok = false;
    const follower = ok ? followerLength(folded, end) : 0;
    if (follower > 0) fits.push({ length: end - at, follower });
  }
  if (fits.length === 0) return 0;
  // 巫平陪同调研, 欧阳琳作总结: the shorter name wins when a longer word follows it (陪同 over 同)
  if (fits.length === 2 && fits[1]!.follower > fits[0]!.follower) return fits[1]!.length;
  // 孙华说，…: a verb of saying after a two-character name, not a given name's end
  if (fits.length === 2 && SAYING.has(folded[at + fits[1]!.length] ?? '')) return fits[1]!.length;
  return fits[0]!.length;
}

/** Length of the word that may follow a name at `at` (Infinity at punctuation or the end), 0 if none. */
function followerLength(folded: string, at: number): number {
  const next = folded[at];
  if (next === undefined || !isHan(next) || CLAUSE_PUNCT.test(next)) return Infinity;
  return NAME_FOLLOWERS.matchAt(folded, at)?.length ?? 0;
}

function nameBoundary(folded: string, at: number): boolean {
  return followerLength(folded, at) > 0;
}

/** The body written before a title: the clause's tail after stop words, if it reads as a body. */
function bodyBefore(folded: string, titleStart: number): { name: string; start: number; end: number } | null {
  // …有限公司（以下简称“X”）党委书记: the declared short name is the body
  if (/[)）]/.test(folded[titleStart - 1] ?? '')) {
    const open = Math.max(folded.lastIndexOf('(', titleStart), folded.lastIndexOf('（', titleStart));
    const inner = open >= 0 ? folded.slice(open, titleStart) : '';
    // a fresh non-global copy: exec on the shared /g pattern would leave a lastIndex that matchAll copies
    const m = new RegExp(SHORT_NAME.source).exec(inner);
    if (m) {
      const start = open + m.index + m[0].indexOf(m[1]!);
      return { name: m[1]!, start, end: start + m[1]!.length };
    }
    return null;
  }
  // X局主持全面工作的党组成员: a descriptive phrase between body and title
  const described = /(主持|分管|负责|协助|联系)[\u3400-\u9fff]{0,12}的$/.exec(folded.slice(Math.max(0, titleStart - 16), titleStart));
  if (described) titleStart -= described[0].length;
  // the body's own suffix is never cut by a stop word inside it (监管办: 监管)
  const suffix = ORG_STRONG_SUFFIXES.matchBefore(folded, titleStart);
  const start = walkBackStem(folded, titleStart, titleStart - (suffix?.length ?? 0));
  let s = start;
  // a date or time leading the clause is not part of the body
  while (s < titleStart && !isHan(folded[s])) s++;
  const name = folded.slice(s, titleStart);
  if (name.length === 0) return null;
  return { name, start: s, end: titleStart };
}

interface Person {
  folded: string;
  name: string;
  titles: Title[];
  mentions: Mention[];
}

export interface OfficialsResult {
  officials: Official[];
  /** bodies written before titles that read as organisations */
  bodies: OrganisationSpan[];
  /** bodies that do not read as organisations by themselves (恒钧特钢): kept only if they abbreviate one */
  unverified: Set<string>;
}

export function extractOfficials(paragraphs: readonly string[], folded: readonly string[], declared: ReadonlySet<string> = new Set()): OfficialsResult {
  const people = new Map<string, Person>();
  const bodies: OrganisationSpan[] = [];
  const unverified = new Set<string>();
  const addPerson = (paragraph: number, start: number, length: number, titles: Title[]) => {
    const key = folded[paragraph]!.slice(start, start + length);
    const person = people.get(key) ?? { folded: key, name: paragraphs[paragraph]!.slice(start, start + length), titles: [], mentions: [] };
    for (const t of titles) {
      if (!person.titles.some((x) => x.title === t.title && x.organisation === t.organisation)) person.titles.push(t);
    }
    people.set(key, person);
  };

  folded.forEach((text, paragraph) => {
    const original = paragraphs[paragraph]!;
    const orig = (s: number, e: number) => original.slice(s, e);
    let lastOrg: string | null = null;
    let lastPersonEnd = -2;
    let lastTitles: Title[] = [];
    let i = 0;
    while (i < text.length) {
      const title = TITLES.matchAt(text, i);
      // 医院党委书记: 院 ends the body's name, so the title starts one later
      // 石门村党支部书记: likewise a place's 村 (the title 村党支部书记 is for a bare 村)
      // 新华社区党委书记: and a named 社区 (the title 社区党委书记 is for a bare 社区)
      const afterPlace = isHan(text[i - 1]) && !CLAUSE_PUNCT.test(text[i - 1]!);
      const bodyEnds = title !== null && title.length > 2 && (
        (TITLES.matchAt(text, i + 1) !== null && ((ORG_STRONG_SUFFIXES.matchBefore(text, i + 1)?.length ?? 0) >= 2 || (/^[村镇乡校]/.test(title) && afterPlace)))
        || (title.startsWith('社区') && afterPlace && TITLES.matchAt(text, i + 2) !== null));
      if (!title || bodyEnds) {
        i++;
        continue;
      }
      // the chain of titles: 常委、常务副市长 / 副会长兼秘书长 / 副主任、省能源局局长
      const chain: Array<{ title: string; key: string; org: string | null }> = [];
      const body = bodyBefore(text, i);
      let org: string | null = body ? orig(body.start, body.end) : null;
      const bodyIsOrg = body !== null && (declared.has(body.name) || isOrganisationName(body.name, true));
      // 吉林市委副书记、市长: the party title belongs to 吉林市委, the chain to 吉林市
      const party = /^(市|省|县|区|州)委/.exec(title);
      let carried: string | null = null;
      if (party) {
        const place = body && !bodyIsOrg && PLACE_STEM.test(body.name) ? orig(body.start, body.end) : '';
        org = place + orig(i, i + 2);
        // 宝鸡市市委常委、常务副市长: the city is 宝鸡市, not 宝鸡市市
        carried = place ? (foldSameLength(place).endsWith(title[0]!) ? place : place + orig(i, i + 1)) : null;
      } else if (body && !bodyIsOrg && !/(?:[省市县区州镇乡村]|街道)$/.test(body.name) && !BARE_BODY.test(body.name)) {
        // 恒钧特钢总经理: kept for now, checked against the article's organisations later
        // (台湾同胞投资企业联谊会会长: a longer one ending in a body's suffix is checked likewise)
        if (!SHORT_BODY.test(body.name) && !(LONG_BODY.test(body.name) && ORG_STRONG_SUFFIXES.matchBefore(body.name, body.name.length))) org = null;
        else unverified.add(org!);
      }
      if (body && bodyIsOrg && !party) bodies.push({ name: body.name, paragraph, start: body.start, end: body.end });
      // carried along an enumeration in one sentence: …董事长A作部署，总经理B、副总经理C
      // (a head of government, 副市长, only to a place of that level: 花桥镇党委书记A、镇长B)
      const head = GOVERNMENT_HEAD.exec(title);
      if (org === null && /[、，,]/.test(text[i - 1] ?? '') && lastPersonEnd >= sentenceStart(text, i) && (!head || (lastOrg !== null && foldSameLength(lastOrg).endsWith(head[2]!)))) org = lastOrg;
      chain.push({ title: orig(i, i + title.length), key: title, org });
      const partyOrg = party ? chain[0]!.org : null;
      if (party) org = carried;
      let j = i + title.length;
      /** A title further along the chain at a body of its own (、省能源局局长): the chain goes on there. */
      const goOnAt = (k: { bodyStart: number; titleStart: number; titleEnd: number }) => {
        const second = orig(k.bodyStart, k.titleStart);
        bodies.push({ name: text.slice(k.bodyStart, k.titleStart), paragraph, start: k.bodyStart, end: k.titleStart });
        chain.push({ title: orig(k.titleStart, k.titleEnd), key: text.slice(k.titleStart, k.titleEnd), org: second });
        org = second;
        j = k.titleEnd;
      };
      for (;;) {
        // 副主任，市能源局局长卢伟: titles with no name before the comma go on to the next body's
        if ((text[j] === '，' || text[j] === ',') && isHan(text[j + 1])) {
          const k = findTitleAfterBody(text, j + 1);
          if (k && (readName(text, k.titleEnd) > 0 || /[、兼]/.test(text[k.titleEnd] ?? ''))) {
            goOnAt(k);
            continue;
          }
          break;
        }
        if (text[j] === '、' || text[j] === '兼') {
          let next = TITLES.matchAt(text, j + 1);
          // 、领导小组组长: 领导 opens a body here
          if (next && text.startsWith('小组', j + 1 + next.length)) next = null;
          if (next) {
            // 市委常委、秘书长: a party post goes on at the committee, 常务副市长 at the city
            const at = partyOrg !== null && PARTY_POSTS.test(next) ? partyOrg : org;
            chain.push({ title: orig(j + 1, j + 1 + next.length), key: next, org: at });
            j += 1 + next.length;
            continue;
          }
          // 、省能源局局长: a second title at another body
          const k = findTitleAfterBody(text, j + 1);
          if (k) {
            goOnAt(k);
            continue;
          }
        }
        break;
      }
      // 副厅长（正厅级）李伟: a rank in brackets between title and name
      const rank = RANK_NOTE.exec(text.slice(j, j + 12));
      if (rank) j += rank[0].length;
      const nameLength = readName(text, j);
      if (nameLength === 0) {
        i = j;
        continue;
      }
      const onlyWeak = chain.every((c) => WEAK_TITLES.has(c.key));
      const titles = chain.map((c) => ({ title: c.title, organisation: c.org }));
      // 市领导A、B, 省领导C: leaders of a level, no post (but 市局领导, 院领导 name a body)
      const levelLeaders = onlyWeak && chain.length === 1 && /领导$/.test(chain[0]!.key) && /^[省市县区州]?$/.test(chain[0]!.org ?? '');
      if (!(onlyWeak && chain[0]!.org === null && chain.length === 1 && !isLeaderList(text, j, nameLength))) {
        // they are officials, but 领导 is no post
        if (levelLeaders) titles.length = 0;
        addPerson(paragraph, j, nameLength, titles);
        lastOrg = chain[chain.length - 1]!.org;
        lastTitles = titles;
        lastPersonEnd = j + nameLength;
        // one title shared by a list: 领导A、B、C
        let k = j + nameLength;
        while (text[k] === '、' || text.startsWith('和', k)) {
          if (TITLES.matchAt(text, k + 1)) break;
          const n = readName(text, k + 1);
          if (n === 0) break;
          if (/^(及|和|与|以及)/.test(text.slice(k + 1 + n)) && readName(text, k + 2 + n) === 0 && readName(text, k + 3 + n) === 0) break;
          addPerson(paragraph, k + 1, n, lastTitles);
          k += 1 + n;
          lastPersonEnd = k;
        }
        i = k;
      } else i = j + nameLength;
    }
  });

  // 孔德明当选为会长: a vote gives the person a title (the body is resolved later)
  folded.forEach((text, paragraph) => {
    for (const m of text.matchAll(ELECTED)) {
      const at = m.index!;
      const after = at + m[0].length;
      const start = [4, 3, 2].map((n) => at - n).find((s) => s >= 0 && readName(text, s) === at - s && !CLAUSE_PUNCT.test(text[s]!));
      if (start === undefined) continue;
      const titles: Title[] = [];
      let j = after;
      for (let title = TITLES.matchAt(text, j); title; title = /[、兼]/.test(text[j] ?? '') ? TITLES.matchAt(text, j + 1) : null) {
        if (titles.length > 0) j++;
        titles.push({ title: paragraphs[paragraph]!.slice(j, j + title.length), organisation: null });
        j += title.length;
      }
      if (titles.length > 0 && (!isHan(text[j]) || CLAUSE_PUNCT.test(text[j]!))) addPerson(paragraph, start, at - start, titles);
    }
  });

  // 出席会议的有：苏立群（市发改委主任）、韦国庆（市工信局局长）: the post in brackets after the name
  folded.forEach((text, paragraph) => {
    for (const m of text.matchAll(BRACKETED_POST)) {
      const inner = m[1]!;
      const title = TITLES.matchBefore(inner, inner.length);
      if (!title || WEAK_TITLES.has(title)) continue;
      const open = m.index!;
      const start = [4, 3, 2].map((n) => open - n).find((s) => s >= 0 && (s === 0 || CLAUSE_PUNCT.test(text[s - 1]!)) && readName(text, s) === open - s);
      if (start === undefined) continue;
      const bodyEnd = open + 1 + inner.length - title.length;
      const body = text.slice(open + 1, bodyEnd);
      const isBody = body.length >= 2 && isOrganisationName(body, true);
      if (isBody) bodies.push({ name: body, paragraph, start: open + 1, end: bodyEnd });
      addPerson(paragraph, start, open - start, [{ title: paragraphs[paragraph]!.slice(bodyEnd, bodyEnd + title.length), organisation: isBody ? paragraphs[paragraph]!.slice(open + 1, bodyEnd) : null }]);
    }
  });

  // 在王立新副市长的带领下: a title written after the name, where the text gives no other for that person
  folded.forEach((text, paragraph) => {
    for (let at = 0; at < text.length - 3; at++) {
      if (at > 0 && !(CLAUSE_PUNCT.test(text[at - 1]!) || /[在由对向请和与及将经]/.test(text[at - 1]!))) continue;
      const compound = COMPOUND_SURNAMES.has(text.slice(at, at + 2)) ? 2 : 0;
      const surname = compound || (SINGLE_SURNAMES.has(text[at]!) ? 1 : 0);
      // 常务副市长, 公司总经理: a title or a body word, not a name
      if (!surname || TITLES.matchAt(text, at) || ORG_STRONG_SUFFIXES.matchAt(text, at) || ORG_STOP_WORDS.matchAt(text, at)) continue;
      for (const given of [2, 1]) {
        const end: number = at + surname + given;
        const chars = text.slice(at + surname, end);
        if ([...chars].some((c) => !isHan(c) || NOT_NAME_CHARS.has(c)) || TITLES.matchAt(text, at + surname)) continue;
        const title = TITLES.matchAt(text, end);
        if (!title || title.length < 2 || WEAK_TITLES.has(title) || PARTY_TITLE.test(title)) continue;
        const after = end + title.length;
        if (!(after >= text.length || CLAUSE_PUNCT.test(text[after]!) || text[after] === '的' || NAME_FOLLOWERS.matchAt(text, after))) continue;
        const key = text.slice(at, end);
        const known = people.get(key);
        const t = paragraphs[paragraph]!.slice(end, after);
        if (!known?.titles.some((x) => foldSameLength(x.title) === title)) addPerson(paragraph, at, end - at, [{ title: t, organisation: null }]);
        break;
      }
    }
  });

  // every mention of each person, by name (bare or X同志)
  const officials: Official[] = [];
  for (const person of people.values()) {
    const mentions: Mention[] = [];
    folded.forEach((text, paragraph) => {
      for (let at = text.indexOf(person.folded); at !== -1; at = text.indexOf(person.folded, at + 1)) {
        // not the start of a longer name (a two-character name inside a three-character one)
        const after = at + person.folded.length;
        if (person.folded.length === 2 && isHan(text[after]) && !nameBoundary(text, after) && !TITLES.matchAt(text, after)) continue;
        mentions.push({ paragraph, start: at, end: after });
      }
    });
    if (mentions.length === 0) continue;
    officials.push({ name: person.name, titles: person.titles, mentions });
  }
  officials.sort((a, b) => a.mentions[0]!.paragraph - b.mentions[0]!.paragraph || a.mentions[0]!.start - b.mentions[0]!.start);
  return { officials, bodies, unverified };
}

const BRACKETED_POST = /[（(]([\u3400-\u9fff]{2,24})[)）]/g;
const NOT_GIVEN_NAMES = /^(先生|女士|小姐|同志|老师|师傅|总|局|处|主任|书记)$/;
const PARTY_POSTS = /^(副)?秘书长$|^(常务)?副书记$/;
// 市委书记 after a name would read a place's committee into the name
const PARTY_TITLE = /^[省市县区州]委/;
const GOVERNMENT_HEAD = /^(副|常务副|代)?(省|市|县|区|州|镇|乡)长$/;
const ELECTED = /当选为?/g;
const RANK_NOTE = /^[（(][\u3400-\u9fff]{0,6}级[\u3400-\u9fff]{0,3}[)）]/;
const SHORT_BODY = /^[\u3400-\u9fff]{3,8}$/;
const LONG_BODY = /^[\u3400-\u9fff]{9,16}$/;
const PLACE_STEM = /^[\u3400-\u9fff]{2,6}$/;
/** 省委副书记、自治区主席: a place is the body of a title further along a chain, as an organisation is. */
const ADMIN_PLACE = /^(?:(?![全各本该])[\u3400-\u9fff]{1,6}(?:省|市|县|区|州|盟|旗)|自治区|自治州|自治县)$/;

// A bare body (集团党委书记, 院长, 市委常委) is resolved to the article's organisation later.
const BARE_BODY = /^(?:(?:集团|公司|医院|院|学校|校|大学|协会|学会|商会)[\u3400-\u9fff]{0,8}|局|厅|委|市委|州委|县委|区委|省委|市|州|县|区|省|分行|支行|该行|本行)$/;

function sentenceStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && !/[。；;！？!?]/.test(text[s - 1]!)) s--;
  return s;
}

/** Units named by their kind alone, which open a second post in a chain (主席、总商会会长; 、管委会主任; 、领导小组组长). */
const UNIT_BY_KIND = /^(?:[\u3400-\u9fff]{0,12}领导小组|管委会|党工委|总商会|组委会|筹委会|指挥部|工作组|专班)$/;

/** After 、 a body and a title: returns where they are, or null. */
function findTitleAfterBody(text: string, from: number): { bodyStart: number; titleStart: number; titleEnd: number } | null {
  for (let t = from + 2; t < Math.min(text.length, from + 24); t++) {
    const ch = text[t]!;
    if (!isHan(ch) || CLAUSE_PUNCT.test(ch)) return null;
    if (ORG_STOP_WORDS.matchAt(text, t)) return null;
    const title = TITLES.matchAt(text, t);
    if (title && (isOrganisationName(text.slice(from, t), true) || ADMIN_PLACE.test(text.slice(from, t)) || UNIT_BY_KIND.test(text.slice(from, t)))) return { bodyStart: from, titleStart: t, titleEnd: t + title.length };
  }
  return null;
}

/** 领导A、B: a weak title with no body still names people when a list follows. */
function isLeaderList(text: string, nameStart: number, nameLength: number): boolean {
  return text[nameStart + nameLength] === '、';
}
