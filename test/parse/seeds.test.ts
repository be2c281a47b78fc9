import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { normalizeText } from '../../src/normalize/index.js';
import { parseArticle } from '../../src/parse/index.js';

const parseSeed = (file: string) => parseArticle(normalizeText(readFileSync(file, 'utf8')).text, { format: 'txt' });

describe('parse: seed 003 (kicker, headline, metadata line, boilerplate)', () => {
  const a = parseSeed('seeds/003_7367aa27400e94e4.txt');
  it('reads kicker, headline and the metadata line', () => {
    expect(a).toMatchObject({
      kicker: '全面推動關閉破產企業社區',
      title: '湖南省有色系統共同維穩工作第十五次會議召開',
      titleDerived: false,
      date: '2018-11-30',
      publication: '有色報',
      category: '重點新聞',
      authors: ['張燎原'],
      editors: ['定律'],
      views: 12269,
      script: 'Hant',
    });
  });
  it('keeps the site notice out of the body', () => {
    const body = a.paragraphs.join('\n');
    for (const s of ['責任編輯', '中國有色網聲明', '如需轉載', '010-63971479', '12269次瀏覽']) expect(body).not.toContain(s);
    expect(a.sourceNotice).toContain('中國有色網聲明');
    expect(a.paragraphs).toHaveLength(8);
  });
});

describe('parse: seed 000 (no headline, dateline, sign-off, second report)', () => {
  const a = parseSeed('seeds/000_7c941060955f54b6.txt');
  it('derives a headline from the first sentence', () => {
    expect(a.titleDerived).toBe(true);
    expect(a.title).toContain('第一次全體會議');
    expect(a.title).not.toMatch(/^8月/);
  });
  it('infers the year from the look-ahead to the 19th Party Congress, with evidence', () => {
    expect(a.date).toBe('2017-08-04');
    expect(a.dateEvidence).toContain('十九大');
    expect(a.messages.map((m) => m.code)).toContain('year-inferred');
  });
  it('strips 本報訊 and 又訊 and records where the second report starts', () => {
    expect(a.paragraphs[0]).toMatch(/^8月4日/);
    expect(a.paragraphs.join('')).not.toContain('本報訊');
    expect(a.reportStarts).toEqual([0, 12]);
    expect(a.paragraphs[12]).toMatch(/^當日下午1點/);
  });
  it('takes the sign-off (彼 岸) as the author', () => {
    expect(a.authors).toEqual(['彼岸']);
    expect(a.paragraphs.at(-1)).toMatch(/推進此項工作。$/);
  });
  it('gives every paragraph an id in the body tree', () => {
    expect(a.body.children.map((n) => (n.data as { hProperties: { id: string } }).hProperties.id)).toEqual(a.paragraphs.map((_, i) => `p-${i}`));
  });
});
