// Data beside the pages: CSV tables of people, organisations, meetings and
// figures, the Atom feed of the latest articles, sitemap.xml, and the
// JSON-LD of each page kind. Pure: files as [path, content] pairs.
import type { Archive } from '../link/index.js';
import type { SiteArticle } from './index.js';
import { atomFeed, eventLd, jsonLd, newsArticleLd, organizationLd, personLd, sitemap, toCsv } from './feeds.js';
import { articleUrl, meetingUrl, organisationUrl, paragraphUrl, personUrl } from './urls.js';
import { parseRecordDate } from './dates.js';

export const FEED_PATH = '/feed.xml';
const FEED_SIZE = 50;

const approx = (a: string | null) => a ?? '';

export function dataFiles(archive: Archive, ordered: SiteArticle[], pagePaths: string[], options: { siteUrl: string; title: string; lang: string }): Array<[string, string]> {
  const people = toCsv(
    ['id', 'name', 'name_hans', 'name_hant', 'titles', 'articles', 'meetings_chaired', 'meetings_attended', 'url'],
    archive.people.map((p) => [p.id, p.name, p.nameHans, p.nameHant, [...new Set(p.titles.map((t) => `${t.organisation ?? ''}${t.title}`))].join('；'), p.articles.length, p.chaired.length, p.attended.length, personUrl(p.id)]),
  );
  const organisations = toCsv(
    ['id', 'name', 'aliases', 'articles', 'meetings_organised', 'url'],
    archive.organisations.map((o) => [o.id, o.name, o.aliases.join('；'), o.articles.length, o.organised.length, organisationUrl(o.id)]),
  );
  const meetings = toCsv(
    ['id', 'name', 'date', 'time', 'venue', 'organiser', 'chair', 'attendance', 'attendance_qualifier', 'participants', 'speakers', 'article', 'paragraph', 'url'],
    archive.meetings.map((m) => [
      m.id, m.name, m.date, m.time, m.venue, m.organiser, m.chair, m.attendance?.value ?? null, approx(m.attendance?.approx ?? null),
      m.participants.join('；'), m.speakers.join('；'), m.articleId, m.mention.paragraph + 1, meetingUrl(m.id),
    ]),
  );
  const dateOf = new Map(ordered.map((a) => [a.record.id, a.record.date]));
  const figures = toCsv(
    ['text', 'value', 'unit', 'qualifier', 'label', 'context', 'article', 'date', 'paragraph', 'url'],
    archive.figures.map((f) => [f.text, f.value, f.unit, approx(f.approx), f.label, f.context, f.articleId, dateOf.get(f.articleId) ?? null, f.mention.paragraph + 1, paragraphUrl(f.articleId, f.mention.paragraph)]),
  );
  const dated = ordered.filter((a) => parseRecordDate(a.record.date)?.year != null);
  const feed = atomFeed({
    siteUrl: options.siteUrl,
    title: options.title,
    feedPath: FEED_PATH,
    lang: options.lang,
    updated: dated[0]?.record.date ?? '2000-01-01',
    entries: dated.slice(0, FEED_SIZE).map((a) => ({
      url: articleUrl(a.record.id),
      title: a.record.title,
      date: a.record.date,
      summary: a.record.paragraphs[0]?.slice(0, 140) ?? '',
      authors: a.record.authors,
    })),
  });
  return [
    ['data/people.csv', people],
    ['data/organisations.csv', organisations],
    ['data/meetings.csv', meetings],
    ['data/figures.csv', figures],
    ['feed.xml', feed],
    ['sitemap.xml', sitemap(options.siteUrl, pagePaths)],
  ];
}

/** JSON-LD for each page kind, ready for a `<script type="application/ld+json">` element. */
export const pageLd = {
  article: (a: SiteArticle) =>
    jsonLd(newsArticleLd({ headline: a.record.title, datePublished: parseRecordDate(a.record.date)?.year != null ? a.record.date : null, authors: a.record.authors, publisher: a.record.publication, url: articleUrl(a.record.id), inLanguage: a.lang })),
  person: (p: Archive['people'][number]) =>
    jsonLd(personLd({ name: p.name, jobTitle: p.titles.map((t) => t.title), affiliation: p.titles.map((t) => t.organisation ?? '').filter(Boolean), alternateName: [p.nameHans, p.nameHant].filter((n) => n !== p.name), url: personUrl(p.id) })),
  organisation: (o: Archive['organisations'][number]) => jsonLd(organizationLd({ name: o.name, alternateName: o.aliases, url: organisationUrl(o.id) })),
  meeting: (m: Archive['meetings'][number]) => jsonLd(eventLd({ name: m.name, startDate: m.date, location: m.venue, organizer: m.organiser ? [m.organiser] : [], url: meetingUrl(m.id) })),
};
