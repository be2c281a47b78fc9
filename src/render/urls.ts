// Site-absolute URLs of every page kind, in one place so pages, links in
// bodies, feeds and the search index agree.
export const articleUrl = (id: string) => `/articles/${id}/`;
export const paragraphUrl = (articleId: string, paragraph: number) => `/articles/${articleId}/#p-${paragraph}`;
export const personUrl = (id: string) => `/people/${id}/`;
export const organisationUrl = (id: string) => `/organisations/${id}/`;
export const meetingUrl = (id: string) => `/meetings/${id}/`;
export const FIGURES_URL = '/figures/';
/** Row anchor of a figure on the figures page: article id and index in its record. */
export const figureAnchor = (articleId: string, index: number) => `f-${articleId}-${index}`;
