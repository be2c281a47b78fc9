// Acceptance of the foundation: the seeds build into a searchable site.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { baokan, listTree, ROOT } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';
import { searchSite } from '../../src/search/index.js';

const work = tempDir('baokan-site-');
const seeds = path.join(work, 'seeds');
const out = path.join(work, 'dist');

beforeAll(async () => {
  mkdirSync(seeds);
  cpSync(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  writeFileSync(
    path.join(seeds, 'xss.txt'),
    '江西省召开安全工作会议<script>alert(1)</script>\n本报讯 5月6日,会议在南昌召开。<script>alert(1)</script>与<img src=x onerror=alert(1)>都应显示为文字。\n',
  );
  const r = await baokan(['build', '--seeds', seeds, '--out', out]);
  expect(r.code, r.stderr).toBe(0);
}, 300_000);

describe('npm run build on the seeds', () => {
  it('writes the home page, one page per article, a search page and the index', () => {
    const files = listTree(out);
    expect(files).toContain('index.html');
    expect(files).toContain('articles/000_7c941060955f54b6/index.html');
    expect(files).toContain('articles/003_7367aa27400e94e4/index.html');
    expect(files).toContain('search/index.html');
    expect(files).toContain('data/records.json');
    expect(files.some((f) => f.startsWith('pagefind/'))).toBe(true);
  });

  it('no page contains a pinyin annotation or a damaged entity', () => {
    for (const f of listTree(out).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(path.join(out, f), 'utf8');
      expect(html, f).not.toMatch(/[\u4e00-\u9fff]\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùü]{1,7})\)/);
      expect(html, f).not.toContain('?ldquo;');
    }
  });

  it('shows script and img from an article as text, never as elements', () => {
    const html = readFileSync(path.join(out, 'articles/xss/index.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/&lt;img src=x onerror=alert\(1\)(&gt;|>)/);
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toMatch(/<img[^>]*onerror/);
  });

  it('shows the editor correction of seed 003 and keeps the damaged-text warning', () => {
    const html = readFileSync(path.join(out, 'articles/003_7367aa27400e94e4/index.html'), 'utf8');
    expect(html).toContain('轉變為有色系統');
    const records = JSON.parse(readFileSync(path.join(out, 'data/records.json'), 'utf8'));
    const a = records.articles.find((x: { id: string }) => x.id === '003_7367aa27400e94e4');
    expect(a.warnings.filter((w: { code: string }) => w.code === 'damaged-text').every((w: { corrected?: boolean }) => w.corrected)).toBe(true);
  });

  it('Pagefind finds seed 000 for 金鉬集團 (its organisation page first) and seed 003 for 維穩', async () => {
    const jin = await searchSite(out, '金鉬集團');
    expect(jin[0]?.url).toMatch(/^\/organisations\//);
    expect(jin.filter((r) => r.url.startsWith('/articles/')).map((r) => r.url)).toEqual(['/articles/000_7c941060955f54b6/']);
    const wei = await searchSite(out, '維穩');
    expect(wei.map((r) => r.url).some((u) => u.includes('003_7367aa27400e94e4'))).toBe(true);
  });

  it('leaves no temporary folder behind', () => {
    expect(existsSync(out)).toBe(true);
    expect(listTree(work).filter((f) => f.includes('.building-') || f.includes('.old-'))).toEqual([]);
  });
});
