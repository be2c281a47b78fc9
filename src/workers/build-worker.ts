// Worker thread: a whole build, for archives too large for the main thread's
// default heap (cli/build.ts starts it with a larger one).
import { parentPort } from 'node:worker_threads';
import { buildAndSummarise, type BuildRequest } from '../cli/build.js';

parentPort!.once('message', (request: BuildRequest) => {
  buildAndSummarise(request).then(
    (summary) => parentPort!.postMessage({ summary }),
    (error: Error) => parentPort!.postMessage({ error: error.message }),
  );
});
