// Our script index engine (public/search-fallback.js) on random documents: a
// phrase finds exactly the documents that hold it (it loads only every other
// bigram, which must not change what it finds), served and from disk alike.
import { describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildSearchIndex, searchSite } from '../../src/search/index.js';
import { PUBLIC_DIR, siteCore } from '../../src/search/core.js';
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
});
