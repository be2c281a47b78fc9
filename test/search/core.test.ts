// The search core (public/search-core.js) as Node and the page load it.
import { describe, expect, it } from 'vitest';
import { siteCore } from '../../src/search/core.js';
import { toSimplified } from '../../src/script.js';

const core = siteCore();

describe('search core', () => {
  it('folds either script to one form, character by character', () => {
    expect(core.fold('駱東山，金鉬集團')).toBe('骆东山金钼集团');
    expect(core.fold('骆东山金钼集团')).toBe('骆东山金钼集团');
    expect(core.fold('ＧＤＰ增長１３０００㎡')).toBe('gdp增长13000m2');
    // per character: every substring of a text folds to a substring of the folded text
    const text = '全省有色系統共同維穩工作第十五次會議，乾隆年間的頭髮';
    const folded = core.fold(text);
    for (let i = 0; i < text.length; i++) for (let j = i + 1; j <= text.length; j++) expect(folded).toContain(core.fold(text.slice(i, j)));
    expect(core.fold('維穩')).toBe(toSimplified('維穩'));
  });

  it('writes overlapping bigrams, title first, and the last character alone', () => {
    expect(core.indexForm('維穩', '會議。')).toBe('维稳 稳会 会议 议');
    expect(core.phraseTokens(core.parseQuery('駱東山')[0]!)).toEqual(['骆东', '东山']);
  });

  it('cuts excerpts from the original text, escaped, with the match marked', () => {
    const html = core.excerpt('前文<b>駱東山</b>強調&要求', '骆东山');
    expect(html).toBe('前文&lt;b&gt;<mark>駱東山</mark>&lt;/b&gt;強調&amp;要求');
    expect(core.contains('前文<b>駱東山</b>', '骆东山')).toBe(true);
    // punctuation and spaces are not searchable: the query matches across them
    expect(core.contains('駱東，山', '骆东山')).toBe(true);
    expect(core.contains('駱西山', '骆东山')).toBe(false);
  });
});
