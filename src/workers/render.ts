// Article pages written in a worker thread of their own (render-worker.ts).
import type { PageWriterSettings, WrittenPage } from '../render/page-writer.js';
import type { ArticleSlice } from '../render/article-slice.js';
import type { RenderRequest } from './render-worker.js';
import { callWorker } from './thread.js';

/** Each article page written, by article id, with the files it wrote and what it read. */
export function writeArticlePagesInWorker(settings: PageWriterSettings, slice: ArticleSlice): Promise<Array<[string, WrittenPage]>> {
  return callWorker('render', { settings, slice } satisfies RenderRequest);
}
