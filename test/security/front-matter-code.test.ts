// Finding 1 of issue 21: front matter is data, never code. gray-matter's
// default engines evaluate `---js` / `---javascript` blocks; an article that
// could run code would run it as the user who builds. Only YAML is read, and
// any other front-matter language is a `front-matter` error naming the file.
import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadArticles } from '../../src/build.js';
import { baokan } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';
import { GOOD } from '../bad-input/corpus.js';

/** A front-matter block in `language` whose evaluation writes `marker`. */
function hostile(language: string, marker: string): string {
  return `---${language}\n{ title: (require("fs").writeFileSync(${JSON.stringify(marker)}, "x"), "標題") }\n---\n正文。\n`;
}

describe('front matter in a language that runs code', () => {
  it.each(['js', 'javascript', ' js', 'JS'])('`---%s` is refused with a front-matter error and runs nothing', async (language) => {
    const dir = tempDir();
    const marker = path.join(dir, 'PWNED');
    writeFileSync(path.join(dir, 'good.txt'), GOOD);
    writeFileSync(path.join(dir, 'rce.md'), hostile(language, marker));
    const { files, articles } = await loadArticles(dir, { extract: false });
    expect(existsSync(marker)).toBe(false);
    const rce = files.find((f) => f.path.endsWith('rce.md'))!;
    expect(rce.messages.map((m) => [m.ruleId, m.fatal])).toContainEqual(['front-matter', true]);
    expect(rce.messages.find((m) => m.ruleId === 'front-matter')!.reason).toMatch(/only YAML/);
    expect(articles.map((a) => a.record.source.path)).toEqual(['good.txt']);
  });

  it('JSON, CoffeeScript or any other named language is refused too; `---yaml` is read', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'json.md'), '---json\n{"title": "标题"}\n---\n正文一。\n');
    writeFileSync(path.join(dir, 'coffee.md'), '---coffee\ntitle: "标题"\n---\n正文二。\n');
    writeFileSync(path.join(dir, 'yaml.md'), '---yaml\ntitle: 明确的标题\n---\n正文三。\n');
    const { files, articles } = await loadArticles(dir, { extract: false });
    for (const name of ['json.md', 'coffee.md']) {
      expect(files.find((f) => f.path.endsWith(name))!.messages.map((m) => m.ruleId), name).toContain('front-matter');
    }
    expect(articles.map((a) => [a.record.source.path, a.record.title])).toEqual([['yaml.md', '明确的标题']]);
  });

  it('`baokan check` and `baokan extract` run no code either', async () => {
    const dir = tempDir();
    const marker = path.join(dir, 'PWNED');
    writeFileSync(path.join(dir, 'rce.md'), hostile('js', marker));
    const check = await baokan(['check', dir]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('rce.md');
    expect(check.stderr).toContain('front-matter');
    const extract = await baokan(['extract', path.join(dir, 'rce.md')]);
    expect(extract.stderr).toContain('front-matter');
    expect(existsSync(marker)).toBe(false);
  });
});

describe('YAML front matter stays data', () => {
  it('an alias bomb is an error, not a hang or an out-of-memory', async () => {
    const dir = tempDir();
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    writeFileSync(path.join(dir, 'bomb.md'), `---\n${lines.join('\n')}\ntitle: 炸弹\n---\n正文。\n`);
    const { files, articles } = await loadArticles(dir, { extract: false });
    expect(files[0]!.messages.map((m) => m.ruleId)).toContain('front-matter');
    expect(articles).toEqual([]);
  });

  it('JavaScript-looking tags are not constructed: a !!js/function stays a string or is refused', async () => {
    const dir = tempDir();
    const marker = path.join(dir, 'PWNED');
    writeFileSync(path.join(dir, 'tag.md'), `---\ntitle: !!js/function "function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }"\n---\n正文。\n`);
    const { articles } = await loadArticles(dir, { extract: false });
    expect(existsSync(marker)).toBe(false);
    for (const a of articles) expect(typeof a.record.title).toBe('string');
  });

  it('front matter over 64 KB is refused with a front-matter error', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.md'), `---\ntitle: 长\nnote: "${'长'.repeat(70_000)}"\n---\n正文。\n`);
    const { files } = await loadArticles(dir, { extract: false });
    const m = files[0]!.messages.find((x) => x.ruleId === 'front-matter');
    expect(m?.reason).toMatch(/KB/);
  });
});
