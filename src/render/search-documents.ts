// What search indexes for each page: articles with their facets, and entity
// pages (people, organisations, meetings) weighted above articles so that a
// name query shows the entity first. Entity pages carry no year: the year
// facet selects articles.
import type { MeetingEntity, OrganisationEntity, Person } from '../link/index.js';
import type { SearchDocument } from '../types.js';
import type { SiteArticle, SiteData } from './site-data.js';
import { parseRecordDate } from './dates.js';
import { articleUrl, meetingUrl, organisationUrl, personUrl } from './urls.js';
import { toSimplified, toTraditional } from '../script.js';

/** Entity pages rank above the articles that mention them. */
export const ENTITY_WEIGHT = 8;

/** `lang`: the script of the article's page at its URL (the article's own, unless the site sets one). */
export function articleSearchDocument(a: SiteArticle, lang: SearchDocument['lang'] = a.lang): SearchDocument {
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
    lang,
    title: r.title,
    text: [r.kicker, r.title, ...r.paragraphs].filter(Boolean).join('\n'),
    names: [...people, ...organisations, ...r.meetings.map((m) => m.name)],
    date: r.date,
    kicker: r.kicker,
    filters,
    weight: 1,
  };
}

/** An entity page is in the site's script; its document carries the script of the text it quotes first. */
const langOf = (data: SiteData, articleId: string): SearchDocument['lang'] => data.byId.get(articleId)?.lang ?? data.siteLang;

export function personSearchDocument(p: Person, data: SiteData): SearchDocument {
  const titles = [...new Set(p.titles.map((t) => `${t.organisation ?? ''}${t.title}`))];
  return {
    url: personUrl(p.id),
    kind: 'person',
    lang: langOf(data, p.articles[0]!),
    title: p.name,
    text: p.name,
    names: [...new Set([p.name, p.nameHans, p.nameHant])],
    date: null,
    kicker: titles[0] ?? null,
    filters: { person: [p.name] },
    weight: ENTITY_WEIGHT,
  };
}

export function organisationSearchDocument(o: OrganisationEntity, data: SiteData): SearchDocument {
  return {
    url: organisationUrl(o.id),
    kind: 'organisation',
    lang: langOf(data, o.articles[0]!),
    title: o.name,
    text: [o.name, ...o.aliases].join('\n'),
    names: [...new Set([o.name, ...o.aliases, toSimplified(o.name), toTraditional(o.name)])],
    date: null,
    kicker: o.aliases.length ? o.aliases.join('、') : null,
    filters: { organisation: [o.name] },
    weight: ENTITY_WEIGHT,
  };
}

export function meetingSearchDocument(m: MeetingEntity, data: SiteData): SearchDocument {
  return {
    url: meetingUrl(m.id),
    kind: 'meeting',
    lang: langOf(data, m.articleId),
    title: m.name,
    text: m.name,
    names: [m.name],
    date: m.date,
    kicker: m.venue,
    filters: {},
    weight: ENTITY_WEIGHT / 2,
  };
}
