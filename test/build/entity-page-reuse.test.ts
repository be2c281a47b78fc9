// Entity pages are keyed by what their views read (recorded by the render
// context), so a rebuild reuses a person's page without building its view. A
// key that missed something the page shows would leave a stale page: after
// each kind of edit an in-place rebuild must equal a build from scratch.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../../src/build.js';
import { generateCorpus } from '../../scripts/lib/corpus.js';
import { rebuiltSiteDifferences } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

const build = (seeds: string, out: string) => buildSite({ seeds, out, cacheDir: null, workers: 1 });

const treeDifferences = rebuiltSiteDifferences;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const isUtf8 = (bytes: Uint8Array) => {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('entity pages reused by their inputs', { timeout: 240_000 }, () => {
  it('after edits to a headline, a paragraph, a date and a name, and a namesake reported earlier, an in-place rebuild equals a fresh build', async () => {
    const work = tempDir('baokan-entity-reuse-');
    const seeds = path.join(work, 'seeds');
    mkdirSync(seeds);
    for (const f of generateCorpus({ count: 40, seed: 'entity-reuse' })) writeFileSync(path.join(seeds, f.name), f.bytes);
    const out = path.join(work, 'site');
    await build(seeds, out);

    // An official named in two or more articles: their pages list several articles.
    const records = JSON.parse(readFileSync(path.join(out, 'data', 'records.json'), 'utf8')).articles as Array<{ source: { path: string }; officials: Array<{ name: string }> }>;
    const articlesOf = new Map<string, string[]>();
    for (const r of records) for (const o of r.officials) articlesOf.set(o.name, [...new Set([...(articlesOf.get(o.name) ?? []), r.source.path])]);
    const plain = (file: string) => /\.txt$/.test(file) && isUtf8(readFileSync(path.join(seeds, file)));
    const [name, files] = [...articlesOf].find(([, fs]) => fs.filter((f) => plain(path.basename(f))).length >= 2)!;
    expect(name).toBeTruthy();
    const [target, other] = files.map((f) => path.basename(f)).filter(plain);
    const edit = (file: string, change: (text: string) => string) => {
      const before = readFileSync(path.join(seeds, file), 'utf8');
      const after = change(before);
      expect(after).not.toBe(before);
      writeFileSync(path.join(seeds, file), after);
    };
    const edits: Array<[string, () => void]> = [
      // the first line of a scraped report is its headline: shown in the lists of every entity it names
      ['headline', () => edit(target!, (t) => t.replace(/^([^\r\n]+)/, '$1（續）'))],
      // a sentence before the mentions: the quotes around them change
      ['paragraph', () => edit(target!, (t) => t.replace('。', '。會議還通報了第二季度工作情況。'))],
      // the date on the metadata line: lists are sorted by it and show it
      ['date', () => edit(other!, (t) => t.replace(/\b(20\d\d)-/, (_, y: string) => `${Number(y) - 3}-`))],
      // the official under another name in one article: pages of the people met, and of the meetings, change
      ['name', () => edit(target!, (t) => t.replaceAll(name, name.length > 2 ? name.slice(0, 2) : `${name}明`))],
      // a namesake at another body, reported before everyone else: another person with a URL
      // of its own (the official's pages stay where they were)
      [
        'namesake',
        () =>
          writeFileSync(
            path.join(seeds, '000000_namesake.txt'),
            `遠洋漁業測試有限公司召開年度工作會議\n2001-01-05 10:00 來源: 測試日報 作者: 王測\n1月4日上午，遠洋漁業測試有限公司在本部召開年度工作會議。公司黨委書記、總經理${name}出席會議並講話。\n${name}指出，2001年要抓好安全生產。\n責任編輯：李測\n`,
          ),
      ],
    ];
    for (const [label, apply] of edits) {
      apply();
      const result = await build(seeds, out);
      expect(result.stats.reused, label).toBeGreaterThan(0);
      const fresh = path.join(work, `fresh-${label}`);
      await build(seeds, fresh);
      expect(treeDifferences(out, fresh), label).toEqual([]);
    }
    expect(readdirSync(path.join(out, 'people')).length).toBeGreaterThan(0);
  });
});
