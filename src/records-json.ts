// records.json written in pieces: JSON.stringify(recordsFile, null, 2) of
// 100,000 articles is a string past V8's limit (~512 M characters), so the
// file is written article by article, with the same bytes the one call gives.
import { promises as fs } from 'node:fs';
import type { RecordsFile } from './types.js';

/** JSON.stringify(file, null, 2) + '\n', in chunks of `batch` articles. */
export function* recordsJsonChunks(file: RecordsFile, batch = 500): Generator<string> {
  const { articles, ...head } = file;
  const top = JSON.stringify({ ...head, articles: [] }, null, 2);
  if (articles.length === 0) {
    yield top + '\n';
    return;
  }
  // `"articles": []` is the last member: open the array there
  const open = top.lastIndexOf('[]');
  yield top.slice(0, open) + '[\n';
  for (let i = 0; i < articles.length; i += batch) {
    // Elements two levels down, as JSON.stringify indents them inside [[…]]: its first
    // 6 characters are `[\n  [\n`, its last 6 `\n  ]\n]` (no re-indenting pass).
    const nested = JSON.stringify([articles.slice(i, i + batch)], null, 2);
    yield nested.slice(6, -6) + (i + batch < articles.length ? ',\n' : '\n');
  }
  yield '  ]' + top.slice(open + 2) + '\n';
}

export async function writeRecordsJson(target: string, file: RecordsFile): Promise<void> {
  const handle = await fs.open(target, 'w');
  try {
    for (const chunk of recordsJsonChunks(file)) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}
