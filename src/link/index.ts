// Link: records of all articles → one entity per real person, organisation
// and meeting across the archive. Bodies are read in their article's context
// (relative.ts: 省水利厅 in a Gansu report is 甘肃省水利厅) and keyed by full
// name (organisations.ts); people of one name are joined only where their
// bodies agree (people.ts); one meeting reported twice is one meeting
// (meetings.ts). Indexed by folded name, never pairwise over everything, so
// linking stays linear in the number of mentions. Every URL comes from the
// entity's own facts, so an unrelated article never moves it.
import type { ArticleRecord, Mention, Meeting, Figure, Statement } from '../types.js';
import { foldName, toSimplified, toTraditional } from '../script.js';
import { entitySlug, personSlug, uniqueSlugs } from './slugs.js';
import { linkOrganisations } from './organisations.js';
import { clusterPeople, joinReasons, officialRecord, type JoinReason, type OfficialRecord } from './people.js';
import { linkMeetings } from './meetings.js';

export interface ArticleRef {
  articleId: string;
  date: string | null;
}

export interface PlacedMention extends Mention {
  articleId: string;
}

export interface Person {
  id: string;
  name: string;
  nameHans: string;
  nameHant: string;
  titles: Array<{ title: string; organisation: string | null; organisationId: string | null; articleId: string; date: string | null }>;
  mentions: PlacedMention[];
  articles: string[];
  chaired: string[];
  attended: string[];
  spoke: string[];
  statements: Array<Statement & { articleId: string }>;
  metMost: Array<{ personId: string; count: number }>;
  /** why these mentions are one person: the same body, posts in one place, untitled mentions there */
  joinedBy: JoinReason[];
}

export interface OrganisationEntity {
  id: string;
  name: string;
  aliases: string[];
  mentions: PlacedMention[];
  articles: string[];
  people: Array<{ personId: string; title: string }>;
  organised: string[];
}

export interface MeetingEntity extends Omit<Meeting, 'mention'> {
  id: string;
  /** the first report of it */
  articleId: string;
  mention: PlacedMention;
  /** every report of it (the same date, the same body, compatible names), first first */
  articles: string[];
  mentions: PlacedMention[];
  chairId: string | null;
  organiserId: string | null;
  participantIds: string[];
  speakerIds: string[];
}

export interface FigureEntry extends Omit<Figure, 'mention'> {
  articleId: string;
  mention: PlacedMention;
  context: string;
}

export interface LinkedArticle {
  /** per index in record.officials: the person id */
  officials: string[];
  /** per index in record.organisations: the organisation id */
  organisations: string[];
  /** per index in record.meetings: the meeting id */
  meetings: string[];
}

export interface Archive {
  people: Person[];
  organisations: OrganisationEntity[];
  meetings: MeetingEntity[];
  figures: FigureEntry[];
  byArticle: Map<string, LinkedArticle>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Articles in a stable order: by date (undated last), then id. */
function archiveOrder(articles: ArticleRecord[]): ArticleRecord[] {
  return [...articles].sort((a, b) => byText(a.date?.startsWith('--') ? '9999' : (a.date ?? '9999'), b.date?.startsWith('--') ? '9999' : (b.date ?? '9999')) || byText(a.id, b.id));
}

export function linkArchive(input: ArticleRecord[]): Archive {
  const articles = archiveOrder(input);
  const byArticle = new Map<string, LinkedArticle>(articles.map((a) => [a.id, { officials: [], organisations: [], meetings: [] }]));

  // ---- organisations: by full name as read in each article
  const orgs = linkOrganisations(articles);
  const { organisations } = orgs;
  for (const [articleId, ids] of orgs.recordIds) byArticle.get(articleId)!.organisations = ids;
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  // (a key is a full name: it reads the same in any article)
  const bodyName = (key: string) => orgById.get(orgs.idOfKey(key) ?? '')?.name ?? key;

  // ---- people: same folded name and compatible bodies
  const officialRecords: OfficialRecord[] = articles.flatMap((a) => a.officials.map((_, index) => officialRecord(a, index, orgs.keyIn)));
  const personGroups = clusterPeople(officialRecords).map((g) => g.map((i) => officialRecords[i]!));
  const personSlugs = uniqueSlugs(personGroups.map((members, i) => {
    const anchor = personAnchor(members, bodyName);
    // (its first article too: two people of one name anchored alike, e.g. by province alone, stay two URLs)
    return { key: `${members[0]!.key}\u0000${anchor}\u0000${members[0]!.a.id}`, base: `${personSlug(members[0]!.o.name)}-${anchorSlug(anchor)}`, i };
  }));
  const personIdOf = new Map<string, string>(); // `${articleId}\u0000${foldedName}` → person id
  const persons: Person[] = personGroups.map((members, gi) => {
    const id = personSlugs.get(gi)!;
    const name = members[0]!.o.name;
    for (const { a, index, key } of members) {
      byArticle.get(a.id)!.officials[index] = id;
      personIdOf.set(`${a.id}\u0000${key}`, id);
    }
    return {
      id,
      name,
      nameHans: toSimplified(name),
      nameHant: toTraditional(name),
      titles: members.flatMap(({ a, o, titleKeys }) => o.titles.map((t, k) => ({ title: t.title, organisation: t.organisation, organisationId: orgs.idOfKey(titleKeys[k]!), articleId: a.id, date: a.date }))),
      mentions: members.flatMap(({ a, o }) => o.mentions.map((m) => placed(m, a.id))),
      articles: [...new Set(members.map(({ a }) => a.id))],
      chaired: [],
      attended: [],
      spoke: [],
      statements: members.flatMap(({ a, key }) => (a.statements ?? []).filter((s) => foldName(s.speaker) === key).map((s) => ({ ...s, articleId: a.id }))),
      metMost: [],
      joinedBy: joinReasons(members, bodyName),
    };
  });
  const personById = new Map(persons.map((p) => [p.id, p]));
  const personIn = (articleId: string, name: string | null) => (name ? (personIdOf.get(`${articleId}\u0000${foldName(name)}`) ?? null) : null);

  const held = new Set<string>();
  for (const p of persons) {
    for (const t of p.titles) {
      const org = t.organisationId ? orgById.get(t.organisationId) : undefined;
      const key = `${t.organisationId}\u0000${p.id}\u0000${t.title}`;
      if (org && !held.has(key)) {
        held.add(key);
        org.people.push({ personId: p.id, title: t.title });
      }
    }
  }

  // ---- meetings: one per event, however many articles report it
  const meetings = linkMeetings(articles, orgs, personIn);
  for (const m of meetings) {
    if (m.chairId) personById.get(m.chairId)!.chaired.push(m.id);
    for (const pid of m.participantIds) personById.get(pid)!.attended.push(m.id);
    for (const pid of m.speakerIds) personById.get(pid)!.spoke.push(m.id);
    if (m.organiserId) orgById.get(m.organiserId)!.organised.push(m.id);
  }
  for (const a of articles) byArticle.get(a.id)!.meetings = [];
  for (const m of meetings) for (const { articleId, index } of m.records) byArticle.get(articleId)!.meetings[index] = m.id;

  // ---- who met whom: people recorded at the same meeting
  const met = new Map<string, Map<string, number>>();
  for (const m of meetings) {
    const present = unique([m.chairId, ...m.participantIds, ...m.speakerIds]);
    for (const x of present) for (const y of present) {
      if (x === y) continue;
      const row = met.get(x) ?? new Map<string, number>();
      row.set(y, (row.get(y) ?? 0) + 1);
      met.set(x, row);
    }
  }
  for (const p of persons) {
    p.chaired = unique(p.chaired);
    p.attended = unique(p.attended);
    p.spoke = unique(p.spoke);
    p.metMost = [...(met.get(p.id) ?? new Map<string, number>())].map(([personId, count]) => ({ personId, count })).sort((x, y) => y.count - x.count || byText(x.personId, y.personId)).slice(0, 10);
  }

  const figures: FigureEntry[] = articles.flatMap((a) =>
    // (written out, not spread: hundreds of thousands of figures at 10,000 articles)
    a.figures.map((f) => ({ text: f.text, value: f.value, unit: f.unit, approx: f.approx, label: f.label, mention: placed(f.mention, a.id), articleId: a.id, context: contextOf(a.paragraphs[f.mention.paragraph] ?? '', f.mention.start, f.mention.end) })),
  );

  return {
    people: persons.sort((x, y) => byText(x.id, y.id)),
    organisations: organisations.sort((x, y) => byText(x.id, y.id)),
    meetings: meetings.map(({ records: _, ...m }) => m),
    figures,
    byArticle,
  };
}

/**
 * What tells a person from a namesake, for its URL: the body of its earliest
 * titled mention (by date, then article), else its province, else its first
 * article. Only the person's own mentions decide it.
 */
function personAnchor(members: OfficialRecord[], bodyName: (key: string) => string): string {
  const titled = members.find((m) => m.bodies.length > 0);
  // (the body as its page names it: 省地勘局 → 湖南省地质矿产勘查开发局)
  if (titled) return foldName([...titled.bodies].map(bodyName).sort((x, y) => x.length - y.length || byText(x, y))[0]!);
  const placed = members.find((m) => m.province);
  if (placed) return placed.a.context?.place?.province ?? placed.province!;
  return members[0]!.a.id;
}

/** At most ~40 characters, cut between syllables, a company's legal form left out. */
function anchorSlug(anchor: string): string {
  const slug = entitySlug(anchor.replace(/(集团)?(股份有限公司|有限责任公司|有限公司)$/, '$1'), 200);
  if (slug.length <= 40) return slug;
  const cut = slug.slice(0, 41);
  return cut.slice(0, cut.lastIndexOf('-'));
}

/** A mention with its article (written out: a spread is several times slower in V8 here). */
export function placed(m: Mention, articleId: string): PlacedMention {
  return { paragraph: m.paragraph, start: m.start, end: m.end, articleId };
}

function unique<T>(items: Array<T | null>): T[] {
  return [...new Set(items.filter((x): x is T => x !== null))];
}

function contextOf(paragraph: string, start: number, end: number): string {
  const from = Math.max(0, start - 18);
  const to = Math.min(paragraph.length, end + 18);
  return `${from > 0 ? '…' : ''}${paragraph.slice(from, to)}${to < paragraph.length ? '…' : ''}`;
}
