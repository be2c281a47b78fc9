// Nothing injected: 50 vectors placed in every field an article can fill,
// built by the real CLI, every page parsed with parse5. The hostile site may
// hold no element or attribute that the same site with a harmless word in
// place of each payload does not hold, no event handler, no script the
// templates do not put there, no javascript:/data:/vbscript: URL; every headline reads
// as the text of the record; nothing is written outside the output folder.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { baokan, listTree } from '../helpers/site.js';
import { tempDir } from '../helpers/tmp.js';
import { ESCAPING_SLUGS, PAYLOADS, SHOWCASE, payloadArticles } from './payloads.js';

interface Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

const PWNED = '/tmp/baokan-pwned';
const DANGEROUS_URL = /^[\s\u0000-\u001f]*(?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|data|vbscript)\s*:/i;
/** Section ids the entity and index templates write when there is something to show (the twin may have none). */
const TEMPLATE_IDS = /^(?:career|chaired|attended|spoke|statements|met|articles|mentions|people|organised|source|undated|letter-(?:[a-z]|other)|y\d{4}(?:-\d{2})?)$/;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'background', 'cite', 'data']);

function elements(node: Node, out: Node[] = []): Node[] {
  if (node.tagName) out.push(node);
  for (const c of node.childNodes ?? []) elements(c, out);
  if (node.content) elements(node.content, out);
  return out;
}

const textOf = (node: Node): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(textOf).join(''));

async function buildSite(root: string, neutral: boolean) {
  const seeds = path.join(root, 'seeds');
  mkdirSync(seeds, { recursive: true });
  for (const f of payloadArticles(neutral)) writeFileSync(path.join(seeds, f.name), f.content);
  ESCAPING_SLUGS.forEach((slug, i) => writeFileSync(path.join(seeds, `escape-${i}.md`), `---\nslug: ${JSON.stringify(slug)}\n---\n出逃第${i}篇。\n`));
  writeFileSync(path.join(seeds, 'showcase.md'), SHOWCASE);
  const result = await baokan(['build', '--seeds', 'seeds', '--out', 'dist', '--no-cache', '--workers', '1'], { cwd: root });
  expect(result.code, result.stderr.slice(-3000)).toBe(0);
  const dist = path.join(root, 'dist');
  const pages = listTree(dist).filter((f) => f.endsWith('.html'));
  return { dist, pages, parsed: pages.map((p) => ({ page: p, doc: parse(readFileSync(path.join(dist, p), 'utf8')) as unknown as Node })) };
}

/** `tag` and `tag@attribute` (with namespace when not HTML) for every element of every page. */
function vocabulary(parsed: Array<{ doc: Node }>): Set<string> {
  const out = new Set<string>();
  for (const { doc } of parsed) {
    for (const el of elements(doc)) {
      const tag = el.namespaceURI?.endsWith('/xhtml') === false ? `${el.namespaceURI}:${el.tagName}` : el.tagName!;
      out.add(tag);
      for (const a of el.attrs ?? []) out.add(`${tag}@${a.name}`);
    }
  }
  return out;
}

describe('nothing injected', () => {
  rmSync(PWNED, { force: true });
  const hostileRoot = tempDir('baokan-xss-');
  const neutralRoot = tempDir('baokan-xss-neutral-');
  const hostile = buildSite(hostileRoot, false);
  const neutral = buildSite(neutralRoot, true);

  it(`has at least 30 vectors (${PAYLOADS.length}) and builds a page for every article`, async () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
    const { pages } = await hostile;
    const articlePages = pages.filter((p) => p.startsWith('articles/'));
    expect(articlePages).toHaveLength(PAYLOADS.length * 2 + 1 + ESCAPING_SLUGS.length + 1);
  }, 120_000);

  it('no element or attribute appears that the harmless twin of the site lacks', async () => {
    const [h, n] = await Promise.all([hostile, neutral]);
    const allowed = vocabulary(n.parsed);
    // `lang` marks text of the other script wherever it appears; which elements carry it depends on
    // the articles' scripts, not on markup in them, so it is checked by value instead.
    const extra = [...vocabulary(h.parsed)].filter((x) => !allowed.has(x) && !x.endsWith('@lang'));
    expect(extra).toEqual([]);
    const langs = new Set(h.parsed.flatMap(({ doc }) => elements(doc).flatMap((e) => (e.attrs ?? []).filter((a) => a.name === 'lang').map((a) => a.value))));
    expect([...langs].sort()).toEqual(['zh-Hans', 'zh-Hant'].filter((l) => langs.has(l)));
  }, 120_000);

  it('no event handler, inline style, inline script, foreign script or dangerous URL on any page', async () => {
    const [{ parsed }, twin] = await Promise.all([hostile, neutral]);
    // What the templates themselves put on pages, read from the harmless twin (templates change; content does not)
    const twinElements = twin.parsed.flatMap(({ doc }) => elements(doc));
    const scripts = new Set(twinElements.filter((e) => e.tagName === 'script').map((e) => e.attrs?.find((a) => a.name === 'src')?.value));
    const idShape = (id: string) => id.replace(/\d+/g, '0');
    const ids = new Set(twinElements.flatMap((e) => (e.attrs ?? []).filter((a) => a.name === 'id').map((a) => idShape(a.value))));
    expect(scripts.size).toBeGreaterThan(0);
    expect(ids).toContain('p-0');
    const problems: string[] = [];
    for (const { page, doc } of parsed) {
      for (const el of elements(doc)) {
        if (el.namespaceURI && !el.namespaceURI.endsWith('/xhtml')) problems.push(`${page}: foreign element ${el.tagName}`);
        if (['iframe', 'object', 'embed', 'base', 'style', 'svg', 'math'].includes(el.tagName!)) problems.push(`${page}: <${el.tagName}>`);
        if (el.tagName === 'script') {
          const src = el.attrs?.find((a) => a.name === 'src')?.value;
          const type = el.attrs?.find((a) => a.name === 'type')?.value;
          // JSON-LD is data, never run: it must parse as JSON and hold nothing that could end the element
          if (type === 'application/ld+json' && !src) {
            const text = textOf(el);
            if (/[<>]/.test(text)) problems.push(`${page}: JSON-LD with < or >`);
            try {
              JSON.parse(text);
            } catch {
              problems.push(`${page}: JSON-LD that is not JSON`);
            }
          } else if (!src || !scripts.has(src) || textOf(el).trim()) problems.push(`${page}: script ${src ?? textOf(el).slice(0, 40)}`);
        }
        if (el.tagName === 'meta' && el.attrs?.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'refresh')) problems.push(`${page}: meta refresh`);
        for (const a of el.attrs ?? []) {
          if (/^on/i.test(a.name)) problems.push(`${page}: ${el.tagName}@${a.name}`);
          if (a.name === 'style') problems.push(`${page}: ${el.tagName}@style`);
          const favicon = el.tagName === 'link' && a.name === 'href' && a.value === 'data:,';
          if (URL_ATTRIBUTES.has(a.name) && DANGEROUS_URL.test(a.value) && !favicon) problems.push(`${page}: ${el.tagName}@${a.name}=${a.value}`);
          if (a.name === 'id' && !ids.has(idShape(a.value)) && !TEMPLATE_IDS.test(a.value)) problems.push(`${page}: id=${a.value}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('every headline on a page is the text of its record, so nothing in it was read as markup', async () => {
    const { dist, parsed } = await hostile;
    const records = JSON.parse(readFileSync(path.join(dist, 'data/records.json'), 'utf8')) as { articles: Array<{ id: string; title: string; kicker: string | null }> };
    const byPage = new Map(parsed.map((p) => [p.page, p.doc]));
    let withPayload = 0;
    for (const r of records.articles) {
      const doc = byPage.get(`articles/${r.id}/index.html`)!;
      const h1 = elements(doc).filter((e) => e.tagName === 'h1');
      expect(h1.map(textOf), r.id).toEqual([r.title]);
      if (/[<>"']/.test(r.title)) withPayload++;
    }
    expect(withPayload).toBeGreaterThan(PAYLOADS.length);
  }, 120_000);

  it('nothing is written outside the output folder and no template code ran', async () => {
    await hostile;
    expect(readdirSync(hostileRoot).sort()).toEqual(['dist', 'seeds']);
    for (const i of [1, 2, 4, 5, 6, 7]) {
      expect(existsSync(path.join(hostileRoot, `escaped-${i}`))).toBe(false);
      expect(existsSync(path.join(path.dirname(hostileRoot), `escaped-${i}`))).toBe(false);
    }
    expect(existsSync('/tmp/baokan-escaped-3')).toBe(false);
    expect(existsSync(PWNED)).toBe(false);
    const top = readdirSync(path.join(hostileRoot, 'dist')).sort();
    expect(top).toEqual(expect.arrayContaining(['404.html', 'articles', 'data', 'index.html', 'pagefind', 'search']));
    for (const id of readdirSync(path.join(hostileRoot, 'dist', 'articles'))) expect(id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
  }, 120_000);
});
