// Parse: normalized text → article structure (headline, metadata, body
// paragraphs as an mdast tree with positions, furniture set aside).
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { readFrontMatter } from './front-matter.js';
import { detectScript } from './script.js';
import { formatDate, isValidDate, leadingMonthDay, parseFullDate } from './dates.js';
import { DATELINE, datelineAuthors, editorOf, startsNotice } from './furniture.js';
import { chromeKind } from './chrome.js';
import { emptyArticle, finishDateAndTitle, type ParsedArticle } from './article.js';
import { parsePlainText } from './page.js';
import { dropUnsafeUrls } from './urls.js';
import { flattenDeepNodes, limitDelimiters, limitMarkdownNesting, MAX_DELIMITER_RUN, MAX_DELIMITERS_PER_BLOCK, MAX_TREE_DEPTH } from './nesting.js';

export { detectScript, toSimplified, toTraditional } from './script.js';
export { deriveTitle } from './title.js';
export { inferYear, parseFullDate, isValidDate, formatDate } from './dates.js';
export { parseMetadataLine, readMetadataLine, splitNames } from './metadata.js';
export { chromeKind } from './chrome.js';
export type { ParsedArticle, ParseMessage, Span } from './article.js';

export interface ParseOptions {
  format: 'txt' | 'md';
}

export function parseArticle(text: string, options: ParseOptions): ParsedArticle {
  return options.format === 'md' ? parseMarkdown(text) : parsePlainText(text);
}

// ---------------------------------------------------------------- Markdown

const asString = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);
const asList = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(asString).filter((s): s is string => !!s) : asString(v) ? asString(v)!.split(/[、,，;；]\s*/).filter(Boolean) : [];

function frontMatterDate(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  const s = asString(v);
  if (!s) return null;
  const full = parseFullDate(s);
  if (full) return formatDate(full.year, full.month, full.day);
  const partial = /^--(\d{2})-(\d{2})$/.exec(s);
  return partial && isValidDate(null, Number(partial[1]), Number(partial[2])) ? s : null;
}

function parseMarkdown(text: string): ParsedArticle {
  const out = emptyArticle();
  const { data, content, error } = readFrontMatter(text);
  // the place is the file's, given by the caller from the offset
  if (error) out.messages.push({ code: 'front-matter', message: error.message, offset: error.offset, fatal: true });
  const bodyOffset = text.length - content.length;
  const nesting = limitMarkdownNesting(content);
  const delimiters = limitDelimiters(nesting.text);
  const tree = unified().use(remarkParse).parse(delimiters.text) as Root;
  const flattened = flattenDeepNodes(tree);
  if (nesting.firstChange !== null || flattened !== null) {
    out.messages.push({
      code: 'markdown-too-deep',
      message: `Markdown nested deeper than ${MAX_TREE_DEPTH} levels (or emphasis runs over ${MAX_DELIMITER_RUN} marks): the excess is kept as plain text`,
      offset: bodyOffset + Math.min(nesting.firstChange ?? Infinity, flattened ?? Infinity),
    });
  }
  if (delimiters.firstChange !== null) {
    out.messages.push({
      code: 'markdown-too-many-marks',
      message: `over ${MAX_DELIMITERS_PER_BLOCK} emphasis marks or link brackets in one block: the rest are kept as plain text`,
      offset: bodyOffset + delimiters.firstChange,
    });
  }
  shiftPositions(tree, bodyOffset);
  // Raw HTML never reaches a page; drop it here so paragraphs match the page text.
  const dropped = dropRawHtml(tree);
  if (dropped.length) {
    out.messages.push({ code: 'raw-html-dropped', message: `${dropped.length} raw HTML fragment(s) dropped (first: ${JSON.stringify(dropped[0]!.value.slice(0, 40))})`, offset: dropped[0]!.offset });
  }

  const unsafe = dropUnsafeUrls(tree);
  if (unsafe.length) {
    out.messages.push({ code: 'unsafe-url', message: `${unsafe.length} link(s) or image(s) with an unsafe URL (first: ${unsafe[0]!.scheme}:) kept as text only`, offset: unsafe[0]!.offset });
  }

  // A leading level-1 heading is the headline when front matter gives none.
  const first = tree.children[0];
  if (first?.type === 'heading' && first.depth === 1) {
    out.title = toString(first).trim();
    tree.children.shift();
  }
  // Text blocks become the numbered paragraphs, wherever they nest.
  let index = 0;
  // The site's lines (widgets, share boxes, the editor line, the notice) leave the tree as in plain text.
  const chromeNodes = new Set<RootContent>();
  let inNotice = false;
  const visit = (node: RootContent) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const value = toString(node).replace(/\s*\n\s*/g, '').trim();
      if (!value) return;
      const offset = node.position?.start.offset ?? bodyOffset;
      const editors = editorOf(value);
      const chrome = editors ? 'editor' : inNotice || (out.paragraphs.length > 0 && startsNotice(value)) ? 'notice' : chromeKind(value);
      if (chrome) {
        if (editors) out.editors.push(...editors.filter((e) => !out.editors.includes(e)));
        if (chrome === 'notice' || editors) inNotice = true;
        out.furniture.push({ kind: chrome, text: value, offset });
        chromeNodes.add(node);
        return;
      }
      node.data = { ...(node.data ?? {}), hProperties: { id: `p-${index++}` } };
      out.paragraphs.push(value);
      out.paragraphSpans.push({ start: offset, end: node.position?.end.offset ?? offset });
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const child of tree.children) visit(child);
  if (chromeNodes.size) removeNodes(tree, chromeNodes);
  stripMarkdownDateline(out, tree);
  out.reportStarts.unshift(0);

  const title = asString(data.title);
  if (title) out.title = title;
  out.kicker = asString(data.kicker) ?? null;
  out.publication = asString(data.publication) ?? asString(data.source);
  out.category = asString(data.category);
  out.place = asString(data.place);
  // front matter names the authors; else the dateline may (stripMarkdownDateline)
  if (data.authors !== undefined || data.author !== undefined) out.authors = asList(data.authors ?? data.author);
  if (data.editors !== undefined || data.editor !== undefined) out.editors = asList(data.editors ?? data.editor);
  out.slug = asString(data.slug);
  // YAML's core schema reads `true`; a quoted "true" is meant the same way
  out.draft = data.draft === true || (typeof data.draft === 'string' && /^(true|yes)$/i.test(data.draft.trim()));
  if (data.date !== undefined) {
    const date = frontMatterDate(data.date);
    if (date) {
      out.date = date;
      out.dateEvidence = 'date from the front matter';
    } else out.messages.push({ code: 'impossible-date', message: `front matter date is not a valid date: ${String(data.date)}`, offset: 0 });
  }
  finishDateAndTitle(out, text, out.date ? null : leadingMonthDay(out.paragraphs[0] ?? ''));
  return { ...out, body: tree, script: detectScript(text) };
}

function stripMarkdownDateline(out: ReturnType<typeof emptyArticle>, tree: Root): void {
  const firstText = findFirstText(tree);
  if (!firstText) return;
  const m = DATELINE.exec(firstText.value);
  // An opener alone stays: taking it would leave an empty paragraph.
  if (m && out.paragraphs[0]?.startsWith(m[0].trim()) && out.paragraphs[0].length > m[0].trim().length) {
    firstText.value = firstText.value.slice(m[0].length);
    out.paragraphs[0] = out.paragraphs[0]!.slice(m[0].length).trimStart();
    out.authors = datelineAuthors(m[0]);
    out.dateline = m[0].trim();
  }
}

function findFirstText(node: Root | RootContent): { value: string } | null {
  if (node.type === 'text') return node;
  if ('children' in node) {
    for (const child of node.children as Array<RootContent | PhrasingContent>) {
      const found = findFirstText(child);
      if (found) return found;
    }
  }
  return null;
}

function dropRawHtml(node: Root | RootContent): Array<{ value: string; offset: number }> {
  const dropped: Array<{ value: string; offset: number }> = [];
  if (!('children' in node)) return dropped;
  const children = node.children as RootContent[];
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!;
    if (child.type === 'html') {
      dropped.unshift({ value: child.value, offset: child.position?.start.offset ?? 0 });
      children.splice(i, 1);
    } else dropped.unshift(...dropRawHtml(child));
  }
  return dropped;
}

function removeNodes(node: Root | RootContent, dropped: Set<RootContent>): void {
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  for (let i = children.length - 1; i >= 0; i--) {
    if (dropped.has(children[i]!)) children.splice(i, 1);
    else removeNodes(children[i]!, dropped);
  }
}

function shiftPositions(node: Root | RootContent, by: number): void {
  if (node.position) {
    if (node.position.start.offset !== undefined) node.position.start.offset += by;
    if (node.position.end.offset !== undefined) node.position.end.offset += by;
  }
  if ('children' in node) for (const child of node.children as RootContent[]) shiftPositions(child, by);
}
