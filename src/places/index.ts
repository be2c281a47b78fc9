// The administrative-division gazetteer: provinces, prefecture-level cities and
// counties with their codes and usual short forms, from divisions.json (made by
// scripts/make-places.ts; source in README.md). Names are Simplified: fold
// Traditional text first (extract's foldSameLength). Read on first use.
import { readFileSync } from 'node:fs';

export type PlaceLevel = 'province' | 'city' | 'county';
export interface Place {
  /** division code, e.g. '610000' */
  code: string;
  /** full name: '陕西省', '渭南市', '临渭区' */
  name: string;
  /** usual short form: '陕西', '渭南', '临渭' (the name itself when a short form would be one character) */
  short: string;
  level: PlaceLevel;
  /** parent's code */
  parent?: string;
}

interface Gazetteer {
  byCode: Map<string, Place>;
  byName: Map<string, Place[]>;
  /** first character → lengths of the names starting with it, longest first */
  lengths: Map<string, number[]>;
}

let gazetteer: Gazetteer | undefined;

const levelOf = (code: string): PlaceLevel => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county');

function load(): Gazetteer {
  const data = JSON.parse(readFileSync(new URL('./divisions.json', import.meta.url), 'utf8')) as { places: string[][] };
  const byCode = new Map<string, Place>();
  for (const [code, name, short] of data.places) {
    byCode.set(code!, { code: code!, name: name!, short: short ?? name!, level: levelOf(code!) });
  }
  const byName = new Map<string, Place[]>();
  const lengths = new Map<string, number[]>();
  const index = (key: string, place: Place) => {
    const list = byName.get(key);
    if (list) {
      if (!list.includes(place)) list.push(place);
    } else byName.set(key, [place]);
    const l = lengths.get(key[0]!) ?? [];
    if (!l.includes(key.length)) l.push(key.length);
    lengths.set(key[0]!, l);
  };
  for (const place of byCode.values()) {
    // a county under a province-administered or municipal placeholder belongs to the province
    const city = `${place.code.slice(0, 4)}00`;
    const province = `${place.code.slice(0, 2)}0000`;
    if (place.level === 'county') place.parent = byCode.has(city) ? city : province;
    else if (place.level === 'city') place.parent = province;
    index(place.name, place);
    index(place.short, place);
  }
  for (const l of lengths.values()) l.sort((a, b) => b - a);
  // shared with every caller: frozen so none can change another's answer
  for (const place of byCode.values()) Object.freeze(place);
  for (const list of byName.values()) Object.freeze(list);
  return { byCode, byName, lengths };
}

const get = (): Gazetteer => (gazetteer ??= load());

export function placeByCode(code: string): Place | undefined {
  return get().byCode.get(code);
}

/** Places with this full or short name; namesakes give several, in code order. */
export function placesNamed(name: string): Place[] {
  return get().byName.get(name) ?? [];
}

/** The longest place name (full or short) starting at `index`, with every place so named. */
export function matchPlaceAt(text: string, index: number): { places: Place[]; length: number } | null {
  const g = get();
  const lengths = g.lengths.get(text[index] ?? '');
  if (!lengths) return null;
  for (const length of lengths) {
    if (index + length > text.length) continue;
    const places = g.byName.get(text.slice(index, index + length));
    if (places) return { places, length };
  }
  return null;
}

/** The province a place lies in: itself for a province. */
export function provinceOf(place: Place): Place {
  if (place.level === 'province') return place;
  return get().byCode.get(`${place.code.slice(0, 2)}0000`) ?? place;
}
