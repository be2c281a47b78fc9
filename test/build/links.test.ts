// Acceptance of the site issue, without a browser: the seeds plus the invented
// genre corpus build through the CLI, then
// - every internal href/src/action on every .html page, and every link in the
//   SVG charts, is relative (no root-absolute `/x`, which leaves the site from
//   disk or under a sub-path), names a file that exists (never a folder, which
//   file:// would list) and every #fragment an id on the target page; anything
//   that is not a site link (other than the `data:,` favicon) is reported too,
//   since the site links nowhere else;
// - every person, organisation and meeting page links back to an article
//   paragraph anchor that exists, and every article page has mention links
//   whose target pages exist;
// - html-validate (Node API, the project's .htmlvalidate.json) finds no error.
//   .htmlvalidate.json extends html-validate:recommended and changes one rule:
//   doctype-style is set to lowercase, because the templates deliberately write
//   `<!doctype html>` (same meaning, HTML is case-insensitive here); the rule
//   still checks that every page writes it the same way.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { FileSystemConfigLoader, HtmlValidate, type ConfigData } from 'html-validate';
import { buildSampleSite, listTree, ROOT } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';

const work = tempDir('baokan-links-');
const input = path.join(work, 'in');
const site = path.join(work, 'site');
const BASE = 'http://site.invalid';

interface Node {
  nodeName: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
}
interface Link { attr: string; value: string; tag: string; cls: string }
interface Page { ids: Set<string>; links: Link[] }

const pages = new Map<string, Page>();

function scan(html: string): Page {
  const ids = new Set<string>();
  const links: Link[] = [];
  const walk = (node: Node) => {
    const attrs = new Map((node.attrs ?? []).map((a) => [a.name, a.value]));
    const id = attrs.get('id');
    if (id !== undefined) ids.add(id);
    for (const attr of ['href', 'src', 'action']) {
      const value = attrs.get(attr);
      if (value !== undefined) links.push({ attr, value, tag: node.nodeName, cls: attrs.get('class') ?? '' });
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  return { ids, links };
}

/** The URL of a built file as a browser on file:// has it: articles/x/index.html → /articles/x/index.html. */
const urlOf = (file: string): string => '/' + file.split(path.sep).join('/');

/** The built file a site path names, or null: directories mean their index.html. */
function fileFor(pathname: string): string | null {
  const rel = decodeURIComponent(pathname).replace(/^\/+/, '');
  let full = path.join(site, rel);
  if (!full.startsWith(site)) return null;
  if (pathname.endsWith('/') || (existsSync(full) && statSync(full).isDirectory())) full = path.join(full, 'index.html');
  return existsSync(full) && statSync(full).isFile() ? path.relative(site, full) : null;
}

type Check = { ok: true; file: string } | { ok: false; why: string };

/** Resolve one link of a page and check its file and fragment. */
function check(pageUrl: string, value: string): Check | 'outside' {
  const target = new URL(value, BASE + pageUrl);
  if (target.origin !== BASE) return 'outside';
  if (value.startsWith('/')) return { ok: false, why: 'root-absolute' };
  if (target.pathname.endsWith('/')) return { ok: false, why: 'a folder, not a file' };
  const file = fileFor(target.pathname);
  if (!file) return { ok: false, why: 'no such file' };
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment) {
    const page = pages.get(file);
    if (!page) return { ok: false, why: `fragment #${fragment} on a file that is not a page` };
    if (!page.ids.has(fragment)) return { ok: false, why: `no id "${fragment}" on ${file}` };
  }
  return { ok: true, file };
}

// An invented Markdown article whose figures and mentions sit in list items (issue 19).
const LIST_ARTICLE = [
  '---', 'title: 測試港務集團部署全年工作', 'date: 2021-03-04', 'publication: 測試日報', '---', '',
  '3月3日，測試港務集團召開年度工作會議，集團黨委書記、董事長甄測明出席會議並講話。', '',
  '會議提出全年目標：', '',
  '- 完成貨物吞吐量3.5億噸。', '- 完成投資12億元。', '- 新增航線8條。', '',
].join('\n');

beforeAll(async () => {
  mkdirSync(input, { recursive: true });
  writeFileSync(path.join(input, 'list-article.md'), LIST_ARTICLE);
  const built = await buildSampleSite(input, site);
  expect(built.code, built.stderr).toBe(0);
  for (const f of listTree(site).filter((x) => x.endsWith('.html'))) pages.set(f, scan(readFileSync(path.join(site, f), 'utf8')));
}, 120_000);

const kind = (prefix: string) => [...pages.keys()].filter((f) => f.startsWith(prefix + '/') && f !== `${prefix}/index.html`).sort();

describe('links on the built site (seeds + genre corpus)', () => {
  it('builds every kind of page', () => {
    expect(pages.has('index.html')).toBe(true);
    expect(pages.has('figures/index.html')).toBe(true);
    expect(pages.has('search/index.html')).toBe(true);
    expect(pages.has('404.html')).toBe(true);
    for (const k of ['articles', 'people', 'organisations', 'meetings']) expect(kind(k).length, k).toBeGreaterThan(0);
  });

  it('no internal href/src/action is broken, fragments included, and nothing links off the site', () => {
    const broken: string[] = [];
    const outside: string[] = [];
    let checked = 0;
    for (const [file, page] of [...pages].sort(([a], [b]) => (a < b ? -1 : 1))) {
      for (const link of page.links) {
        if (link.tag === 'link' && link.attr === 'href' && link.value === 'data:,') continue; // the empty favicon
        const r = check(urlOf(file), link.value);
        if (r === 'outside') outside.push(`${file}: <${link.tag} ${link.attr}="${link.value}">`);
        else if (!r.ok) broken.push(`${file}: <${link.tag} ${link.attr}="${link.value}"> ${r.why}`);
        else checked++;
      }
    }
    expect(broken).toEqual([]);
    expect(outside).toEqual([]);
    expect(checked).toBeGreaterThan(pages.size * 5);
  });

  it('links in the SVG charts are relative and lead to pages that exist', () => {
    const charts = listTree(site).filter((f) => f.endsWith('.svg'));
    expect(charts.length).toBeGreaterThan(0);
    const broken: string[] = [];
    let checked = 0;
    for (const chart of charts) {
      for (const [, value] of readFileSync(path.join(site, chart), 'utf8').matchAll(/\bhref="([^"]*)"/g)) {
        const r = check(urlOf(chart), value!.replace(/&amp;/g, '&'));
        if (r === 'outside' || !r.ok) broken.push(`${chart}: ${value} ${r === 'outside' ? 'outside' : r.why}`);
        else checked++;
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });

  it('figures in Markdown list items link from the figures page to the list item, which carries the id', () => {
    const file = kind('articles').find((f) => readFileSync(path.join(site, f), 'utf8').includes('測試港務集團部署全年工作'))!;
    expect(file).toBeTruthy();
    const items = [...readFileSync(path.join(site, file), 'utf8').matchAll(/<li id="(p-\d+)">/g)].map((m) => m[1]);
    expect(items.length).toBe(3);
    const toItems = [...pages].filter(([f]) => f.startsWith('figures/')).flatMap(([f, page]) =>
      page.links.map((l) => new URL(l.value, BASE + urlOf(f))).filter((u) => u.pathname === urlOf(file) && items.includes(u.hash.slice(1))),
    );
    expect(toItems.length).toBeGreaterThanOrEqual(3);
  });

  it('every person, organisation and meeting page links back to an article paragraph that exists', () => {
    const missing: string[] = [];
    for (const file of [...kind('people'), ...kind('organisations'), ...kind('meetings')]) {
      const back = pages.get(file)!.links.filter((l) => {
        if (l.tag !== 'a' || l.attr !== 'href') return false;
        const target = new URL(l.value, BASE + urlOf(file));
        if (!/^\/articles\/[^/]+\/index\.html$/.test(target.pathname) || !/^#p-\d+$/.test(target.hash)) return false;
        const r = check(urlOf(file), l.value);
        return r !== 'outside' && r.ok;
      });
      if (back.length === 0) missing.push(file);
    }
    expect(missing).toEqual([]);
  });

  it('every article page has mention links, each to a page that exists', () => {
    const problems: string[] = [];
    for (const file of kind('articles')) {
      const mentions = pages.get(file)!.links.filter((l) => l.tag === 'a' && l.attr === 'href' && l.cls.split(/\s+/).includes('mention'));
      if (mentions.length === 0) problems.push(`${file}: no mention link`);
      for (const m of mentions) {
        const r = check(urlOf(file), m.value);
        if (r === 'outside' || !r.ok || !r.file.endsWith('.html')) problems.push(`${file}: mention ${m.value} has no page`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('html-validate on the built site', () => {
  it('finds no error on any page', async () => {
    // The project's config as the global one, root: the pages live in a temp dir outside the project.
    const config = { ...(JSON.parse(readFileSync(path.join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData), root: true };
    const validator = new HtmlValidate(new FileSystemConfigLoader(config));
    const errors: string[] = [];
    for (const file of [...pages.keys()].sort()) {
      const report = await validator.validateString(readFileSync(path.join(site, file), 'utf8'), path.join(site, file));
      for (const result of report.results) {
        for (const m of result.messages) if (m.severity === 2) errors.push(`${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
    // ~45 s alone on 2 cores, over 100 s beside other test files: the time of validating ~150 pages, not a hang
  }, 300_000);
});
