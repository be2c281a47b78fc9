// Linking in each article's context: relative names, shared short forms, namesakes, one meeting reported twice.
import { describe, expect, it } from 'vitest';
import { linkArchive } from '../../src/link/index.js';
import { readBodyName } from '../../src/link/relative.js';
import type { ArticleContext, ArticleRecord, Meeting, Official, Organisation } from '../../src/types.js';

const at = (code: string, province: string, city: string | null = null, bodies: string[] = []): ArticleContext => ({ place: { code, province, city, county: null }, bodies, evidence: [] });
const SHAANXI = at('610000', '陕西省');
const GANSU = at('620000', '甘肃省');
const WEINAN = at('610500', '陕西省', '渭南市');
const LANZHOU = at('620100', '甘肃省', '兰州市');

function article(id: string, date: string, context: ArticleContext | undefined, records: { officials?: Official[]; organisations?: Organisation[]; meetings?: Meeting[] }): ArticleRecord {
  return {
    id, source: { path: `${id}.txt`, sha256: id }, title: id, titleDerived: false, kicker: null, date, dateEvidence: null,
    publication: null, category: null, authors: [], editors: [], views: null, script: 'Hans', paragraphs: ['甲乙丙丁戊己庚辛壬癸'.repeat(3)],
    officials: [], organisations: [], meetings: [], figures: [], statements: [], warnings: [], ...records, ...(context ? { context } : {}),
  };
}
const off = (name: string, title: string, organisation: string | null): Official => ({ name, titles: [{ title, organisation }], mentions: [{ paragraph: 0, start: 0, end: name.length }] });
const org = (name: string, aliases: string[] = []): Organisation => ({ name, aliases, mentions: [{ paragraph: 0, start: 0, end: name.length }] });
const meeting = (name: string, date: string, organiser: string | null, participants: string[]): Meeting => ({ name, date, time: null, venue: null, organiser, chair: null, attendance: null, participants, speakers: [], mention: { paragraph: 0, start: 0, end: 3 } });

describe('relative names', () => {
  it('reads 省…, 市…, 集团公司… in the article context and leaves the unknown unresolved', () => {
    expect(readBodyName('省国资委', SHAANXI)).toEqual({ kind: 'resolved', name: '陕西省国资委', written: '省国资委' });
    expect(readBodyName('市委', WEINAN)).toMatchObject({ name: '渭南市委' });
    expect(readBodyName('市委', SHAANXI).kind).toBe('unresolved');
    expect(readBodyName('集团公司党委', at('610000', '陕西省', null, ['陕西秦岭建材集团有限公司']))).toMatchObject({ name: '陕西秦岭建材集团有限公司党委' });
    expect(readBodyName('政法委', undefined).kind).toBe('unresolved');
    expect(readBodyName('国务院国资委', undefined).kind).toBe('absolute');
    expect(readBodyName('市场监管局', WEINAN).kind).toBe('unresolved');
  });

  it('keys 省国资委 of two provinces apart, each joined to its full name, aliases kept', () => {
    const archive = linkArchive([
      article('a', '2020-01-01', SHAANXI, { organisations: [org('省国资委')] }),
      article('b', '2020-02-01', GANSU, { organisations: [org('省国资委')] }),
      article('c', '2020-03-01', undefined, { organisations: [org('陕西省国资委')] }),
      article('d', '2020-04-01', undefined, { organisations: [org('省国资委')] }),
    ]);
    const names = archive.organisations.map((o) => [o.name, o.articles.join(','), o.aliases.join(',')]);
    expect(names).toEqual([['甘肃省国资委', 'b', '省国资委'], ['陕西省国资委', 'a,c', '省国资委']]);
    // no page for the one that could not be read
    expect(archive.byArticle.get('d')!.organisations[0]).toBeUndefined();
  });

  it('never merges two full names through a short form they share', () => {
    const archive = linkArchive([
      article('a', '2020-01-01', SHAANXI, { organisations: [org('陕西有色金属控股集团有限责任公司', ['有色集团'])] }),
      article('b', '2020-02-01', GANSU, { organisations: [org('甘肃有色冶金集团有限公司', ['有色集团'])] }),
      article('c', '2020-03-01', undefined, { organisations: [org('有色集团')] }),
    ]);
    const byName = new Map(archive.organisations.map((o) => [o.name, o.articles]));
    expect(byName.get('陕西有色金属控股集团有限责任公司')).toEqual(['a']);
    expect(byName.get('甘肃有色冶金集团有限公司')).toEqual(['b']);
  });
});

describe('people', () => {
  it('keeps namesakes of two provinces apart and joins one career in one city', () => {
    const archive = linkArchive([
      article('a', '2016-01-01', WEINAN, { officials: [off('王建国', '副主任', '市发改委')] }),
      article('b', '2019-01-01', WEINAN, { officials: [off('王建国', '副书记', '市委')] }),
      article('c', '2019-02-01', LANZHOU, { officials: [off('王建国', '副主任', '市发改委')] }),
      article('d', '2019-03-01', LANZHOU, { officials: [off('王建国', '总经理', '兰州某某建设集团有限公司')] }),
    ]);
    const groups = archive.people.map((p) => p.articles.join(',')).sort();
    expect(groups).toEqual(['a,b', 'c', 'd']);
    const weinan = archive.people.find((p) => p.articles.includes('a'))!;
    expect(weinan.joinedBy).toEqual([{ reason: 'place', label: '渭南市', years: ['2016', '2019'] }]);
  });

  it('says which body joined two mentions', () => {
    const archive = linkArchive([
      article('a', '2017-05-01', SHAANXI, { officials: [off('赵明远', '副主任', '省国资委')] }),
      article('b', '2019-05-01', undefined, { officials: [off('赵明远', '主任', '陕西省国资委')] }),
    ]);
    expect(archive.people).toHaveLength(1);
    expect(archive.people[0]!.joinedBy).toEqual([{ reason: 'body', label: '陕西省国资委', years: ['2017', '2019'] }]);
  });
});

describe('meetings', () => {
  it('makes one meeting of the same event reported twice, with both articles and everyone present', () => {
    const archive = linkArchive([
      article('a', '2020-06-01', SHAANXI, { officials: [off('赵明远', '主任', '省国资委')], organisations: [org('省国资委')], meetings: [meeting('国企改革推进会', '2020-06-01', '省国资委', ['赵明远'])] }),
      article('b', '2020-06-02', undefined, { officials: [off('钱立新', '副主任', '陕西省国资委')], organisations: [org('陕西省国资委')], meetings: [meeting('全省国企改革推进会', '2020-06-01', '陕西省国资委', ['钱立新'])] }),
      article('c', '2020-06-02', GANSU, { organisations: [org('省国资委')], meetings: [meeting('国企改革推进会', '2020-06-01', '省国资委', [])] }),
    ]);
    expect(archive.meetings.map((m) => m.articles)).toEqual([['a', 'b'], ['c']]);
    expect(archive.meetings[0]!.participantIds).toHaveLength(2);
    expect(archive.byArticle.get('b')!.meetings[0]).toBe(archive.meetings[0]!.id);
  });
});
