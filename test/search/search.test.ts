// Pagefind over a rendered site, queried in Node through the site's own bundle.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { renderSite } from '../../src/render/index.js';
import { buildSearchIndex, searchSite } from '../../src/search/index.js';
import { tempDir } from '../helpers/tmp.js';
import { listTree } from '../helpers/site.js';
import { allArticles } from '../render/fixtures.js';

const work = tempDir('baokan-search-');
const site = path.join(work, 'site');
let pages = 0;

beforeAll(async () => {
  await renderSite(allArticles, { outDir: site });
  ({ pages } = await buildSearchIndex(site));
});

/** The text Pagefind stored per page (its fragments: gzip, a signature, JSON). */
function indexedContent(): Map<string, string> {
  const dir = path.join(site, 'pagefind', 'fragment');
  const out = new Map<string, string>();
  for (const f of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
    const data = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    out.set(data.url, data.content.replace(/\u200b/g, ''));
  }
  return out;
}

const urls = async (q: string) => (await searchSite(site, q)).map((r) => r.url);

describe('search index', () => {
  it('indexes every article page and nothing else', () => {
    expect(pages).toBe(allArticles.length);
  });

  it('writes one index for the whole site, whatever the mix of zh-Hant and zh-Hans pages', () => {
    const langs = new Set(allArticles.map((a) => a.lang));
    expect(langs).toEqual(new Set(['zh-Hant', 'zh-Hans']));
    const entry = JSON.parse(readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toHaveLength(1);
    expect(Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count).toBe(allArticles.length);
    expect(readdirSync(path.join(site, 'pagefind')).filter((f) => f.endsWith('.pf_meta'))).toHaveLength(1);
  });

  it('the same site indexed twice gives identical bytes', async () => {
    const again = path.join(work, 'again');
    await renderSite([...allArticles].reverse(), { outDir: again });
    await buildSearchIndex(again);
    const a = listTree(path.join(site, 'pagefind'));
    expect(listTree(path.join(again, 'pagefind'))).toEqual(a);
    for (const f of a) expect(readFileSync(path.join(again, 'pagefind', f)).equals(readFileSync(path.join(site, 'pagefind', f))), f).toBe(true);
  });

  it('writes the Pagefind UI the search page loads', () => {
    const files = readdirSync(path.join(site, 'pagefind'));
    expect(files).toContain('pagefind-ui.js');
    expect(files).toContain('pagefind-ui.css');
  });
});

describe('searchSite', () => {
  it('finds the Traditional article for a Traditional query', async () => {
    const results = await searchSite(site, '維穩');
    expect(results[0]?.url).toBe('/articles/hant-article/');
    expect(results[0]?.title).toBe('青嵐礦業集團部署安全維穩工作');
    expect(results[0]?.excerpt).toContain('<mark>');
    expect(await urls('礦業集團')).toContain('/articles/hant-article/');
  });

  it('finds the Simplified article for a Simplified query, from the same index', async () => {
    expect((await urls('钼业公司'))[0]).toBe('/articles/hans-article/');
    expect(await urls('技术创新')).toContain('/articles/hans-article/');
  });

  it('does not index notes, the source notice or the derived-title remark', async () => {
    const content = indexedContent();
    expect([...content.keys()].sort()).toEqual(allArticles.map((a) => `/articles/${a.record.id}/`).sort());
    const hant = content.get('/articles/hant-article/')!;
    expect(hant).toContain('確保全年安全生產目標實現');
    for (const s of ['本網聲明', '聯繫電話', '照錄未改', '註1', '網站導覽', '本站由']) expect(hant).not.toContain(s);
    expect(content.get('/articles/xss-article/')).not.toContain('擬定');
    expect(await urls('聯繫電話')).toEqual([]);
  });

  it('returns escaped excerpts: article text never becomes markup in results', async () => {
    const results = await searchSite(site, '測試文章');
    expect(results[0]?.url).toBe('/articles/xss-article/');
    expect(results[0]!.excerpt).not.toMatch(/<script|<img/i);
  });

  it('finds nothing for text that is on no page', async () => {
    expect(await urls('潛艇')).toEqual([]);
  });
});
