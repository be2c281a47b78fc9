// The article body renderer: sanitizing, paragraph ids, marks and mention links over inline markup.
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { parseFragment } from 'parse5';
import { renderBody, type BodyLink, type BodyMark } from '../../src/render/body.js';
import { at, markdownBody, plainBody } from './fixtures.js';
import { parseArticle } from '../../src/parse/index.js';

const mark = (paragraph: number, start: number, end: number, kind: BodyMark['kind'] = 'damaged', n = 1): BodyMark => ({
  paragraph,
  start,
  end,
  kind,
  note: `note-${n}`,
  label: `註${n}`,
});

describe('renderBody', () => {
  it('keeps p-N ids unprefixed and drops every other attribute a tree may carry', () => {
    const body: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: '甲' }], data: { hProperties: { id: 'p-0' } } },
        {
          type: 'paragraph',
          children: [{ type: 'text', value: '乙' }],
          data: { hProperties: { id: 'main', onclick: 'alert(1)', style: 'color:red', className: ['x'] } },
        },
      ],
    };
    expect(renderBody(body, ['甲', '乙']).html).toBe('<p id="p-0">甲</p>\n<p>乙</p>');
  });

  it('turns no raw HTML of a Markdown body into an element, and no javascript: link into a link target', () => {
    const { body } = markdownBody('前文<b onclick="x()">粗</b>後文\n\n<script>alert(1)</script>\n\n[鏈接](javascript:alert(1)) ![圖](x.png "t")');
    const html = renderBody(body, []).html;
    expect(html).not.toMatch(/<(b|script)\b|onclick|javascript:/i);
    expect(html).toContain('<p id="p-0">前文粗後文</p>');
  });

  it('joins lines between Chinese characters, keeps the space between Latin words', () => {
    const { body, paragraphs } = markdownBody('第一行，\n第二行。\n\nalpha\nbeta');
    expect(paragraphs[0]).toBe('第一行，第二行。');
    const html = renderBody(body, paragraphs).html;
    expect(html).toContain('<p id="p-0">第一行，第二行。</p>');
    expect(html).toContain('<p id="p-1">alpha\nbeta</p>');
  });

  it('marks a span across inline markup, with one note marker after it', () => {
    const { body, paragraphs } = markdownBody('前面**粗體文字**後面的話。');
    expect(paragraphs[0]).toBe('前面粗體文字後面的話。');
    const html = renderBody(body, paragraphs, [mark(0, 4, 8)]).html;
    expect(html).toBe(
      '<p id="p-0">前面<strong>粗體<mark class="text-damaged">文字</mark></strong><mark class="text-damaged">後面</mark>' +
        '<sup class="note-ref" data-pagefind-ignore=""><a href="#note-1" id="ref-note-1">註1</a></sup>的話。</p>',
    );
  });

  it('places several marks in one text node, in order', () => {
    const text = '甲乙丙丁戊己庚辛';
    const r = renderBody(plainBody([text]), [text], [mark(0, 5, 7, 'corrected', 2), mark(0, 1, 3, 'damaged', 1)]);
    expect(r.html).toBe(
      '<p id="p-0">甲<mark class="text-damaged">乙丙</mark><sup class="note-ref" data-pagefind-ignore=""><a href="#note-1" id="ref-note-1">註1</a></sup>丁戊' +
        '<mark class="text-corrected">己庚</mark><sup class="note-ref" data-pagefind-ignore=""><a href="#note-2" id="ref-note-2">註2</a></sup>辛</p>',
    );
    expect([...r.marked].sort()).toEqual(['note-1', 'note-2']);
  });

  it('leaves a paragraph unmarked when its text is not the record text, or a mark is out of range or overlaps', () => {
    const text = '甲乙丙丁';
    expect(renderBody(plainBody([text]), ['別的文字'], [mark(0, 0, 2)]).marked.size).toBe(0);
    expect(renderBody(plainBody([text]), [text], [mark(0, 2, 9)]).marked.size).toBe(0);
    const overlap = renderBody(plainBody([text]), [text], [mark(0, 0, 3, 'damaged', 1), mark(0, 2, 4, 'damaged', 2)]);
    expect([...overlap.marked]).toEqual(['note-1']);
  });

  it('escapes article text', () => {
    const text = '<script>alert(1)</script> & <img src=x onerror=alert(1)>';
    expect(renderBody(plainBody([text]), [text], [mark(0, 0, 8)]).html).toBe(
      '<p id="p-0"><mark class="text-damaged">&lt;script></mark><sup class="note-ref" data-pagefind-ignore=""><a href="#note-1" id="ref-note-1">註1</a></sup>alert(1)&lt;/script> &amp; &lt;img src=x onerror=alert(1)></p>',
    );
  });
});

// ------------------------------------------------------------- mention links

const link = (paragraph: number, start: number, end: number, kind: BodyLink['kind'], href: string, title?: string): BodyLink => ({
  paragraph,
  start,
  end,
  kind,
  href,
  ...(title !== undefined ? { title } : {}),
});

/**
 * Every `<a>` of the markup that was inside another, by its text. An HTML
 * parser never builds an `<a>` inside an `<a>`: it closes the outer one
 * instead, so that one ends without its own end tag, which is what is found.
 */
function nestedLinks(html: string): string[] {
  type Node = { nodeName: string; value?: string; childNodes?: Node[]; sourceCodeLocation?: { endTag?: unknown } | null };
  const text = (n: Node): string => (n.nodeName === '#text' ? n.value ?? '' : (n.childNodes ?? []).map(text).join(''));
  const found: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeName === 'a' && !n.sourceCodeLocation?.endTag) found.push(text(n));
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(parseFragment(html, { sourceCodeLocationInfo: true }) as unknown as Node);
  return found;
}

const HANT = '市委書記張明華主持會議，全市36個部門參加。';
const HANS = '市委书记张明华主持会议，全市36个部门参加。';
const ORG = '<a class="mention mention-organisation" href="/organisations/shi-wei/">';
const PERSON = '<a class="mention mention-person" href="/people/zhang-minghua/" title="市委書記">';
const REF1 = '<sup class="note-ref" data-pagefind-ignore=""><a href="#note-1" id="ref-note-1">註1</a></sup>';

describe('renderBody: mention links', () => {
  const three = (text: string) => [
    { ...at([text], 0, text.slice(0, 2)), kind: 'organisation' as const, href: '/organisations/shi-wei/' },
    { ...at([text], 0, text.slice(4, 7)), kind: 'person' as const, href: '/people/zhang-minghua/', title: '市委書記' },
    { ...at([text], 0, text.slice(14, 19)), kind: 'figure' as const, href: '/figures/#f-1' },
  ];

  it('links a person, an organisation and a figure in one paragraph, in both scripts', () => {
    for (const text of [HANT, HANS]) {
      const r = renderBody(plainBody([text]), [text], [], three(text));
      expect(r.linked).toBe(3);
      expect(r.html).toBe(
        `<p id="p-0">${ORG}${text.slice(0, 2)}</a>${text.slice(2, 4)}${PERSON}${text.slice(4, 7)}</a>${text.slice(7, 14)}` +
          `<a class="mention mention-figure" href="/figures/#f-1">${text.slice(14, 19)}</a>${text.slice(19)}</p>`,
      );
    }
    expect(HANT.slice(14, 19)).toBe('36個部門');
    expect(HANS.slice(4, 7)).toBe('张明华');
  });

  it('of overlapping links keeps the longer, then the earlier; one inside another is dropped, never nested', () => {
    const r = renderBody(plainBody([HANT]), [HANT], [], [
      link(0, 0, 4, 'organisation', '/organisations/shi-wei-shu-ji/'), // 市委書記
      link(0, 2, 7, 'person', '/people/zhang-minghua/'), // 書記張明華: longest
      link(0, 4, 7, 'person', '/people/inner/'), // 張明華, inside it
      link(0, 12, 14, 'organisation', '/organisations/a/'), // 全市
      link(0, 13, 15, 'figure', '#f-2'), // 市3, as long, later
    ]);
    expect(r.linked).toBe(2);
    expect(r.html).toBe(
      '<p id="p-0">市委<a class="mention mention-person" href="/people/zhang-minghua/">書記張明華</a>主持會議，' +
        '<a class="mention mention-organisation" href="/organisations/a/">全市</a>36個部門參加。</p>',
    );
    expect(nestedLinks(r.html)).toEqual([]);
    expect(nestedLinks('<p><a href="/a/">書記<a href="/b/">張明華</a></a></p>')).toEqual(['書記']); // the check finds nesting
  });

  it('puts a damaged mark inside a link and splits one across its edge; the note marker follows the link', () => {
    const inside = renderBody(plainBody([HANT]), [HANT], [mark(0, 5, 6)], [link(0, 4, 7, 'person', '/people/zhang-minghua/', '市委書記')]);
    expect(inside.html).toBe(`<p id="p-0">市委書記${PERSON}張<mark class="text-damaged">明</mark>華</a>${REF1}主持會議，全市36個部門參加。</p>`);
    expect([...inside.marked]).toEqual(['note-1']);
    expect(inside.linked).toBe(1);

    const across = renderBody(plainBody([HANT]), [HANT], [mark(0, 5, 9)], [link(0, 4, 7, 'person', '/people/zhang-minghua/', '市委書記')]);
    expect(across.html).toBe(
      `<p id="p-0">市委書記${PERSON}張<mark class="text-damaged">明華</mark></a><mark class="text-damaged">主持</mark>${REF1}會議，全市36個部門參加。</p>`,
    );
    const before = renderBody(plainBody([HANT]), [HANT], [mark(0, 2, 5)], [link(0, 4, 7, 'person', '/people/zhang-minghua/', '市委書記')]);
    expect(before.html).toBe(
      `<p id="p-0">市委<mark class="text-damaged">書記</mark>${PERSON}<mark class="text-damaged">張</mark>明華</a>${REF1}主持會議，全市36個部門參加。</p>`,
    );
    for (const r of [inside, across, before]) expect(nestedLinks(r.html)).toEqual([]);
  });

  it('links a span across inline markup one piece per element', () => {
    const { body, paragraphs } = markdownBody('市委書記**張明華**主持會議。');
    expect(paragraphs[0]).toBe('市委書記張明華主持會議。');
    const r = renderBody(body, paragraphs, [], [link(0, 2, 8, 'person', '/people/zhang-minghua/')]);
    const a = '<a class="mention mention-person" href="/people/zhang-minghua/">';
    expect(r.html).toBe(`<p id="p-0">市委${a}書記</a><strong>${a}張明華</a></strong>${a}主</a>持會議。</p>`);
    expect(r.linked).toBe(1);
  });

  it('puts no link inside or across a link of the Markdown body', () => {
    const { body, paragraphs } = markdownBody('[市委書記](https://example.org/a)張明華主持會議，全市36個部門參加。');
    expect(paragraphs[0]).toBe(HANT);
    const r = renderBody(body, paragraphs, [mark(0, 1, 2)], [
      link(0, 0, 2, 'organisation', '/organisations/shi-wei/'), // inside the body's link
      link(0, 3, 7, 'person', '/people/across/'), // across its end
      link(0, 14, 19, 'figure', '/figures/#f-1'),
    ]);
    expect(r.linked).toBe(1);
    expect(r.html).toBe(
      '<p id="p-0"><a href="https://example.org/a">市<mark class="text-damaged">委</mark>書記</a>張明華主持會議，全市' +
        '<a class="mention mention-figure" href="/figures/#f-1">36個部門</a>參加。</p>',
    );
    expect(nestedLinks(r.html)).toEqual([]);
  });

  it('ignores links out of range, in a paragraph whose text differs, or with an href that is not a path or fragment', () => {
    const text = HANT;
    const bad = ['javascript:alert(1)', 'JavaScript:alert(1)', 'https://example.org/', '//example.org/x', '/\\example.org', ' /people/x/', '/people/x y/', '/people/\tx/', '../javascript:alert(1)', '..//example.org/x', '../\\example.org', 'a/b:c', ''];
    const r = renderBody(plainBody([text]), [text], [], [
      link(0, 20, 30, 'person', '/people/a/'),
      link(0, -1, 2, 'person', '/people/b/'),
      link(0, 3, 3, 'person', '/people/c/'),
      link(1, 0, 2, 'person', '/people/d/'),
      { ...link(0, 0, 2, 'person', '/people/e/'), kind: 'place' as BodyLink['kind'] },
      ...bad.map((href) => link(0, 4, 7, 'person', href)),
    ]);
    expect(r.linked).toBe(0);
    expect(r.html).toBe(`<p id="p-0">${text}</p>`);
    expect(renderBody(plainBody([text]), ['別的文字'], [], [link(0, 0, 2, 'organisation', '/o/')]).linked).toBe(0);
    expect(renderBody(plainBody([text]), [text], [], [link(0, 0, 2, 'figure', '#f-1')]).html).toContain('<a class="mention mention-figure" href="#f-1">市委</a>');
    // what pages write: a path relative to the page
    expect(renderBody(plainBody([text]), [text], [], [link(0, 0, 2, 'person', '../../people/x/index.html#p-1')]).html).toContain('<a class="mention mention-person" href="../../people/x/index.html#p-1">市委</a>');
  });

  it('escapes a title and builds links as elements: nothing in a link becomes markup', () => {
    const r = renderBody(plainBody([HANT]), [HANT], [], [link(0, 4, 7, 'person', '/people/"><script>/', '"><script>alert(1)</script>')]);
    // `<` needs no escaping inside a quoted attribute; `"` is escaped, so the value stays one attribute
    expect(r.html).toContain('title="&quot;><script>alert(1)</script>"');
    const fragment = parseFragment(r.html) as unknown as { childNodes: Array<{ childNodes: Array<{ nodeName: string; attrs?: Array<{ name: string; value: string }> }> }> };
    expect(fragment.childNodes[0]!.childNodes.map((n) => n.nodeName)).toEqual(['#text', 'a', '#text']);
    const a = fragment.childNodes[0]!.childNodes.find((n) => n.nodeName === 'a')!;
    expect(a.attrs).toEqual([
      { name: 'class', value: 'mention mention-person' },
      { name: 'href', value: '/people/"><script>/' },
      { name: 'title', value: '"><script>alert(1)</script>' },
    ]);
  });

  it('gives well-formed markup for every link and mark position around inline markup and a body link', () => {
    const { body, paragraphs } = markdownBody('[市委](https://example.org/)書記**張明華**主持會議。');
    const text = paragraphs[0]!;
    expect(text).toBe('市委書記張明華主持會議。');
    const plain = (html: string) => html.replace(/<sup[^]*?<\/sup>/g, '').replace(/<[^>]+>/g, '');
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        for (let m = 0; m + 2 <= text.length; m += 2) {
          const r = renderBody(body, paragraphs, [mark(0, m, m + 2)], [link(0, start, end, 'person', '/people/x/')]);
          const where = `link ${start}-${end}, mark ${m}-${m + 2}`;
          expect(nestedLinks(r.html), where).toEqual([]);
          expect(plain(r.html), where).toBe(text);
          expect(r.linked, where).toBe(start < 2 ? 0 : 1);
        }
      }
    }
  });

  it('leaves marks as they were when there are no links', () => {
    const text = '甲乙丙丁';
    const r = renderBody(plainBody([text]), [text], [mark(0, 0, 2)]);
    expect(r.linked).toBe(0);
    expect(r.html).toBe(`<p id="p-0"><mark class="text-damaged">甲乙</mark>${REF1}丙丁</p>`);
  });
});

describe('renderBody: every block of the parsed Markdown keeps its id', () => {
  // An invented article: a tight list (with a nested one), a loose list, a quote and a heading.
  const md = [
    '---', 'title: 測試文章', 'date: 2020-01-02', '---', '',
    '測試集團召開年度工作會議。', '',
    '- 全年完成投資12億元。', '- 新增就業崗位3000個。', '  - 其中青年崗位1000個。', '',
    '> 引文：投資5億元用於改造。', '',
    '## 下一步工作', '',
    '1. 第一項工作。', '', '2. 第二項工作投資2億元。', '',
  ].join('\n');
  const parsed = parseArticle(md, { format: 'md' });

  it('gives every paragraph of the record an element with its id p-N, list items included', () => {
    expect(parsed.paragraphs.length).toBeGreaterThanOrEqual(8);
    const html = renderBody(parsed.body, parsed.paragraphs).html;
    const ids = [...html.matchAll(/ id="(p-\d+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(parsed.paragraphs.map((_, i) => `p-${i}`));
    // a tight list item carries the id itself; one with a nested list keeps its text in a span
    expect(html).toMatch(/<li id="p-1">全年完成投資12億元。<\/li>/);
    expect(html).toMatch(/<li>\s*<span id="p-2">新增就業崗位3000個。<\/span>/);
  });

  it('links mentions in list items and quotes like in paragraphs', () => {
    const links: BodyLink[] = parsed.paragraphs.flatMap((text, paragraph) => {
      const m = /\d+億元/.exec(text);
      return m ? [{ paragraph, start: m.index, end: m.index + m[0].length, href: `#f-${paragraph}`, kind: 'figure' as const }] : [];
    });
    expect(links.length).toBe(3);
    const r = renderBody(parsed.body, parsed.paragraphs, [], links);
    expect(r.linked).toBe(3);
    for (const l of links) expect(r.html).toContain(`href="${l.href}"`);
  });
});
