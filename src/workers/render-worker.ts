// Worker thread: writes the article pages (render/page-writer.ts) while the
// main thread writes the entity and index pages.
import { parentPort } from 'node:worker_threads';
import { PageWriter, writeArticlePages, type ArticlePageJob, type PageWriterSettings, type PreparedPage } from '../render/page-writer.js';
import { answerOnce, nextMessage } from './thread.js';

export interface RenderRequest {
  settings: PageWriterSettings;
  jobs: ArticlePageJob[];
}
export interface ArticlePagesWritten {
  files: string[];
  keys: Record<string, string>;
  reused: number;
}

/** The request; then, in a second message, pages the main thread has prepared (written after the articles). */
answerOnce(parentPort!, async (request: RenderRequest): Promise<ArticlePagesWritten> => {
  const prepared = nextMessage<PreparedPage[]>(parentPort!);
  const pages = await PageWriter.open(request.settings);
  await writeArticlePages(pages, request.jobs);
  for (const page of await prepared) await pages.writePrepared(page);
  await pages.writer.flush();
  return { files: pages.files(), keys: pages.reuse.keys, reused: pages.reuse.reused };
});
