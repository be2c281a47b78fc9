// Site paths of every page kind, in one place so pages, links in bodies,
// feeds and the search index agree. A site path (`/people/x/`) names a page
// inside the site; what a page writes is `relativeUrl` of it (docs/decisions.md,
// "Links are relative").
export const articleUrl = (id: string) => `/articles/${id}/`;
export const paragraphUrl = (articleId: string, paragraph: number) => `/articles/${articleId}/#p-${paragraph}`;
export const personUrl = (id: string) => `/people/${id}/`;
export const organisationUrl = (id: string) => `/organisations/${id}/`;
export const meetingUrl = (id: string) => `/meetings/${id}/`;
export const FIGURES_URL = '/figures/';
/** Row anchor of a figure on the figures page: article id and index in its record. */
export const figureAnchor = (articleId: string, index: number) => `f-${articleId}-${index}`;

/**
 * A link from the output file `from` (`people/x/index.html`) to the site path
 * `to` (`/articles/a/#p-3`, `/style.css`, `/search/?lang=zh-Hans`), relative
 * to `from`'s folder: the same output then works from disk, at a domain's
 * root and under any path. A page (a path ending in `/`) is named by its
 * `index.html`, which a browser on file:// opens where it would list a
 * folder. A fragment on the page itself is the fragment alone.
 */
export function relativeUrl(from: string, to: string): string {
  // by char codes, not splits: a person page of a much-reported name writes thousands of links
  let cut = to.length;
  for (let i = 0; i < to.length; i++) {
    const c = to.charCodeAt(i);
    if (c === 63 /* ? */ || c === 35 /* # */) {
      cut = i;
      break;
    }
  }
  let target = to.slice(1, cut);
  const rest = to.slice(cut);
  if (target === '' || target.endsWith('/')) target += 'index.html';
  if (target === from && rest.startsWith('#')) return rest;
  const dirEnd = from.lastIndexOf('/') + 1; // `from`'s folder, with its last '/'
  let shared = 0; // the folders both start with
  for (let i = 0; i < dirEnd && i < target.length && from.charCodeAt(i) === target.charCodeAt(i); i++) if (from.charCodeAt(i) === 47) shared = i + 1;
  let up = 0;
  for (let i = shared; i < dirEnd; i++) if (from.charCodeAt(i) === 47) up++;
  return '../'.repeat(up) + target.slice(shared) + rest;
}
