// Finding 9 of issue 21: control characters from an archive are never sent
// raw to a terminal (file names, front-matter values, messages: every command
// prints through one escaping function), and never reach a page, whatever
// their source (article, front matter, corrections sidecar).
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { baokan, listTree } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';
import { escapeControls } from '../../src/control-chars.js';

const ESC = '\u001b';
const TITLE_SEQUENCE = `${ESC}]0;OWNED\u0007${ESC}[2J`;
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const work = tempDir('baokan-controls-');
const seeds = path.join(work, 'seeds');
const evilName = `evil${ESC}[2J.md`;

beforeAll(() => {
  mkdirSync(seeds);
  writeFileSync(path.join(seeds, evilName), `---\ntitle: "省里开会${TITLE_SEQUENCE}"\nslug: "${TITLE_SEQUENCE.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a')}"\nauthor: "记者\\x9b31m某人"\n---\n本报讯 2019年5月6日,某省召开会议。\n`);
  writeFileSync(path.join(seeds, `broken${ESC}]0;X\u0007.md`), '---\ntitle: [unclosed\n---\n正文。\n');
  writeFileSync(path.join(seeds, 'body.txt'), `正文标题\n本报讯 2019年7月1日,某县${ESC}[2J召开\u009b31m会议\u0085。\u202e\n`);
  writeFileSync(path.join(seeds, 'corrected.txt'), '更正标题\n本报讯 2019年6月1日,某市召开座谈会。\n会议由某局主持。\n');
  writeFileSync(path.join(seeds, 'corrected.corrections.yaml'), `- find: 某局\n  replace: "市${ESC}[31m发改委\u202e"\n  note: "编辑${ESC}]0;T\u0007更正"\n`);
});

const printed = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr;

describe('what the commands print', () => {
  it('check: file names and front-matter values shown escaped, never raw', async () => {
    const result = await baokan(['check', seeds]);
    expect(printed(result)).not.toMatch(RAW_CONTROL);
    // the names are still there for the reader, escaped
    expect(result.stderr).toContain('evil\\u001b[2J.md');
    expect(result.stderr).toContain('broken\\u001b]0;X\\u0007.md');
  });

  it('extract: text and JSON hold no raw control character (the JSON still parses)', async () => {
    const file = path.join(seeds, evilName);
    const text = await baokan(['extract', file, path.join(seeds, 'corrected.txt'), '--format', 'text']);
    expect(text.code, text.stderr).toBe(0);
    expect(printed(text)).not.toMatch(RAW_CONTROL);
    expect(text.stdout).toContain('省里开会');
    const json = await baokan(['extract', file]);
    expect(printed(json)).not.toMatch(RAW_CONTROL);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });

  it('build: messages escaped, and no page, CSV or JSON file holds a control character', async () => {
    const out = path.join(work, 'dist');
    const result = await baokan(['build', '--seeds', seeds, '--out', out, '--no-cache', '--workers', '1']);
    expect(result.code, result.stderr).toBe(0);
    expect(printed(result)).not.toMatch(RAW_CONTROL);
    expect(result.stderr).toMatch(/body\.txt[\s\S]*invisible-characters/);
    const article = listTree(out).find((f) => f.startsWith('articles/') && readFileSync(path.join(out, f), 'utf8').includes('发改委'));
    expect(article, 'the correction is applied').toBeDefined();
    for (const f of listTree(out)) {
      if (!/\.(html|csv|json|xml|js)$/.test(f)) continue;
      const text = readFileSync(path.join(out, f), 'utf8');
      expect(text.match(RAW_CONTROL)?.[0], f).toBeUndefined();
    }
  }, 120_000);
});

describe('escapeControls', () => {
  it('shows each control as \\uXXXX and leaves text, tab and line feed alone', () => {
    expect(escapeControls(`a${ESC}[2J\u0007\u009b\u202e中文\t\n`)).toBe('a\\u001b[2J\\u0007\\u009b\\u202e中文\t\n');
    const json = JSON.stringify({ t: `x\u009by\u202ez` });
    expect(JSON.parse(escapeControls(json))).toEqual(JSON.parse(json));
  });
});
