// Extraction throughput on one core: articles per second through the extract
// stage alone (records from already-parsed paragraphs), on a generated corpus.
// Usage: npm run bench:extract -- [--count N] [--seed S]
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/corpus.js';
import { ingestBytes } from '../src/ingest/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { parseArticle } from '../src/parse/index.js';
import { extractRecords } from '../src/extract/index.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '2000' }, seed: { type: 'string', default: 'bench-extract' } } });
const count = Number(values.count);

const corpus = generateCorpus({ count, seed: values.seed });
const inputs = corpus.map((f) => {
  const source = ingestBytes(f.name, f.bytes);
  const normalized = normalizeText(source.text, { markdown: source.format === 'md' });
  const parsed = parseArticle(normalized.text, { format: source.format });
  return { paragraphs: parsed.paragraphs, reportStarts: parsed.reportStarts, date: parsed.date, script: parsed.script, title: parsed.title };
});
const chars = inputs.reduce((n, a) => n + a.paragraphs.join('').length, 0);

// one warm-up pass (lexicons, OpenCC tables, JIT), then three timed passes
for (const a of inputs.slice(0, 200)) extractRecords(a);
const runs: number[] = [];
let records = 0;
for (let run = 0; run < 3; run++) {
  const start = process.hrtime.bigint();
  records = 0;
  for (const a of inputs) {
    const r = extractRecords(a);
    records += r.officials.length + r.organisations.length + r.meetings.length + r.figures.length;
  }
  runs.push(Number(process.hrtime.bigint() - start) / 1e9);
}
runs.sort((a, b) => a - b);
const median = runs[1]!;
console.log(`extract: ${count} articles (${(chars / 1000).toFixed(0)}k characters), ${records} records`);
console.log(`median of 3 runs: ${median.toFixed(2)} s = ${Math.round(count / median)} articles/s on one core (runs: ${runs.map((r) => r.toFixed(2)).join(', ')} s)`);
