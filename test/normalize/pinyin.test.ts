import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { stripPinyinAnnotations, isReadingOf } from '../../src/normalize/index.js';

describe('stripPinyinAnnotations', () => {
  it('removes readings that belong to the character before them', () => {
    expect(stripPinyinAnnotations('社區(qū)管理').text).toBe('社區管理');
    expect(stripPinyinAnnotations('總經(jīng)理').text).toBe('總經理');
    expect(stripPinyinAnnotations('处(chù)理').text).toBe('处理');
  });

  it('handles toneless and doubled forms', () => {
    expect(stripPinyinAnnotations('國(guo)(guo)務院').text).toBe('國務院');
    expect(stripPinyinAnnotations('同(tong)志').text).toBe('同志');
  });

  it('falls back to the Simplified form for readings pinyin-pro misses', () => {
    // 處 alone gives only chǔ; 处 has chù too.
    expect(isReadingOf('處', 'chù')).toBe(true);
    expect(stripPinyinAnnotations('相關處(chù)室').text).toBe('相關處室');
  });

  it('never touches real parentheses', () => {
    for (const real of ['(以下簡稱“省有色局”)', '(彼 岸)', '(送審稿)', '(2019)', '(供水、供電、供熱供氣和物業管理)', '方案(yes)', '書(yes)']) {
      const text = `工作實施${real}。`;
      expect(stripPinyinAnnotations(text).text).toBe(text);
    }
  });

  it('keeps an annotation that is not a reading of its character', () => {
    expect(stripPinyinAnnotations('委員(ma)會').text).toBe('委員(ma)會');
  });

  it('records each change with its place', () => {
    const r = stripPinyinAnnotations('工礦區(qū)剝離');
    expect(r.changes).toEqual([{ start: 2, end: 7, replacement: '區', kind: 'pinyin-annotation' }]);
  });

  it('strips every annotation of the seeds and nothing else', () => {
    const text = readFileSync('seeds/000_7c941060955f54b6.txt', 'utf8');
    const r = stripPinyinAnnotations(text);
    expect(r.changes.length).toBe(144);
    expect(r.text).not.toMatch(/[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)/);
    expect(r.text).toContain('(送審稿)');
    expect(r.text).toContain('(彼 岸)');
  });
});

describe('pinyin annotations in the shapes real pages give them', () => {
  it('strips alternatives, blanks inside the brackets, full-width brackets and doubled readings', () => {
    expect(stripPinyinAnnotations('為(wéi / wèi)人民服務，了(le/liǎo)解區(qū)情').text).toBe('為人民服務，了解區情');
    expect(stripPinyinAnnotations('會(huì )議在區(qū)政府召開').text).toBe('會議在區政府召開');
    expect(stripPinyinAnnotations('場(chǎng)(chǎng)地，社區（qū）管理').text).toBe('場地，社區管理');
  });

  it('on an annotated page, strips a bracketed syllable that is the wrong reading, and nothing else', () => {
    // two real readings make the page an annotated one; (dan) after 黨 is then an annotation, cut short
    expect(stripPinyinAnnotations('場(chǎng)地，社區(qū)管理，黨(dan)委').text).toBe('場地，社區管理，黨委');
    // not a syllable: real text
    expect(stripPinyinAnnotations('場(chǎng)地，社區(qū)管理，方案(yes)').text).toBe('場地，社區管理，方案(yes)');
    // a page with no real reading keeps it
    expect(stripPinyinAnnotations('委員(ma)會').text).toBe('委員(ma)會');
  });
});
