// Article pages written in a worker thread of their own (render-worker.ts).
import type { ArticlePageJob, PageWriterSettings } from '../render/page-writer.js';
import type { ArticlePagesWritten, RenderRequest } from './render-worker.js';
import { callWorker } from './thread.js';

export function writeArticlePagesInWorker(settings: PageWriterSettings, jobs: ArticlePageJob[]): Promise<ArticlePagesWritten> {
  return callWorker('render', { settings, jobs } satisfies RenderRequest);
}
