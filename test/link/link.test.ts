import { describe, expect, it } from 'vitest';
import { linkArchive } from '../../src/link/index.js';
import { personSlug } from '../../src/link/slugs.js';
import type { ArticleRecord, Official } from '../../src/types.js';

const shaanxi = { place: { code: '610000', province: '陕西省', city: null, county: null }, bodies: [], evidence: [] };

function article(id: string, date: string, officials: Official[], extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id, source: { path: `${id}.txt`, sha256: id }, title: id, titleDerived: false, kicker: null, date, dateEvidence: null,
    publication: null, category: null, authors: [], editors: [], views: null, script: 'Hans', paragraphs: ['甲乙丙丁戊己庚辛壬癸'.repeat(3)],
    officials, organisations: [], meetings: [], figures: [], statements: [], warnings: [], context: shaanxi, ...extra,
  };
}
const off = (name: string, title: string, organisation: string | null): Official => ({ name, titles: [{ title, organisation }], mentions: [{ paragraph: 0, start: 0, end: name.length }] });

describe('linkArchive', () => {
  it('joins one person across articles and scripts when titles are compatible', () => {
    const archive = linkArchive([
      article('a', '2020-01-01', [off('周立新', '副主任', '省发展改革委')]),
      article('b', '2020-02-01', [off('周立新', '主任', '省發展改革委')]),
    ]);
    expect(archive.people).toHaveLength(1);
    expect(archive.people[0]).toMatchObject({ id: 'zhou-lixin-shan-xi-sheng-fa-gai-wei', articles: ['a', 'b'], nameHant: '周立新' });
    expect(archive.byArticle.get('b')!.officials).toEqual(['zhou-lixin-shan-xi-sheng-fa-gai-wei']);
  });

  it('keeps the same name in clearly different contexts as two people, each URL from its own facts', () => {
    const two = [article('a', '2020-01-01', [off('王勇', '主任', '渭南市国资委')]), article('b', '2020-03-01', [off('王勇', '总经理', '某某煤业集团')])];
    const archive = linkArchive(two);
    expect(archive.people.map((p) => p.id).sort()).toEqual(['wang-yong-mou-mou-mei-ye-ji-tuan', 'wang-yong-wei-nan-shi-guo-zi-wei']);
    // an unrelated article added later changes neither URL
    const more = linkArchive([...two, article('c', '2019-01-01', [off('李华', '局长', '省水利厅')])]);
    const idOf = (a: ReturnType<typeof linkArchive>, article: string) => a.byArticle.get(article)!.officials[0];
    expect([idOf(more, 'a'), idOf(more, 'b')]).toEqual([idOf(archive, 'a'), idOf(archive, 'b')]);
  });

  it('merges organisations through aliases', () => {
    const archive = linkArchive([
      article('a', '2020-01-01', [], { organisations: [{ name: '江西省能源集团有限公司', aliases: ['江西能源集团'], mentions: [] }] }),
      article('b', '2020-01-02', [], { organisations: [{ name: '江西能源集团', aliases: [], mentions: [] }] }),
    ]);
    expect(archive.organisations).toHaveLength(1);
    expect(archive.organisations[0]).toMatchObject({ name: '江西省能源集团有限公司', aliases: ['江西能源集团'], articles: ['a', 'b'] });
  });

  it('records who chaired and attended, and who met whom', () => {
    const meeting = { name: '推进会', date: '2020-01-01', time: null, venue: null, organiser: null, chair: '周立新', attendance: null, participants: ['李华'], speakers: ['李华'], mention: { paragraph: 0, start: 0, end: 3 } };
    const archive = linkArchive([article('a', '2020-01-01', [off('周立新', '副主任', '省发展改革委'), off('李华', '局长', '省水利厅')], { meetings: [meeting] })]);
    const zhou = archive.people.find((p) => p.name === '周立新')!;
    expect(zhou.chaired).toHaveLength(1);
    expect(zhou.metMost).toEqual([{ personId: 'li-hua-shan-xi-sheng-shui-li-ting', count: 1 }]);
  });

  it('makes readable person slugs, compound surnames included', () => {
    expect(personSlug('駱東山')).toBe('luo-dongshan');
    expect(personSlug('欧阳明')).toBe('ouyang-ming');
  });
});
