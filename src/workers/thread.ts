// One request to a worker thread of its own (entry.mjs starts the named
// worker): the worker answers once, { ok } or { error }, and is then stopped.
import v8 from 'node:v8';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { lexiconExtensions } from '../extract/lexicon-files.js';

const ENTRY = new URL('./entry.mjs', import.meta.url);

export type WorkerReply<T> = { ok: T } | { error: { message: string; stack?: string; name?: string } };

/**
 * A thread's heap may grow as far as the calling thread's (the search and
 * render threads of a large-heap build hold a copy of the archive's texts).
 */
export async function callWorker<T>(worker: 'search' | 'render' | 'build', request: unknown, options: { resourceLimits?: ResourceLimits; followUp?: Promise<unknown> } = {}): Promise<T> {
  const inherited = Math.floor(v8.getHeapStatistics().heap_size_limit / 1024 / 1024);
  const thread = new Worker(ENTRY, { workerData: { worker, lexicons: lexiconExtensions() }, resourceLimits: options.resourceLimits ?? { maxOldGenerationSizeMb: inherited } });
  try {
    return await new Promise<T>((resolve, reject) => {
      // the rest of the request, sent as a second message once it is known (see nextMessage)
      options.followUp?.then((rest) => thread.postMessage(rest), reject);
      thread.once('message', (reply: WorkerReply<T>) => {
        if ('ok' in reply) return resolve(reply.ok);
        const error = new Error(reply.error.message);
        if (reply.error.stack) error.stack = reply.error.stack;
        if (reply.error.name) error.name = reply.error.name; // the caller tells a refusal from a fault by it
        reject(error);
      });
      thread.once('error', reject);
      thread.once('exit', (code) => reject(new Error(`the ${worker} thread stopped (exit code ${code}) before it answered`)));
      thread.postMessage(request);
    });
  } finally {
    await thread.terminate();
  }
}

/** Answer the one request of a worker thread with what `handle` returns. */
export function answerOnce<Q, T>(port: { once(event: 'message', f: (q: Q) => void): unknown; postMessage(m: WorkerReply<T>): void }, handle: (request: Q) => Promise<T>): void {
  port.once('message', (request) => {
    handle(request).then(
      (ok) => port.postMessage({ ok }),
      (error: Error) => port.postMessage({ error: { message: error.message, stack: error.stack, name: error.name } }),
    );
  });
}

/** The message after the request (callWorker's followUp): ask for it while handling the request. */
export function nextMessage<T>(port: { once(event: 'message', f: (m: T) => void): unknown }): Promise<T> {
  return new Promise((resolve) => port.once('message', resolve));
}
