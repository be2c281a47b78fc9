// Commands a user expects from a site generator: --version, `check` on one
// file, and `draft: true` front matter left out of a build unless --drafts.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/tmp.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const baokan = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [path.join(ROOT, 'bin/baokan.js'), ...args], { cwd, encoding: 'utf8' });

const DRAFT = `---
title: 县交通局召开春运工作部署会
date: 2024-01-20
draft: true
---

1月19日，县交通局召开春运工作部署会，安排春运期间道路运输安全工作。
`;
const PUBLISHED = `---
title: 市水务集团开展汛前检查
date: 2023-05-08
---

5月6日，市水务集团对城区排水泵站开展汛前检查，共检查泵站12座。
`;

describe('baokan --version', () => {
  it('prints the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = baokan(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(`baokan ${version}`);
  });
});

describe('baokan check FILE', () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'seeds'));
  writeFileSync(path.join(dir, 'seeds', 'a.md'), PUBLISHED);
  // a neighbour with an error must not be reported when one file is checked
  writeFileSync(path.join(dir, 'seeds', 'broken.md'), '---\ntitle: [unclosed\n---\n正文。\n');

  it('reads the one file and reports only its problems', () => {
    const run = baokan(['check', 'seeds/a.md'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 file(s) read, 1 article(s) usable');
    expect(run.stderr).not.toContain('broken.md');
  });

  it('still reports the folder as a whole', () => {
    const run = baokan(['check', 'seeds'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('broken.md');
  });

  it('says clearly when the path is missing or not an article', () => {
    writeFileSync(path.join(dir, 'notes.csv'), 'a,b\n');
    const missing = baokan(['check', 'seeds/nope.md'], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no such file or folder: seeds/nope.md');
    const other = baokan(['check', 'notes.csv'], dir);
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('notes.csv is not an article');
  });
});

describe('draft: true', () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'seeds'));
  writeFileSync(path.join(dir, 'seeds', 'draft.md'), DRAFT);
  writeFileSync(path.join(dir, 'seeds', 'published.md'), PUBLISHED);
  const titles = (out: string) =>
    (JSON.parse(readFileSync(path.join(dir, out, 'data', 'records.json'), 'utf8')) as { articles: Array<{ title: string; draft?: boolean }> }).articles;

  it('leaves the draft out of the site, with a note naming it', () => {
    const run = baokan(['build', '--out', 'site', '--no-cache'], dir);
    expect(run.status).toBe(0);
    expect(titles('site').map((a) => a.title)).toEqual(['市水务集团开展汛前检查']);
    expect(run.stderr).toMatch(/draft\.md[\s\S]*draft \(front matter draft: true\): left out/);
    expect(existsSync(path.join(dir, 'site', 'articles', 'draft', 'index.html'))).toBe(false);
  }, 60_000);

  it('includes it, marked, with --drafts', () => {
    const run = baokan(['build', '--out', 'with-drafts', '--no-cache', '--drafts'], dir);
    expect(run.status).toBe(0);
    const articles = titles('with-drafts');
    expect(articles.map((a) => a.title).sort()).toEqual(['县交通局召开春运工作部署会', '市水务集团开展汛前检查'].sort());
    expect(articles.find((a) => a.title.startsWith('县'))!.draft).toBe(true);
    expect(articles.find((a) => a.title.startsWith('市'))!.draft).toBeUndefined();
  }, 60_000);

  it('a cached rebuild with --drafts is not "unchanged"', () => {
    expect(baokan(['build', '--out', 'cached', '--cache', 'c'], dir).status).toBe(0);
    const again = baokan(['build', '--out', 'cached', '--cache', 'c', '--drafts'], dir);
    expect(again.stdout).toMatch(/^built 2 article/);
  }, 60_000);
});

describe('damaged text an editor restored', () => {
  const ROOT_SEEDS = path.join(ROOT, 'seeds');
  it('is not printed as a problem again, while the record keeps it as corrected', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'seeds'));
    const seed = '003_7367aa27400e94e4';
    writeFileSync(path.join(dir, 'seeds', `${seed}.txt`), readFileSync(path.join(ROOT_SEEDS, `${seed}.txt`)));
    const withoutSidecar = baokan(['check', 'seeds', '--strict'], dir);
    expect(withoutSidecar.stderr).toContain('damaged-text');
    expect(withoutSidecar.status).toBe(1);
    writeFileSync(path.join(dir, 'seeds', `${seed}.corrections.yaml`), readFileSync(path.join(ROOT_SEEDS, `${seed}.corrections.yaml`)));
    const withSidecar = baokan(['check', 'seeds', '--strict'], dir);
    expect(withSidecar.stderr).not.toContain('damaged-text');
    expect(withSidecar.status).toBe(0);
    const extracted = baokan(['extract', `seeds/${seed}.txt`, '--format', 'json'], dir);
    const warnings = (JSON.parse(extracted.stdout) as { articles: Array<{ warnings: Array<{ code: string; corrected?: boolean }> }> }).articles[0]!.warnings;
    expect(warnings.filter((w) => w.code === 'damaged-text').length).toBeGreaterThan(0);
    expect(warnings.filter((w) => w.code === 'damaged-text').every((w) => w.corrected === true)).toBe(true);
  }, 60_000);
});
