// Meetings: a name ending in a meeting word (会议, 座谈会, 推进会 …) next to
// a convening verb (召开, 举行), or talks (会见, 会谈) named by what they are.
// Each meeting reads its date, time, venue and organiser from its own
// sentence and its chair, attendance, participants and speakers from the
// paragraphs up to the next meeting or the next report (又讯).
import type { Attendance, Meeting, Mention, Official, Organisation } from '../types.js';
import { resolveBareBody } from './resolve.js';
import { CLAUSE_PUNCT, foldSameLength, isHan, sentenceAround } from './fold.js';
import { attendanceIn, dateFrom, dayOnlyIn, LEADING_TIME, monthDayIn, SAME_DAY, timeIn, withYear } from './when.js';
import { CONVENE_VERBS, MEETING_SUFFIXES, NOT_MEETING_NAMES, SPEECH_VERBS, TALK_WORDS, TITLES } from './lexicon.js';
import { isOrganisationName } from './organisations.js';
import { readName } from './officials.js';

export interface MeetingInput {
  paragraphs: readonly string[];
  folded: readonly string[];
  reportStarts: readonly number[];
  date: string | null;
  officials: Official[];
  /** folded organisation name or alias → record name */
  organisations: Map<string, string>;
  organisationRecords: Organisation[];
}

interface Found {
  name: string;
  folded: string;
  paragraph: number;
  start: number;
  end: number;
  verbAt: number;
  passive: boolean;
}

const NAME_QUOTES = /[“”"《》「」]/;
/** 这次推进会, 本次大会: a reference to a meeting, not its name */
const isReference = (name: string) => NOT_MEETING_NAMES.has(name) || HELD_BY_OTHERS.test(name) || (REFERENCE.test(name) && MEETING_SUFFIXES.has(name.replace(REFERENCE, '')));
/** 出席经济部召开之会议: a meeting described by who held it, not named */
const HELD_BY_OTHERS = /(召开|举行|举办|主办|组织)(的|之)/;
const REFERENCE = /^(这次|此次|本次|该次|这个|那次|上次|下次|每次|历次|各次|这些|该|本)/;
const HOSTED_BY = /由([\u3400-\u9fff、]{2,40}?)(?:联合)?(?:主办|组织召开|组织(?![部机]))/;
/** time words that stand where a venue would (在随后召开的…) */
const NOT_VENUE = /^(随后|隨後|当天|當天|当日|當日|会上|會上|同日|当晚|當晚|此前|此后|此後|近日|日前)$/;
/** 全省安全生产工作会议 and 2022年全省安全生产工作会议 (or a later bare 座谈会) in one report are one meeting */
const sameName = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 3 && (a.includes(b) || b.includes(a)));
const ATTEND_ONLY = /^(主持|出席|参加)了?$/;
const FUTURE = /(将|拟|计划|准备|即将|将于|拟于|定于|决定|预计)[\u3400-\u9fff\d]{0,8}$/;
/** ，23日晚上 / 于8月28日: when, between a passive meeting's name and its place */
const PASSIVE_GAP = /[，,]?(?:于|在)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})?(?:月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日|昨天|昨日|今天|今日|日前|近日)(?:上午|下午|晚上|晚)?$/;
/** 胜利召开, 隆重举行: manner words between a meeting's name and its verb */
const MANNER = /(胜利|隆重|顺利|正式|成功|如期|首次|再次|同期|专门|集中)$/;
const MAX_NAME = 40;
/** 并座谈, 进行座谈, 座谈交流 (not 座谈会, which is named where convened) */
const TALKS_HELD = /(?:并|进行了?|举行|开展|(?:到|与|同)[\u3400-\u9fff]{2,16}?)(?:交流)?座谈(?![会])/g;
/** 市委常委会召开会议: a body that meets as itself names the meeting */
const SITTING_BODY = /(常委会|常务委员会|党委|党组|党工委|董事会|理事会|监事会|常务会)$/;
const RELATIVE_DAY = /(昨天|昨日|前天)/;

/** An ISO date `days` days before `iso` (calendar arithmetic in UTC: no time zone moves it). */
function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The meeting name after a convening verb: the longest span ending in a meeting word before punctuation. */
function nameAfter(text: string, from: number): number {
  let best = -1;
  for (let e = from + 1; e <= Math.min(text.length, from + MAX_NAME); e++) {
    const ch = text[e - 1]!;
    // 2020/2021年榨季…座谈会: a slash between years stays in the name
    // and so does a short bracketed word: 常委（扩大）会议, 理论学习中心组（扩大）学习会议
    // 第一次职员、董事及顾问大会: a list inside the name, where nothing before the 、 is a meeting yet
    const listInName = ch === '、' && best < 0 && e - from > 1;
    if (CLAUSE_PUNCT.test(ch) && !NAME_QUOTES.test(ch) && !(ch === '/' && /\d/.test(text[e - 2] ?? '')) && !inShortBrackets(text, e - 1, from) && !listInName) break;
    if (!MEETING_SUFFIXES.matchBefore(text, e)) continue;
    // 会议 in 会议室 is a room
    if (/^[室厅中]/.test(text[e] ?? '')) continue;
    // 工作会 in 工作会谈: the word goes on
    if (text[e - 1] === '会' && /^[谈见商签同议晤]/.test(text[e] ?? '')) continue;
    best = e;
  }
  return best;
}

/** Where the bracket closing at `close` opened, if it holds 1–6 Han characters (中国（长沙）), else -1. */
function shortBracketsOpen(text: string, close: number): number {
  const open = Math.max(text.lastIndexOf('(', close), text.lastIndexOf('（', close));
  return open >= 0 && close - open <= 7 && /^[\u3400-\u9fff]+$/.test(text.slice(open + 1, close)) ? open : -1;
}

/** Is the bracket at `at` one of a pair around 1–6 Han characters, opened after `from`? */
function inShortBrackets(text: string, at: number, from: number): boolean {
  const ch = text[at]!;
  if (ch === '（' || ch === '(') return /^[\u3400-\u9fff]{1,6}[)）]/.test(text.slice(at + 1, at + 9));
  if (ch === '）' || ch === ')') return shortBracketsOpen(text, at) > from;
  return false;
}

/** Where a sitting body (市委常委会) right before the verb at `verb` starts, or -1. */
function sittingBody(text: string, verb: number): number {
  const clause = sentenceAround(text, verb);
  const from = Math.max(clause.start, ...[...'，,；;'].map((c) => text.lastIndexOf(c, verb - 1) + 1));
  const subject = text.slice(from, verb);
  const start = from + (LEADING_TIME.exec(subject)?.[0].length ?? 0);
  return verb - start >= 3 && verb - start <= 16 && SITTING_BODY.test(text.slice(start, verb)) && /^[\u3400-\u9fff]+$/.test(text.slice(start, verb)) ? start : -1;
}

/** The meeting name before `…在X召开` (passive): the span ending in a meeting word before 在. */
function nameBefore(text: string, end: number): number {
  if (!MEETING_SUFFIXES.matchBefore(text, end)) return -1;
  let s = end - 1;
  // quotes stay inside the name (全市公安机关“春风行动”部署会)
  // so do a year and a short bracketed place (2022中国（长沙）工程机械论坛)
  for (;;) {
    if (s <= 0 || end - s >= MAX_NAME) break;
    const ch = text[s - 1]!;
    if ((isHan(ch) && !CLAUSE_PUNCT.test(ch)) || NAME_QUOTES.test(ch) || /\d/.test(ch)) s--;
    else if (/[)）]/.test(ch)) {
      const open = shortBracketsOpen(text, s - 1);
      if (open < 0) break;
      s = open;
    } else break;
  }
  // a quote left unmatched at the start is not part of it
  while (s < end && (/[”」》]/.test(text[s]!) || (/[“「《]/.test(text[s]!) && !/[”」》]/.test(text.slice(s, end))))) s++;
  // a date or time leading the clause stays out
  return s;
}

function findMeetings(paragraphs: readonly string[], folded: readonly string[]): Found[] {
  const out: Found[] = [];
  folded.forEach((text, paragraph) => {
    for (let v = 0; v < text.length; v++) {
      const verb = CONVENE_VERBS.matchAt(text, v);
      if (!verb) continue;
      let after = v + verb.length;
      // 召开的会议, 召開之會議
      if (text[after] === '的' || text[after] === '之') after++;
      let end = nameAfter(text, after);
      // 党委会和总经理办公会: two meetings, not one name running over 和
      for (let k = after + 3; k < end - 2; k++) {
        if (/[和及]/.test(text[k]!) && MEETING_SUFFIXES.matchBefore(text, k) && !/^[室厅中谈见商签同议晤]/.test(text[k] ?? '')) {
          end = k;
          break;
        }
      }
      if (end > after && text.slice(after, end) === '会议') {
        const sitting = sittingBody(text, v);
        if (sitting >= 0) {
          const name = paragraphs[paragraph]!.slice(sitting, v) + paragraphs[paragraph]!.slice(after, end);
          out.push({ name, folded: foldSameLength(name), paragraph, start: sitting, end, verbAt: v, passive: false });
          v = end - 1;
          continue;
        }
      }
      if (end > after) {
        const folded = text.slice(after, end);
        // 将召开, 拟于下月召开: not yet held
        if (!isReference(folded) && !FUTURE.test(text.slice(Math.max(0, v - 10), v))) {
          out.push({ name: paragraphs[paragraph]!.slice(after, end), folded, paragraph, start: after, end, verbAt: v, passive: false });
          // 召开党委会、总经理办公会: a second meeting held with the same verb
          let last = end;
          while (/[、和及]/.test(text[last] ?? '')) {
            const next = nameAfter(text, last + 1);
            if (next <= last + 1 || /[，,。；;、]/.test(text.slice(last + 1, next)) || isReference(text.slice(last + 1, next))) break;
            out.push({ name: paragraphs[paragraph]!.slice(last + 1, next), folded: text.slice(last + 1, next), paragraph, start: last + 1, end: next, verbAt: v, passive: false });
            last = next;
          }
          v = last - 1;
          continue;
        }
        v = end - 1;
        continue;
      }
      // 会议由X主持 names no meeting by itself (the chair is read later)
      // nor do 出席/参加 without one (出席会议, 参加调研)
      if (ATTEND_ONLY.test(verb)) continue;
      // passive: 推进会在X召开 / 座谈会于X举行
      const clause = sentenceAround(text, v);
      const zai = text.lastIndexOf('在', v);
      const at = zai >= clause.start ? zai : text.slice(clause.start, v).search(/[于]/) >= 0 ? clause.start + text.slice(clause.start, v).search(/[于]/) : -1;
      let nameEnd = at > clause.start ? at : v;
      // 成立大会，23日晚上在X举行: the time (and a comma) between name and place
      const between = PASSIVE_GAP.exec(text.slice(clause.start, nameEnd));
      if (between && MEETING_SUFFIXES.matchBefore(text, nameEnd - between[0].length)) nameEnd -= between[0].length;
      // 上半年工作会议胜利召开: the manner word is not the name's end
      const manner = MANNER.exec(text.slice(clause.start, nameEnd));
      if (manner) nameEnd -= manner[0].length;
      const s = nameBefore(text, nameEnd);
      if (s >= 0 && nameEnd - s >= 3) {
        const name = text.slice(s, nameEnd);
        const start = s + (LEADING_TIME.exec(name)?.[0].length ?? 0);
        if (!isReference(text.slice(start, nameEnd)) && nameEnd - start >= 3 && !FUTURE.test(text.slice(clause.start, start))) out.push({ name: paragraphs[paragraph]!.slice(start, nameEnd), folded: text.slice(start, nameEnd), paragraph, start, end: nameEnd, verbAt: v, passive: true });
      }
      v = after - 1;
    }
    // talks with no named meeting in the sentence: 会见 / 会谈
    for (const word of TALK_WORDS.slice(0, 2)) {
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
        const sentence = sentenceAround(text, at);
        if (out.some((m) => m.paragraph === paragraph && m.start >= sentence.start && m.end <= sentence.end)) continue;
        let start = at;
        let verbAt = at;
        // 举行高层会谈: keep the modifier; the subject of 举行 convened the talks
        const held = text.lastIndexOf('举行', at);
        if (held >= sentence.start && at - (held + 2) <= 4 && at - (held + 2) >= 0 && /^[\u3400-\u9fff]*$/.test(text.slice(held + 2, at))) {
          start = held + 2;
          verbAt = held;
        }
        out.push({ name: paragraphs[paragraph]!.slice(start, at + word.length), folded: text.slice(start, at + word.length), paragraph, start, end: at + word.length, verbAt, passive: false });
        break;
      }
    }
    // 到集团公司交流座谈, 进行座谈: talks held with no named meeting in the sentence
    for (const m of text.matchAll(TALKS_HELD)) {
      const at = m.index! + m[0].length - (m[0].endsWith('交流座谈') ? 4 : 2);
      const end = m.index! + m[0].length;
      const sentence = sentenceAround(text, at);
      // beside a named meeting it is that meeting; beside 会见 it is the talks held at the visit
      if (out.some((x) => x.paragraph === paragraph && x.start >= sentence.start && x.end <= sentence.end && !TALK_WORDS.includes(x.folded))) continue;
      out.push({ name: paragraphs[paragraph]!.slice(at, end), folded: text.slice(at, end), paragraph, start: at, end, verbAt: at, passive: false });
      break;
    }
  });
  return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}


export function extractMeetings(input: MeetingInput): Meeting[] {
  const { paragraphs, folded, reportStarts, officials } = input;
  const found = findMeetings(paragraphs, folded);
  // one meeting per name per report
  const reportOf = (p: number) => reportStarts.filter((s) => s <= p).length;
  const unique: Found[] = [];
  for (const f of found) {
    // a bare 会谈 later in the report (参加会谈) is the talks already found
    const talks = (x: Found) => TALK_WORDS.some((w) => x.folded.endsWith(w));
    const heldTalks = f.folded.endsWith('座谈');
    if (unique.some((u) => reportOf(u.paragraph) === reportOf(f.paragraph) && (sameName(u.folded, f.folded) || (heldTalks && /座谈会?$/.test(u.folded)) || (!heldTalks && talks(u) && TALK_WORDS.includes(f.folded) && (u.paragraph === f.paragraph || talks(unique[unique.length - 1]!)))))) continue;
    unique.push(f);
  }
  const meetings: Meeting[] = [];
  let previousDate: string | null = null;
  unique.forEach((f, index) => {
    const text = folded[f.paragraph]!;
    const original = paragraphs[f.paragraph]!;
    const sentence = sentenceAround(text, f.start);
    const lead = text.slice(sentence.start, Math.max(f.start, f.verbAt));
    const reportStart = Math.max(0, ...reportStarts.filter((s) => s <= f.paragraph));
    // scope: to the next meeting in another paragraph, or the next report
    const next = unique.slice(index + 1).find((u) => u.paragraph > f.paragraph);
    const nextReport = reportStarts.find((s) => s > f.paragraph) ?? paragraphs.length;
    const scopeEnd = Math.min(next ? next.paragraph : paragraphs.length, nextReport);

    // date and time: the sentence, else the report's opening
    const md = monthDayIn(lead) ?? monthDayIn(text.slice(sentence.start, sentence.end)) ?? dayOnlyIn(lead, previousDate ?? input.date);
    let date: string | null;
    const daysBack = RELATIVE_DAY.exec(lead);
    if (md) date = dateFrom(md, withYear(input.date, previousDate));
    else if (SAME_DAY.test(lead) && previousDate) date = previousDate;
    // 昨天下午 in a report dated 2021-03-05: the 4th (only where the report's date is whole)
    else if (daysBack && input.date && /^\d{4}-\d{2}-\d{2}$/.test(input.date)) date = daysBefore(input.date, daysBack[1] === '前天' ? 2 : 1);
    else {
      const opening = monthDayIn(folded[reportStart]!.slice(0, 30));
      date = opening ? dateFrom(opening, withYear(input.date, previousDate)) : input.date;
    }
    previousDate = date;
    const time = timeIn(lead) ?? timeIn(text.slice(sentence.start, sentence.end));

    // venue: 在X召开 / 在X举行
    let venue: string | null = null;
    const verbEnd = f.passive ? f.verbAt : f.verbAt;
    const zai = text.lastIndexOf('在', verbEnd);
    if (zai >= sentence.start && zai < verbEnd && verbEnd - zai <= 32 && (f.passive || zai < f.start)) {
      let v = original.slice(zai + 1, verbEnd);
      const convene = /举行|舉行|召开|召開|举办|舉辦/.exec(v);
      if (convene) v = v.slice(0, convene.index);
      v = v.replace(/(隆重|顺利|順利|正式|主持)$/, '');
      // 在南昌以视频形式召开: the manner is not the place
      v = v.replace(/(以|通过|通過|采取|採取|采用|採用)[\u3400-\u9fff]{0,10}(形式|方式)$/, '');
      if (v.length >= 2 && !CLAUSE_PUNCT.test(v) && !NOT_VENUE.test(v)) venue = v;
    }
    if (venue === null && !f.passive) {
      const loc = /在([\u3400-\u9fff]{2,20}?)(?:会见|会谈|举行|召开)/.exec(text.slice(sentence.start, sentence.end));
      if (loc && !NOT_VENUE.test(loc[1]!)) venue = original.slice(sentence.start + loc.index + 1, sentence.start + loc.index + 1 + loc[1]!.length);
    }

    // organiser: the subject of the convening clause
    let organiser: string | null = null;
    if (!f.passive) {
      const clauseStart = Math.max(sentence.start, ...[...'，,；;'].map((c) => text.lastIndexOf(c, Math.min(zai >= sentence.start && zai < f.verbAt ? zai : f.verbAt, f.verbAt) - 1) + 1));
      const subjectEnd = zai >= clauseStart && zai < f.verbAt ? zai : f.verbAt;
      organiser = organiserFrom(text.slice(clauseStart, subjectEnd), original.slice(clauseStart, subjectEnd), input);
    }
    // 滇南理工大学“十四五”…推进会在X召开, 市长主持召开市政府第四十五次常务会议:
    // an organisation opening the name convened it (when the clause names none)
    for (let e = f.folded.length - 2; e >= 2 && organiser === null; e--) {
      const known = input.organisations.get(f.folded.slice(0, e));
      if (known) organiser = known;
    }
    // 集团2023年终总结大会在总部召开: the article's own body, named by its kind
    const ownBody = BARE_SUBJECT.exec(f.folded);
    if (organiser === null && ownBody) organiser = resolveBareBody(ownBody[0], input.organisationRecords) ?? f.name.slice(0, ownBody[0].length);
    // 论坛由省工信厅、省商务厅主办 / 会议由X组织: the first host named in the paragraph
    if (organiser === null) {
      // the meeting's sentence and the next one
      const next = sentenceAround(text, sentence.end);
      const host = HOSTED_BY.exec(text.slice(sentence.start, Math.max(sentence.end, next.end)));
      // 省经济和信息化厅、省通信管理局: a 和 inside a name does not split the hosts
      for (const split of [/、/, /[、和与及]/]) {
        if (!host || organiser !== null) break;
        const first = host[1]!.split(split)[0]!;
        const at = sentence.start + host.index + host[0].indexOf(first);
        organiser = organiserFrom(first, original.slice(at, at + first.length), input);
      }
    }

    // chair, attendance, participants, speakers: within the scope
    let chair: string | null = null;
    let attendance: Attendance | null = null;
    const participants = new Set<string>();
    const speakers = new Set<string>();
    const mentionsIn = (o: Official) => o.mentions.filter((m) => m.paragraph >= f.paragraph && m.paragraph < scopeEnd);
    for (let p = f.paragraph; p < scopeEnd; p++) {
      const t = folded[p]!;
      if (chair === null) chair = chairIn(t, officials, p, paragraphs[p]!);
      if (attendance === null) {
        const from = p === f.paragraph ? sentence.start : 0;
        // the count and the word of attending in one clause (近两千名会员齐聚，副市长出席: no attendance)
        for (const s of sentences(t.slice(from)).flatMap((x) => x.split(/[，,]/))) {
          attendance = attendanceIn(s);
          if (attendance) break;
        }
      }
    }
    for (const o of officials) {
      const ms = mentionsIn(o);
      if (ms.length === 0) continue;
      participants.add(o.name);
      for (const m of ms) if (speaksAt(folded[m.paragraph]!, m.end)) speakers.add(o.name);
    }
    meetings.push({
      name: f.name,
      date,
      time,
      venue,
      organiser,
      chair,
      attendance,
      participants: [...participants],
      speakers: [...speakers],
      mention: { paragraph: f.paragraph, start: f.start, end: f.end } satisfies Mention,
    });
  });
  return meetings;
}

const PARENTHETICAL = /[（(][^（()）]*[)）]/g;
/** The article's own body by its kind (集团公司召开…), resolved to its record where one fits. */
const BARE_SUBJECT = /^(?:集团公司|集团|总公司|公司)/;
const NUMERAL = '(?:\\d{1,4}|[〇零一二三四五六七八九十]{1,4})';
const TRAILING_WHEN_HOW = new RegExp(`(?:于?(?:${NUMERAL}年)?(?:${NUMERAL}月)?${NUMERAL}日(?:上午|下午|晚上|晚)?|今天|今日|昨天|昨日|近日|日前|上午|下午|晚上|当天|当日|先后|分别|再次|专门|随即|近期|又|还|也|(?:以|通过|采取|采用)[\\u3400-\\u9fff]{0,14}(?:形式|方式)|于|在)$`);

function organiserFrom(folded: string, original: string, input: MeetingInput): string | null {
  const f = folded.replace(PARENTHETICAL, '');
  const o = original.replace(PARENTHETICAL, '');
  const trimmed = f.replace(LEADING_TIME, '');
  const lead = f.length - trimmed.length;
  let subject = trimmed;
  // 商会于1月26日, 省局以视频会议形式, 公司通过现场及视频相结合的方式: when and how, not who
  for (let m = TRAILING_WHEN_HOW.exec(subject); m && m[0].length > 0; m = TRAILING_WHEN_HOW.exec(subject)) subject = subject.slice(0, m.index);
  // 公司总经理雷振东主持召开: the body the chairing official heads
  const person = input.officials.find((x) => subject.length > x.name.length && subject.endsWith(foldSameLength(x.name)));
  if (person) {
    const before = subject.slice(0, subject.length - person.name.length);
    const title = TITLES.matchBefore(before, before.length);
    subject = title ? before.slice(0, before.length - title.length) : before;
  }
  // A与B举行…: two parties; the first is named as the convener
  const pair = /^(.{2,}?)(与|和|同)(.{2,})$/.exec(subject);
  if (pair && (input.organisations.has(pair[1]!) || isOrganisationName(pair[1]!)) && (input.organisations.has(pair[3]!) || isOrganisationName(pair[3]!, true))) subject = pair[1]!;
  if (subject.length < 2) return null;
  const known = input.organisations.get(subject);
  if (known) return known;
  const bare = resolveBareBody(subject, input.organisationRecords);
  if (bare) return bare;
  if (BARE_SUBJECT.test(subject) && BARE_SUBJECT.exec(subject)![0] === subject) return o.slice(lead, lead + subject.length);
  if (isOrganisationName(subject)) return o.slice(lead, lead + subject.length);
  return null;
}

/** What may stand between a chair's name and 主持: 同志, a title, a time, a place (在深圳). */
function betweenIsTitleOrWhen(gap: string): boolean {
  if (gap === '' || gap === '同志') return true;
  let rest = gap.replace(/^同志/, '');
  const title = TITLES.matchAt(rest, 0);
  if (title) rest = rest.slice(title.length);
  rest = rest.replace(/^(今天|今日|昨天|昨日|上午|下午|晚上)/, '').replace(/^在[\u3400-\u9fff]{1,10}$/, '');
  return rest === '';
}

function sentences(text: string): string[] {
  return text.split(/(?<=[。！？；;!?])/);
}

/** `X主持会议`, `会议由X主持`, `X主持召开`: the official (or a name) right before 主持. */
function chairIn(text: string, officials: Official[], paragraph: number, original: string): string | null {
  for (let at = text.indexOf('主持'); at !== -1; at = text.indexOf('主持', at + 2)) {
    if (text.startsWith('主持人', at)) continue;
    // X主持, X同志主持, X副总裁主持 (title after the name), X今日在深圳主持
    for (const o of officials) if (o.mentions.some((m) => m.paragraph === paragraph && m.end <= at && at - m.end <= 16 && betweenIsTitleOrWhen(text.slice(m.end, at)))) return o.name;
    for (const len of [4, 3, 2]) if (at - len >= 0 && readName(text, at - len) === len) return original.slice(at - len, at);
  }
  return null;
}

const SPEECH_LEAD = /^(?:在(?:会上|讲话中|发言中|总结时|致辞中)|首先|最后|随后|也|还|则|分别|代表[\u3400-\u9fff]{1,12}|就[\u3400-\u9fff]{1,16}|(?:应邀|受邀)?(?:出席|主持|参加)[\u3400-\u9fff]{0,24}?并)?/;

/** Is the name ending at `end` the subject of a speech verb (讲话, 强调, 汇报 …)? */
export function speaksAt(text: string, end: number): boolean {
  const rest = text.slice(end, end + 48);
  const lead = SPEECH_LEAD.exec(rest)![0].length;
  return SPEECH_VERBS.matchAt(rest, lead) !== null || SPEECH_VERBS.matchAt(rest, 0) !== null || /^(?:作了?(?:题为《[^》]{1,30}》的)?[\u3400-\u9fff]{0,6}(?:讲话|报告|汇报|发言))/.test(text.slice(end + lead, end + lead + 48));
}
