// Worker thread: builds the site's search index (search/index.ts) from the
// documents it is sent, while the main thread renders the pages. In the main
// thread the two took turns: rendering held the event loop that feeds
// Pagefind its records, and at 10,000 articles the index took 134 s beside the
// render against 50 s alone.
import { parentPort } from 'node:worker_threads';
import { buildSearchIndex, type IndexOptions } from '../search/index.js';
import type { SearchDocument } from '../types.js';

export interface SearchRequest {
  siteDir: string;
  documents: SearchDocument[];
  options: IndexOptions;
}
export type SearchReply = { ok: Awaited<ReturnType<typeof buildSearchIndex>> } | { error: { message: string; stack?: string } };

parentPort!.once('message', (request: SearchRequest) => {
  buildSearchIndex(request.siteDir, request.documents, request.options).then(
    (ok) => parentPort!.postMessage({ ok } satisfies SearchReply),
    (error: Error) => parentPort!.postMessage({ error: { message: error.message, stack: error.stack } } satisfies SearchReply),
  );
});
