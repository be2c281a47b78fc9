// What parsing produces for one article, and the steps both forms share:
// an empty record, paragraph nodes with their places, the date and headline
// finished from the body when the page gives none.
import type { Root, Paragraph } from 'mdast';
import type { Script } from '../types.js';
import type { FurnitureKind } from './furniture.js';
import { deriveTitle } from './title.js';
import { formatDate, inferYear } from './dates.js';

export interface Line {
  text: string; // trimmed
  start: number; // offset of text in the normalized source
}

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
  /** front matter `draft: true`: left out of a build unless drafts are asked for */
  draft: boolean;
  /** the report's dateline opener as written (本报西安讯, 新华社兰州5月9日电), where there is one */
  dateline: string | null;
  /** the front matter's `place:` */
  place: string | null;
  paragraphs: string[];
  /** where each paragraph's text starts and ends in the normalized text (approximate for Markdown) */
  paragraphSpans: Span[];
  /** paragraph indices where a report starts (又訊 starts a second one) */
  reportStarts: number[];
  body: Root;
  sourceNotice: string | null;
  /** what was set aside as page chrome, with where it stood in the normalized text */
  furniture: Array<{ kind: FurnitureKind; text: string; offset: number }>;
  messages: ParseMessage[];
}

/** The class of a paragraph that starts a second report in one article (又訊). */
export const REPORT_START_CLASS = 'report-start';

export function emptyArticle(): Omit<ParsedArticle, 'body' | 'script'> {
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
    draft: false,
    dateline: null,
    place: null,
    paragraphs: [],
    paragraphSpans: [],
    reportStarts: [],
    sourceNotice: null,
    furniture: [],
    messages: [],
  };
}

/**
 * A line that was only an opener (本报讯, 又讯) holds no text once the opener
 * is taken off: it is no paragraph, and a report it started starts at the
 * next line.
 */
export function dropEmptiedLines(body: Line[], out: { reportStarts: number[] }): void {
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

/** A body paragraph; `startsReport` marks the first paragraph of a second report (又訊), shown with a break before it. */
export function paragraphNode(text: string, start: number, index: number, startsReport = false): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: text }],
    data: { hProperties: startsReport ? { id: `p-${index}`, className: [REPORT_START_CLASS] } : { id: `p-${index}` } },
    // offsets are into the normalized text; line/column are filled by the caller's mapping
    position: { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: start + text.length } },
  };
}

export function finishDateAndTitle(out: ReturnType<typeof emptyArticle>, text: string, monthDay: { month: number; day: number } | null): void {
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

