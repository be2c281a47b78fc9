// The article body renderer: sanitizing, paragraph ids, marks over inline markup.
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { renderBody, type BodyMark } from '../../src/render/body.js';
import { markdownBody, plainBody } from './fixtures.js';

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
