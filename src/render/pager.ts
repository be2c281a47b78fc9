// The pager of a paged list (archive years, indexes): numbered links and the
// rel=prev/next targets, as templates/partials/pager.njk and pager-links.njk show them.
import type { ViewContext } from './context.js';

/** Page `page` of `pages`, where page n lives at the site path `pathOf(n)`. */
export function pagerView(ctx: ViewContext, pathOf: (n: number) => string, page: number, pages: number) {
  const link = (n: number) => ctx.href(pathOf(n));
  return {
    page,
    pages: pages > 1 ? Array.from({ length: pages }, (_, i) => ({ number: i + 1, url: link(i + 1), current: i + 1 === page })) : [],
    prev: page > 1 ? link(page - 1) : null,
    next: page < pages ? link(page + 1) : null,
  };
}
