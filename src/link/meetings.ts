// Meetings: one page per event. Two reports of one event (the same date, the
// same organiser as read in each article, names one within the other) are
// one meeting with both articles; two meetings in one article never merge.
import type { ArticleRecord } from '../types.js';
import { foldName } from '../script.js';
import { UnionFind } from './union-find.js';
import { entitySlug, uniqueSlugs } from './slugs.js';
import type { LinkedOrganisations } from './organisations.js';
import { placed, type MeetingEntity } from './index.js';

export type LinkedMeeting = MeetingEntity & { records: Array<{ articleId: string; index: number }> };

export function linkMeetings(articles: ArticleRecord[], orgs: LinkedOrganisations, personIn: (articleId: string, name: string | null) => string | null): LinkedMeeting[] {
  const records = articles.flatMap((a) =>
    a.meetings.map((m, index) => {
      const date = m.date ?? a.date;
      const organiser = orgs.keyIn(a, m.organiser);
      return { a, m, index, date, organiser, name: foldName(m.name), province: a.context?.place?.province ?? null };
    }),
  );
  const sets = new UnionFind(records.length);
  // candidates share a full date and an organiser (or, with none named, a province)
  const buckets = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (!r.date || r.date.startsWith('--')) return;
    const key = `${r.date}\u0000${r.organiser ?? `?${r.province ?? ''}`}`;
    const list = buckets.get(key) ?? [];
    for (const j of list) {
      const other = records[j]!;
      if (other.a.id === r.a.id) continue;
      const names = other.name.includes(r.name) || r.name.includes(other.name);
      // with no organiser named, only the same name in the same province
      if (r.organiser ? names : other.name === r.name && r.province !== null) sets.union(i, j);
    }
    list.push(i);
    buckets.set(key, list);
  });
  const groups = sets.groups().map((g) => g.map((i) => records[i]!));
  const slugs = uniqueSlugs(
    groups.map((members, i) => {
      const first = members[0]!;
      const date = (first.date ?? 'undated').replace(/^--/, '');
      return { key: `${date}\u0000${first.organiser ?? ''}\u0000${first.name}\u0000${first.a.id}`, base: `${date}-${entitySlug(first.m.name)}`.slice(0, 80), i };
    }),
  );
  return groups.map((members, gi) => {
    const id = slugs.get(gi)!;
    const { a, m } = members[0]!;
    if (members.length === 1) {
      // reported once (nearly every meeting): its record as it is
      const mention = placed(m.mention, a.id);
      return {
        ...m,
        id,
        articleId: a.id,
        mention,
        articles: [a.id],
        mentions: [mention],
        chairId: personIn(a.id, m.chair),
        organiserId: orgs.idIn(a, m.organiser),
        participantIds: unique(m.participants.map((n) => personIn(a.id, n))),
        speakerIds: unique(m.speakers.map((n) => personIn(a.id, n))),
        records: [{ articleId: a.id, index: members[0]!.index }],
      };
    }
    const all = <T>(pick: (r: (typeof members)[number]) => Array<T | null>) => [...new Set(members.flatMap(pick).filter((x): x is T => x !== null))];
    const merged = <T>(pick: (r: (typeof members)[number]) => T | null) => members.map(pick).find((x) => x !== null) ?? null;
    return {
      ...m,
      time: merged((r) => r.m.time),
      venue: merged((r) => r.m.venue),
      organiser: merged((r) => r.m.organiser),
      chair: merged((r) => r.m.chair),
      attendance: merged((r) => r.m.attendance),
      participants: all((r) => r.m.participants),
      speakers: all((r) => r.m.speakers),
      id,
      articleId: a.id,
      mention: placed(m.mention, a.id),
      articles: [...new Set(members.map((r) => r.a.id))],
      mentions: members.map((r) => placed(r.m.mention, r.a.id)),
      chairId: merged((r) => personIn(r.a.id, r.m.chair)),
      organiserId: merged((r) => orgs.idIn(r.a, r.m.organiser)),
      participantIds: all((r) => r.m.participants.map((n) => personIn(r.a.id, n))),
      speakerIds: all((r) => r.m.speakers.map((n) => personIn(r.a.id, n))),
      records: members.map((r) => ({ articleId: r.a.id, index: r.index })),
    };
  });
}

function unique<T>(items: Array<T | null>): T[] {
  return [...new Set(items.filter((x): x is T => x !== null))];
}
