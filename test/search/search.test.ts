// The search index built from render's SearchDocuments, queried in Node through
// the site's own bundles (Pagefind shards, and the file:// fallback scripts).
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { renderSite } from '../../src/render/index.js';
import { buildSearchIndex, MAX_SHARD_WEIGHT, planShards, searchSite, shardWeight } from '../../src/search/index.js';
import type { SearchDocument } from '../../src/types.js';
import { tempDir } from '../helpers/tmp.js';
import { listTree } from '../helpers/site.js';
import { allArticles } from '../render/fixtures.js';

const work = tempDir('baokan-search-');
const site = path.join(work, 'site');
let documents: SearchDocument[] = [];
let pages = 0;
let shards: string[] = [];

beforeAll(async () => {
  ({ searchDocuments: documents } = await renderSite(allArticles, { outDir: site }));
  ({ pages, shards } = await buildSearchIndex(site, documents));
});

const urls = async (q: string, options = {}) => (await searchSite(site, q, options)).map((r) => r.url);
const both = async (q: string, filters = {}) => {
  const served = await urls(q, { filters });
  expect(await urls(q, { filters, fallback: true }), `fallback for ${q}`).toEqual(served);
  return served;
};

describe('search index', () => {
  it('indexes every search document, whole years packed into bundles of at most MAX_SHARD_WEIGHT', () => {
    expect(pages).toBe(allArticles.length);
    expect(documents.reduce((n, d) => n + shardWeight(d), 0)).toBeLessThanOrEqual(MAX_SHARD_WEIGHT);
    const years = [...new Set(documents.map((d) => d.filters.year?.[0]).filter(Boolean))].sort().reverse();
    // a bundle's folder: its years, then a digest of what it holds
    expect(shards).toHaveLength(1);
    expect(shards[0]).toMatch(new RegExp(`^${years[0]}-${documents.some((d) => !d.filters.year) ? 'undated' : years[years.length - 1]}\\.[0-9a-f]{10}$`));
    for (const s of shards) {
      const entry = JSON.parse(readFileSync(path.join(site, 'pagefind', s, 'pagefind-entry.json'), 'utf8'));
      // one index per bundle whatever the pages' lang (zh-Hant and zh-Hans mixed)
      expect(Object.keys(entry.languages)).toEqual(['en']);
    }
    expect(new Set(documents.map((d) => d.lang))).toEqual(new Set(['zh-Hant', 'zh-Hans']));
  });

  it('the same documents indexed twice, in any order, give identical bytes', async () => {
    const again = path.join(work, 'again');
    const { searchDocuments } = await renderSite([...allArticles].reverse(), { outDir: again });
    await buildSearchIndex(again, [...searchDocuments].reverse());
    const a = listTree(path.join(site, 'pagefind'));
    expect(listTree(path.join(again, 'pagefind'))).toEqual(a);
    for (const f of a) expect(readFileSync(path.join(again, 'pagefind', f)).equals(readFileSync(path.join(site, 'pagefind', f))), f).toBe(true);
  });

  it('documents sent later (the entity pages, once linked) give the bytes of sending them all at once; an article sent late is refused', async () => {
    const entity = { ...documents[0]!, url: '/people/later-person/', kind: 'person', title: '張遲到', text: '張遲到', filters: { person: ['張遲到'] }, date: null } as SearchDocument;
    const atOnce = path.join(work, 'at-once');
    await buildSearchIndex(atOnce, [...documents, entity]);
    const late = path.join(work, 'late');
    await buildSearchIndex(late, documents, {}, Promise.resolve([entity]));
    const a = listTree(path.join(atOnce, 'pagefind'));
    expect(listTree(path.join(late, 'pagefind'))).toEqual(a);
    for (const f of a) expect(readFileSync(path.join(late, 'pagefind', f)).equals(readFileSync(path.join(atOnce, 'pagefind', f))), f).toBe(true);
    for (const f of readdirSync(site).filter((f) => f.endsWith('.js'))) cpSync(path.join(site, f), path.join(late, f)); // the search scripts, from the rendered site
    expect((await searchSite(late, '張遲到')).map((r) => r.url)).toEqual(['/people/later-person/']);
    await expect(buildSearchIndex(path.join(work, 'refused'), documents.slice(1), {}, Promise.resolve([documents[0]!]))).rejects.toThrow(/sent after the shards were planned/);
  });

  it('plans shards as runs of the global order: whole years, a year too big split, from the oldest end', () => {
    const doc = (url: string, year?: string, date?: string) => ({ url, title: url, text: url, kind: 'article', lang: 'zh-Hant', names: [], weight: 1, date: date ?? null, kicker: null, filters: year ? { year: [year] } : {} }) as unknown as SearchDocument;
    const docs = [doc('a', '2020', '2020-01-01'), doc('b', '2020', '2020-02-01'), doc('c', '2019', '2019-05-01'), doc('d'), doc('e', '2018', '2018-01-01'), doc('f', '2020', '2020-03-01'), doc('g', '2020', '2020-04-01'), doc('h', '2020', '2020-05-01')];
    // every one of these weighs the same: three to a shard
    const plan = planShards(docs, { maxShardWeight: 3 * shardWeight(docs[0]!) });
    expect(plan.map((s) => [s.key, s.documents.map((d) => d.url).join('')])).toEqual([
      ['2020.1', 'hg'],
      ['2020.2', 'fba'],
      ['2019-undated', 'ced'],
    ]);
    expect(plan.flatMap((s) => s.documents.map((d) => d.url))).toEqual(planShards(docs, { singleShard: true })[0]!.documents.map((d) => d.url));
  });

  it('answers the same from many small shards as from one bundle', async () => {
    const many = path.join(work, 'many');
    const { searchDocuments } = await renderSite(allArticles, { outDir: many });
    const built = await buildSearchIndex(many, searchDocuments, { maxShardWeight: 1 });
    expect(built.shards.length).toBe(searchDocuments.length); // one document each
    let most = 0;
    for (const q of ['有色', '駱東山', '集团', '会议', '2018', '的', '工作']) {
      const found = (await searchSite(many, q)).map((r) => r.url);
      expect(found, q).toEqual(await urls(q));
      most = Math.max(most, found.length);
    }
    // results from several bundles at once (merged in the browser, a page known by its name alone)
    expect(most).toBeGreaterThanOrEqual(3);
  });

  it('copies the shards (and the entities index) whose documents did not change from the previous site, indexes the others', async () => {
    const next = path.join(work, 'next');
    const { searchDocuments } = await renderSite(allArticles, { outDir: next });
    const byYear = await buildSearchIndex(path.join(work, 'years'), searchDocuments, { maxShardWeight: 1 });
    const edited = searchDocuments.map((d, i) => (i === 0 ? { ...d, text: `${d.text}改` } : d));
    const again = await buildSearchIndex(next, edited, { maxShardWeight: 1, previousSite: path.join(work, 'years') });
    // the edited shard's folder has a new name (no URL of the old bundle means other bytes), the others are copied
    const key = (s: string) => s.replace(/\.[0-9a-f]{10}$/, '');
    expect(again.shards.map(key)).toEqual(byYear.shards.map(key));
    expect(again.shards.filter((s) => !byYear.shards.includes(s))).toHaveLength(1);
    // the entity pages' index (no entity document changed) is taken too
    expect(again.reused).toEqual(['entities', ...byYear.shards.filter((s) => again.shards.includes(s))]);
    expect(again.reused.length).toBe(byYear.shards.length);
    expect(await urls('有色')).toEqual((await searchSite(next, '有色')).map((r) => r.url));
  });

  it('keeps no Pagefind UI bundle (the page has its own)', () => {
    for (const s of shards) expect(readdirSync(path.join(site, 'pagefind', s)).filter((f) => f.includes('-ui'))).toEqual([]);
  });
});

describe('ranking', () => {
  it('puts an entity page first for its name, in either script', async () => {
    const ranked = path.join(work, 'ranked');
    const { searchDocuments } = await renderSite(allArticles, { outDir: ranked });
    const article = searchDocuments.find((d) => d.url === '/articles/hant-article/')!;
    const name = '青嵐礦業集團';
    expect(article.text).toContain(name);
    const entity: SearchDocument = { ...article, url: '/organisations/qinglan/', kind: 'organisation', title: name, text: `${name}\n簡介`, filters: { organisation: [name] }, weight: 2 };
    const { shards: bundles } = await buildSearchIndex(ranked, [...searchDocuments, entity]);
    // the entity page is in our own entities index, not in Pagefind (whose meta every first query loads)
    const pagefindPages = bundles.reduce((n, s) => n + JSON.parse(readFileSync(path.join(ranked, 'pagefind', s, 'pagefind-entry.json'), 'utf8')).languages.en.page_count, 0);
    expect(pagefindPages).toBe(searchDocuments.length);
    expect(readdirSync(path.join(ranked, 'pagefind', 'entities', 'd'))).toEqual(['0.js']);
    for (const fallback of [false, true]) {
      for (const q of [name, '青岚矿业集团']) {
        const results = await searchSite(ranked, q, { fallback });
        expect(results[0]?.url).toBe('/organisations/qinglan/');
        expect(results.map((r) => r.url)).toContain('/articles/hant-article/');
      }
      expect((await searchSite(ranked, name, { fallback, filters: { kind: ['article'] } })).map((r) => r.url)).not.toContain('/organisations/qinglan/');
      // a filter the entity page carries (its own name) keeps it; one it lacks drops it
      expect((await searchSite(ranked, '簡介', { fallback, filters: { organisation: [name] } })).map((r) => r.url)).toEqual(['/organisations/qinglan/']);
      expect(await searchSite(ranked, '簡介', { fallback, filters: { year: ['2020'] } })).toEqual([]);
    }
  });
});

describe('searchSite', () => {
  it('finds a Traditional article for a Traditional and for a Simplified query', async () => {
    const results = await searchSite(site, '維穩');
    expect(results[0]?.url).toBe('/articles/hant-article/');
    expect(results[0]?.title).toBe('青嵐礦業集團部署安全維穩工作');
    expect(results[0]?.excerpt).toContain('<mark>維穩</mark>');
    expect(await both('维稳')).toEqual(await both('維穩'));
    expect(await both('矿业集团')).toContain('/articles/hant-article/');
  });

  it('finds a Simplified article for a Traditional query, from the same index', async () => {
    expect((await both('钼业公司'))[0]).toBe('/articles/hans-article/');
    expect((await both('鉬業公司'))[0]).toBe('/articles/hans-article/');
  });

  it('returns only texts holding the query as a phrase, not its bigrams apart', async () => {
    const text = (u: string) => documents.find((d) => d.url === u)!.text;
    for (const q of ['安全生產', '技术创新', '集團']) for (const u of await both(q)) expect(text(u).includes(q) || text(u).includes(q.replace('集團', '集团'))).toBe(true);
    expect(await both('潛艇')).toEqual([]);
  });

  it('narrows by a facet', async () => {
    const all = await both('集團');
    const year = documents.find((d) => all.includes(d.url) && d.filters.year)!.filters.year![0]!;
    const only = await both('集團', { year: [year] });
    expect(only.length).toBeGreaterThan(0);
    for (const u of only) expect(documents.find((d) => d.url === u)!.filters.year).toEqual([year]);
    expect(only.length).toBeLessThanOrEqual(all.length);
  });

  it('does not index notes, the source notice or the derived-title remark', async () => {
    for (const s of ['本網聲明', '聯繫電話', '照錄未改', '網站導覽', '本站由']) expect(await both(s)).toEqual([]);
  });

  it('returns escaped excerpts: article text never becomes markup in results', async () => {
    const results = await searchSite(site, '測試文章');
    expect(results[0]?.url).toBe('/articles/xss-article/');
    expect(results[0]!.excerpt).not.toMatch(/<(?!\/?mark>)/);
  });
});
