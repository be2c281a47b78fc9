// Worker thread: writes the article pages (render/page-writer.ts) while the
// main thread writes the entity and index pages.
import { parentPort } from 'node:worker_threads';
import { PageWriter, writeArticlePages, type ArticlePageJob, type PageWriterSettings } from '../render/page-writer.js';
import { answerOnce } from './thread.js';

export interface RenderRequest {
  settings: PageWriterSettings;
  jobs: ArticlePageJob[];
}
export interface ArticlePagesWritten {
  files: string[];
}

// The main thread has recorded these pages' keys and reused what it could: nothing here reads the previous site.
answerOnce(parentPort!, async (request: RenderRequest): Promise<ArticlePagesWritten> => {
  const pages = await PageWriter.open({ ...request.settings, previousSite: null });
  await writeArticlePages(pages, request.jobs);
  return { files: pages.files() };
});
