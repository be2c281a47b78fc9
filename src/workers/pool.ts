// A small pool of worker threads for the per-article stages. Batches are
// handed out as workers become free; results come back tagged with their
// position, so the order of the output never depends on scheduling.
import os from 'node:os';
import { lexiconExtensions } from '../extract/lexicon-files.js';
import { Worker } from 'node:worker_threads';
import type { ArticleJob, WireArticle } from './wire.js';
import type { BatchReply, BatchRequest } from './article-worker.js';

const ENTRY = new URL('./entry.mjs', import.meta.url);

/** Worker count by default: one per core the process may use. */
export function defaultWorkers(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export interface PoolOptions {
  workers: number;
  extract: boolean;
  batchSize?: number;
  timings?: Record<string, number>;
  onResult: (index: number, wire: WireArticle) => void;
}

export async function processInWorkers(jobs: ArticleJob[], options: PoolOptions): Promise<void> {
  const batchSize = options.batchSize ?? 32;
  const batches: ArticleJob[][] = [];
  for (let i = 0; i < jobs.length; i += batchSize) batches.push(jobs.slice(i, i + batchSize));
  const count = Math.min(options.workers, batches.length);
  if (count === 0) return;
  let next = 0;
  let pending = batches.length;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (worker: Worker) => {
        if (next >= batches.length) return;
        const request: BatchRequest = { batch: next, jobs: batches[next]!, extract: options.extract };
        next++;
        worker.postMessage(request);
      };
      for (let w = 0; w < count; w++) {
        const worker = new Worker(ENTRY, { workerData: { worker: 'article', lexicons: lexiconExtensions() } });
        workers.push(worker);
        worker.on('message', (reply: BatchReply) => {
          for (const r of reply.results) options.onResult(r.index, r.wire);
          if (options.timings) for (const [k, v] of Object.entries(reply.timings)) options.timings[k] = (options.timings[k] ?? 0) + v;
          if (--pending === 0) resolve();
          else send(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (pending > 0) reject(new Error(`article worker stopped (exit code ${code}) with ${pending} batch(es) left`));
        });
        send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
