// Worker thread: a whole build, for archives too large for the main thread's
// default heap (cli/build.ts starts it with a larger one).
import { parentPort } from 'node:worker_threads';
import { buildAndSummarise } from '../cli/build.js';
import { answerOnce } from './thread.js';

answerOnce(parentPort!, buildAndSummarise);
