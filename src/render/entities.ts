// Views of the entity pages (person, organisation, meeting): plain objects
// for the templates, read from the archive through the page's context. Every
// record links back to the paragraph it came from.
import type { MeetingEntity, OrganisationEntity, Person, PlacedMention } from '../link/index.js';
import type { Lang } from './strings.js';
import type { ViewContext } from './context.js';
import { dateView, type DateView } from './dates.js';
import { articleUrl, meetingUrl, personUrl } from './urls.js';
import { compareCodeUnits as compare } from '../compare.js';

export interface LinkItem {
  url: string;
  label: string;
  /** set when the text's script differs from the page's */
  lang: Lang | null;
}

export interface PlaceItem {
  url: string;
  articleTitle: string;
  articleUrl: string;
  paragraph: number;
  date: DateView;
  quote: string;
  lang: Lang | null;
}

export function personLink(ctx: ViewContext, id: string | null, fallback: string | null = null): LinkItem | null {
  const p = id ? ctx.personName(id) : undefined;
  if (!p) return fallback ? { url: '', label: ctx.text(fallback), lang: null } : null;
  return { url: ctx.personUrl(p.id), label: ctx.script === 'zh-Hans' ? p.nameHans : p.nameHant, lang: null };
}

export function organisationLink(ctx: ViewContext, id: string | null, fallback: string | null = null): LinkItem | null {
  const o = id ? ctx.organisationName(id) : undefined;
  if (!o) return fallback ? { url: '', label: ctx.text(fallback), lang: null } : null;
  return { url: ctx.organisationUrl(o.id), label: ctx.text(o.name), lang: ctx.articleLang(o.firstArticle) };
}

export function meetingLink(ctx: ViewContext, id: string): LinkItem & { date: DateView } {
  const m = ctx.meetingName(id)!;
  return { url: ctx.meetingUrl(m.id), label: ctx.text(m.name), lang: ctx.articleLang(m.articleId), date: dateView(m.date, ctx.t) };
}

export function articleLink(ctx: ViewContext, id: string): LinkItem & { date: DateView } {
  const a = ctx.summary(id);
  return { url: ctx.articleUrl(id), label: ctx.text(a.title), lang: ctx.langOf(a.lang), date: dateView(a.date, ctx.t) };
}

/** A place in an article: its paragraph anchor and the sentence around the mention. */
export function place(ctx: ViewContext, m: PlacedMention): PlaceItem {
  const a = ctx.article(m.articleId);
  const paragraph = a.record.paragraphs[m.paragraph] ?? '';
  return {
    url: ctx.paragraphUrl(m.articleId, m.paragraph),
    articleTitle: ctx.text(a.record.title),
    articleUrl: ctx.articleUrl(m.articleId),
    paragraph: m.paragraph + 1,
    date: dateView(a.record.date, ctx.t),
    quote: ctx.text(excerpt(paragraph, m.start, m.end)),
    lang: ctx.langOf(a.lang),
  };
}

// Sorted by what is the same in both scripts (dates, the pages' own paths), so both versions list alike.
const articleList = (ctx: ViewContext, ids: string[]) => sortByDateDesc(ids.map((id) => [articleUrl(id), articleLink(ctx, id)]));
const meetingList = (ctx: ViewContext, ids: string[]) => sortByDateDesc(ids.map((id) => [meetingUrl(id), meetingLink(ctx, id)]));

export function personView(ctx: ViewContext, p: Person) {
  // Career: one row per title at an organisation, with the dates it was reported.
  const rows = new Map<string, { title: string; organisation: LinkItem | null; order: [string, string]; dates: string[]; sources: string[] }>();
  for (const t of p.titles) {
    const key = `${t.organisationId ?? t.organisation ?? ''}\u0000${t.title}`;
    const organisation = organisationLink(ctx, t.organisationId, t.organisation);
    // (ordered by the names as written, so both scripts' versions list alike)
    const order: [string, string] = [(t.organisationId ? ctx.organisationName(t.organisationId)?.name : undefined) ?? t.organisation ?? '', t.title];
    const row = rows.get(key) ?? { title: ctx.text(t.title), organisation, order, dates: [], sources: [] };
    if (t.date && !t.date.startsWith('--')) row.dates.push(t.date);
    if (!row.sources.includes(t.articleId)) row.sources.push(t.articleId);
    rows.set(key, row);
  }
  const career = [...rows.values()]
    .map((r) => {
      const dates = [...new Set(r.dates)].sort();
      const first = dates[0] ?? null;
      const last = dates[dates.length - 1] ?? null;
      return {
        title: r.title,
        organisation: r.organisation,
        first: dateView(first, ctx.t),
        last: last && last !== first ? dateView(last, ctx.t) : null,
        sortKey: first ?? '9999',
        order: r.order,
        sources: r.sources.map((id) => articleLink(ctx, id)),
      };
    })
    .sort((x, y) => compare(x.sortKey, y.sortKey) || compare(x.order[0], y.order[0]) || compare(x.order[1], y.order[1]))
    .map(({ order: _, ...row }) => row);
  const name = ctx.script === 'zh-Hans' ? p.nameHans : p.nameHant;
  const otherName = ctx.script === 'zh-Hans' ? p.nameHant : p.nameHans;
  return {
    id: p.id,
    url: ctx.personUrl(p.id),
    name,
    otherName: otherName !== name ? otherName : null,
    career,
    chaired: meetingList(ctx, p.chaired),
    attended: meetingList(ctx, p.attended.filter((m) => !p.chaired.includes(m))),
    spoke: meetingList(ctx, p.spoke),
    statements: p.statements.map((s) => ({ verb: ctx.text(s.verb), text: ctx.text(s.text), place: place(ctx, { ...s.mention, articleId: s.articleId }) })),
    metMost: p.metMost.map((x) => ({ person: personLink(ctx, x.personId)!, count: ctx.t.e.metCount(x.count) })),
    joinedBy: p.joinedBy.map((j) => ctx.t.e.joinedReason(j.reason, ctx.text(j.label), j.years.join(ctx.t.listSeparator))),
    articles: articleList(ctx, p.articles),
    mentions: p.mentions.map((m) => place(ctx, m)),
  };
}

export function organisationView(ctx: ViewContext, o: OrganisationEntity) {
  const people = o.people
    .map((x) => ({ path: personUrl(x.personId), raw: x.title, person: personLink(ctx, x.personId)!, title: ctx.text(x.title) }))
    .sort((x, y) => compare(x.path, y.path) || compare(x.raw, y.raw))
    .map(({ person, title }) => ({ person, title }));
  return {
    id: o.id,
    url: ctx.organisationUrl(o.id),
    name: ctx.text(o.name),
    lang: ctx.articleLang(o.articles[0]!),
    aliases: ctx.texts(o.aliases),
    people,
    organised: meetingList(ctx, o.organised),
    articles: articleList(ctx, o.articles),
    mentions: o.mentions.map((m) => place(ctx, m)),
  };
}

export function meetingView(ctx: ViewContext, m: MeetingEntity) {
  const a = ctx.article(m.articleId);
  const people = (names: string[], ids: string[]) => {
    // Participants without a linked person (no title in the report) stay as text.
    const linked = ids.map((id) => personLink(ctx, id)!);
    const linkedNames = new Set(ids.map((id) => ctx.personName(id)!.name));
    return [...linked, ...names.filter((n) => !linkedNames.has(n)).map((n) => ({ url: '', label: ctx.text(n), lang: null }))];
  };
  return {
    id: m.id,
    url: ctx.meetingUrl(m.id),
    name: ctx.text(m.name),
    lang: ctx.articleLang(m.articleId),
    date: dateView(m.date, ctx.t),
    time: m.time === null ? null : ctx.text(m.time),
    venue: m.venue === null ? null : ctx.text(m.venue),
    organiser: organisationLink(ctx, m.organiserId, m.organiser),
    chair: personLink(ctx, m.chairId, m.chair),
    attendance: m.attendance ? ctx.t.e.attendanceValue(m.attendance.value, m.attendance.approx) : null,
    participants: people(m.participants, m.participantIds),
    speakers: people(m.speakers, m.speakerIds),
    source: place(ctx, m.mention),
    sourceText: ctx.text(a.record.paragraphs[m.mention.paragraph] ?? ''),
    article: articleLink(ctx, m.articleId),
    reports: m.articles.length > 1 ? articleList(ctx, m.articles) : [],
  };
}

/** Newest first, ties by the page's own path. */
export function sortByDateDesc<T extends { date: DateView }>(items: Array<[string, T]>): T[] {
  return items.sort(([px, x], [py, y]) => compare(y.date.datetime ?? '', x.date.datetime ?? '') || compare(px, py)).map(([, item]) => item);
}

/** The mention with some text either side, cut at sentence ends where near. */
export function excerpt(paragraph: string, start: number, end: number, reach = 40): string {
  let from = Math.max(0, start - reach);
  let to = Math.min(paragraph.length, end + reach);
  const before = paragraph.slice(from, start);
  const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('！'), before.lastIndexOf('？'));
  if (stop >= 0) from += stop + 1;
  const after = paragraph.slice(end, to);
  const next = after.search(/[。；！？]/);
  if (next >= 0) to = end + next + 1;
  return `${from > 0 ? '…' : ''}${paragraph.slice(from, to)}${to < paragraph.length ? '…' : ''}`;
}
