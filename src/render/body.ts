// Article body: mdast → hast → sanitized hast → marked and linked spans → HTML.
//
// Nothing from an article becomes markup: remark-rehype drops raw HTML (it is
// never parsed into elements), rehype-sanitize keeps only the GitHub-style
// safe subset, and the only id it lets through is our paragraph anchor
// `p-N`, unprefixed. Marks for damaged and corrected spans are added after
// sanitizing, as elements we build ourselves around the article's text nodes,
// and so are the links of mentions (people, organisations, meetings, figures):
// see spans.ts.
import type { ListItem, Nodes as MdastNodes, Paragraph, Root as MdastRoot } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { wrapParagraph } from './spans.js';
import { REPORT_START_CLASS } from '../parse/article.js';

type Schema = typeof defaultSchema;

/** Ids the body may carry: our paragraph anchors, nothing else. */
export const PARAGRAPH_ID = /^p-\d+$/;

export const bodySchema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'id'), ['id', PARAGRAPH_ID]],
    // the one class the parse stage sets: a second report (又訊) starts here
    p: [...(defaultSchema.attributes?.p ?? []), ['className', REPORT_START_CLASS]],
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

/**
 * A span of paragraph text to link to the page of what it mentions. `href`
 * must be a path (`../../people/x/index.html`, `/people/x/`) or a fragment
 * (`#f-1`), never with a scheme or host (spans.ts SAFE_HREF); any other link
 * is ignored.
 */
export interface BodyLink {
  paragraph: number;
  start: number;
  end: number;
  href: string;
  kind: 'person' | 'organisation' | 'meeting' | 'figure';
  /** shown on hover, e.g. the full name of an organisation */
  title?: string;
}

export interface RenderedBody {
  html: string;
  /** Notes whose span was found in the body and marked there. */
  marked: Set<string>;
  /** How many links were placed (each as one `<a>`, or one per piece across inline markup). */
  linked: number;
}

/** The page's place and script: where the body's own links lead, and its text converted to it. */
export interface BodyScript {
  /** a link of the Markdown body → the same page in the page's script, relative to the page */
  href(url: string): string;
  /** text → the page's script, or null: the text is in it */
  text: ((value: string) => string) | null;
}

/**
 * Render one article body. `paragraphs` are the record's paragraph texts:
 * a mark or link is placed only where the paragraph element's text equals
 * them, so offsets are never applied to the wrong characters. Links that
 * overlap keep the longer (then the earlier); none is put inside a link of
 * the body itself.
 */
export function renderBody(
  body: MdastRoot,
  paragraphs: readonly string[],
  marks: readonly BodyMark[] = [],
  links: readonly BodyLink[] = [],
  script: BodyScript | null = null,
): RenderedBody {
  const marked = new Set<string>();
  let linked = 0;
  const processor = unified()
    .use(() => keepListItemIds)
    .use(remarkRehype) // no allowDangerousHtml: raw HTML nodes are dropped
    .use(rehypeSanitize, bodySchema)
    .use(() => (tree: HastRoot) => {
      dropEmptyClasses(tree);
      joinCjkLines(tree);
      if (script) mapHrefs(tree, script.href);
      linked = applySpans(tree, paragraphs, marks, links, marked);
      // after the spans: offsets are into the text as written
      if (script?.text) mapText(tree, script.text);
    })
    // `&lt;` rather than `&#x3C;`: readable source, same meaning
    .use(rehypeStringify, { characterReferences: { useNamedReferences: true } });
  const hast = processor.runSync(structuredClone(body)) as HastRoot;
  const html = processor.stringify(hast);
  return { html, marked, linked };
}

// ------------------------------------------------------------ list items

/**
 * remark-rehype writes a tight list's items without their <p>, and so
 * without the paragraph's id (issue 19: figures linked to #p-3 that no page
 * had). The id goes on the <li> where the paragraph is all the item holds;
 * else each paragraph of the item is written as a <span> that keeps it.
 */
function keepListItemIds(tree: MdastRoot): void {
  const visit = (node: MdastNodes) => {
    if (node.type === 'list') {
      // as mdast-util-to-hast decides it
      const loose = Boolean(node.spread) || node.children.some((item) => item.spread ?? item.children.length > 1);
      if (!loose) for (const item of node.children) tightItem(item);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
}

function tightItem(item: ListItem): void {
  const paragraphs = item.children.filter((c): c is Paragraph => c.type === 'paragraph' && typeof c.data?.hProperties?.id === 'string');
  if (paragraphs.length === 0) return;
  if (item.children.length === 1 && typeof item.checked !== 'boolean') {
    const { id, ...rest } = paragraphs[0]!.data!.hProperties!;
    item.data = { ...item.data, hProperties: { ...item.data?.hProperties, id } };
    paragraphs[0]!.data = { ...paragraphs[0]!.data, hProperties: rest };
    return;
  }
  for (const p of paragraphs) p.data = { ...p.data, hName: 'span' };
}

/** A class list the sanitizer emptied (no allowed value left) is no attribute at all, not `class=""`. */
function dropEmptyClasses(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (Array.isArray(child.properties.className) && child.properties.className.length === 0) delete child.properties.className;
    dropEmptyClasses(child);
  }
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

// ---------------------------------------------------------------- script

function mapHrefs(node: HastRoot | Element, href: (url: string) => string): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'a' && typeof child.properties.href === 'string') child.properties.href = href(child.properties.href);
    mapHrefs(child, href);
  }
}

function mapText(node: HastRoot | Element, text: (value: string) => string): void {
  for (const child of node.children) {
    if (child.type === 'text') child.value = text(child.value);
    else if (child.type === 'element') {
      for (const name of ['alt', 'title']) if (typeof child.properties[name] === 'string') child.properties[name] = text(child.properties[name]);
      mapText(child, text);
    }
  }
}

// ------------------------------------------------------------------ spans

function applySpans(tree: HastRoot, paragraphs: readonly string[], marks: readonly BodyMark[], links: readonly BodyLink[], marked: Set<string>): number {
  if (marks.length === 0 && links.length === 0) return 0;
  const marksOf = groupByParagraph(marks);
  const linksOf = groupByParagraph(links);
  let linked = 0;
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const id = child.properties.id;
      if (typeof id === 'string' && PARAGRAPH_ID.test(id)) {
        const index = Number(id.slice(2));
        const text = paragraphs[index];
        const m = marksOf.get(index) ?? [];
        const l = linksOf.get(index) ?? [];
        if (text !== undefined && (m.length > 0 || l.length > 0)) linked += wrapParagraph(child, text, m, l, marked);
      } else {
        visit(child);
      }
    }
  };
  visit(tree);
  return linked;
}

function groupByParagraph<T extends { paragraph: number }>(spans: readonly T[]): Map<number, T[]> {
  const by = new Map<number, T[]>();
  for (const s of spans) {
    const list = by.get(s.paragraph) ?? [];
    list.push(s);
    by.set(s.paragraph, list);
  }
  return by;
}
