// The site config (baokan.config.yaml, .json or .js in the working folder, or
// --config FILE): each key does what it says, and a wrong key or value stops
// the command with an error naming the file, the key and what is allowed.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { baokan, ROOT } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';
import { parseXml, type El } from '../helpers/xml.js';

const all = (el: El, name: string): El[] => [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];
const jsonLdOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as { url?: string };

/** A working folder with the seeds and, where given, config files. */
function project(files: Record<string, string> = {}): string {
  const dir = tempDir('baokan-config-');
  cpSync(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const build = async (dir: string, extra: string[] = []) => {
  const r = await baokan(['build', '--seeds', 'seeds', '--out', 'dist', '--no-cache', '--quiet', ...extra], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return (file: string) => readFileSync(path.join(dir, 'dist', file), 'utf8');
};

const SEED = 'articles/000_7c941060955f54b6/index.html';

describe('baokan.config.yaml', { timeout: 300_000 }, () => {
  it('title: the name in every page and the feed', async () => {
    const read = await build(project({ 'baokan.config.yaml': 'title: 測試文庫\n' }));
    expect(read('index.html')).toContain('<a class="site-title" href="index.html">測試文庫</a>');
    expect(read(SEED)).toContain('<a class="site-title" href="../../index.html">測試文庫</a>');
    expect(read(SEED)).toContain('· 測試文庫</title>');
    expect(read('zh-hans/index.html')).toContain('测试文库');
    expect(read('feed.xml')).toContain('<title>測試文庫</title>');
  });

  it('url: absolute addresses in the sitemap and feed, canonical links and og:url', async () => {
    const read = await build(project({ 'baokan.config.json': JSON.stringify({ url: 'https://example.org/archive/' }) }));
    const locs = all(parseXml(read('sitemap.xml')), 'loc').map((l) => l.text);
    expect(locs).toContain('https://example.org/archive/articles/000_7c941060955f54b6/');
    expect(locs).toContain('https://example.org/archive/');
    expect(locs.length).toBeGreaterThan(20);
    for (const loc of locs) expect(new URL(loc).href, loc).toMatch(/^https:\/\/example\.org\/archive\//);
    const feed = parseXml(read('feed.xml'));
    const feedUrls = [...all(feed, 'id').map((e) => e.text), ...all(feed, 'link').map((e) => e.attrs.href!)];
    expect(feedUrls.length).toBeGreaterThan(4);
    for (const u of feedUrls) expect(u).toMatch(/^https:\/\/example\.org\/archive\//);
    expect(feedUrls).toContain('https://example.org/archive/articles/000_7c941060955f54b6/');
    expect(jsonLdOf(read(SEED)).url).toBe('https://example.org/archive/articles/000_7c941060955f54b6/');
    // the 404 page is shown at any depth: its links are absolute
    expect(read('404.html')).toContain('<link rel="stylesheet" href="https://example.org/archive/style.css">');
    expect(read('404.html')).toContain('<a class="site-title" href="https://example.org/archive/">');
    expect(read(SEED)).toContain('<link rel="canonical" href="https://example.org/archive/articles/000_7c941060955f54b6/">');
    expect(read(SEED)).toContain('<meta property="og:url" content="https://example.org/archive/articles/000_7c941060955f54b6/">');
    expect(read(`zh-hans/${SEED}`)).toContain('<link rel="canonical" href="https://example.org/archive/zh-hans/articles/000_7c941060955f54b6/">');
  });

  it('no url: no absolute address anywhere, no sitemap, and check says so', async () => {
    const dir = project();
    const read = await build(dir);
    expect(read(SEED)).not.toContain('rel="canonical"');
    expect(read(SEED)).not.toContain('og:url');
    expect(jsonLdOf(read(SEED)).url).toBeUndefined();
    expect(existsSync(path.join(dir, 'dist', 'sitemap.xml'))).toBe(false);
    const feed = parseXml(read('feed.xml'));
    expect(all(feed, 'link').map((e) => e.attrs.href)).toContain('articles/000_7c941060955f54b6/index.html');
    expect(read('404.html')).toContain('<link rel="stylesheet" href="style.css">');
    const checked = await baokan(['check', 'seeds'], { cwd: dir });
    expect(checked.stderr.match(/no url/g)).toHaveLength(1);
    const withUrl = project({ 'baokan.config.yaml': 'url: https://example.org/\n' });
    expect((await baokan(['check', 'seeds'], { cwd: withUrl })).stderr).not.toMatch(/no url/);
  });

  it('script: hans puts every page in Simplified at its plain path, the original under /zh-hant/', async () => {
    const read = await build(project({ 'baokan.config.yaml': 'script: hans\n' }));
    expect(read('index.html')).toMatch(/<html lang="zh-Hans">/);
    const page = read(SEED);
    expect(page).toMatch(/<html lang="zh-Hans">/);
    expect(page).toContain('金堆城独立工矿区');
    expect(page).toContain('hreflang="zh-Hant" href="../../zh-hant/articles/000_7c941060955f54b6/index.html"');
    expect(read(`zh-hant/${SEED}`)).toContain('金堆城獨立工礦區');
  });

  it('templates: a file of the site’s folder replaces the built-in one of that name, the others stay', async () => {
    const dir = project({
      'baokan.config.yaml': 'templates: my-templates\n',
      'my-templates/article.njk': '{% extends "base.njk" %}\n{% block main %}<p class="own">自訂：{{ page.title }}</p>{% endblock %}\n',
    });
    const read = await build(dir);
    expect(read(SEED)).toMatch(/<p class="own">自訂：[^<]*金堆城/);
    expect(read(SEED)).toContain('<header class="site-header">');
    expect(read('index.html')).toContain('<main id="main" class="page home">');
  });

  it('lexicons: a title of the site’s own finds officials the built-in lexicon does not, in extract and build; a changed lexicon file rebuilds the cached articles', async () => {
    const article = '遠洋測試集團召開年度工作會議\n2021-03-05 10:00 來源: 測試日報\n3月5日上午，遠洋測試集團在本部召開年度工作會議。集團首席演練官甄測明出席會議並講話。\n';
    const dir = project({ 'seeds/own-title.txt': article, 'lex/titles.json': JSON.stringify({ titles: ['首席演练官'] }), 'baokan.config.yaml': 'lexicons: [lex/titles.json]\n' });
    const names = async (args: string[]) => {
      const r = await baokan(['extract', 'seeds/own-title.txt', ...args], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { articles: Array<{ officials: Array<{ name: string; titles: Array<{ title: string }> }> }> }).articles[0]!.officials.map((o) => `${o.name}:${o.titles.map((t) => t.title).join()}`);
    };
    expect(await names([])).toContain('甄測明:首席演練官');
    writeFileSync(path.join(dir, 'empty.yaml'), 'title: 無詞庫\n');
    expect(await names(['--config', 'empty.yaml'])).not.toContain('甄測明:首席演練官');

    const cached = async () => {
      const r = await baokan(['build', '--seeds', 'seeds', '--out', 'dist', '--cache', 'cache', '--quiet'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const records = JSON.parse(readFileSync(path.join(dir, 'dist/data/records.json'), 'utf8')) as { articles: Array<{ id: string; officials: Array<{ name: string }> }> };
      return records.articles.find((a) => a.id === 'own-title')!.officials.map((o) => o.name);
    };
    expect(await cached()).toContain('甄測明');
    writeFileSync(path.join(dir, 'lex/titles.json'), JSON.stringify({ titles: ['总演练官'] }));
    expect(await cached()).not.toContain('甄測明');
  });

  it('--config FILE: a config anywhere, its paths from its own folder; .js configs too', async () => {
    const dir = project({ 'site/settings.mjs': "export default { title: '模組文庫' };\n" });
    const read = await build(dir, ['--config', 'site/settings.mjs']);
    expect(read('index.html')).toContain('模組文庫');
  });
});

describe('a wrong config', { timeout: 120_000 }, () => {
  const fails = async (files: Record<string, string>, extra: string[] = []) => {
    const dir = project(files);
    const r = await baokan(['build', '--seeds', 'seeds', '--out', 'dist', '--no-cache', ...extra], { cwd: dir });
    expect(r.code).toBe(2);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    return r.stderr;
  };

  it('an unknown key: names the file, the key and the keys allowed', async () => {
    const stderr = await fails({ 'baokan.config.yaml': 'title: 文庫\nscrpt: hans\n' });
    expect(stderr).toMatch(/baokan\.config\.yaml: “scrpt” is not a setting \(allowed: title, url, script, templates, lexicons, maxArticleMB\)/);
  });

  it('a value of the wrong type or out of range: names the key and what it must be', async () => {
    expect(await fails({ 'baokan.config.yaml': 'script: big5\n' })).toMatch(/baokan\.config\.yaml: script must be one of original, hant, hans/);
    expect(await fails({ 'baokan.config.yaml': 'lexicons: titles.json\n' })).toMatch(/baokan\.config\.yaml: lexicons must be a list/);
    expect(await fails({ 'baokan.config.json': '{"title": 3}' })).toMatch(/baokan\.config\.json: title must be a string/);
    expect(await fails({ 'baokan.config.yaml': 'url: example.org\n' })).toMatch(/baokan\.config\.yaml: url must be an http\(s\) address without query or fragment/);
    expect(await fails({ 'baokan.config.yaml': 'maxArticleMB: 0\n' })).toMatch(/baokan\.config\.yaml: maxArticleMB must be a number of megabytes above 0/);
    expect(await fails({ 'baokan.config.yaml': 'maxArticleMB: lots\n' })).toMatch(/baokan\.config\.yaml: maxArticleMB must be a number/);
  });

  it('files it names must exist and fit: a templates folder, lexicons named and shaped as built-in ones', async () => {
    expect(await fails({ 'baokan.config.yaml': 'templates: nowhere\n' })).toMatch(/templates: .*nowhere is not a folder/);
    expect(await fails({ 'baokan.config.yaml': 'lexicons: [lex/words.json]\n', 'lex/words.json': '{}' })).toMatch(/lexicons: .*words\.json is named as no built-in lexicon \(allowed: .*titles\.json/);
    expect(await fails({ 'baokan.config.yaml': 'lexicons: [lex/titles.json]\n', 'lex/titles.json': '{"titel": []}' })).toMatch(/“titel” is not in the built-in titles\.json \(allowed: titles, weakTitles\)/);
    expect(await fails({ 'baokan.config.yaml': 'lexicons: [lex/surnames.json]\n', 'lex/surnames.json': '{"single": ["王"]}' })).toMatch(/“single” must be a string/);
  });

  it('--config naming no file', async () => {
    expect(await fails({}, ['--config', 'missing.yaml'])).toMatch(/missing\.yaml: no such config file/);
  });
});
