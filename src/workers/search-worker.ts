// Worker thread: builds the site's search index (search/index.ts) from the
// documents it is sent, while the main thread renders the pages. In the main
// thread the two took turns: rendering held the event loop that feeds
// Pagefind its records (docs/decisions.md).
import { parentPort } from 'node:worker_threads';
import { buildSearchIndex, type IndexOptions, type IndexResult } from '../search/index.js';
import type { SearchDocument } from '../types.js';
import { answerOnce, nextMessage } from './thread.js';

export interface SearchRequest {
  siteDir: string;
  documents: SearchDocument[];
  options: IndexOptions;
}

/** The request; then, in a second message, the documents known later (the entity pages, once linked). */
answerOnce(parentPort!, (request: SearchRequest): Promise<IndexResult> => buildSearchIndex(request.siteDir, request.documents, request.options, nextMessage<SearchDocument[]>(parentPort!)));
