// records.json is written in pieces (a single JSON.stringify of 100,000
// records is past V8's string limit): the pieces are the bytes of the one call.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadArticles, recordsFile } from '../../src/build.js';
import { recordsJsonChunks } from '../../src/records-json.js';
import type { RecordsFile } from '../../src/types.js';
import { ROOT } from '../helpers/site.js';

async function joined(file: RecordsFile, batch: number): Promise<string> {
  let out = '';
  for (const chunk of recordsJsonChunks(file, batch)) out += chunk;
  return out;
}

describe('records.json in pieces', () => {
  it('gives JSON.stringify(records, null, 2) for the seeds and the genre articles, whatever the batch', async () => {
    const loaded = await Promise.all(['seeds', 'test/fixtures/genre/articles'].map((d) => loadArticles(path.join(ROOT, d))));
    const file = recordsFile(loaded.flatMap((l) => l.articles));
    expect(file.articles.length).toBeGreaterThan(5);
    const want = JSON.stringify(file, null, 2) + '\n';
    for (const batch of [1, 2, 3, 500]) expect(await joined(file, batch)).toBe(want);
  });

  it('and for no articles, and for values with newlines, empty arrays and objects', async () => {
    const empty: RecordsFile = { schemaVersion: 1, articles: [] };
    expect(await joined(empty, 2)).toBe(JSON.stringify(empty, null, 2) + '\n');
    const odd = { schemaVersion: 1, articles: [{ id: 'a', text: 'line\nnext\u2028', list: [], map: {}, nested: [[1, { x: [] }]] }, { id: 'b' }] } as unknown as RecordsFile;
    for (const batch of [1, 5]) expect(await joined(odd, batch)).toBe(JSON.stringify(odd, null, 2) + '\n');
  });
});
