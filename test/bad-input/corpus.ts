// A folder mixing every class of bad input with good articles, and what
// `baokan check` must say about each file. Shared by the check and build tests.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

export const GOOD = '江西省召开电力体制改革推进会\n本报讯 2019年5月6日上午9点,江西省发展改革委在南昌召开电力体制改革推进会。\n省发展改革委副主任周立新主持会议。\n';
const GOOD_2 = '四川省召开煤矿安全座谈会\n本报讯 2019年6月1日,四川省应急管理厅召开煤矿安全座谈会。\n';

/** UTF-16 text with 一 and 开 (a zero byte each) among ASCII, without a BOM. */
export const UTF16_TEXT = '开发区召开一季度工作会议\n本报讯 2020年4月1日,开发区管委会召开一季度工作会议 (Q1 2020)。\n会议由管委会主任一并主持。\n';

export const DEEP = 10_000;

export interface Expected {
  file: string;
  code: string;
  severity: 'error' | 'warning';
  line?: number;
  column?: number;
}

/** Files that must be published (path relative to the folder). */
export const PUBLISHED = ['good.txt', 'good-2.txt', 'mixed.txt', 'utf16le.txt', 'utf16be.txt', 'slug-dots.md', 'slug-abs.md', 'slug-reserved.md', 'same-slug-1.md', 'same-slug-2.md', 'feb30.txt', 'm13.txt', 'odd.txt', 'raw-html.md', 'links.md', 'deep-list.md', 'deep-quote.md', 'deep-emphasis.md', 'with space.txt', '會議報道.txt', '한국.txt', '한국-nfd.txt'.normalize('NFD')];

export function writeMixedCorpus(dir: string): Expected[] {
  const w = (name: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  };
  w('good.txt', GOOD);
  w('good-2.txt', GOOD_2);
  w('empty.txt', '');
  w('blank.txt', ' \n\u3000\n\t\r\n');
  w('nul.txt', Buffer.from('abc\u0000def\u0000', 'latin1'));
  w('image.txt', Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'));
  w('noise.txt', Buffer.from(Array.from({ length: 600 }, (_, i) => 0x80 + ((i * 53) % 0x7f))));
  w('mixed.txt', Buffer.concat([iconv.encode('四川省召开煤矿安全座谈会\n本报讯 2019年6月1日,四川省应急管理厅召开座谈会。\n', 'gbk'), Buffer.from('会议由省应急管理厅副厅长李明华主持。\n')]));
  w('utf16le.txt', iconv.encode(UTF16_TEXT, 'utf16le'));
  w('utf16be.txt', iconv.encode(UTF16_TEXT.replace('一并', '一同'), 'utf16be'));
  w('bad-yaml.md', '---\ntitle: "unclosed\ndate: [2020\n---\n正文。\n');
  w('slug-dots.md', '---\nslug: ../../etc/passwd\n---\n第一篇正文。\n');
  w('slug-abs.md', '---\nslug: /abs/path\n---\n第二篇正文。\n');
  w('slug-reserved.md', '---\nslug: pagefind\n---\n第三篇正文。\n');
  w('same-slug-1.md', '---\nslug: same\n---\n甲文。\n');
  w('same-slug-2.md', '---\nslug: same\n---\n乙文。\n');
  w('zz-copy.txt', GOOD);
  w('feb30.txt', '标题一\n本报讯 2月30日,某市召开会议。\n');
  w('m13.txt', '标题二\n2019年13月2日 10:00 来源: 某报 作者: 某人\n正文。\n');
  w('odd.txt', '标题\n第一\u200b段\u202e文字\u0007。🎉\n');
  w('raw-html.md', '# 原始HTML\n\n正文<script>alert(1)</script>继续。\n\n<div onclick="x()">块</div>\n');
  w('links.md', '# 链接\n\n正文[点击](javascript:alert(1))与![图](data:image/svg+xml,<svg/onload=alert(1)>),另见[来源](https://example.org/a)。\n');
  w('deep-list.md', '# 深层列表\n\n' + '- '.repeat(DEEP) + '深层列表。\n');
  w('deep-quote.md', '# 深层引用\n\n' + '> '.repeat(DEEP) + '深层引用。\n');
  w('deep-emphasis.md', '# 深层强调\n\n' + '*'.repeat(DEEP) + '强调' + '*'.repeat(DEEP) + '\n');
  w('with space.txt', '空格文件\n空格文件的正文。\n');
  w('會議報道.txt', '中文文件名\n中文文件名的正文。\n');
  w('한국.txt'.normalize('NFC'), '韩文文件名\n组合形式的正文。\n');
  w('한국-nfd.txt'.normalize('NFD'), '韩文文件名\n分解形式的正文。\n');
  mkdirSync(path.join(dir, 'sub'));
  symlinkSync('..', path.join(dir, 'sub', 'loop'));
  symlinkSync(path.join(dir, 'missing-target.txt'), path.join(dir, 'dangling.txt'));
  return [
    { file: 'empty.txt', code: 'empty-article', severity: 'error' },
    { file: 'blank.txt', code: 'empty-article', severity: 'error' },
    { file: 'nul.txt', code: 'undecodable', severity: 'error' },
    { file: 'image.txt', code: 'undecodable', severity: 'error' },
    { file: 'noise.txt', code: 'undecodable', severity: 'error' },
    { file: 'mixed.txt', code: 'mixed-encoding', severity: 'warning', line: 3, column: 1 },
    { file: 'bad-yaml.md', code: 'front-matter', severity: 'error', line: 4, column: 1 },
    { file: 'slug-dots.md', code: 'slug-rejected', severity: 'warning', line: 2, column: 1 },
    { file: 'slug-abs.md', code: 'slug-rejected', severity: 'warning', line: 2, column: 1 },
    { file: 'slug-reserved.md', code: 'slug-rejected', severity: 'warning', line: 2, column: 1 },
    { file: 'same-slug-2.md', code: 'duplicate-id', severity: 'warning', line: 2, column: 1 },
    { file: 'zz-copy.txt', code: 'duplicate-content', severity: 'warning', line: 1, column: 1 },
    { file: 'feb30.txt', code: 'impossible-date', severity: 'warning', line: 2, column: 5 },
    { file: 'm13.txt', code: 'impossible-date', severity: 'warning', line: 2, column: 1 },
    { file: 'odd.txt', code: 'invisible-characters', severity: 'warning', line: 2, column: 3 },
    { file: 'raw-html.md', code: 'raw-html-dropped', severity: 'warning', line: 3, column: 3 },
    { file: 'links.md', code: 'unsafe-url', severity: 'warning', line: 3, column: 3 },
    { file: 'deep-list.md', code: 'markdown-too-deep', severity: 'warning', line: 3, column: 33 },
    { file: 'deep-quote.md', code: 'markdown-too-deep', severity: 'warning', line: 3, column: 33 },
    { file: 'deep-emphasis.md', code: 'markdown-too-deep', severity: 'warning', line: 3, column: 1 },
    { file: 'sub/loop', code: 'unreadable', severity: 'error' },
    { file: 'dangling.txt', code: 'unreadable', severity: 'error' },
  ];
}
