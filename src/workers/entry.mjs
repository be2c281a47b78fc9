// Worker entry point in plain JavaScript: a worker thread does not reliably
// inherit the tsx hooks of the main thread (that depends on the Node version),
// so it registers them itself before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./article-worker.ts');
