// Views of the entity pages (person, organisation, meeting) and of the
// figures table: plain objects for the templates, built from the link
// stage's Archive. Every record links back to the paragraph it came from.
import type { Archive, FigureEntry, MeetingEntity, OrganisationEntity, Person, PlacedMention } from '../link/index.js';
import type { Lang, Strings } from './strings.js';
import { articleUrl, figureAnchor, meetingUrl, organisationUrl, paragraphUrl, personUrl } from './urls.js';
import { dateView, type DateView } from './dates.js';
import type { SiteArticle } from './index.js';
import { compareCodeUnits as compare } from '../compare.js';

export interface ArticleLookup {
  byId: Map<string, SiteArticle>;
}

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

export class EntityViews {
  private readonly people: Map<string, Person>;
  private readonly organisations: Map<string, OrganisationEntity>;
  private readonly meetings: Map<string, MeetingEntity>;

  constructor(
    private readonly archive: Archive,
    private readonly articles: Map<string, SiteArticle>,
    private readonly t: Strings,
    private readonly pageLang: Lang,
  ) {
    this.people = new Map(archive.people.map((p) => [p.id, p]));
    this.organisations = new Map(archive.organisations.map((o) => [o.id, o]));
    this.meetings = new Map(archive.meetings.map((m) => [m.id, m]));
  }

  private langOf(articleId: string): Lang | null {
    const a = this.articles.get(articleId);
    return a && a.lang !== this.pageLang ? a.lang : null;
  }

  personLink(id: string | null, fallback: string | null = null): LinkItem | null {
    const p = id ? this.people.get(id) : undefined;
    if (!p) return fallback ? { url: '', label: fallback, lang: null } : null;
    return { url: personUrl(p.id), label: this.pageLang === 'zh-Hans' ? p.nameHans : p.nameHant, lang: null };
  }

  organisationLink(id: string | null, fallback: string | null = null): LinkItem | null {
    const o = id ? this.organisations.get(id) : undefined;
    if (!o) return fallback ? { url: '', label: fallback, lang: null } : null;
    return { url: organisationUrl(o.id), label: o.name, lang: this.langOf(o.articles[0]!) };
  }

  meetingLink(id: string): LinkItem & { date: DateView } {
    const m = this.meetings.get(id)!;
    return { url: meetingUrl(m.id), label: m.name, lang: this.langOf(m.articleId), date: dateView(m.date, this.t) };
  }

  articleLink(id: string): LinkItem & { date: DateView } {
    const a = this.articles.get(id)!;
    return { url: articleUrl(id), label: a.record.title, lang: this.langOf(id), date: dateView(a.record.date, this.t) };
  }

  /** A place in an article: its paragraph anchor and the sentence around the mention. */
  place(m: PlacedMention): PlaceItem {
    const a = this.articles.get(m.articleId)!;
    const paragraph = a.record.paragraphs[m.paragraph] ?? '';
    return {
      url: paragraphUrl(m.articleId, m.paragraph),
      articleTitle: a.record.title,
      articleUrl: articleUrl(m.articleId),
      paragraph: m.paragraph + 1,
      date: dateView(a.record.date, this.t),
      quote: excerpt(paragraph, m.start, m.end),
      lang: this.langOf(m.articleId),
    };
  }

  private articleList(ids: string[]) {
    return sortByDateDesc(ids.map((id) => this.articleLink(id)));
  }

  private meetingList(ids: string[]) {
    return sortByDateDesc(ids.map((id) => this.meetingLink(id)));
  }

  person(p: Person) {
    // Career: one row per title at an organisation, with the dates it was reported.
    const rows = new Map<string, { title: string; organisation: LinkItem | null; dates: string[]; sources: string[] }>();
    for (const t of p.titles) {
      const key = `${t.organisationId ?? t.organisation ?? ''}\u0000${t.title}`;
      const row = rows.get(key) ?? { title: t.title, organisation: this.organisationLink(t.organisationId, t.organisation), dates: [], sources: [] };
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
          first: dateView(first, this.t),
          last: last && last !== first ? dateView(last, this.t) : null,
          sortKey: first ?? '9999',
          sources: r.sources.map((id) => this.articleLink(id)),
        };
      })
      .sort((x, y) => compare(x.sortKey, y.sortKey) || compare(x.organisation?.label ?? '', y.organisation?.label ?? '') || compare(x.title, y.title));
    const otherName = this.pageLang === 'zh-Hans' ? p.nameHant : p.nameHans;
    const name = this.pageLang === 'zh-Hans' ? p.nameHans : p.nameHant;
    return {
      id: p.id,
      url: personUrl(p.id),
      name,
      otherName: otherName !== name ? otherName : null,
      career,
      chaired: this.meetingList(p.chaired),
      attended: this.meetingList(p.attended.filter((m) => !p.chaired.includes(m))),
      spoke: this.meetingList(p.spoke),
      statements: p.statements.map((s) => ({ verb: s.verb, text: s.text, place: this.place({ ...s.mention, articleId: s.articleId }) })),
      metMost: p.metMost.map((x) => ({ person: this.personLink(x.personId)!, count: this.t.e.metCount(x.count) })),
      articles: this.articleList(p.articles),
      mentions: p.mentions.map((m) => this.place(m)),
    };
  }

  organisation(o: OrganisationEntity) {
    const people = o.people
      .map((x) => ({ person: this.personLink(x.personId)!, title: x.title }))
      .sort((x, y) => compare(x.person.url, y.person.url) || compare(x.title, y.title));
    return {
      id: o.id,
      url: organisationUrl(o.id),
      name: o.name,
      lang: this.langOf(o.articles[0]!),
      aliases: o.aliases,
      people,
      organised: this.meetingList(o.organised),
      articles: this.articleList(o.articles),
      mentions: o.mentions.map((m) => this.place(m)),
    };
  }

  meeting(m: MeetingEntity) {
    const a = this.articles.get(m.articleId)!;
    const people = (names: string[], ids: string[]) => {
      // Participants without a linked person (no title in the report) stay as text.
      const linked = ids.map((id) => this.personLink(id)!);
      const linkedNames = new Set(ids.map((id) => this.people.get(id)!.name));
      return [...linked, ...names.filter((n) => !linkedNames.has(n)).map((n) => ({ url: '', label: n, lang: null }))];
    };
    return {
      id: m.id,
      url: meetingUrl(m.id),
      name: m.name,
      lang: this.langOf(m.articleId),
      date: dateView(m.date, this.t),
      time: m.time,
      venue: m.venue,
      organiser: this.organisationLink(m.organiserId, m.organiser),
      chair: this.personLink(m.chairId, m.chair),
      attendance: m.attendance ? this.t.e.attendanceValue(m.attendance.value, m.attendance.approx) : null,
      participants: people(m.participants, m.participantIds),
      speakers: people(m.speakers, m.speakerIds),
      source: this.place(m.mention),
      sourceText: a.record.paragraphs[m.mention.paragraph] ?? '',
      article: this.articleLink(m.articleId),
    };
  }

  /**
   * What a person's page is made from, for its page key (see `inputs`): a
   * rebuild that reuses the page then builds no view of it.
   */
  personInputs(p: Person): unknown {
    return this.inputs(p, {
      articles: [...p.articles, ...p.titles.map((t) => t.articleId), ...p.mentions.map((m) => m.articleId), ...p.statements.map((s) => s.articleId)],
      people: p.metMost.map((x) => x.personId),
      organisations: p.titles.map((t) => t.organisationId),
      meetings: [...p.chaired, ...p.attended, ...p.spoke],
    });
  }

  organisationInputs(o: OrganisationEntity): unknown {
    return this.inputs(o, { articles: [...o.articles, ...o.mentions.map((m) => m.articleId)], people: o.people.map((x) => x.personId), organisations: [], meetings: o.organised });
  }

  meetingInputs(m: MeetingEntity): unknown {
    return this.inputs(m, { articles: [m.articleId], people: [m.chairId, ...m.participantIds, ...m.speakerIds], organisations: [m.organiserId], meetings: [] });
  }

  /**
   * The entity, and of each thing its view names what the view reads of it:
   * an article by its fingerprint (its record, body and script follow from it)
   * and id, a person by names, an organisation by name and first article, a
   * meeting by name, date and article. Null when an article has no
   * fingerprint: the page is then keyed by its view.
   */
  private inputs(entity: object, refs: { articles: string[]; people: Array<string | null>; organisations: Array<string | null>; meetings: string[] }): unknown {
    const articles = new Set(refs.articles);
    const people = [...new Set(refs.people)].sort().map((id) => {
      const p = id ? this.people.get(id) : undefined;
      return p ? [p.id, p.name, p.nameHans, p.nameHant] : [id];
    });
    const organisations = [...new Set(refs.organisations)].sort().map((id) => {
      const o = id ? this.organisations.get(id) : undefined;
      if (o) articles.add(o.articles[0]!);
      return o ? [o.id, o.name, o.articles[0]] : [id];
    });
    const meetings = [...new Set(refs.meetings)].sort().map((id) => {
      const m = this.meetings.get(id);
      if (m) articles.add(m.articleId);
      return m ? [m.id, m.name, m.date, m.articleId] : [id];
    });
    const fingerprints: Array<[string, string]> = [];
    for (const id of [...articles].sort()) {
      const fingerprint = this.articles.get(id)?.fingerprint;
      if (!fingerprint) return null;
      fingerprints.push([id, fingerprint]);
    }
    return { entity, people, organisations, meetings, articles: fingerprints, pageLang: this.pageLang };
  }

  figureRow(f: FigureEntry, index: number) {
    const a = this.articles.get(f.articleId)!;
    return {
      id: figureAnchor(f.articleId, index),
      text: f.text,
      value: f.value,
      unit: f.unit,
      approx: f.approx ? this.t.e.approx[f.approx] : '',
      label: f.label ?? '',
      context: f.context,
      url: paragraphUrl(f.articleId, f.mention.paragraph),
      articleTitle: a.record.title,
      date: dateView(a.record.date, this.t),
      lang: this.langOf(f.articleId),
    };
  }
}

function sortByDateDesc<T extends { date: DateView; url: string }>(items: T[]): T[] {
  return items.sort((x, y) => compare(y.date.datetime ?? '', x.date.datetime ?? '') || compare(x.url, y.url));
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
