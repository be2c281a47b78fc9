// The search index built in a worker thread of its own (search-worker.ts), so
// that the main thread can render pages meanwhile without starving it.
import type { IndexOptions, IndexResult } from '../search/index.js';
import type { SearchDocument } from '../types.js';
import type { SearchRequest } from './search-worker.js';
import { callWorker } from './thread.js';

/** As buildSearchIndex: `later` documents are sent to the thread when they are known. */
export function buildSearchIndexInWorker(siteDir: string, documents: SearchDocument[], options: IndexOptions = {}, later: Promise<SearchDocument[]> = Promise.resolve([])): Promise<IndexResult> {
  return callWorker('search', { siteDir, documents, options } satisfies SearchRequest, { followUp: later });
}
