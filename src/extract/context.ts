// An article's context: the place it reports from (province, city, county)
// and its own companies, so that link can read 省水利厅, 市委 or 集团公司 as
// the bodies they are in this article. Each finding says where it came from.
import type { ArticleContext, Organisation } from '../types.js';
import { matchPlaceAt, placeByCode, placesNamed, provinceOf, type Place } from '../places/index.js';
import { foldSameLength } from './fold.js';

export interface ContextInput {
  /** Simplified (folded) paragraphs */
  folded: string[];
  title: string | null;
  dateline: string | null;
  publication: string | null;
  /** the front matter's place: */
  place: string | null;
  organisations: Organisation[];
}

// How much one finding counts: the writer's word over the dateline over the
// paper's name over what the text names (a full name more than a short one).
const WEIGHT = { frontMatter: 1000, dateline: 100, publication: 30, title: 4, full: 2, short: 1 } as const;

/** who files a dateline, before its place: 新华社|兰州, 本报|西安 */
const AGENCY = /^[【〔[]?(?:据)?(?:本报|本网|本刊|本台|新华社|中新社|中新网|人民网|央视新闻)/;
const GENERIC = /^[\u4e00-\u9fff]区$/;

/** A company's full name: what 集团公司 and 公司 stand for in its own reports. */
const COMPANY = /(集团|公司)$/;
const COMPANY_FULL = /(集团有限公司|集团有限责任公司|集团股份有限公司|有限责任公司|股份有限公司|有限公司|集团公司|集团)$/;

export function articleContext(input: ContextInput): ArticleContext {
  const votes = new Map<string, number>(); // place code → weight
  const seen = new Map<string, Map<string, number>>(); // source → name → count, for the evidence
  const vote = (source: string, name: string, places: readonly Place[], weight: number) => {
    if (places.length === 0) return;
    // namesakes share the vote; the province decides between them below
    for (const p of places) votes.set(p.code, (votes.get(p.code) ?? 0) + weight / places.length);
    const names = seen.get(source) ?? new Map<string, number>();
    names.set(name, (names.get(name) ?? 0) + 1);
    seen.set(source, names);
  };
  if (input.place) {
    const named = foldSameLength(input.place.trim());
    const places = placesNamed(named);
    if (places.length) vote('front matter place', named, places, WEIGHT.frontMatter);
    else for (const m of placesIn(named, true)) vote('front matter place', m.name, m.places, WEIGHT.frontMatter);
  }
  if (input.dateline) for (const m of placesIn(foldSameLength(input.dateline).replace(AGENCY, ''), true).slice(0, 1)) vote('dateline', m.name, m.places, WEIGHT.dateline);
  if (input.publication) for (const m of placesIn(foldSameLength(input.publication), true).slice(0, 1)) vote('publication', m.name, m.places, WEIGHT.publication);
  if (input.title) for (const m of placesIn(foldSameLength(input.title), false)) vote('title', m.name, m.places, m.full ? WEIGHT.title : WEIGHT.title / 2);
  for (const text of input.folded) for (const m of placesIn(text, false)) vote('text', m.name, m.places, m.full ? WEIGHT.full : WEIGHT.short);

  const place = choosePlace(votes);
  const evidence = [...seen].map(([source, names]) => `${source}: ${[...names].map(([n, c]) => (c > 1 ? `${n}×${c}` : n)).join('、')}`);
  return { place, bodies: ownCompanies(input.organisations), evidence };
}

interface PlaceMatch {
  name: string;
  places: Place[];
  full: boolean;
}

/**
 * Place names in a text. Provinces count by full or short name; cities and
 * counties by full name only (安康, 朝阳, 新华 are words too), or anywhere in
 * a dateline or a paper's name (`short`).
 */
function placesIn(text: string, short: boolean): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (let i = 0; i < text.length; ) {
    const m = matchPlaceAt(text, i);
    if (!m) {
      i++;
      continue;
    }
    const name = text.slice(i, i + m.length);
    // 城区, 矿区, 郊区: divisions named by a common word
    const full = GENERIC.test(name) ? [] : m.places.filter((p) => p.name === name);
    // a short name shared by a city and a county (西安: 西安市, 西安区) names the city
    const places = highest(full.length ? full : m.places.filter((p) => short || p.level === 'province'));
    if (places.length) out.push({ name, places, full: full.length > 0 });
    i += m.length;
  }
  return out;
}

const RANK = { province: 0, city: 1, county: 2 } as const;
function highest(places: Place[]): Place[] {
  const top = Math.min(...places.map((p) => RANK[p.level]));
  return places.filter((p) => RANK[p.level] === top);
}

/** The province with most support (a city's and county's votes count for it), then its city and county. */
function choosePlace(votes: Map<string, number>): ArticleContext['place'] {
  const support = new Map<string, number>();
  for (const [code, w] of votes) {
    const place = placeByCode(code)!;
    for (const c of new Set([place.code, place.parent, provinceOf(place).code])) if (c) support.set(c, (support.get(c) ?? 0) + w);
  }
  const best = (level: Place['level'], within: string | null): Place | null => {
    const ranked = [...support]
      .map(([code, w]) => ({ place: placeByCode(code)!, w }))
      .filter(({ place }) => place.level === level && (within === null || place.parent === within))
      .sort((a, b) => b.w - a.w || (a.place.code < b.place.code ? -1 : 1));
    // a tie is no answer: the text does not say which
    if (ranked.length === 0 || (ranked[1] && ranked[1].w === ranked[0]!.w)) return null;
    return ranked[0]!.place;
  };
  const province = best('province', null);
  if (!province) return null;
  const city = best('city', province.code);
  const county = best('county', city?.code ?? province.code);
  // a county only where it is as much the article's place as its city is (one named among several is not)
  const countyHolds = county !== null && (city === null || support.get(county.code)! * 2 >= support.get(city.code)!);
  const kept = countyHolds ? county : null;
  return { code: (kept ?? city ?? province).code, province: province.name, city: city?.name ?? null, county: kept?.name ?? null };
}

/** The article's own companies: declared short (以下简称) first, then by first mention; full names only. */
function ownCompanies(organisations: Organisation[]): string[] {
  const companies = organisations.filter((o) => COMPANY_FULL.test(foldSameLength(o.name)) && !/^(集团|公司|省|市|县|区)/.test(foldSameLength(o.name)));
  const declared = companies.filter((o) => o.aliases.some((a) => COMPANY.test(foldSameLength(a)) || a.length < o.name.length));
  const first = (o: Organisation) => Math.min(...o.mentions.map((m) => m.paragraph * 100000 + m.start), Infinity);
  const rest = companies.filter((o) => !declared.includes(o)).sort((a, b) => first(a) - first(b));
  return [...new Set([...declared.sort((a, b) => first(a) - first(b)), ...rest].map((o) => o.name))];
}
