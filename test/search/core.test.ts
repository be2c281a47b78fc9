// The search core (public/search-core.js) as Node and the page load it.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadCore, PUBLIC_DIR, siteCore } from '../../src/search/core.js';
import { foldPairsFor } from '../../src/search/index.js';
import type { SearchDocument } from '../../src/types.js';
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

describe('excerpts', () => {
  const plain = (html: string) => html.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const text =
    '省水利厅近日召开全省防汛工作视频会议，副厅长张明远、总工程师欧阳建华出席会议并讲话，各市水利局局长李文斌等参加。' +
    '会议要求，各地要压实防汛责任，加强水库巡查，确保安全度汛。会议指出，今年汛期降雨偏多，骆东海强调要做好预案。' +
    '会后，厅党组书记王海涛带队检查了城区排涝泵站运行情况，听取了市城投集团董事长赵立新的汇报。';

  it('start and end where clauses do, so no name is cut in half', () => {
    for (const q of ['骆东海', '巡查', '泵站', '欧阳建华', '安全度汛']) {
      const shown = plain(core.excerpt(text, q));
      const inner = shown.replace(/^…/, '').replace(/…$/, '');
      const at = text.indexOf(inner);
      expect(at, q).toBeGreaterThanOrEqual(0);
      expect(at === 0 || /[。，、：；]/.test(text[at - 1]!), `${q}: starts after “${text[at - 1]}”`).toBe(true);
      const end = at + inner.length;
      expect(end === text.length || /[。，、：；]/.test(text[end - 1]!), `${q}: ends with “${text[end - 1]}”`).toBe(true);
      for (const name of ['张明远', '欧阳建华', '李文斌', '骆东海', '王海涛', '赵立新']) {
        const parts = [...name].slice(0, -1).map((_, i) => [name.slice(0, i + 1), name.slice(i + 1)]);
        for (const [head, tail] of parts) {
          expect(inner.startsWith(tail!) && !inner.startsWith(name), `${q} cuts ${name}`).toBe(false);
          expect(inner.endsWith(head!) && !inner.endsWith(name), `${q} cuts ${name}`).toBe(false);
        }
      }
      expect(shown).toContain(q === '骆东海' ? '骆东海' : q);
    }
  });
});

describe('the fold table a site ships', () => {
  const doc = (text: string) => ({ url: '/x/', title: '', text, kind: 'article', lang: 'zh-Hant', names: [], filters: {}, weight: 1, date: null, kicker: null }) as SearchDocument;
  const pairsOf = (s: string) => {
    const cs = Array.from(s);
    return new Map(cs.flatMap((c, i) => (i % 2 === 0 ? [[c, cs[i + 1]!] as const] : [])));
  };

  it('keeps the pairs of the characters the documents hold, in either script, and folds them as the full table does', () => {
    const table = pairsOf(foldPairsFor([doc('駱東山'), doc('金钼集团')]));
    for (const [t, s] of [['駱', '骆'], ['東', '东'], ['鉬', '钼'], ['團', '团']]) expect(table.get(t!)).toBe(s);
    expect(table.has('龍')).toBe(false);
    const small = loadCore(path.join(PUBLIC_DIR, 'search-core.js'), foldPairsFor([doc('駱東山')]));
    expect(small.fold('骆东山 駱東山')).toBe(core.fold('骆东山 駱東山'));
  });

  it('is closed under chains: 薴 → 苧 → 苎', () => {
    const table = pairsOf(foldPairsFor([doc('苧')]));
    expect(table.get('苧')).toBe(core.fold('苧'));
    expect(table.get('薴')).toBe('苧');
  });
});
