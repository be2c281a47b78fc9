// Data beside the pages: the CSV tables of the page kinds that have one, the
// Atom feed of the latest articles, sitemap.xml, and the JSON-LD of each
// page kind. Pure: files as [path, content] pairs.
import type { MeetingEntity, OrganisationEntity, Person } from '../link/index.js';
import type { SiteData } from './site-data.js';
import type { ViewContext } from './context.js';
import { atomFeed, eventLd, jsonLd, newsArticleLd, organizationLd, personLd, sitemap, toCsv } from './feeds.js';
import { articleUrl, meetingUrl, organisationUrl, paragraphUrl, personUrl } from './urls.js';
import { parseRecordDate } from './dates.js';

export const FEED_PATH = '/feed.xml';
const FEED_SIZE = 50;

/** A table under data/. */
export interface Csv {
  file: string;
  content: string;
}

const approx = (a: string | null) => a ?? '';

export const peopleCsv = (data: SiteData): Csv => ({
  file: 'data/people.csv',
  content: toCsv(
    ['id', 'name', 'name_hans', 'name_hant', 'titles', 'articles', 'meetings_chaired', 'meetings_attended', 'url'],
    data.archive.people.map((p) => [p.id, p.name, p.nameHans, p.nameHant, [...new Set(p.titles.map((t) => `${t.organisation ?? ''}${t.title}`))].join('；'), p.articles.length, p.chaired.length, p.attended.length, personUrl(p.id)]),
  ),
});

export const organisationsCsv = (data: SiteData): Csv => ({
  file: 'data/organisations.csv',
  content: toCsv(
    ['id', 'name', 'aliases', 'articles', 'meetings_organised', 'url'],
    data.archive.organisations.map((o) => [o.id, o.name, o.aliases.join('；'), o.articles.length, o.organised.length, organisationUrl(o.id)]),
  ),
});

export const meetingsCsv = (data: SiteData): Csv => ({
  file: 'data/meetings.csv',
  content: toCsv(
    ['id', 'name', 'date', 'time', 'venue', 'organiser', 'chair', 'attendance', 'attendance_qualifier', 'participants', 'speakers', 'article', 'paragraph', 'url'],
    data.archive.meetings.map((m) => [
      m.id, m.name, m.date, m.time, m.venue, m.organiser, m.chair, m.attendance?.value ?? null, approx(m.attendance?.approx ?? null),
      m.participants.join('；'), m.speakers.join('；'), m.articleId, m.mention.paragraph + 1, meetingUrl(m.id),
    ]),
  ),
});

export const figuresCsv = (data: SiteData): Csv => ({
  file: 'data/figures.csv',
  content: toCsv(
    ['text', 'value', 'unit', 'qualifier', 'label', 'context', 'article', 'date', 'paragraph', 'url'],
    data.archive.figures.map((f) => [f.text, f.value, f.unit, approx(f.approx), f.label, f.context, f.articleId, data.byId.get(f.articleId)?.record.date ?? null, f.mention.paragraph + 1, paragraphUrl(f.articleId, f.mention.paragraph)]),
  ),
});

/** feed.xml: the latest dated articles. */
export function feedFile(data: SiteData, options: { siteUrl: string; title: string }): string {
  const dated = data.articles.filter((a) => parseRecordDate(a.record.date)?.year != null);
  return atomFeed({
    siteUrl: options.siteUrl,
    title: options.title,
    feedPath: FEED_PATH,
    lang: data.siteLang,
    updated: dated[0]?.record.date ?? '2000-01-01',
    entries: dated.slice(0, FEED_SIZE).map((a) => ({
      url: articleUrl(a.record.id),
      title: a.record.title,
      date: a.record.date,
      summary: a.record.paragraphs[0]?.slice(0, 140) ?? '',
      authors: a.record.authors,
    })),
  });
}

export { sitemap };

/** JSON-LD for each page kind, ready for a `<script type="application/ld+json">` element; text in the page's script, `url` the page's absolute address when the site's is configured. */
export const pageLd = {
  article: (ctx: ViewContext, id: string) => {
    const a = ctx.article(id);
    const r = a.record;
    return jsonLd(newsArticleLd({ headline: ctx.text(r.title), datePublished: parseRecordDate(r.date)?.year != null ? r.date : null, authors: ctx.texts(r.authors), publisher: r.publication === null ? null : ctx.text(r.publication), url: ctx.pageUrl ?? undefined, inLanguage: ctx.converted ? ctx.script : a.lang }));
  },
  person: (ctx: ViewContext, p: Person) =>
    jsonLd(personLd({ name: ctx.text(p.name), jobTitle: ctx.texts(p.titles.map((t) => t.title)), affiliation: ctx.texts(p.titles.map((t) => t.organisation ?? '').filter(Boolean)), alternateName: ctx.texts([p.nameHans, p.nameHant].filter((n) => n !== p.name)), url: ctx.pageUrl ?? undefined })),
  organisation: (ctx: ViewContext, o: OrganisationEntity) => jsonLd(organizationLd({ name: ctx.text(o.name), alternateName: ctx.texts(o.aliases), url: ctx.pageUrl ?? undefined })),
  meeting: (ctx: ViewContext, m: MeetingEntity) =>
    jsonLd(eventLd({ name: ctx.text(m.name), startDate: m.date, location: m.venue === null ? null : ctx.text(m.venue), organizer: m.organiser ? [ctx.text(m.organiser)] : [], url: ctx.pageUrl ?? undefined })),
};
