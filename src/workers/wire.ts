// What crosses a thread boundary or goes into the cache for one article: plain
// data only. A VFile and its messages are classes, so they travel as fields
// and are rebuilt on the other side.
import type { Root } from 'mdast';
import { ingestBytes, isDecodeError } from '../ingest/index.js';
import { newFile, report, type Severity } from '../messages.js';
import { processSource, type ProcessedArticle, type ProcessOptions } from '../pipeline.js';
import type { VFile } from 'vfile';
import type { ArticleRecord } from '../types.js';

export interface ArticleJob {
  /** position in the sorted file list: results are put back in this order */
  index: number;
  /** display path, `/`-separated */
  path: string;
  /** path relative to the seeds folder, `/`-separated, for the record (`path` when absent) */
  relative?: string;
  bytes: Uint8Array;
  corrections: string | null;
}

export interface WireMessage {
  severity: Severity;
  code: string;
  reason: string;
  place?: Parameters<typeof report>[4];
}

export interface WireArticle {
  path: string;
  /** null when the file could not be processed (its messages say why) */
  article: { record: ArticleRecord; body: Root; lang: ProcessedArticle['lang']; idPlace?: ProcessedArticle['idPlace'] } | null;
  messages: WireMessage[];
}

/** ingest → normalize → parse → extract for one file, as plain data. Never throws. */
export function processJob(job: ArticleJob, options: ProcessOptions = {}): WireArticle {
  const started = performance.now();
  try {
    const source = { ...ingestBytes(job.path, job.bytes, job.corrections), ...(job.relative !== undefined ? { relative: job.relative } : {}) };
    if (options.timings) options.timings.ingest = (options.timings.ingest ?? 0) + (performance.now() - started);
    const processed = processSource(source, options);
    return {
      path: job.path,
      article: { record: processed.record, body: processed.body, lang: processed.lang, ...(processed.idPlace ? { idPlace: processed.idPlace } : {}) },
      messages: messagesOf(processed.file),
    };
  } catch (error) {
    const message: WireMessage = isDecodeError(error)
      ? { severity: 'error', code: 'undecodable', reason: (error as Error).message }
      : { severity: 'error', code: 'unreadable', reason: `cannot process: ${(error as Error).message}` };
    return { path: job.path, article: null, messages: [message] };
  }
}

function messagesOf(file: VFile): WireMessage[] {
  return file.messages.map((m) => {
    const place = m.place ? JSON.parse(JSON.stringify(m.place)) : undefined;
    return {
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      code: m.ruleId ?? 'unknown',
      reason: m.reason,
      ...(place ? { place } : {}),
    };
  });
}

/** Rebuild the VFile and ProcessedArticle on this side. */
export function fromWire(wire: WireArticle): { article: ProcessedArticle | null; file: VFile } {
  const file = newFile(wire.path);
  for (const m of wire.messages) report(file, m.severity, m.code, m.reason, m.place);
  if (!wire.article || file.messages.some((m) => m.fatal === true)) return { article: null, file };
  return { article: { ...wire.article, file }, file };
}
