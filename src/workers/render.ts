// Article pages written in a worker thread of their own (render-worker.ts).
import type { ArticlePageJob, PageWriterSettings, PreparedPage } from '../render/page-writer.js';
import type { ArticlePagesWritten, RenderRequest } from './render-worker.js';
import { callWorker } from './thread.js';

/** `prepared`: pages of the main thread's to render after the articles (sent when known; must settle). */
export function writeArticlePagesInWorker(settings: PageWriterSettings, jobs: ArticlePageJob[], prepared: Promise<PreparedPage[]>): Promise<ArticlePagesWritten> {
  return callWorker('render', { settings, jobs } satisfies RenderRequest, { followUp: prepared });
}
