// Finding 12 of issue 21 (the smaller items but exit codes): Windows device
// names are no slugs; hidden-looking article files are reported, not skipped
// silently; a full-width ＝ (and ＋ － ＠, small forms, tab, CR) opens no CSV
// formula; the site's bookkeeping does not depend on how --seeds is spelled.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { articleId } from '../../src/slug.js';
import { entitySlug, personSlug } from '../../src/link/slugs.js';
import { toCsv } from '../../src/render/feeds.js';
import { loadArticles } from '../../src/build.js';
import { baokan, listTree } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';
import { GOOD } from './corpus.js';

const DEVICES = ['CON', 'PRN', 'AUX', 'NUL', ...Array.from({ length: 9 }, (_, i) => `COM${i + 1}`), ...Array.from({ length: 9 }, (_, i) => `LPT${i + 1}`)];
const DEVICE_SEGMENT = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

describe('Windows device names', () => {
  it('are refused as front-matter slugs and rewritten as file-name ids, in any case, with an extension', () => {
    for (const device of DEVICES) {
      for (const name of [device, device.toLowerCase(), `${device[0]}${device.slice(1).toLowerCase()}`]) {
        const fromSlug = articleId('article-one', name);
        expect(fromSlug.rejected, name).toBe(name);
        expect(fromSlug.id, name).toBe('article-one');
        expect(articleId(name, null).id, name).not.toMatch(DEVICE_SEGMENT);
      }
      // with an extension the dot becomes a dash in a slug (con-txt), which is no device name
      expect(articleId('article-one', `${device}.txt`).id).not.toMatch(DEVICE_SEGMENT);
    }
  });

  it('never become an entity’s folder', () => {
    for (const device of DEVICES) {
      expect(entitySlug(device), device).not.toMatch(DEVICE_SEGMENT);
      expect(personSlug(device), device).not.toMatch(DEVICE_SEGMENT);
    }
    expect(entitySlug('COM1')).toBe('com1_');
    expect(entitySlug('COM10')).toBe('com10');
  });
});

describe('CSV cells', () => {
  it('starting with a full-width or small = + - @, a tab or CR are made text', () => {
    const cells = ['＝1+1', '＋1', '－1', '＠SUM(A1)', '﹦1', '﹢1', '﹣1', '﹫x', '=1', '+1', '-x', '@x', '\t=1', '\r=1'];
    const csv = toCsv(['v'], cells.map((c) => [c]));
    const rows = csv.replace(/^\ufeff/, '').split('\r\n').slice(1, -1);
    rows.forEach((row, i) => expect(row.replace(/^"|"$/g, ''), JSON.stringify(cells[i])).toBe(`'${cells[i]}`));
    // ordinary text and numbers are left alone
    expect(toCsv(['a', 'b', 'c'], [['会议', -5, 'a=b']])).toBe('\ufeffa,b,c\r\n会议,-5,a=b\r\n');
  });
});

describe('hidden-looking article files', () => {
  it('are reported as hidden-file warnings naming them; hidden folders stay quiet', async () => {
    const seeds = tempDir('baokan-hidden-');
    writeFileSync(path.join(seeds, 'good.txt'), GOOD);
    for (const name of ['..txt', '.md', '.draft.md', '.notes.markdown']) writeFileSync(path.join(seeds, name), '隐藏标题\n隐藏正文。\n');
    mkdirSync(path.join(seeds, '.git'));
    writeFileSync(path.join(seeds, '.git', 'x.md'), '版本库\n');
    writeFileSync(path.join(seeds, '.DS_Store'), 'x');
    const { files, articles } = await loadArticles(seeds, { extract: false });
    expect(articles.map((a) => a.record.source.path)).toEqual(['good.txt']);
    const hidden = files.filter((f) => f.messages.some((m) => m.ruleId === 'hidden-file'));
    expect(hidden.map((f) => path.basename(f.path)).sort()).toEqual(['..txt', '.draft.md', '.md', '.notes.markdown']);
    for (const f of hidden) expect(f.messages.map((m) => m.fatal)).toEqual([false]);
  });
});

describe('the seeds folder however spelled', () => {
  const work = tempDir('baokan-spelling-');
  const seeds = path.join(work, 'seeds');
  beforeAll(() => {
    mkdirSync(seeds);
    writeFileSync(path.join(seeds, 'good.txt'), GOOD);
    writeFileSync(path.join(seeds, 'com1.txt'), '四川省召开煤矿安全座谈会\n本报讯 2019年6月1日,四川省应急管理厅召开煤矿安全座谈会。\n');
    writeFileSync(path.join(seeds, 'slug.md'), '---\nslug: LPT1.html\n---\n甲文。\n');
  });

  it('gives the same site and the same .baokan/pages.json, with no device name among its paths', async () => {
    const spellings = ['seeds', './seeds/', seeds];
    const outs: string[] = [];
    for (const [i, spelling] of spellings.entries()) {
      const out = path.join(work, `out-${i}`);
      const result = await baokan(['build', '--seeds', spelling, '--out', out, '--cache', path.join(work, `cache-${i}`), '--workers', '1', '--quiet'], { cwd: work });
      expect(result.code, result.stderr).toBe(0);
      outs.push(out);
    }
    const pages = outs.map((o) => readFileSync(path.join(o, '.baokan', 'pages.json'), 'utf8'));
    expect(pages[1]).toBe(pages[0]);
    expect(pages[2]).toBe(pages[0]);
    const tree = listTree(outs[0]!);
    expect(tree.filter((f) => f.split(path.sep).some((s) => DEVICE_SEGMENT.test(s)))).toEqual([]);
    expect(tree.filter((f) => f.startsWith('articles') && f.endsWith('index.html'))).toHaveLength(3);
  }, 180_000);
});
