// npm run make-corpus -- --count N --out DIR [--seed S]
// Writes N generated genre articles into DIR (see scripts/lib/corpus.ts).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles } from './lib/corpus.js';

const USAGE = 'Usage: npm run make-corpus -- --count N --out DIR [--seed S]\n';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, help: { type: 'boolean' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1 || !values.out) {
    process.stderr.write(USAGE);
    return 2;
  }
  const out = path.resolve(values.out);
  await fs.mkdir(out, { recursive: true });
  let bytes = 0;
  for (const file of generateArticles({ count, seed: values.seed })) {
    await fs.writeFile(path.join(out, file.name), file.bytes);
    bytes += file.bytes.length;
  }
  process.stdout.write(`wrote ${count} article(s), ${(bytes / 1024 / 1024).toFixed(1)} MB, to ${out}\n`);
  return 0;
}

process.exitCode = await main();
