// Properties of extraction over generated genre text and over noise: it never
// throws, and every record points at text that is really the record's.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractRecords } from '../../src/extract/index.js';
import { foldName, toTraditional } from '../../src/script.js';
import { MEETING_SUFFIXES, ORG_STRONG_SUFFIXES, TITLES } from '../../src/extract/lexicon.js';

const surname = fc.constantFrom('李', '黄', '欧阳', '司马', '钟', '万', '时', '查', '和', '农');
const given = fc.constantFrom('建华', '立新', '晓燕', '国', '志强', '文', '海波', '一帆', '振东');
const name = fc.tuple(surname, given).map(([s, g]) => s + g);
const org = fc.constantFrom('省发展改革委', '市公安局', '江北能源集团有限公司', '县人民政府', '省建筑业协会', '市水务集团', '省交通运输厅');
const title = fc.constantFrom('副主任', '局长', '党委书记、董事长', '总经理', '副厅长', '会长', '市委常委、常务副市长');
const verb = fc.constantFrom('主持会议', '讲话', '强调', '出席会议并讲话', '表示', '汇报了工作');
const meeting = fc.constantFrom('安全生产工作会议', '项目推进座谈会', '第三次全体会议', '年中工作会', '改革推进会');
// drawn from the lexicons themselves, so every title and suffix is exercised
const anyTitle = fc.constantFrom(...TITLES.words);
const anyMeetingWord = fc.constantFrom(...MEETING_SUFFIXES.words);
const anySuffix = fc.constantFrom(...ORG_STRONG_SUFFIXES.words);
const han = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 6 });
const lexiconSentence = fc.oneof(
  fc.tuple(han, anySuffix, anyTitle, name, verb).map(([a, s, t, n, v]) => `${a}${s}${t}${n}${v}。`),
  fc.tuple(han, anySuffix, han, anyMeetingWord).map(([a, s, b, m]) => `${a}${s}召开${b}${m}，${b}${m}在${a}举行。`),
  fc.tuple(anyTitle, name, anyTitle, name).map(([t, n, u, m]) => `${t}${n}、${u}${m}、${n}同志${m}主持。`),
  fc.tuple(han, han).map(([a, b]) => `${a}（以下简称“${b}”）${b}会见${a}。`),
);
const noise = fc.string({ unit: fc.constantFrom(...'的了在是和，。、（）“”0123456789月日上午点余人万亿元%省市局委会议召开主持集团公司'.split('')), maxLength: 60 });

const sentence = fc.oneof(
  fc.tuple(org, title, name, verb).map(([o, t, n, v]) => `${o}${t}${n}${v}。`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 11 }), org, meeting).map(([m, d, h, o, mt]) => `${m}月${d}日上午${h}点，${o}在${o}会议室召开${mt}。`),
  fc.tuple(org, title, name, name, fc.integer({ min: 10, max: 900 })).map(([o, t, a, b, n]) => `${o}${t}${a}、${b}等共${n}余人参加会议。`),
  lexiconSentence,
  noise,
);
const article = fc.tuple(fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join('')), { minLength: 1, maxLength: 6 }), fc.boolean()).map(([ps, hant]) =>
  hant ? ps.map((p) => toTraditional(p)) : ps,
);

function checkRecords(paragraphs: string[]) {
  const r = extractRecords({ paragraphs, reportStarts: [], date: '2021-03-04', script: 'Hans', title: null });
  const at = (m: { paragraph: number; start: number; end: number }) => {
    expect(m.paragraph).toBeGreaterThanOrEqual(0);
    expect(m.paragraph).toBeLessThan(paragraphs.length);
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(paragraphs[m.paragraph]!.length);
    return paragraphs[m.paragraph]!.slice(m.start, m.end);
  };
  for (const o of r.officials) for (const m of o.mentions) expect(foldName(at(m))).toContain(foldName(o.name));
  for (const o of r.organisations) for (const m of o.mentions) expect([o.name, ...o.aliases].map(foldName)).toContain(foldName(at(m)));
  for (const m of r.meetings) expect(foldName(at(m.mention))).toBe(foldName(m.name));
  for (const f of r.figures) expect(at(f.mention)).toBe(f.text);
  for (const s of r.statements) expect(foldName(at(s.mention))).toContain(foldName(s.speaker));
  return r;
}

describe('extraction properties', () => {
  it('never throws and every mention is the record’s own text, in both scripts', () => {
    fc.assert(fc.property(article, (paragraphs) => void checkRecords(paragraphs)), { numRuns: 1500, seed: 20261123 });
  });

  it('finds the official in a generated sentence of the genre', () => {
    fc.assert(
      fc.property(org, fc.constantFrom('副主任', '局长', '总经理', '副厅长'), name, (o, t, n) => {
        const r = checkRecords([`${o}${t}${n}主持会议。`]);
        expect(r.officials.map((x) => x.name)).toContain(n);
        expect(r.officials.find((x) => x.name === n)!.titles[0]).toEqual({ title: t, organisation: o });
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
