// What search indexes for each page: articles with their facets, and entity
// pages (people, organisations, meetings) weighted above articles so that a
// name query shows the entity first. Entity pages carry no year: the year
// facet selects articles.
import type { Archive } from '../link/index.js';
import type { SearchDocument } from '../types.js';
import type { SiteArticle } from './index.js';
import { parseRecordDate } from './dates.js';
import { articleUrl, meetingUrl, organisationUrl, personUrl } from './urls.js';
import { toSimplified, toTraditional } from '../script.js';

/** Entity pages rank above the articles that mention them. */
export const ENTITY_WEIGHT = 8;

export function articleSearchDocument(a: SiteArticle): SearchDocument {
  const r = a.record;
  const year = parseRecordDate(r.date)?.year;
  const filters: Record<string, string[]> = {};
  if (year) filters.year = [String(year)];
  if (r.category) filters.category = [r.category];
  if (r.publication) filters.publication = [r.publication];
  const people = [...new Set(r.officials.map((o) => o.name))].sort();
  const organisations = [...new Set(r.organisations.map((o) => o.name))].sort();
  if (people.length) filters.person = people;
  if (organisations.length) filters.organisation = organisations;
  return {
    url: articleUrl(r.id),
    kind: 'article',
    lang: a.lang,
    title: r.title,
    text: [r.kicker, r.title, ...r.paragraphs].filter(Boolean).join('\n'),
    names: [...people, ...organisations, ...r.meetings.map((m) => m.name)],
    date: r.date,
    kicker: r.kicker,
    filters,
    weight: 1,
  };
}

export function entitySearchDocuments(archive: Archive, langOf: (articleId: string) => SearchDocument['lang']): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const p of archive.people) {
    const titles = [...new Set(p.titles.map((t) => `${t.organisation ?? ''}${t.title}`))];
    docs.push({
      url: personUrl(p.id),
      kind: 'person',
      lang: langOf(p.articles[0]!),
      title: p.name,
      text: p.name,
      names: [...new Set([p.name, p.nameHans, p.nameHant])],
      date: null,
      kicker: titles[0] ?? null,
      filters: { person: [p.name] },
      weight: ENTITY_WEIGHT,
    });
  }
  for (const o of archive.organisations) {
    docs.push({
      url: organisationUrl(o.id),
      kind: 'organisation',
      lang: langOf(o.articles[0]!),
      title: o.name,
      text: [o.name, ...o.aliases].join('\n'),
      names: [...new Set([o.name, ...o.aliases, toSimplified(o.name), toTraditional(o.name)])],
      date: null,
      kicker: o.aliases.length ? o.aliases.join('、') : null,
      filters: { organisation: [o.name] },
      weight: ENTITY_WEIGHT,
    });
  }
  for (const m of archive.meetings) {
    docs.push({
      url: meetingUrl(m.id),
      kind: 'meeting',
      lang: langOf(m.articleId),
      title: m.name,
      text: m.name,
      names: [m.name],
      date: m.date,
      kicker: m.venue,
      filters: {},
      weight: ENTITY_WEIGHT / 2,
    });
  }
  return docs;
}
