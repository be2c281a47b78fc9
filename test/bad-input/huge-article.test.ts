// Issue 21 finding 6: one 50 MB .txt beside normal articles cost the whole
// archive (Pagefind's backend closed, exit 1 after minutes, nothing
// published). Articles over the size cap (20 MB by default, maxArticleMB in
// the config or --max-article-mb) are left out with an error naming the file
// and its size; the rest is published.
import { describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { baokan } from '../helpers/site.js';
import { writeSmallCorpus } from '../helpers/small-corpus.js';
import { tempDir } from '../helpers/tmp.js';
import { indexFormOf, MAX_INDEXED_CHARS } from '../../src/search/documents.js';
import type { SearchDocument } from '../../src/types.js';

describe('an article over the size cap', { timeout: 180_000 }, () => {
  it('a 50 MB .txt is left out with an error naming it and its size; the others are published', async () => {
    const work = tempDir('baokan-huge-');
    const seeds = path.join(work, 'seeds');
    const names = writeSmallCorpus(seeds, 2, 21);
    const line = Buffer.from('某市召开会议，研究部署安全生产工作。'.repeat(40) + '\n');
    writeFileSync(path.join(seeds, 'huge.txt'), Buffer.concat([Buffer.from('一份很大的文件\n'), ...Array.from({ length: Math.ceil((50 * 1024 * 1024) / line.length) }, () => line)]));
    const out = path.join(work, 'site');
    const result = await baokan(['build', '--seeds', seeds, '--out', out, '--no-cache']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^built 2 article\(s\), 1 file\(s\) left out with errors/);
    expect(result.stderr).toMatch(/huge\.txt\n.*the article file is 50 MB, over the limit of 20 MB: left out.*too-large/);
    expect(readdirSync(path.join(out, 'articles')).sort()).toEqual(names.map((n) => n.replace(/\.(txt|md)$/, '')).sort());
    expect(readdirSync(work).filter((f) => f.startsWith('.'))).toEqual([]); // no .site.building-PID, no lock
  });

  it('the cap is set by maxArticleMB in the config, and by --max-article-mb over it', async () => {
    const work = tempDir('baokan-cap-');
    const seeds = path.join(work, 'seeds');
    writeSmallCorpus(seeds, 1, 22);
    writeFileSync(path.join(seeds, 'long.txt'), '一篇较长的文章\n' + '正文，'.repeat(200_000) + '\n'); // 1.7 MB
    writeFileSync(path.join(work, 'baokan.config.yaml'), 'maxArticleMB: 1\n');
    const capped = await baokan(['build', '--seeds', seeds, '--out', path.join(work, 'a'), '--no-cache'], { cwd: work });
    expect(capped.code).toBe(0);
    expect(capped.stderr).toMatch(/long\.txt\n.*the article file is 1\.7 MB, over the limit of 1\.0 MB: left out/);
    const raised = await baokan(['build', '--seeds', seeds, '--out', path.join(work, 'b'), '--no-cache', '--max-article-mb', '2'], { cwd: work });
    expect(raised.code).toBe(0);
    expect(raised.stdout).toMatch(/^built 2 article\(s\):/);
    expect((await baokan(['build', '--seeds', seeds, '--out', path.join(work, 'c'), '--max-article-mb', '0'], { cwd: work })).code).toBe(2);
  });
});

describe('an article under the cap but far longer than any article', () => {
  it('is indexed for search up to MAX_INDEXED_CHARS: one Pagefind record stays a few MB', () => {
    const filler = '甲乙'.repeat(MAX_INDEXED_CHARS);
    const text = `开头词语${filler}结尾词语`;
    const d = { url: '/articles/long/', kind: 'article', lang: 'zh-Hans', title: '长文', text, names: [], date: null, kicker: null, filters: {}, weight: 1 } as unknown as SearchDocument;
    const { form, chars } = indexFormOf(d);
    expect(chars).toBeLessThanOrEqual(MAX_INDEXED_CHARS + 3);
    expect(form.length).toBeLessThan(4 * MAX_INDEXED_CHARS);
    const short = indexFormOf({ ...d, text: '开头词语。结尾词语' } as SearchDocument).form.split(' ');
    const tokens = new Set(form.split(' '));
    // the first words' bigrams are indexed, the last words' (past the cap) are not
    expect(short.filter((t) => tokens.has(t)).length).toBeGreaterThan(0);
    expect(tokens.has(short.at(-1)!)).toBe(false);
  });
});
