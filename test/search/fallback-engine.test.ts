// Our script index engine (public/search-fallback.js) on random documents: a
// phrase finds exactly the documents that hold it (it loads only every other
// bigram, which must not change what it finds), served and from disk alike.
import { describe, expect, it } from 'vitest';
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildSearchIndex, searchSite } from '../../src/search/index.js';
import { PUBLIC_DIR, runScripts, siteCore } from '../../src/search/core.js';
import { displayBlock } from '../../src/search/fallback.js';
import type { SearchDocument } from '../../src/types.js';
import { tempDir } from '../helpers/tmp.js';

// a small alphabet in both scripts, so phrases recur and near-misses abound
const CHARS = Array.from('會议議工作建設设东東山');
const text = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 24 }).map((cs) => cs.join(''));

describe('script index engine', { timeout: 120_000 }, () => {
  it('finds exactly the documents holding a phrase, for entity pages and (from disk) articles', async () => {
    const core = siteCore();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 3, maxLength: 16 }), fc.array(text, { minLength: 8, maxLength: 8 }), async (texts, queries) => {
        const site = tempDir(`baokan-engine-${run++}-`);
        for (const f of ['search-core.js', 'search-fallback.js']) cpSync(path.join(PUBLIC_DIR, f), path.join(site, f));
        const docs: SearchDocument[] = texts.map((t, i) => ({
          url: `/${i % 2 ? 'people' : 'articles'}/${i}/`,
          kind: i % 2 ? 'person' : 'article',
          lang: 'zh-Hant',
          title: '',
          text: t,
          names: [],
          date: null,
          kicker: null,
          filters: {},
          weight: 1,
        }));
        await buildSearchIndex(site, docs);
        for (const q of queries) {
          const want = docs.filter((d) => core.contains(d.text, q)).map((d) => d.url).sort();
          for (const fallback of [false, true]) {
            const got = (await searchSite(site, q, { fallback })).map((r) => r.url).sort();
            expect(got, `${q} (${fallback ? 'fallback' : 'served'})`).toEqual(want);
          }
        }
      }),
      { numRuns: 6 },
    );
  });

  it('shows each result from its own place in a display block, several documents to a file', async () => {
    const site = tempDir('baokan-blocks-');
    for (const f of ['search-core.js', 'search-fallback.js']) cpSync(path.join(PUBLIC_DIR, f), path.join(site, f));
    // long articles (a few to a block) and short entity pages (many to a block); 設 ends every text
    const doc = (i: number, kind: SearchDocument['kind'], body: string): SearchDocument => ({
      url: `/${kind === 'article' ? 'articles' : 'people'}/${i}/`, kind, lang: 'zh-Hant', title: `第${i}`, text: `${body}${i}號設`, names: [], date: null, kicker: null, filters: {}, weight: 1,
    });
    const articles = Array.from({ length: 21 }, (_, i) => doc(i, 'article', '東山'.repeat(500)));
    const people = Array.from({ length: 150 }, (_, i) => doc(100 + i, 'person', '工作'));
    expect(displayBlock(articles)).toBeGreaterThan(1);
    expect(displayBlock(articles)).toBeLessThan(8);
    expect(displayBlock(people)).toBe(64);
    const served = displayBlock(people, { served: true });
    expect(served).toBeGreaterThan(4);
    expect(served).toBeLessThan(64);
    await buildSearchIndex(site, [...articles, ...people]);
    const config = runScripts([path.join(site, 'pagefind', 'baokan-config.js')]).BAOKAN_SEARCH as { shards: string[]; fallback: Array<{ shown: number }> };
    expect(config.shards).toHaveLength(1);
    expect(readdirSync(path.join(site, 'pagefind', config.shards[0]!, 'fallback', 'd')).length).toBe(Math.ceil(21 / config.fallback[0]!.shown));
    expect(readdirSync(path.join(site, 'pagefind', 'entities', 'd')).length).toBe(Math.ceil(150 / served));
    for (const fallback of [false, true]) {
      const got = await searchSite(site, '號設', { fallback, limit: 500 });
      const want = [...articles, ...people].map((d) => [d.url, d.title]);
      expect(got.map((r) => [r.url, r.title]).sort()).toEqual(want.sort());
    }
  });
});
