// The archive in pages a reader can load: the home page shows the latest
// articles and every year; each year has its own page (pages of at most
// ARCHIVE_PAGE_SIZE articles, months kept in order), so no page grows with
// the archive. At 1,000 articles the one-page home was 252 KB and 78,000 px tall.
import type { ViewContext } from './context.js';
import { UNDATED_KEY, type SiteData } from './site-data.js';
import { archiveView } from './articles.js';
import { pagerView } from './pager.js';

/** Articles on one archive page at most. */
export const ARCHIVE_PAGE_SIZE = 200;
/** Articles the home page lists before pointing to the years. */
export const HOME_LATEST = 50;

export const ARCHIVE_ROOT = '/archive/';

/** One page of a year's articles. */
export interface ArchivePage {
  /** '2018', or 'undated' */
  key: string;
  /** 1-based */
  page: number;
  pages: number;
}

export const archivePath = (key: string, page = 1) => `${ARCHIVE_ROOT}${key}/${page > 1 ? `${page}/` : ''}`;

/** Every archive page of the site, newest year first. */
export function archivePages(data: SiteData): ArchivePage[] {
  const out: ArchivePage[] = [];
  for (const [key, ids] of data.archiveYears()) {
    const pages = Math.max(1, Math.ceil(ids.length / ARCHIVE_PAGE_SIZE));
    for (let page = 1; page <= pages; page++) out.push({ key, page, pages });
  }
  return out;
}

/** What an archive page's year is called: 2018年, or 日期不詳. */
export function yearLabel(ctx: ViewContext, key: string): string {
  return key === UNDATED_KEY ? ctx.t.undated : ctx.t.year(Number(key));
}

/** Links to every year's page, with counts; `current` marks the page's own year. */
export function yearLinks(ctx: ViewContext, current: string | null = null) {
  return ctx.archiveYearCounts().map(({ key, count }) => ({
    label: yearLabel(ctx, key),
    count: ctx.t.articleCount(count),
    url: ctx.href(archivePath(key)),
    current: key === current,
  }));
}

export function archivePageView(ctx: ViewContext, p: ArchivePage) {
  const ids = ctx.archiveYear(p.key);
  return {
    title: yearLabel(ctx, p.key),
    count: ctx.t.articleCount(ids.length),
    pager: pagerView(ctx, (n) => archivePath(p.key, n), p.page, p.pages),
    archive: archiveView(ctx, ids.slice((p.page - 1) * ARCHIVE_PAGE_SIZE, p.page * ARCHIVE_PAGE_SIZE)),
    yearLinks: yearLinks(ctx, p.key),
  };
}

/** The home page: the latest articles, the total, and every year. */
export function homeView(ctx: ViewContext) {
  const ids = ctx.list('articles');
  return { ...archiveView(ctx, ids.slice(0, HOME_LATEST)), count: ids.length, more: ids.length > HOME_LATEST, yearLinks: yearLinks(ctx) };
}
