// The per-article stages in order: a pure function of one SourceFile.
// ingest (done by the caller) → normalize → parse → corrections → extract.
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { ArticleRecord, Warning } from './types.js';
import type { SourceFile } from './ingest/index.js';
import { normalizeText, lineColumn, describeDamage, type Normalized } from './normalize/index.js';
import { LONE_C1 } from './normalize/whitespace.js';
import { applyCorrections, parseCorrections, type CorrectionRule } from './normalize/corrections.js';
import { parseArticle, type ParsedArticle } from './parse/index.js';
import { extractRecords } from './extract/index.js';
import { articleId } from './slug.js';
import { newFile, report } from './messages.js';

// Zero-width, bidi-control and C0 control characters (besides tab and line ends).
// eslint-disable-next-line no-control-regex
const INVISIBLE = new RegExp(`[\\u200b\\u200e\\u200f\\u2060\\u202a-\\u202e\\u2066-\\u2069\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]|(?<!^)\\ufeff|${LONE_C1}`);

/** Lines of page chrome listed one by one for an article; the rest are counted. */
const MAX_CHROME_NOTES = 30;

export interface ProcessedArticle {
  record: ArticleRecord;
  body: Root;
  lang: 'zh-Hant' | 'zh-Hans';
  file: VFile;
  /** where the id was given: the front-matter `slug:` line, when the slug is the id */
  idPlace?: { line: number; column: number };
  /**
   * what the record and body are a function of (code version, path, bytes,
   * corrections: the cache key), when the build has one; the render keys a
   * page by it instead of the whole record
   */
  fingerprint?: string;
}

export interface ProcessOptions {
  /** skip the extract stage (records stay empty), e.g. for `check` */
  extract?: boolean;
  /** milliseconds spent per stage are added here (benchmarks; scripts/bench.ts) */
  timings?: Record<string, number>;
}

export function processSource(source: SourceFile, options: ProcessOptions = {}): ProcessedArticle {
  const file = newFile(source.path);
  const lap = stopwatch(options.timings);
  const normalized = normalizeText(source.text, { markdown: source.format === 'md' });
  lap('normalize');
  const placeOf = (offset: number) => lineColumn(source.text, normalized.map.toSource(offset));
  const parsed = parseArticle(normalized.text, { format: source.format });
  placeTree(parsed.body, normalized, source.text);
  lap('parse');

  const warnings: Warning[] = [];
  if (source.encodingGuessed && source.encoding !== 'UTF-8') {
    warnings.push({ code: 'encoding-guessed', message: `decoded as ${source.encoding} (detected)` });
    report(file, 'info', 'encoding-guessed', `decoded as ${source.encoding} (detected)`);
  }
  if (source.mixedUtf8Lines?.length) {
    const lines = source.mixedUtf8Lines;
    const message = `mixed encodings: ${lines.length} line(s) are UTF-8 (first: line ${lines[0]}), the rest ${source.encoding}; each line decoded in its own`;
    warnings.push({ code: 'mixed-encoding', message });
    report(file, 'warning', 'mixed-encoding', message, { line: lines[0]!, column: 1 });
  }
  const invisible = INVISIBLE.exec(source.text);
  if (invisible) {
    const count = source.text.match(new RegExp(INVISIBLE.source, 'g'))!.length;
    const message = `${count} invisible or control character(s) removed (first U+${invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
    warnings.push({ code: 'invisible-characters', message });
    report(file, 'warning', 'invisible-characters', message, lineColumn(source.text, invisible.index));
  }
  for (const m of parsed.messages) {
    report(file, m.fatal ? 'error' : 'warning', m.code, m.message, placeOf(m.offset));
    warnings.push({ code: m.code, message: m.message });
  }
  // what was set aside as the site's, so a reader can check it (info: no exit code depends on it)
  const chrome = parsed.furniture.slice().sort((a, b) => a.offset - b.offset);
  for (const f of chrome.slice(0, MAX_CHROME_NOTES)) {
    const text = [...f.text].length > 40 ? [...f.text].slice(0, 40).join('') + '…' : f.text;
    report(file, 'info', 'page-chrome', `set aside as page chrome (${f.kind}): “${text}”`, placeOf(f.offset));
  }
  if (chrome.length > MAX_CHROME_NOTES) report(file, 'info', 'page-chrome', `and ${chrome.length - MAX_CHROME_NOTES} more line(s) set aside as page chrome`);
  // reported once the corrections are applied: a span the editor restored is no longer a problem
  const damaged = damagedWarnings(normalized, parsed);
  for (const w of damaged) warnings.push(w.warning);
  if (parsed.paragraphs.length === 0) {
    report(file, 'error', 'empty-article', 'no body text: the file is empty or holds only a headline and site furniture');
  }

  let paragraphs = parsed.paragraphs;
  let corrections: ArticleRecord['corrections'] = [];
  // the editor's sidecar first: a span it corrects is not repaired again
  let editorial: CorrectionRule[] = [];
  const sidecar = source.path.replace(/\.[^./]+$/, '') + '.corrections.yaml';
  if (source.corrections !== null) {
    try {
      editorial = parseCorrections(source.corrections);
    } catch (error) {
      report(file, 'error', 'corrections-invalid', `${sidecar}: ${(error as Error).message}`);
    }
  }
  const rules = [...editorial, ...normalized.repairs];
  if (rules.length) {
    const result = applyCorrections(paragraphs, rules, warnings);
    paragraphs = result.paragraphs;
    corrections = result.applied;
    syncCorrectedText(parsed.body, paragraphs);
    for (const rule of result.unmatched) if (editorial.includes(rule)) report(file, 'warning', 'correction-unmatched', `correction in ${sidecar} finds nothing: “${rule.find}”`);
  }
  // the record keeps every damaged span (marked corrected); only those still damaged are problems to print
  for (const w of damaged) if (!w.warning.corrected) report(file, 'warning', 'damaged-text', w.warning.message, { start: placeOf(w.from), end: placeOf(w.to) });

  const base = path.basename(source.path).replace(/\.[^.]+$/, '');
  const { id, rejected } = articleId(base, parsed.slug);
  const slugLine = parsed.slug !== null ? /^slug[ \t]*:/m.exec(source.text) : null;
  const slugPlace = slugLine ? lineColumn(source.text, slugLine.index) : undefined;
  if (rejected !== null) {
    report(file, 'warning', 'slug-rejected', `front matter slug “${rejected}” is not a safe URL segment; using “${id}”`, slugPlace);
  }

  const extracted = options.extract === false
    ? { officials: [], organisations: [], meetings: [], figures: [], statements: [] }
    : extractRecords({ paragraphs, reportStarts: parsed.reportStarts, date: parsed.date, script: parsed.script, title: parsed.title, dateline: parsed.dateline, publication: parsed.publication, place: parsed.place });
  lap('extract');

  const record: ArticleRecord = {
    id,
    // relative to the seeds folder, so records do not depend on how the folder was named
    source: { path: source.relative ?? source.path, sha256: source.sha256, encoding: source.encoding },
    title: parsed.title,
    titleDerived: parsed.titleDerived,
    kicker: parsed.kicker,
    date: parsed.date,
    dateEvidence: parsed.dateEvidence,
    publication: parsed.publication,
    category: parsed.category,
    authors: parsed.authors,
    editors: parsed.editors,
    views: parsed.views,
    script: parsed.script,
    paragraphs,
    ...extracted,
    warnings,
    sourceNotice: parsed.sourceNotice,
    corrections,
    ...(parsed.draft ? { draft: true as const } : {}),
  };
  const idPlace = rejected === null && slugPlace ? { idPlace: slugPlace } : {};
  return { record, body: parsed.body, lang: parsed.script === 'Hant' ? 'zh-Hant' : 'zh-Hans', file, ...idPlace };
}

/** Adds the time since the last lap to timings[stage]; does nothing without timings. */
function stopwatch(timings: Record<string, number> | undefined): (stage: string) => void {
  if (!timings) return () => {};
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + (now - last);
    last = now;
  };
}

/** Damaged spans of the clean text, located in the paragraph that holds them. */
function damagedWarnings(normalized: Normalized, parsed: ParsedArticle): Array<{ warning: Warning; from: number; to: number }> {
  const out: Array<{ warning: Warning; from: number; to: number }> = [];
  for (const span of normalized.damaged) {
    const p = parsed.paragraphSpans.findIndex((s) => span.start >= s.start && span.start < Math.max(s.end, s.start + 1));
    const warning: Warning = { code: 'damaged-text', message: describeDamage(span) };
    if (p >= 0) {
      const text = parsed.paragraphs[p]!;
      const guess = span.start - parsed.paragraphSpans[p]!.start;
      const at = text.indexOf(span.text, Math.max(0, guess - 40));
      const start = at >= 0 ? at : text.indexOf(span.text);
      if (start >= 0) Object.assign(warning, { paragraph: p, start, end: start + span.text.length });
    }
    out.push({ warning, from: span.start, to: span.end });
  }
  return out;
}

/** Give every node a place in the source file (line, column, offset). */
function placeTree(tree: Root, normalized: Normalized, source: string): void {
  const visit = (node: Root | RootContent) => {
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        const offset = normalized.map.toSource(point.offset ?? 0);
        const { line, column } = lineColumn(source, offset);
        Object.assign(point, { line, column, offset });
      }
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
}

/** After corrections, the body tree of a plain-text article shows the corrected paragraph text. */
function syncCorrectedText(tree: Root, paragraphs: string[]): void {
  for (const node of tree.children) {
    const id = (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
    const index = id ? Number(id.slice(2)) : -1;
    if (node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'text' && paragraphs[index] !== undefined) {
      node.children[0]!.value = paragraphs[index]!;
    }
  }
}
