// Worker thread: writes the article pages (render/page-writer.ts) while the
// main thread writes the entity and index pages.
import { parentPort } from 'node:worker_threads';
import { PageWriter, type PageWriterSettings, type WrittenPage } from '../render/page-writer.js';
import { ArticleSliceSource, type ArticleSlice } from '../render/article-slice.js';
import { KINDS, type PageKind } from '../render/kinds.js';
import type { SiteArticle } from '../render/site-data.js';
import { answerOnce } from './thread.js';

export interface RenderRequest {
  settings: PageWriterSettings;
  slice: ArticleSlice;
}

// The main thread has recorded these pages' keys and reused what it could: nothing here reads the previous site.
answerOnce(parentPort!, async (request: RenderRequest): Promise<Array<[string, WrittenPage]>> => {
  const pages = new PageWriter(request.settings);
  const source = new ArticleSliceSource(request.slice);
  const kind = KINDS.find((k) => k.kind === 'article') as PageKind<SiteArticle>;
  return request.slice.articles.map((a) => [a.record.id, pages.render(kind, a, source)]);
});
