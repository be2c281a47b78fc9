// renderSite on hand-made articles: pages, languages, anchors, escaping, determinism.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { renderSite } from '../../src/render/index.js';
import { tempDir } from '../helpers/tmp.js';
import { listTree } from '../helpers/site.js';
import { allArticles, hans, hant, markdown, xss } from './fixtures.js';
import { decode, openTags, scanTags, textOfId } from './html.js';

const work = tempDir('baokan-render-');
const out = path.join(work, 'site');
const read = (f: string) => readFileSync(path.join(out, f), 'utf8');
let files: string[] = [];

beforeAll(async () => {
  ({ files } = await renderSite(allArticles, { outDir: out }));
});

describe('renderSite', () => {
  it('writes home, one page per article, search, 404 and public/ as is', () => {
    expect(files).toEqual([...listTree(out)].sort());
    for (const a of allArticles) expect(files).toContain(`articles/${a.record.id}/index.html`);
    for (const f of ['index.html', 'search/index.html', '404.html']) expect(files).toContain(f);
    const publicDir = path.resolve(import.meta.dirname, '../../public');
    for (const f of readdirSync(publicDir)) {
      expect(read(f)).toBe(readFileSync(path.join(publicDir, f), 'utf8'));
    }
  });

  it('sets <html lang> per article script', () => {
    for (const a of allArticles) {
      expect(read(`articles/${a.record.id}/index.html`)).toMatch(new RegExp(`<html lang="${a.lang}">`));
    }
    expect(read('index.html')).toMatch(/<html lang="zh-Hant">/); // most articles are Traditional
  });

  it('gives every paragraph its id, with the record text', () => {
    for (const a of [hant, hans, xss]) {
      const html = read(`articles/${a.record.id}/index.html`);
      a.record.paragraphs.forEach((p, i) => expect(textOfId(html, `p-${i}`)).toBe(p));
    }
    const md = read('articles/markdown-article/index.html');
    expect(md).toContain('<h2 id="p-1">小標題</h2>');
    expect(textOfId(md, 'p-2')).toBe('第三段有一個鏈接和粗體文字，跨行繼續。');
  });

  it('shows the article fields, discreetly marks a derived title and keeps the source notice', () => {
    const html = read('articles/hant-article/index.html');
    for (const s of ['堅持安全發展', '青嵐礦業集團部署安全維穩工作', '2018年11月30日', '有色報', '林青', '周定', '本網聲明']) expect(html).toContain(s);
    expect(html).toContain('<time datetime="2018-11-30">');
    expect(html).not.toContain('title-derived');
    expect(read('articles/xss-article/index.html')).toContain('class="title-derived"');
    expect(read('articles/hans-article/index.html')).toContain('王川、李江');
    expect(read('articles/older-article/index.html')).toContain('<span class="date-note" data-pagefind-ignore>（年份據正文推定）</span>');
    expect(html).not.toContain('date-note');
  });

  it('marks damaged and corrected text in place, with a note', () => {
    const hantHtml = read('articles/hant-article/index.html');
    expect(hantHtml).toContain('<mark class="text-damaged">?yōu)橛猩到y(tǒng)</mark>');
    expect(hantHtml).toMatch(/<li id="note-1" class="note note-damaged">[\s\S]*?<a href="#p-2">第3段<\/a>/);
    const hansHtml = read('articles/hans-article/index.html');
    expect(hansHtml).toContain('<mark class="text-corrected">有色系统</mark>');
    expect(hansHtml).toContain('<q>有色?统</q>改为<q>有色系统</q>');
    // the corrected warning is not shown a second time as damage
    expect(hansHtml).not.toContain('note-damaged');
  });

  it('home lists latest first by year and month, undated at the end', () => {
    const html = read('index.html');
    const order = [...html.matchAll(/href="articles\/([^/]+)\/index\.html"/g)].map((m) => m[1]);
    expect(order).toEqual(['hans-article', 'hant-article', 'older-article', 'xss-article', 'markdown-article', 'undated-article']);
    const headings = [...html.matchAll(/<h[23][^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(headings).toEqual(['2019年', '2019年5月', '2018年', '2018年11月', '2018年2月', '日期不詳']);
    expect(html).toContain('<li lang="zh-Hans">');
  });

  it('search page loads the search scripts (relative, so file:// works); the header search box points to it', () => {
    const html = read('search/index.html');
    expect(html).toContain('<script src="../pagefind/baokan-config.js"></script>');
    expect(html).toContain('href="../search-page.css"');
    expect(read('index.html')).toMatch(/<form class="search-box" action="search\/index\.html" method="get"/);
    expect(read('articles/hans-article/index.html')).toMatch(/<form class="search-box" action="\.\.\/\.\.\/search\/index\.html" method="get"/);
  });

  it('indexes only the article main content', () => {
    for (const a of allArticles) expect(read(`articles/${a.record.id}/index.html`)).toMatch(/<main [^>]*data-pagefind-body/);
    for (const f of ['index.html', 'search/index.html', '404.html']) expect(read(f)).not.toContain('data-pagefind-body');
  });

  it('uses no external resource', () => {
    for (const f of files) {
      if (!/\.(html|css|js)$/.test(f)) continue;
      const text = read(f);
      expect(text, f).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
      expect(text, f).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
      expect(text, f).not.toMatch(/@import/);
    }
  });
});

describe('nothing from an article becomes markup', () => {
  // JSON-LD blocks are data (checked in test/security); these are the scripts that run.
  const scriptsOf = (html: string) => openTags(html).filter((t) => t.name === 'script' && t.attributes.get('type') !== 'application/ld+json');

  it('every page parses: each literal < opens a tag', () => {
    for (const f of files.filter((x) => x.endsWith('.html'))) expect(() => scanTags(read(f)), f).not.toThrow();
  });

  it('shows <script> and <img onerror> from a paragraph as text', () => {
    const html = read('articles/xss-article/index.html');
    expect(decode(textOfId(html, 'p-0')!)).toContain('<script>alert(1)</script>與<img src=x onerror=alert(1)>');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    const tags = openTags(html);
    // article pages have no script of their own
    expect(scriptsOf(html)).toEqual([]);
    expect(tags.filter((t) => ['img', 'svg', 'iframe', 'b', 'i'].includes(t.name))).toEqual([]);
    expect(tags.filter((t) => [...t.attributes.keys()].some((k) => k.startsWith('on')))).toEqual([]);
  });

  it('escapes the title, kicker, publication, authors and source notice', () => {
    const html = read('articles/xss-article/index.html');
    expect(html).toContain('<h1 data-pagefind-meta="title">標題&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;</h1>');
    expect(html).toContain('&lt;b&gt;kicker&lt;/b&gt;');
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(&quot;notice&quot;)&lt;/script&gt;');
    const home = read('index.html');
    expect(scriptsOf(home)).toEqual([]);
    expect(home).toContain('標題&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;');
  });

  it('the search page has only its own scripts', () => {
    expect(scriptsOf(read('search/index.html')).map((t) => t.attributes.get('src'))).toEqual(['../search-core.js', '../search-fallback.js', '../pagefind/baokan-config.js', '../search.js']);
  });

  it('raw HTML in a Markdown body yields no element', () => {
    const html = read(`articles/${markdown.record.id}/index.html`);
    const tags = openTags(html.slice(html.indexOf('<div class="article-body">'), html.indexOf('</main>')));
    const names = new Set(tags.map((t) => t.name));
    for (const bad of ['script', 'img', 'iframe', 'div']) {
      if (bad === 'div') expect(tags.filter((t) => t.name === 'div').length).toBe(1); // the body wrapper
      else expect(names.has(bad), bad).toBe(false);
    }
    expect(tags.filter((t) => [...t.attributes.keys()].some((k) => k.startsWith('on')))).toEqual([]);
    // links keep their text, never a javascript: URL
    expect(tags.filter((t) => /^\s*javascript:/i.test(t.attributes.get('href') ?? ''))).toEqual([]);
    expect(html).not.toMatch(/href="\s*javascript:/i);
  });

  it('refuses ids that are not URL-safe slugs', async () => {
    const bad = { ...hant, record: { ...hant.record, id: '../evil' } };
    await expect(renderSite([bad], { outDir: path.join(work, 'bad') })).rejects.toThrow(/not a URL-safe slug/);
    const twice = [hant, { ...hans, record: { ...hans.record, id: hant.record.id } }];
    await expect(renderSite(twice, { outDir: path.join(work, 'twice') })).rejects.toThrow(/share the id/);
  });
});

describe('determinism', () => {
  it('two renders, in any input order, give identical bytes', async () => {
    const a = path.join(work, 'a');
    const b = path.join(work, 'b');
    await renderSite(allArticles, { outDir: a });
    await renderSite([...allArticles].reverse(), { outDir: b });
    const treeA = listTree(a);
    expect(listTree(b)).toEqual(treeA);
    for (const f of treeA) expect(readFileSync(path.join(b, f)).equals(readFileSync(path.join(a, f))), f).toBe(true);
  });

  it('does not change the input trees', async () => {
    const before = JSON.stringify(allArticles);
    await renderSite(allArticles, { outDir: path.join(work, 'c') });
    expect(JSON.stringify(allArticles)).toBe(before);
  });
});
