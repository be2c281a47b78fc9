// Worker thread: runs the per-article stages for batches of files sent by
// pool.ts and posts back plain data (wire.ts) with the time spent per stage.
import { parentPort } from 'node:worker_threads';
import { processJob, type ArticleJob, type WireArticle } from './wire.js';

export interface BatchRequest {
  batch: number;
  jobs: ArticleJob[];
  extract: boolean;
}
export interface BatchReply {
  batch: number;
  results: Array<{ index: number; wire: WireArticle }>;
  timings: Record<string, number>;
}

parentPort!.on('message', (request: BatchRequest) => {
  const timings: Record<string, number> = {};
  const results = request.jobs.map((job) => ({ index: job.index, wire: processJob(job, { extract: request.extract, timings }) }));
  const reply: BatchReply = { batch: request.batch, results, timings };
  parentPort!.postMessage(reply);
});
