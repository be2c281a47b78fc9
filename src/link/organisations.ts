// Organisations across the archive, keyed by their full names as read in
// each article (relative.ts): 省水利厅 in a Gansu report joins 甘肃省水利厅,
// never Gansu's. Written forms are aliases. A short form (a declared 以下简称,
// an abbreviation) joins a record named by it to a full name only where it
// belongs to one full name in the whole archive: shared, it merges nothing.
import type { ArticleRecord } from '../types.js';
import { foldName } from '../script.js';
import { bestReading, readBodyName } from './relative.js';
import { UnionFind } from './union-find.js';
import { entitySlug, uniqueSlugs } from './slugs.js';
import { placed, type OrganisationEntity } from './index.js';
import { readLexicon } from '../extract/lexicon-files.js';
import { matchPlaceAt } from '../places/index.js';

const SHORT = readLexicon<{ parts: Record<string, string>; partyPrefixes: string[] }>('body-short-forms.json');
const PARTS = new RegExp(Object.keys(SHORT.parts).sort((a, b) => b.length - a.length).join('|'), 'g');

/** A body's key: its folded full name with the usual parts shortened (人民政府 → 政府, 中共兰州市委 → 兰州市委). */
export function bodyKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = foldName(name).replace(PARTS, (part) => SHORT.parts[part]!);
    for (const prefix of SHORT.partyPrefixes) if (key.startsWith(prefix) && matchPlaceAt(key, prefix.length)) key = key.slice(prefix.length);
    if (keys.size > 200_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}
const keys = new Map<string, string>();

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface LinkedOrganisations {
  organisations: OrganisationEntity[];
  /** the organisation a body named in an article is, or null (unresolved, or no record) */
  idIn: (article: ArticleRecord, written: string | null) => string | null;
  /** the folded full name a body named in an article reads as (null when unresolved) */
  keyIn: (article: ArticleRecord, written: string | null) => string | null;
  /** the organisation a key (keyIn) names, or null */
  idOfKey: (key: string | null) => string | null;
  /** per article, per organisation record: its entity id (undefined: stays text) */
  recordIds: Map<string, string[]>;
}

export function linkOrganisations(articles: ArticleRecord[]): LinkedOrganisations {
  // Each record's key: its full name as read in its article; unresolved records stay text.
  const records: Array<{ a: ArticleRecord; index: number; key: string; full: string; forms: string[] }> = [];
  // Which full names each written form (as read in its article) belongs to.
  const fullsOfForm = new Map<string, Set<string>>();
  for (const a of articles) {
    a.organisations.forEach((o, index) => {
      const forms = o.aliases.length ? [o.name, ...o.aliases] : [o.name];
      const readings = forms.map((n) => readBodyName(n, a.context));
      const reading = bestReading(readings);
      if (reading.kind === 'unresolved') return;
      const key = bodyKey(reading.name);
      records.push({ a, index, key, full: reading.name, forms });
      for (const r of readings) {
        if (r.kind === 'unresolved') continue;
        // a relative form counts as what it reads in its article (省地勘局 → 湖南省地勘局)
        const f = bodyKey(r.name);
        if (f === key) continue;
        let set = fullsOfForm.get(f);
        if (!set) fullsOfForm.set(f, (set = new Set()));
        set.add(key);
      }
    });
  }
  // A record named by a form that belongs to exactly one other full name is that body.
  const keys = [...new Set(records.map((r) => r.key))].sort(byText);
  const indexOfKey = new Map(keys.map((k, i) => [k, i]));
  const sets = new UnionFind(keys.length);
  for (const k of keys) {
    const owners = fullsOfForm.get(k);
    if (owners && owners.size === 1) sets.union(indexOfKey.get(k)!, indexOfKey.get([...owners][0]!)!);
  }
  const groups = sets.groups().map((g) => g.map((i) => keys[i]!));
  const groupOfKey = new Map<string, number>();
  groups.forEach((g, gi) => g.forEach((k) => groupOfKey.set(k, gi)));
  const membersOf = groups.map(() => [] as typeof records);
  for (const r of records) membersOf[groupOfKey.get(r.key)!]!.push(r);

  const names = membersOf.map((members) => fullestName(members.map((m) => m.full)));
  // The URL comes from the entity's own full name alone (uniqueSlugs: a hash only where two names read alike).
  const slugs = uniqueSlugs(names.map((n, i) => ({ key: bodyKey(n), base: entitySlug(n), i })));
  const organisations: OrganisationEntity[] = [];
  const idOfKey = new Map<string, string>();
  const recordIds = new Map<string, string[]>(articles.map((a) => [a.id, []]));
  membersOf.forEach((members, gi) => {
    const name = names[gi]!;
    const id = slugs.get(gi)!;
    const written = new Set<string>();
    for (const m of members) for (const f of m.forms) written.add(f);
    const folded = foldName(name);
    organisations.push({
      id,
      name,
      aliases: [...written].filter((n) => foldName(n) !== folded).sort(byText),
      mentions: members.flatMap(({ a, index }) => a.organisations[index]!.mentions.map((m) => placed(m, a.id))),
      articles: [...new Set(members.map(({ a }) => a.id))],
      people: [],
      organised: [],
    });
    for (const k of groups[gi]!) idOfKey.set(k, id);
    for (const { a, index } of members) recordIds.get(a.id)![index] = id;
  });
  // Alias forms that name one body only, for bodies named in titles and as organisers.
  for (const [form, owners] of fullsOfForm) if (owners.size === 1 && !idOfKey.has(form)) idOfKey.set(form, idOfKey.get([...owners][0]!)!);

  const keyIn = (article: ArticleRecord, written: string | null): string | null => {
    if (!written) return null;
    const reading = readBodyName(written, article.context);
    return reading.kind === 'unresolved' ? null : bodyKey(reading.name);
  };
  const idIn = (article: ArticleRecord, written: string | null): string | null => {
    const key = keyIn(article, written);
    return key === null ? null : (idOfKey.get(key) ?? null);
  };
  return { organisations, idIn, keyIn, recordIds, idOfKey: (key) => (key === null ? null : (idOfKey.get(key) ?? null)) };
}

function fullestName(names: string[]): string {
  return [...names].sort((x, y) => foldName(y).length - foldName(x).length || byText(x, y))[0]!;
}
