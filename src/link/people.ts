// People across the archive. The same name is one person only where the
// bodies resolve compatibly: the same or a nested body (甘肃省水利厅 and its
// 党委), or posts in one place and one sector (a career in 渭南: 市发改委,
// then 市委); a name in another province or sector is another person. A
// mention with no title joins the one person of that name in its province,
// if there is exactly one. Each person says why its mentions were joined.
import type { ArticleRecord, Official } from '../types.js';
import { foldName } from '../script.js';
import { matchPlaceAt, placeByCode, provinceOf, type Place } from '../places/index.js';
import { UnionFind } from './union-find.js';

export type Sector = 'state' | 'enterprise' | 'education' | 'health' | 'other';

export interface OfficialRecord {
  a: ArticleRecord;
  index: number;
  o: Official;
  /** folded name */
  key: string;
  /** resolved full names (folded) of the bodies in its titles */
  bodies: string[];
  /** per title: its body's key, or null */
  titleKeys: Array<string | null>;
  /** the province code its bodies (or else its article) lie in */
  province: string | null;
  /** the city code, where its bodies (or its article) name one */
  city: string | null;
  sectors: Set<Sector>;
}

const sectors = new Map<string, Sector>();
export function sectorOf(body: string): Sector {
  let sector = sectors.get(body);
  if (sector === undefined) sectors.set(body, (sector = sectorFresh(body)));
  return sector;
}

function sectorFresh(body: string): Sector {
  if (/(集团|公司|银行|厂|矿业|煤业|企业)/.test(body)) return 'enterprise';
  if (/(大学|学院|学校|中学|小学)/.test(body)) return 'education';
  if (/(医院|卫生院)/.test(body)) return 'health';
  if (/(委员会|委|政府|厅|局|办公室|办|人大|政协|部|法院|检察院|党组|党委|中心)$/.test(body)) return 'state';
  return 'other';
}

/** The place a body's name starts with (甘肃省水利厅 → 甘肃省), if it names one. */
function placeOfBody(body: string): Place | null {
  let place = bodyPlaces.get(body);
  if (place === undefined) {
    const m = matchPlaceAt(body, 0);
    place = m && m.places.length === 1 ? m.places[0]! : null;
    bodyPlaces.set(body, place);
  }
  return place;
}
const bodyPlaces = new Map<string, Place | null>();

export function officialRecord(a: ArticleRecord, index: number, keyIn: (a: ArticleRecord, written: string | null) => string | null): OfficialRecord {
  const o = a.officials[index]!;
  const titleKeys = o.titles.map((t) => keyIn(a, t.organisation));
  const bodies = [...new Set(titleKeys.filter((k): k is string => k !== null))];
  const places = bodies.map(placeOfBody).filter((p): p is Place => p !== null);
  const contextPlace = a.context?.place ? placeByCode(a.context.place.code) : undefined;
  const where = places[0] ?? contextPlace ?? null;
  const city = places.find((p) => p.level !== 'province') ?? (places.length === 0 ? contextPlace : undefined);
  return {
    a,
    index,
    o,
    key: foldName(o.name),
    bodies,
    titleKeys,
    province: where ? provinceOf(where).code : null,
    city: city ? (city.level === 'city' ? city.code : (city.parent ?? null)) : null,
    sectors: new Set(bodies.map(sectorOf)),
  };
}

const nested = (x: string, y: string) => x.includes(y) || y.includes(x);

/** Two titled records of one name: one person? */
export function compatible(x: OfficialRecord, y: OfficialRecord): boolean {
  if (x.bodies.some((b) => y.bodies.some((c) => nested(b, c)))) return true;
  if (x.province && y.province && x.province !== y.province) return false;
  if (x.bodies.length && y.bodies.length) {
    // a career: one sector, and one city where both name a city
    if (![...x.sectors].some((s) => y.sectors.has(s) && s !== 'other')) return false;
    return !x.city || !y.city || x.city === y.city;
  }
  // no body on one side: the same place, and titles that agree where neither names a body
  if (!x.bodies.length && !y.bodies.length) return x.o.titles.some((t) => y.o.titles.some((u) => nested(foldName(t.title), foldName(u.title))));
  return true;
}

/** Groups of official records that are one person each. Linear in mentions: compared only within a name, by distinct signature. */
export function clusterPeople(records: OfficialRecord[]): number[][] {
  const sets = new UnionFind(records.length);
  const byName = new Map<string, number[]>();
  records.forEach((r, i) => {
    const list = byName.get(r.key);
    if (list) list.push(i);
    else byName.set(r.key, [i]);
  });
  for (const members of byName.values()) {
    const titled = members.filter((i) => records[i]!.o.titles.length > 0);
    const untitled = members.filter((i) => records[i]!.o.titles.length === 0);
    // the same titles at the same bodies in the same province: one person without asking
    const bySignature = new Map<string, number>();
    for (const i of titled) {
      const r = records[i]!;
      const signature = `${r.province}\u0001${r.bodies.join('\u0002')}\u0001${r.o.titles.map((t) => foldName(t.title)).sort().join('\u0002')}`;
      const same = bySignature.get(signature);
      if (same !== undefined) sets.union(i, same);
      else {
        for (const j of bySignature.values()) if (compatible(records[j]!, r)) sets.union(i, j);
        bySignature.set(signature, i);
      }
    }
    // untitled: the one person of the name in its province, else one per province
    const provincesOf = new Map<number, Set<string | null>>();
    for (const i of titled) {
      const root = sets.find(i);
      const set = provincesOf.get(root) ?? new Set();
      set.add(records[i]!.province);
      provincesOf.set(root, set);
    }
    const alone = new Map<string, number>();
    for (const i of untitled) {
      const r = records[i]!;
      const fits = [...provincesOf].filter(([, ps]) => r.province === null || ps.has(r.province) || ps.has(null)).map(([root]) => root);
      if (fits.length === 1) sets.union(i, fits[0]!);
      else {
        const k = `${r.province}`;
        const first = alone.get(k);
        if (first === undefined) alone.set(k, i);
        else sets.union(i, first);
      }
    }
  }
  return sets.groups();
}

export interface JoinReason {
  /** body: the same body; place: posts in one place; mention: named without a title in the same place */
  reason: 'body' | 'place' | 'mention';
  /** a body's full name or a place's name (Simplified) */
  label: string;
  years: string[];
}

/** Why a person's records are one person, for its page. */
export function joinReasons(members: OfficialRecord[], bodyName: (key: string) => string): JoinReason[] {
  if (new Set(members.map((m) => m.a.id)).size < 2) return [];
  const year = (m: OfficialRecord) => (m.a.date && !m.a.date.startsWith('--') ? m.a.date.slice(0, 4) : null);
  const collect = (pick: (m: OfficialRecord) => string[]) => {
    const map = new Map<string, Set<string>>();
    for (const m of members) for (const k of pick(m)) {
      const set = map.get(k) ?? new Set<string>();
      const y = year(m);
      if (y) set.add(y);
      map.set(k, set);
    }
    return map;
  };
  const reasons: JoinReason[] = [];
  const covered = new Set<string>();
  for (const [k, years] of collect((m) => m.bodies)) {
    const holders = members.filter((m) => m.bodies.some((b) => nested(b, k)));
    if (new Set(holders.map((m) => m.a.id)).size < 2) continue;
    reasons.push({ reason: 'body', label: bodyName(k), years: [...years].sort() });
    for (const m of holders) covered.add(m.a.id);
  }
  // titled mentions no shared body explains: posts in one place, a career there
  const rest = members.filter((m) => m.o.titles.length > 0 && !covered.has(m.a.id));
  if (rest.length > 0 && covered.size + rest.length > 1) {
    const titled = members.filter((m) => m.o.titles.length > 0);
    const cities = [...new Set(titled.map((m) => m.city ?? m.province).filter((x): x is string => !!x))];
    const places = cities.length === 1 ? cities : [...new Set(titled.map((m) => m.province).filter((x): x is string => !!x))];
    const years = [...new Set(members.map(year).filter((y): y is string => !!y))].sort();
    if (places.length === 1) reasons.push({ reason: 'place', label: placeByCode(places[0]!)?.name ?? places[0]!, years });
  }
  const untitled = members.filter((m) => m.o.titles.length === 0);
  if (untitled.length) {
    const code = untitled[0]!.province;
    reasons.push({ reason: 'mention', label: code ? (placeByCode(code)?.name ?? '') : '', years: [...new Set(untitled.map(year).filter((y): y is string => !!y))].sort() });
  }
  return reasons;
}
