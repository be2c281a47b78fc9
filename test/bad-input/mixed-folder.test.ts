// One folder mixing every class of bad input: loaded in-process (messages,
// places, survivors), then through the real CLI (`check` lists each problem
// once and exits per the policy; `build` publishes the good articles; a
// failing `build --strict` leaves the previous site as it was).
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { loadArticles, buildSite } from '../../src/build.js';
import { baokan, listTree } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';
import { PUBLISHED, UTF16_TEXT, writeMixedCorpus, type Expected } from './corpus.js';
import { hashTree } from './tree-hash.js';

const root = tempDir('baokan-mixed-');
const seeds = path.join(root, 'seeds');
mkdirSync(seeds);
const expected: Expected[] = writeMixedCorpus(seeds);
const loaded = loadArticles(seeds, { extract: false });
const published = (name: string) => path.join(seeds, name).split(path.sep).join('/');

/** `file → code` for every error and warning in vfile-reporter output (info lines are not problems). */
function problemsIn(report: string): string[] {
  const out: string[] = [];
  for (const block of report.split(/\n\s*\n/)) {
    const [head, ...lines] = block.trim().split('\n');
    if (!head || !head.startsWith(seeds)) continue;
    for (const line of lines) {
      const m = /^\s*(\d+:\d+(?:-\d+:\d+)?)?\s*(error|warning)\s.*\s(\S+)\s+baokan\s*$/.exec(line);
      if (m) out.push(`${path.relative(seeds, head)}:${m[3]}:${m[2]}${m[1] ? `@${m[1].split('-')[0]}` : ''}`);
    }
  }
  return out.sort();
}

const expectedProblems = expected.map((e) => `${e.file}:${e.code}:${e.severity}${e.line !== undefined ? `@${e.line}:${e.column}` : ''}`).sort();

describe('a folder mixing every class of bad input', () => {
  it('each class gets its message, naming the file, with line and column where one applies', async () => {
    const { files } = await loaded;
    for (const e of expected) {
      const file = files.find((f) => f.path === published(e.file));
      expect(file, e.file).toBeDefined();
      const matching = file!.messages.filter((m) => m.ruleId === e.code);
      expect(matching, `${e.file} ${e.code}`).toHaveLength(1);
      expect(matching[0]!.fatal).toBe(e.severity === 'error');
      expect(String(matching[0]!.file)).toBe(file!.path);
      if (e.line !== undefined) expect([matching[0]!.line, matching[0]!.column], e.file).toEqual([e.line, e.column]);
    }
  });

  it('every good or repairable article is still published, each under its own safe id', async () => {
    const { articles } = await loaded;
    expect(articles.map((a) => a.record.source.path).sort()).toEqual([...PUBLISHED].sort());
    const ids = articles.map((a) => a.record.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('UTF-16 without a BOM is read, even with the zero bytes of 一 and 开 among ASCII; binary is refused', async () => {
    const { articles } = await loaded;
    const le = articles.find((a) => a.record.source.path.endsWith('utf16le.txt'))!;
    expect(le.record.source.encoding).toBe('UTF-16LE');
    expect(le.record.title).toBe(UTF16_TEXT.split('\n')[0]);
    expect(le.record.paragraphs).toEqual(['2020年4月1日,开发区管委会召开一季度工作会议 (Q1 2020)。', '会议由管委会主任一并主持。']);
    expect(articles.find((a) => a.record.source.path.endsWith('utf16be.txt'))!.record.source.encoding).toBe('UTF-16BE');
  });

  it('10,000 nested list items, quotes and emphasis marks neither crash nor lose the text', async () => {
    const { articles } = await loaded;
    const text = (name: string) => articles.find((a) => a.record.source.path.endsWith(name))!.record.paragraphs.join('');
    expect(text('deep-list.md')).toContain('深层列表。');
    expect(text('deep-quote.md')).toContain('深层引用。');
    expect(text('deep-emphasis.md')).toContain('强调');
  });

  it('file names in NFC and NFD of the same word are two articles with two ids', async () => {
    const { articles } = await loaded;
    const korean = articles.filter((a) => a.record.source.path.normalize('NFC').includes('한국'));
    expect(korean).toHaveLength(2);
    expect(korean[0]!.record.id).not.toBe(korean[1]!.record.id);
    expect(korean.map((a) => a.record.paragraphs[0]).sort()).toEqual(['分解形式的正文。', '组合形式的正文。']);
  });

  it('the site builds in-process: deep Markdown renders, dangerous links are gone from the pages', async () => {
    const out = path.join(root, 'inproc-dist');
    const result = await buildSite({ seeds, out, cacheDir: null, workers: 1 });
    expect(result.written).toBe(true);
    expect(result.articleCount).toBe(PUBLISHED.length);
    const pages = listTree(out).filter((f) => f.startsWith('articles/') && f.endsWith('.html'));
    expect(pages).toHaveLength(PUBLISHED.length);
    const byPath = new Map(result.articles.map((a) => [a.record.source.path.split('/').pop()!, a.record.id]));
    const page = (name: string) => readFileSync(path.join(out, 'articles', byPath.get(name)!, 'index.html'), 'utf8');
    expect(page('deep-list.md')).toContain('深层列表。');
    const links = page('links.md');
    const urls: string[] = [];
    // inside <main>: the page's own links (the template's favicon is `data:,`) are not the article's
    const walk = (node: { nodeName: string; attrs?: Array<{ name: string; value: string }>; childNodes?: unknown[] }, inMain: boolean) => {
      const here = inMain || node.nodeName === 'main';
      if (here) for (const a of node.attrs ?? []) if (a.name === 'href' || a.name === 'src') urls.push(a.value);
      for (const c of node.childNodes ?? []) walk(c as typeof node, here);
    };
    walk(parse(links) as never, false);
    expect(urls).toContain('https://example.org/a');
    for (const u of urls) expect(u).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    expect(links).toContain('点击');
  }, 60_000);
});

describe('the CLI over the mixed folder', () => {
  it('`check` lists each problem once, with its place, and exits 1 because of the errors', async () => {
    const { code, stdout, stderr } = await baokan(['check', seeds]);
    expect(problemsIn(stderr)).toEqual(expectedProblems);
    expect(stdout).toContain(`${PUBLISHED.length} article(s) usable`);
    expect(code).toBe(1);
  }, 60_000);

  it('`check` exits 0 on warnings alone, 1 with --strict', async () => {
    const warnOnly = path.join(root, 'warn-only');
    mkdirSync(warnOnly);
    writeFileSync(path.join(warnOnly, 'odd.txt'), '标题\n第一\u200b段文字。\n');
    writeFileSync(path.join(warnOnly, 'fine.txt'), '标题二\n本报讯 2019年5月6日,正文。\n');
    expect((await baokan(['check', warnOnly])).code).toBe(0);
    const strict = await baokan(['check', warnOnly, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('invisible-characters');
  }, 60_000);

  it('`build` publishes the good articles and exits 0; `build --strict` exits 1 and leaves the site as it was', async () => {
    const out = path.join(root, 'dist');
    const built = await baokan(['build', '--seeds', seeds, '--out', out, '--no-cache', '--workers', '1']);
    expect(built.code).toBe(0);
    expect(built.stdout).toContain(`built ${PUBLISHED.length} article(s), ${expected.filter((e) => e.severity === 'error').length} file(s) left out with errors`);
    const before = hashTree(out);
    writeFileSync(path.join(seeds, 'late-arrival.txt'), '新来的文章\n本报讯 2019年7月1日,正文。\n');
    const strict = await baokan(['build', '--seeds', seeds, '--out', out, '--no-cache', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('left as it was');
    expect(hashTree(out)).toEqual(before);
    expect(readdirSync(root).filter((f) => f.includes('.building-'))).toEqual([]);
  }, 120_000);
});
