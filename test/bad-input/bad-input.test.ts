// Every class of bad input gets a message naming the file (and place where
// one applies); the good articles still load.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync, symlinkSync, chmodSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { VFile } from 'vfile';
import { loadArticles } from '../../src/build.js';
import { formatReport } from '../../src/messages.js';
import { tempDir } from '../helpers/tmp.js';

const GOOD = '江西省召开电力体制改革推进会\n本报讯 5月6日上午9点,江西省发展改革委在南昌召开电力体制改革推进会。\n省发展改革委副主任周立新主持会议。';

function messagesFor(files: VFile[], name: string) {
  const f = files.find((x) => x.path.endsWith(name));
  return f ? f.messages.map((m) => ({ code: m.ruleId, fatal: m.fatal, line: m.line, column: m.column, reason: m.reason })) : [];
}

async function load(setup: (dir: string) => void) {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'good.txt'), GOOD);
  setup(dir);
  const result = await loadArticles(dir, { extract: false });
  // the good article always survives
  // records keep the path relative to the folder, messages the path as given
  expect(result.articles.map((a) => a.record.source.path)).toContain('good.txt');
  expect(result.files.map((f) => f.path)).toContain(path.join(dir, 'good.txt'));
  return result;
}

describe('bad input', () => {
  it('empty and whitespace-only files are errors', async () => {
    const { files, articles } = await load((d) => {
      writeFileSync(path.join(d, 'empty.txt'), '');
      writeFileSync(path.join(d, 'blank.txt'), ' \n\u3000\n\t\r\n');
    });
    for (const name of ['empty.txt', 'blank.txt']) expect(messagesFor(files, name)).toContainEqual(expect.objectContaining({ code: 'empty-article', fatal: true }));
    expect(articles).toHaveLength(1);
  });

  it('binary files and bytes in no plausible encoding are errors naming the file', async () => {
    const { files } = await load((d) => {
      writeFileSync(path.join(d, 'nul.txt'), Buffer.from('abc\u0000def\u0000', 'latin1'));
      writeFileSync(path.join(d, 'image.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000', 'hex'));
      writeFileSync(path.join(d, 'noise.txt'), Buffer.from(Array.from({ length: 600 }, (_, i) => 0x80 + ((i * 53) % 0x7f))));
    });
    for (const name of ['nul.txt', 'image.txt', 'noise.txt']) {
      const m = messagesFor(files, name);
      expect(m).toHaveLength(1);
      expect(m[0]).toMatchObject({ code: 'undecodable', fatal: true });
    }
  });

  it('a file mixing UTF-8 and GBK lines is decoded line by line, with a warning at the first UTF-8 line', async () => {
    const { files, articles } = await load((d) => {
      const gbk = iconv.encode('四川省召开煤矿安全座谈会\n本报讯 6月1日,四川省应急管理厅召开煤矿安全座谈会。\n', 'gbk');
      const utf8 = Buffer.from('会议由省应急管理厅副厅长李明华主持。\n');
      writeFileSync(path.join(d, 'mixed.txt'), Buffer.concat([gbk, utf8]));
    });
    expect(messagesFor(files, 'mixed.txt')).toContainEqual(expect.objectContaining({ code: 'mixed-encoding', line: 3 }));
    const a = articles.find((x) => x.record.source.path.endsWith('mixed.txt'))!;
    expect(a.record.paragraphs).toEqual(['6月1日,四川省应急管理厅召开煤矿安全座谈会。', '会议由省应急管理厅副厅长李明华主持。']);
  });

  it('malformed YAML front matter is an error with a line', async () => {
    const { files } = await load((d) => writeFileSync(path.join(d, 'bad.md'), '---\ntitle: "unclosed\ndate: [2020\n---\n正文。\n'));
    const m = messagesFor(files, 'bad.md');
    expect(m[0]).toMatchObject({ code: 'front-matter', fatal: true });
    expect(m[0]!.line).toBeGreaterThanOrEqual(1);
  });

  it('unsafe front-matter slugs are refused and replaced by a safe id', async () => {
    const { files, articles } = await load((d) => {
      writeFileSync(path.join(d, 'a.md'), '---\nslug: ../../etc/passwd\n---\n第一篇正文。\n');
      writeFileSync(path.join(d, 'b.md'), '---\nslug: /abs/path\n---\n第二篇正文。\n');
      writeFileSync(path.join(d, 'c.md'), '---\nslug: pagefind\n---\n第三篇正文。\n');
    });
    for (const name of ['a.md', 'b.md', 'c.md']) expect(messagesFor(files, name)).toContainEqual(expect.objectContaining({ code: 'slug-rejected', fatal: false }));
    for (const a of articles) expect(a.record.id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
    expect(new Set(articles.map((a) => a.record.id)).size).toBe(articles.length);
  });

  it('two articles with one slug get distinct ids; the same content twice is one article', async () => {
    const { files, articles } = await load((d) => {
      writeFileSync(path.join(d, 'x1.md'), '---\nslug: same\n---\n甲文。\n');
      writeFileSync(path.join(d, 'x2.md'), '---\nslug: same\n---\n乙文。\n');
      writeFileSync(path.join(d, 'zz-copy.txt'), GOOD);
    });
    // placed at the later file's slug line, or at its start for the same content
    expect(messagesFor(files, 'x2.md')).toContainEqual(expect.objectContaining({ code: 'duplicate-id', line: 2, column: 1 }));
    // the first in path order is kept; the later copy is reported and left out
    expect(messagesFor(files, 'zz-copy.txt')).toContainEqual(expect.objectContaining({ code: 'duplicate-content', line: 1, column: 1 }));
    // and printed so: file, then line:column, then the code
    const printed = formatReport(files.filter((f) => /(x2\.md|zz-copy\.txt)$/.test(f.path))).split('\n');
    expect(printed.find((l) => l.includes('duplicate-id'))).toMatch(/^\s*2:1\b/);
    expect(printed.find((l) => l.includes('duplicate-content'))).toMatch(/^\s*1:1\b/);
    expect(articles.filter((a) => a.record.id.startsWith('same'))).toHaveLength(2);
    expect(articles.some((a) => a.record.source.path.endsWith('zz-copy.txt'))).toBe(false);
  });

  it('a quiet report lists the errors and only counts the rest', async () => {
    const { files } = await load((d) => {
      writeFileSync(path.join(d, 'feb30.txt'), '标题一\n本报讯 2月30日,某市召开会议。\n');
      writeFileSync(path.join(d, 'empty.txt'), '');
    });
    const errors = files.flatMap((f) => f.messages.filter((m) => m.fatal === true));
    const others = files.flatMap((f) => f.messages.filter((m) => m.fatal !== true));
    expect(errors.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    const quiet = formatReport(files, { errorsOnly: true });
    for (const m of errors) expect(quiet).toContain(String(m.ruleId));
    for (const m of others) expect(quiet).not.toContain(m.reason);
    expect(quiet).toContain(`${others.length} warning(s) and note(s) not shown (--quiet)`);
    for (const m of others) expect(formatReport(files)).toContain(m.reason);
  });

  it('impossible dates are reported and not used', async () => {
    const { files, articles } = await load((d) => {
      writeFileSync(path.join(d, 'feb30.txt'), '标题一\n本报讯 2月30日,某市召开会议。\n');
      writeFileSync(path.join(d, 'm13.txt'), '标题二\n2019年13月2日 10:00 来源: 某报 作者: 某人\n正文。\n');
      writeFileSync(path.join(d, 'fm.md'), '---\ndate: 2019-02-30\n---\n正文三。\n');
    });
    for (const name of ['feb30.txt', 'm13.txt', 'fm.md']) expect(messagesFor(files, name)).toContainEqual(expect.objectContaining({ code: 'impossible-date' }));
    for (const a of articles.filter((x) => !x.record.source.path.endsWith('good.txt'))) expect(a.record.date).toBeNull();
  });

  it('zero-width, bidi and control characters are removed with a warning; emoji stay', async () => {
    const { files, articles } = await load((d) => writeFileSync(path.join(d, 'odd.txt'), '标题\n第一\u200b段\u202e文字\u0007。🎉\n'));
    expect(messagesFor(files, 'odd.txt')).toContainEqual(expect.objectContaining({ code: 'invisible-characters', line: 2, column: 3 }));
    const a = articles.find((x) => x.record.source.path.endsWith('odd.txt'))!;
    expect(a.record.paragraphs).toEqual(['第一段文字。🎉']);
  });

  it('invisible characters in front matter are removed too, with the place of the first; emoji in a slug fall back to the file name', async () => {
    const { files, articles } = await load((d) =>
      writeFileSync(path.join(d, 'bidi.md'), '---\ntitle: "标\u202e题\u200d🎉"\nauthors: [张\u2066三]\nslug: "🎉🎉"\n---\n正文\u0001。\n'),
    );
    expect(messagesFor(files, 'bidi.md')).toContainEqual(expect.objectContaining({ code: 'invisible-characters', line: 2, column: 10 }));
    const a = articles.find((x) => x.record.source.path.endsWith('bidi.md'))!;
    expect(a.record.title).toBe('标题\u200d🎉'); // the joiner inside an emoji sequence is part of it
    expect(a.record.authors).toEqual(['张三']);
    expect(a.record.paragraphs).toEqual(['正文。']);
    expect(a.record.id).toBe('bidi');
  });

  it('file names with spaces, CJK and other Unicode normal forms get safe, distinct ids', async () => {
    const { articles } = await load((d) => {
      writeFileSync(path.join(d, 'with space.txt'), '空格文件。\n');
      writeFileSync(path.join(d, '會議報道.txt'), '中文文件名。\n');
      writeFileSync(path.join(d, 'caf\u00e9.txt'), '組合字符一。\n');
      writeFileSync(path.join(d, 'cafe\u0301.txt'), '組合字符二。\n');
    });
    const ids = articles.map((a) => a.record.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('hui-yi-bao-dao-' + ids.find((i) => i.startsWith('hui-yi-bao-dao-'))!.slice(-8));
  });

  it('a symlink loop and an unreadable entry are errors; the walk goes on', async () => {
    const { files } = await load((d) => {
      mkdirSync(path.join(d, 'sub'));
      symlinkSync('..', path.join(d, 'sub', 'loop'));
      symlinkSync(path.join(d, 'missing-target.txt'), path.join(d, 'dangling.txt'));
      writeFileSync(path.join(d, 'locked.txt'), '锁定。\n');
      chmodSync(path.join(d, 'locked.txt'), 0);
    });
    const codes = files.flatMap((f) => f.messages.map((m) => `${path.basename(f.path)}:${m.ruleId}`));
    expect(codes).toContain('loop:unreadable');
    expect(codes).toContain('dangling.txt:unreadable');
    if (process.getuid?.() !== 0) expect(codes).toContain('locked.txt:unreadable');
  });

  it('a 20 MB article and a 1 MB single line are read whole', async () => {
    const paragraph = '省发展改革委副主任周立新在会上强调,要加快推进电力体制改革,确保各项任务落实到位。';
    const { articles } = await load((d) => {
      writeFileSync(path.join(d, 'huge.txt'), '超长文章\n' + (paragraph + '\n').repeat(Math.ceil(20e6 / Buffer.byteLength(paragraph + '\n'))));
      writeFileSync(path.join(d, 'longline.txt'), '超长一行\n' + paragraph.repeat(Math.ceil(1e6 / Buffer.byteLength(paragraph))));
    });
    const huge = articles.find((a) => a.record.source.path.endsWith('huge.txt'))!;
    expect(huge.record.paragraphs.length).toBeGreaterThan(100000);
    const line = articles.find((a) => a.record.source.path.endsWith('longline.txt'))!;
    expect(line.record.paragraphs).toHaveLength(1);
    expect(Buffer.byteLength(line.record.paragraphs[0]!)).toBeGreaterThanOrEqual(1e6);
  }, 120_000);

  it('names the file in every message', async () => {
    const { files } = await load((d) => writeFileSync(path.join(d, 'empty.txt'), ''));
    for (const f of files) for (const m of f.messages) expect(String(m.file)).toBe(f.path);
  });
});

describe('pathological spacing and nesting', () => {
  it('a long run of blanks inside a line is scanned once, not once per blank', async () => {
    const { unifyWhitespace } = await import('../../src/normalize/index.js');
    // Before the lookbehind, each of these 300,000 blanks started a new attempt to reach a line end (hours).
    const text = '甲' + ' '.repeat(300_000) + '乙 \n丙';
    expect(unifyWhitespace(text).text).toBe('甲' + ' '.repeat(300_000) + '乙\n丙');
  }, 20_000);

  it('list items indented ever deeper (1,000 levels) keep all their text', async () => {
    const { articles, files } = await load((d) =>
      writeFileSync(path.join(d, 'stairs.md'), Array.from({ length: 1000 }, (_, i) => '  '.repeat(i) + '- 项' + i).join('\n') + '\n'),
    );
    expect(messagesFor(files, 'stairs.md')).toContainEqual(expect.objectContaining({ code: 'markdown-too-deep', line: 24, column: 47 }));
    const text = articles.find((a) => a.record.source.path.endsWith('stairs.md'))!.record.paragraphs.join('');
    for (const i of [0, 500, 999]) expect(text).toContain('项' + i);
  }, 120_000);
});

describe('Markdown that makes remark match marks pairwise', () => {
  // Each of these took about a minute in remark (quadratic in the marks of one paragraph).
  const cases: Array<[string, string, string]> = [
    ['alternating.md', Array.from({ length: 10_000 }, (_, i) => (i % 2 ? '_甲 ' : '*甲 ')).join('') + Array.from({ length: 10_000 }, (_, i) => (i % 2 ? ' 乙_' : ' 乙*')).join(''), '甲'],
    ['images-in-links.md', '[!['.repeat(5_000) + '图' + '](u)]'.repeat(5_000) + '(v)', '图'],
    ['brackets.md', '[方]'.repeat(50_000), '[方]'],
  ];
  it.each(cases)('%s is read with a warning at the first mark left as text', async (name, body, kept) => {
    const { files, articles } = await load((d) => writeFileSync(path.join(d, name), '# 标题\n\n' + body + '\n'));
    expect(messagesFor(files, name)).toContainEqual(expect.objectContaining({ code: 'markdown-too-many-marks', line: 3 }));
    const text = articles.find((a) => a.record.source.path.endsWith(name))!.record.paragraphs.join('');
    expect(text).toContain(kept);
  }, 30_000);

  it('a list of many links is many blocks: its links stay links', async () => {
    const { files, articles } = await load((d) => writeFileSync(path.join(d, 'links.md'), Array.from({ length: 600 }, (_, i) => `- [第${i}篇](/a/${i}/)`).join('\n') + '\n'));
    expect(messagesFor(files, 'links.md')).toEqual([]);
    const a = articles.find((x) => x.record.source.path.endsWith('links.md'))!;
    expect(a.record.paragraphs).toHaveLength(600);
  });

  it('an all-ASCII Markdown table (valid UTF-8) is not taken for UTF-16', async () => {
    const table = '|' + 'a|'.repeat(2000) + '\n|' + '-|'.repeat(2000) + '\n' + ('|' + 'b|'.repeat(2000) + '\n').repeat(50);
    const { articles } = await load((d) => writeFileSync(path.join(d, 'table.md'), '# Table\n\n' + table));
    const a = articles.find((x) => x.record.source.path.endsWith('table.md'))!;
    expect(a.record.source.encoding).toBe('UTF-8');
    expect(a.record.title).toBe('Table');
  });
});
