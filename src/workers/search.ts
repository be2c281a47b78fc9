// The search index built in a worker thread of its own (search-worker.ts), so
// that the main thread can render pages meanwhile without starving it.
import { Worker } from 'node:worker_threads';
import type { IndexOptions, IndexResult } from '../search/index.js';
import type { SearchDocument } from '../types.js';
import type { SearchReply, SearchRequest } from './search-worker.js';

const ENTRY = new URL('./entry.mjs', import.meta.url);

export async function buildSearchIndexInWorker(siteDir: string, documents: SearchDocument[], options: IndexOptions = {}): Promise<IndexResult> {
  const worker = new Worker(ENTRY, { workerData: { worker: 'search' } });
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', (reply: SearchReply) => {
        if ('ok' in reply) return resolve(reply.ok);
        const error = new Error(reply.error.message);
        if (reply.error.stack) error.stack = reply.error.stack;
        reject(error);
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`search worker stopped (exit code ${code}) before the index was written`)));
      worker.postMessage({ siteDir, documents, options } satisfies SearchRequest);
    });
  } finally {
    await worker.terminate();
  }
}
