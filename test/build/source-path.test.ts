// records.json keeps each article's path relative to the seeds folder, so the
// same folder named absolutely or relatively builds the same bytes.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../../src/build.js';
import { ROOT } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

const work = tempDir('baokan-source-path-');
const seeds = path.join(work, 'seeds');
const records = (out: string) => readFileSync(path.join(out, 'data/records.json'), 'utf8');

let absolute: Awaited<ReturnType<typeof buildSite>>;
let relative: Awaited<ReturnType<typeof buildSite>>;

beforeAll(async () => {
  cpSync(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  mkdirSync(path.join(seeds, 'sub'));
  writeFileSync(path.join(seeds, 'sub', 'a.txt'), '市委召開全體會議\n本报讯 2019年5月6日,市委在市委礼堂召开全体会议。\n市委书记张明华主持会议。\n');
  absolute = await buildSite({ seeds, out: path.join(work, 'dist-abs'), cacheDir: null, workers: 1 });
  relative = await buildSite({ seeds: path.relative(process.cwd(), seeds), out: path.join(work, 'dist-rel'), cacheDir: null, workers: 1 });
}, 120_000);

describe('record.source.path', () => {
  it('is relative to the seeds folder, with / separators, when the folder is given as an absolute path', () => {
    expect(path.isAbsolute(seeds)).toBe(true);
    const json = records(path.join(work, 'dist-abs'));
    expect(json).not.toContain(work);
    const paths = (JSON.parse(json) as { articles: Array<{ source: { path: string } }> }).articles.map((a) => a.source.path).sort();
    expect(paths).toEqual(['000_7c941060955f54b6.txt', '003_7367aa27400e94e4.txt', 'sub/a.txt']);
  });

  it('gives the same records.json bytes for an absolute and a relative seeds path', () => {
    expect(absolute.written && relative.written).toBe(true);
    expect(records(path.join(work, 'dist-rel'))).toBe(records(path.join(work, 'dist-abs')));
  });

  it('messages still name the file as the folder was given', () => {
    expect(absolute.files.map((f) => f.path)).toContain(path.join(seeds, 'sub/a.txt'));
    expect(relative.files.map((f) => f.path)).toContain(`${path.relative(process.cwd(), seeds)}/sub/a.txt`);
  });
});
