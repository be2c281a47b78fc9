import path from 'node:path';
import { parseCommandArgs } from './args.js';
import { readSourceFile, isDecodeError } from '../ingest/index.js';
import { processSource, type ProcessedArticle } from '../pipeline.js';
import { formatReport, newFile, report } from '../messages.js';
import { recordsFile } from '../build.js';
import { recordsJsonChunks } from '../records-json.js';
import { formatRecordsText } from '../extract/index.js';
import type { VFile } from 'vfile';
import { printErr, printOut } from './print.js';

const USAGE = `Usage: baokan extract FILE... [--format json|text] [--config FILE]

Prints the records of the given articles: --format json (default) follows
records.schema.json; --format text is a readable summary per article.
Problems go to stderr; the exit code is 1 when any file could not be read.
`;

export async function runExtract(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, { allowPositionals: true, options: { format: { type: 'string', default: 'json' }, config: { type: 'string' } } }, USAGE);
  if (args === null) return 2;
  if (args === 'help') return 0;
  const format = args.values.format as string;
  if (format !== 'json' && format !== 'text') {
    printErr(`baokan extract: --format must be json or text\n`);
    return 2;
  }
  if (args.positionals.length === 0) {
    printErr(USAGE);
    return 2;
  }
  const articles: ProcessedArticle[] = [];
  const files: VFile[] = [];
  for (const file of args.positionals) {
    try {
      const processed = processSource(await readSourceFile(file, file.split(path.sep).join('/')));
      articles.push(processed);
      files.push(processed.file);
    } catch (error) {
      const f = newFile(file);
      report(f, 'error', isDecodeError(error) ? 'undecodable' : 'unreadable', (error as Error).message);
      files.push(f);
    }
  }
  const messages = formatReport(files);
  if (messages) printErr(messages + '\n');
  if (format === 'json') for (const chunk of recordsJsonChunks(recordsFile(articles))) printOut(chunk);
  else printOut(articles.map((a) => articleText(a)).join('\n\n') + '\n');
  return files.some((f) => f.messages.some((m) => m.fatal === true)) ? 1 : 0;
}

function articleText({ record: r }: ProcessedArticle): string {
  const head = [
    `# ${r.title}${r.titleDerived ? ' (headline derived)' : ''}`,
    r.kicker ? `kicker: ${r.kicker}` : null,
    `date: ${r.date ?? 'unknown'}${r.dateEvidence ? ` (${r.dateEvidence})` : ''}`,
    r.publication ? `publication: ${r.publication}` : null,
    r.authors.length ? `authors: ${r.authors.join('、')}` : null,
    r.editors.length ? `editors: ${r.editors.join('、')}` : null,
    `source: ${r.source.path} (${r.source.encoding ?? 'UTF-8'}, ${r.script})`,
    `${r.paragraphs.length} paragraph(s)`,
    ...r.warnings.map((w) => `warning ${w.code}: ${w.message}`),
  ].filter(Boolean);
  return `${head.join('\n')}\n${formatRecordsText(r, r.paragraphs)}`;
}
