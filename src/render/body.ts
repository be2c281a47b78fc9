// Article body: mdast → hast → sanitized hast → marked spans → HTML.
//
// Nothing from an article becomes markup: remark-rehype drops raw HTML (it is
// never parsed into elements), rehype-sanitize keeps only the GitHub-style
// safe subset, and the only id it lets through is our paragraph anchor
// `p-N`, unprefixed. Marks for damaged and corrected spans are added after
// sanitizing, as elements we build ourselves around the article's text nodes.
import type { Root as MdastRoot } from 'mdast';
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';

type Schema = typeof defaultSchema;

/** Ids the body may carry: our paragraph anchors, nothing else. */
export const PARAGRAPH_ID = /^p-\d+$/;

export const bodySchema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'id'), ['id', PARAGRAPH_ID]],
  },
  // `id` is not clobbered (prefixed): only p-N ids survive, and they must stay
  // as they are for links to paragraphs. `name` and the ARIA references are.
  clobber: (defaultSchema.clobber ?? []).filter((a) => a !== 'id'),
};

/** A span of paragraph text to wrap, with the note it refers to. */
export interface BodyMark {
  paragraph: number;
  start: number;
  end: number;
  kind: 'damaged' | 'corrected';
  /** id of the note element on the page, e.g. `note-1` */
  note: string;
  /** the marker's visible label, e.g. `註1` */
  label: string;
}

export interface RenderedBody {
  html: string;
  /** Notes whose span was found in the body and marked there. */
  marked: Set<string>;
}

/**
 * Render one article body. `paragraphs` are the record's paragraph texts:
 * a mark is placed only where the paragraph element's text equals them, so
 * offsets are never applied to the wrong characters.
 */
export function renderBody(body: MdastRoot, paragraphs: readonly string[], marks: readonly BodyMark[] = []): RenderedBody {
  const marked = new Set<string>();
  const processor = unified()
    .use(remarkRehype) // no allowDangerousHtml: raw HTML nodes are dropped
    .use(rehypeSanitize, bodySchema)
    .use(() => (tree: HastRoot) => {
      joinCjkLines(tree);
      applyMarks(tree, paragraphs, marks, marked);
    })
    // `&lt;` rather than `&#x3C;`: readable source, same meaning
    .use(rehypeStringify, { characterReferences: { useNamedReferences: true } });
  const hast = processor.runSync(structuredClone(body)) as HastRoot;
  const html = processor.stringify(hast);
  return { html, marked };
}

// ------------------------------------------------------------ line breaks

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026]/u;

/**
 * A line break inside a Markdown paragraph is a space to a browser; between
 * Chinese characters it is nothing, as the parser's paragraph text has it.
 */
function joinCjkLines(tree: HastRoot): void {
  const visit = (node: HastRoot | Element) => {
    if (node.type === 'element' && (node.tagName === 'pre' || node.tagName === 'code')) return;
    for (const child of node.children) {
      if (child.type === 'element') visit(child);
      else if (child.type === 'text' && child.value.includes('\n')) {
        child.value = child.value.replace(/(.?)[^\S\n]*\n\s*(.?)/gu, (all, before: string, after: string) =>
          (before && CJK.test(before)) || (after && CJK.test(after)) ? before + after : all,
        );
      }
    }
  };
  visit(tree);
}

// ------------------------------------------------------------------ marks

function applyMarks(tree: HastRoot, paragraphs: readonly string[], marks: readonly BodyMark[], marked: Set<string>): void {
  if (marks.length === 0) return;
  const byParagraph = new Map<number, BodyMark[]>();
  for (const m of marks) {
    if (!(m.start >= 0 && m.end > m.start)) continue;
    const list = byParagraph.get(m.paragraph) ?? [];
    list.push(m);
    byParagraph.set(m.paragraph, list);
  }
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const id = child.properties.id;
      if (typeof id === 'string' && PARAGRAPH_ID.test(id)) {
        const index = Number(id.slice(2));
        const list = byParagraph.get(index);
        const text = paragraphs[index];
        if (list && text !== undefined) markParagraph(child, text, list, marked);
      } else {
        visit(child);
      }
    }
  };
  visit(tree);
}

/**
 * Map paragraph offsets onto the element's text nodes. The parser's paragraph
 * text is the element's text with line breaks (and the blanks around them)
 * removed and trimmed; anything else that differs leaves the paragraph unmarked.
 */
function markParagraph(element: Element, text: string, marks: BodyMark[], marked: Set<string>): void {
  const nodes: Array<{ node: Text; parent: Element; inLink: boolean }> = [];
  const collect = (el: Element, inLink: boolean) => {
    for (const child of el.children) {
      if (child.type === 'text') nodes.push({ node: child, parent: el, inLink });
      else if (child.type === 'element') collect(child, inLink || child.tagName === 'a');
    }
  };
  collect(element, false);
  const raw = nodes.map((n) => n.node.value).join('');
  // position in `raw` of each character kept in the paragraph text
  const kept: number[] = [];
  const drop = new Set<number>();
  for (const m of raw.matchAll(/\s*\n\s*/g)) for (let i = m.index; i < m.index + m[0].length; i++) drop.add(i);
  for (let i = 0; i < raw.length; i++) if (!drop.has(i)) kept.push(i);
  while (kept.length && /\s/.test(raw[kept[0]!]!)) kept.shift();
  while (kept.length && /\s/.test(raw[kept[kept.length - 1]!]!)) kept.pop();
  if (kept.map((i) => raw[i]).join('') !== text) return;

  // Non-overlapping marks, in order; an overlapping one keeps only its note.
  const ordered = [...marks].sort((a, b) => a.start - b.start || a.end - b.end || a.note.localeCompare(b.note));
  const accepted: BodyMark[] = [];
  let lastEnd = -1;
  for (const m of ordered) {
    if (m.end > text.length || m.start < lastEnd) continue;
    accepted.push(m);
    lastEnd = m.end;
  }
  const ranges = accepted.map((m) => ({ m, from: kept[m.start]!, to: kept[m.end - 1]! + 1 })); // raw, end exclusive
  let offset = 0;
  for (const { node, parent, inLink } of nodes) {
    const value = node.value;
    const nodeFrom = offset;
    offset += value.length;
    const inside = ranges.filter((r) => r.from < offset && r.to > nodeFrom);
    if (inside.length === 0) continue;
    const replacement: ElementContent[] = [];
    let at = 0;
    for (const r of inside) {
      const a = Math.max(0, r.from - nodeFrom);
      const b = Math.min(value.length, r.to - nodeFrom);
      if (a > at) replacement.push({ type: 'text', value: value.slice(at, a) });
      replacement.push({
        type: 'element',
        tagName: 'mark',
        properties: { className: [markClass(r.m.kind)] },
        children: [{ type: 'text', value: value.slice(a, b) }],
      });
      // the marker is a link: none inside a link (its note still lists the paragraph)
      if (r.to <= offset && !inLink) {
        replacement.push(noteRef(r.m));
        marked.add(r.m.note);
      }
      at = b;
    }
    if (at < value.length) replacement.push({ type: 'text', value: value.slice(at) });
    parent.children.splice(parent.children.indexOf(node), 1, ...replacement);
  }
}

const markClass = (kind: BodyMark['kind']) => (kind === 'damaged' ? 'text-damaged' : 'text-corrected');

function noteRef(m: BodyMark): Element {
  return {
    type: 'element',
    tagName: 'sup',
    properties: { className: ['note-ref'], dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${m.note}`, id: `ref-${m.note}` },
        children: [{ type: 'text', value: m.label }],
      },
    ],
  };
}
