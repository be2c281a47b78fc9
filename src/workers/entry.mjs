// Worker entry point in plain JavaScript: a worker thread does not reliably
// inherit the tsx hooks of the main thread (that depends on the Node version),
// so it registers them itself before loading the TypeScript worker it was
// started for (workerData.worker; the article worker by default).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

const WORKERS = { article: './article-worker.ts', search: './search-worker.ts', build: './build-worker.ts', render: './render-worker.ts' };

register();
// the site's lexicons, before the extract modules load (they read their lexicons as they load)
if (workerData?.lexicons?.length) (await import('../extract/lexicon-files.ts')).useLexicons(workerData.lexicons);
await import(WORKERS[workerData?.worker ?? 'article']);
