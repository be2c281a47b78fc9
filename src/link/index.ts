// Link: records of all articles → one entity per real person, organisation
// and meeting across the archive. Indexes by folded name, never pairwise over
// everything, so linking stays linear in the number of mentions.
//
// The rule for people (documented in DEVELOPERS.md): two officials with the
// same name (compared in Simplified, without spaces) are one person when
// either has no title, or they share an organisation (one name containing the
// other, after resolving organisation aliases), or they share a title at
// organisations that do not contradict. Otherwise they stay two people: the
// same name in clearly different contexts.
import type { ArticleRecord, Mention, Meeting, Figure, Statement } from '../types.js';
import { foldName, toSimplified, toTraditional } from '../script.js';
import { UnionFind } from './union-find.js';
import { assignSlugs, entitySlug, personSlug } from './slugs.js';

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
  articleId: string;
  mention: PlacedMention;
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
const overlaps = (a: string, b: string) => a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));

/** Articles in a stable order: by date (undated last), then id. */
function archiveOrder(articles: ArticleRecord[]): ArticleRecord[] {
  return [...articles].sort((a, b) => byText(a.date?.startsWith('--') ? '9999' : (a.date ?? '9999'), b.date?.startsWith('--') ? '9999' : (b.date ?? '9999')) || byText(a.id, b.id));
}

export function linkArchive(input: ArticleRecord[]): Archive {
  const articles = archiveOrder(input);
  const byArticle = new Map<string, LinkedArticle>(articles.map((a) => [a.id, { officials: [], organisations: [], meetings: [] }]));

  // ---- organisations: union over shared folded names and aliases
  const orgRecords = articles.flatMap((a) => a.organisations.map((o, index) => ({ a, o, index })));
  const orgSets = new UnionFind(orgRecords.length);
  const firstWithName = new Map<string, number>();
  orgRecords.forEach(({ o }, i) => {
    for (const n of [o.name, ...o.aliases].map(foldName)) {
      const j = firstWithName.get(n);
      if (j === undefined) firstWithName.set(n, i);
      else orgSets.union(i, j);
    }
  });
  const orgGroups = orgSets.groups();
  const orgSlugs = assignSlugs(orgGroups, (g) => entitySlug(fullestName(g.map((i) => orgRecords[i]!.o.name))));
  const organisations: OrganisationEntity[] = [];
  const orgIdByFolded = new Map<string, string>();
  for (const g of orgGroups) {
    const members = g.map((i) => orgRecords[i]!);
    const names = members.flatMap(({ o }) => [o.name, ...o.aliases]);
    const name = fullestName(members.map(({ o }) => o.name));
    const id = orgSlugs.get(g)!;
    const entity: OrganisationEntity = {
      id,
      name,
      aliases: [...new Set(names.filter((n) => n !== name))].sort(byText),
      mentions: members.flatMap(({ a, o }) => o.mentions.map((m) => ({ ...m, articleId: a.id }))),
      articles: [...new Set(members.map(({ a }) => a.id))],
      people: [],
      organised: [],
    };
    organisations.push(entity);
    for (const n of names) orgIdByFolded.set(foldName(n), id);
    for (const { a, index } of members) byArticle.get(a.id)!.organisations[index] = id;
  }
  const orgIdFor = (name: string | null): string | null => {
    if (!name) return null;
    // Exact names and aliases only: X市國資委 is not 國資委 of another level.
    return orgIdByFolded.get(foldName(name)) ?? null;
  };

  // ---- people: same folded name and compatible titles
  const officialRecords = articles.flatMap((a) => a.officials.map((o, index) => ({ a, o, index, key: foldName(o.name) })));
  const people = new UnionFind(officialRecords.length);
  // Records of one name with the same titles at the same bodies are one person
  // without asking; only distinct signatures are compared pairwise, so a common
  // name reported a thousand times costs a few comparisons, not a million.
  const sameName = new Map<string, Map<string, number>>();
  officialRecords.forEach((r, i) => {
    const signatures = sameName.get(r.key) ?? new Map<string, number>();
    const signature = r.o.titles.map((t) => `${foldName(t.organisation ?? '')}\u0001${foldName(t.title)}`).sort().join('\u0002');
    const same = signatures.get(signature);
    if (same !== undefined) people.union(i, same);
    else {
      for (const j of signatures.values()) if (compatible(officialRecords[j]!.o, r.o, orgIdFor)) people.union(i, j);
      signatures.set(signature, i);
    }
    sameName.set(r.key, signatures);
  });
  const personGroups = people.groups();
  const personSlugs = assignSlugs(personGroups, (g) => personSlug(officialRecords[g[0]!]!.o.name));
  const personIdOf = new Map<string, string>(); // `${articleId}\u0000${foldedName}` → person id
  const persons: Person[] = personGroups.map((g) => {
    const members = g.map((i) => officialRecords[i]!);
    const id = personSlugs.get(g)!;
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
      titles: members.flatMap(({ a, o }) => o.titles.map((t) => ({ ...t, organisationId: orgIdFor(t.organisation), articleId: a.id, date: a.date }))),
      mentions: members.flatMap(({ a, o }) => o.mentions.map((m) => ({ ...m, articleId: a.id }))),
      articles: [...new Set(members.map(({ a }) => a.id))],
      chaired: [],
      attended: [],
      spoke: [],
      statements: members.flatMap(({ a, key }) => (a.statements ?? []).filter((s) => foldName(s.speaker) === key).map((s) => ({ ...s, articleId: a.id }))),
      metMost: [],
    };
  });
  const personById = new Map(persons.map((p) => [p.id, p]));
  const orgById = new Map(organisations.map((o) => [o.id, o]));
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

  // ---- meetings: one per event, in the article that reports it
  const meetingRecords = articles.flatMap((a) => a.meetings.map((m, index) => ({ a, m, index })));
  const meetingSlugs = assignSlugs(meetingRecords, ({ a, m }) => `${(m.date ?? a.date ?? 'undated').replace(/^--/, '')}-${entitySlug(m.name)}`.slice(0, 80));
  const meetings: MeetingEntity[] = meetingRecords.map((r) => {
    const { a, m, index } = r;
    const id = meetingSlugs.get(r)!;
    byArticle.get(a.id)!.meetings[index] = id;
    const participantIds = unique(m.participants.map((n) => personIn(a.id, n)));
    const speakerIds = unique(m.speakers.map((n) => personIn(a.id, n)));
    const chairId = personIn(a.id, m.chair);
    const organiserId = orgIdFor(m.organiser);
    if (chairId) personById.get(chairId)!.chaired.push(id);
    for (const pid of participantIds) personById.get(pid)!.attended.push(id);
    for (const pid of speakerIds) personById.get(pid)!.spoke.push(id);
    if (organiserId) orgById.get(organiserId)!.organised.push(id);
    return { ...m, id, articleId: a.id, mention: { ...m.mention, articleId: a.id }, chairId, organiserId, participantIds, speakerIds };
  });

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
    a.figures.map((f) => ({ ...f, articleId: a.id, mention: { ...f.mention, articleId: a.id }, context: contextOf(a.paragraphs[f.mention.paragraph] ?? '', f.mention.start, f.mention.end) })),
  );

  return {
    people: persons.sort((x, y) => byText(x.id, y.id)),
    organisations: organisations.sort((x, y) => byText(x.id, y.id)),
    meetings,
    figures,
    byArticle,
  };
}

function compatible(a: ArticleRecord['officials'][number], b: ArticleRecord['officials'][number], orgIdFor: (n: string | null) => string | null): boolean {
  if (a.titles.length === 0 || b.titles.length === 0) return true;
  const orgs = (o: typeof a) => o.titles.map((t) => t.organisation).filter((x): x is string => !!x);
  const ao = orgs(a);
  const bo = orgs(b);
  for (const x of ao) for (const y of bo) {
    if (overlaps(foldName(x), foldName(y))) return true;
    const ix = orgIdFor(x);
    if (ix && ix === orgIdFor(y)) return true;
  }
  // Same title where neither names an organisation: no contradiction.
  if (ao.length === 0 || bo.length === 0) return a.titles.some((t) => b.titles.some((u) => overlaps(foldName(t.title), foldName(u.title))));
  return false;
}

function fullestName(names: string[]): string {
  return [...names].sort((x, y) => y.length - x.length || byText(x, y))[0]!;
}

function unique<T>(items: Array<T | null>): T[] {
  return [...new Set(items.filter((x): x is T => x !== null))];
}

function contextOf(paragraph: string, start: number, end: number): string {
  const from = Math.max(0, start - 18);
  const to = Math.min(paragraph.length, end + 18);
  return `${from > 0 ? '…' : ''}${paragraph.slice(from, to)}${to < paragraph.length ? '…' : ''}`;
}
