// Parse: normalized text → article structure (headline, metadata, body
// paragraphs as an mdast tree with positions, furniture set aside).
import type { Root, RootContent, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { readFrontMatter } from './front-matter.js';
import type { Script } from '../types.js';
import { detectScript } from './script.js';
import { deriveTitle } from './title.js';
import { formatDate, impossibleLeadingDate, inferYear, isValidDate, leadingMonthDay, parseFullDate } from './dates.js';
import {
  DATELINE,
  datelineAuthors,
  datelineFilingDate,
  SECOND_REPORT,
  SIGN_OFF,
  editorOf,
  furnitureKind,
  parseMetadataLine,
  signOffAuthors,
  startsNotice,
  startsRelatedList,
  type FurnitureKind,
} from './furniture.js';
import { dropUnsafeUrls } from './urls.js';
import { flattenDeepNodes, limitDelimiters, limitMarkdownNesting, MAX_DELIMITER_RUN, MAX_DELIMITERS_PER_BLOCK, MAX_TREE_DEPTH } from './nesting.js';

export { detectScript, toSimplified, toTraditional } from './script.js';
export { deriveTitle } from './title.js';
export { inferYear, parseFullDate, isValidDate, formatDate } from './dates.js';
export { parseMetadataLine, splitNames } from './furniture.js';

export interface Span {
  start: number;
  end: number;
}

/** A finding of the parser, at an offset of the normalized text. */
export interface ParseMessage {
  code: string;
  message: string;
  offset: number;
  fatal?: boolean;
}

export interface ParsedArticle {
  title: string;
  titleDerived: boolean;
  kicker: string | null;
  date: string | null;
  dateEvidence: string | null;
  publication: string | null;
  category: string | null;
  authors: string[];
  editors: string[];
  views: number | null;
  script: Script;
  slug: string | null;
  paragraphs: string[];
  /** where each paragraph's text starts and ends in the normalized text (approximate for Markdown) */
  paragraphSpans: Span[];
  /** paragraph indices where a report starts (又訊 starts a second one) */
  reportStarts: number[];
  body: Root;
  sourceNotice: string | null;
  furniture: Array<{ kind: FurnitureKind; text: string }>;
  messages: ParseMessage[];
}

interface Line {
  text: string; // trimmed
  start: number; // offset of text in the normalized source
}

function splitLines(text: string, base = 0): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.replace(/^[\s\u3000]+/, '').length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ text: trimmed, start: base + offset + lead });
    offset += raw.length + 1;
  }
  return lines;
}

const looksLikeHeadline = (t: string) => [...t].length <= 48 && !/[。！？；]/.test(t) && !DATELINE.test(t) && !/^[(（]/.test(t);

export interface ParseOptions {
  format: 'txt' | 'md';
}

export function parseArticle(text: string, options: ParseOptions): ParsedArticle {
  return options.format === 'md' ? parseMarkdown(text) : parsePlainText(text);
}

function emptyArticle(): Omit<ParsedArticle, 'body' | 'script'> {
  return {
    title: '',
    titleDerived: false,
    kicker: null,
    date: null,
    dateEvidence: null,
    publication: null,
    category: null,
    authors: [],
    editors: [],
    views: null,
    slug: null,
    paragraphs: [],
    paragraphSpans: [],
    reportStarts: [],
    sourceNotice: null,
    furniture: [],
    messages: [],
  };
}

function parsePlainText(text: string): ParsedArticle {
  const out = emptyArticle();
  const lines = splitLines(text);
  // Header: lines before the metadata line are kicker and headline.
  let bodyFrom = 0;
  const metaIndex = lines.findIndex((l, i) => i < 6 && parseMetadataLine(l.text) !== null);
  let header: Line[] = [];
  if (metaIndex >= 0) {
    const meta = parseMetadataLine(lines[metaIndex]!.text)!;
    header = lines.slice(0, metaIndex);
    bodyFrom = metaIndex + 1;
    out.publication = meta.publication;
    out.category = meta.category;
    out.authors = meta.authors;
    out.views = meta.views;
    if (meta.year !== null && meta.month !== null && meta.day !== null) {
      if (isValidDate(meta.year, meta.month, meta.day)) {
        out.date = formatDate(meta.year, meta.month, meta.day);
        out.dateEvidence = 'publication date from the metadata line';
      } else {
        out.messages.push({ code: 'impossible-date', message: `impossible date ${meta.year}年${meta.month}月${meta.day}日 in the metadata line`, offset: lines[metaIndex]!.start });
      }
    }
  } else {
    // No metadata line: up to two short unpunctuated lines before the first sentence.
    while (header.length < 2 && bodyFrom < lines.length - 1 && looksLikeHeadline(lines[bodyFrom]!.text) && !furnitureKind(lines[bodyFrom]!.text, null)) {
      header.push(lines[bodyFrom]!);
      bodyFrom++;
    }
  }
  header = header.filter((l) => {
    const kind = furnitureKind(l.text, null);
    if (kind) out.furniture.push({ kind, text: l.text });
    return !kind;
  });
  if (header.length > 0) {
    out.title = header[header.length - 1]!.text;
    out.kicker = header.length > 1 ? header.slice(0, -1).map((l) => l.text).join(' ') : null;
  }

  // Body, with furniture and the trailing notice set aside.
  const body: Line[] = [];
  const notice: string[] = [];
  let previous: FurnitureKind | 'body' | null = null;
  let inNotice = false;
  let inRelated = false;
  for (const line of lines.slice(bodyFrom)) {
    const editors = editorOf(line.text);
    if (editors) {
      out.editors.push(...editors);
      inNotice = true; // what follows the editor line is the site's, not the report's
      previous = 'editor';
      continue;
    }
    if (inNotice || (body.length > 0 && startsNotice(line.text))) {
      inNotice = true;
      notice.push(line.text);
      continue;
    }
    // after 相关新闻 the page lists other reports' headlines: none of them is this report's
    if (inRelated || (body.length > 0 && startsRelatedList(line.text))) {
      inRelated = true;
      out.furniture.push({ kind: 'widget', text: line.text });
      previous = 'widget';
      continue;
    }
    const kind = furnitureKind(line.text, previous);
    if (kind) {
      out.furniture.push({ kind, text: line.text });
      previous = kind;
      continue;
    }
    body.push({ ...line });
    previous = 'body';
  }
  out.sourceNotice = notice.length ? notice.join('\n') : null;

  // Dateline openers and report boundaries.
  let datelineMonthDay: { month: number; day: number } | null = null;
  body.forEach((line, i) => {
    for (const re of [DATELINE, SECOND_REPORT]) {
      const m = re.exec(line.text);
      if (!m) continue;
      if (re === SECOND_REPORT) out.reportStarts.push(i);
      line.text = line.text.slice(m[0].length);
      line.start += m[0].length;
      // the report's date is the date it was filed, where the opener gives one (本報烏魯木齊5月10日訊 5月9日，…)
      if (re === DATELINE && i === 0) datelineMonthDay = datelineFilingDate(m) ?? leadingMonthDay(line.text);
      if (re === DATELINE) for (const a of datelineAuthors(m[0])) if (!out.authors.includes(a)) out.authors.push(a);
    }
  });
  dropEmptiedLines(body, out);
  if (!out.reportStarts.includes(0)) out.reportStarts.unshift(0);
  if (datelineMonthDay === null && body[0]) datelineMonthDay = leadingMonthDay(body[0].text);
  const impossible = body[0] ? impossibleLeadingDate(body[0].text) : null;
  if (impossible) out.messages.push({ code: 'impossible-date', message: `impossible date “${impossible}” at the start of the report`, offset: body[0]!.start });

  // Sign-off `(彼 岸)` closes the last paragraph.
  const last = body[body.length - 1];
  if (last) {
    const m = SIGN_OFF.exec(last.text);
    if (m) {
      const authors = signOffAuthors(m[2]!);
      if (authors.length) {
        for (const a of authors) if (!out.authors.includes(a)) out.authors.push(a);
        last.text = last.text.slice(0, m.index + m[1]!.length).trimEnd();
        if (!last.text) {
          body.pop();
          out.reportStarts = out.reportStarts.filter((s) => s === 0 || s < body.length); // a report of only a sign-off is none
        }
      }
    }
  }

  out.paragraphs = body.map((l) => l.text);
  out.paragraphSpans = body.map((l) => ({ start: l.start, end: l.start + l.text.length }));
  finishDateAndTitle(out, text, datelineMonthDay);
  const tree: Root = { type: 'root', children: body.map((l, i) => paragraphNode(l.text, l.start, i)) };
  return { ...out, body: tree, script: detectScript(text) };
}

/**
 * A line that was only an opener (本报讯, 又讯) holds no text once the opener
 * is taken off: it is no paragraph, and a report it started starts at the
 * next line.
 */
function dropEmptiedLines(body: Line[], out: { reportStarts: number[] }): void {
  const kept: Line[] = [];
  const starts = new Set<number>();
  body.forEach((line, i) => {
    if (out.reportStarts.includes(i)) starts.add(kept.length);
    if (line.text !== '') kept.push(line);
  });
  body.length = 0;
  for (const line of kept) body.push(line); // not push(...kept): 200,000 lines overflow the argument stack
  out.reportStarts = [...starts].filter((s) => s < kept.length);
}

function paragraphNode(text: string, start: number, index: number): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: text }],
    data: { hProperties: { id: `p-${index}` } },
    // offsets are into the normalized text; line/column are filled by the caller's mapping
    position: { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: start + text.length } },
  };
}

function finishDateAndTitle(out: ReturnType<typeof emptyArticle>, text: string, monthDay: { month: number; day: number } | null): void {
  if (!out.date && monthDay) {
    const inferred = inferYear(monthDay.month, monthDay.day, out.paragraphs.join('\n'));
    if (inferred) {
      out.date = formatDate(inferred.year, monthDay.month, monthDay.day);
      out.dateEvidence = `${monthDay.month}月${monthDay.day}日 from the dateline; ${inferred.evidence}`;
      out.messages.push({ code: 'year-inferred', message: `date ${out.date}: ${inferred.evidence}`, offset: out.paragraphSpans[0]?.start ?? 0 });
    } else {
      out.date = formatDate(null, monthDay.month, monthDay.day);
      out.dateEvidence = `${monthDay.month}月${monthDay.day}日 from the dateline; the year is not in the text`;
      out.messages.push({ code: 'year-unknown', message: `date ${out.date}: the text gives no year`, offset: out.paragraphSpans[0]?.start ?? 0 });
    }
  }
  if (!out.title) {
    out.title = deriveTitle(out.paragraphs[0] ?? '') || '(untitled)';
    out.titleDerived = true;
  }
  void text;
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
  const visit = (node: RootContent) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const value = toString(node).replace(/\s*\n\s*/g, '').trim();
      if (!value) return;
      node.data = { ...(node.data ?? {}), hProperties: { id: `p-${index++}` } };
      out.paragraphs.push(value);
      const start = node.position?.start.offset ?? bodyOffset;
      out.paragraphSpans.push({ start, end: node.position?.end.offset ?? start });
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const child of tree.children) visit(child);
  stripMarkdownDateline(out, tree);
  out.reportStarts.unshift(0);

  const title = asString(data.title);
  if (title) out.title = title;
  out.kicker = asString(data.kicker) ?? null;
  out.publication = asString(data.publication) ?? asString(data.source);
  out.category = asString(data.category);
  // front matter names the authors; else the dateline may (stripMarkdownDateline)
  if (data.authors !== undefined || data.author !== undefined) out.authors = asList(data.authors ?? data.author);
  out.editors = asList(data.editors ?? data.editor);
  out.slug = asString(data.slug);
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

function shiftPositions(node: Root | RootContent, by: number): void {
  if (node.position) {
    if (node.position.start.offset !== undefined) node.position.start.offset += by;
    if (node.position.end.offset !== undefined) node.position.end.offset += by;
  }
  if ('children' in node) for (const child of node.children as RootContent[]) shiftPositions(child, by);
}
