// The administrative-division gazetteer: codes, short forms, parents and the
// longest-name match that extract and link use for place prefixes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { matchPlaceAt, placeByCode, placesNamed, provinceOf, type Place } from '../../src/places/index.js';
import { foldSameLength } from '../../src/extract/fold.js';

const allCodes = (): string[] =>
  (JSON.parse(readFileSync(new URL('../../src/places/divisions.json', import.meta.url), 'utf8')) as { places: string[][] }).places.map((r) => r[0]!);

describe('places by code', () => {
  it('gives a province, a city and a county with their short forms and parents', () => {
    expect(placeByCode('610000')).toEqual({ code: '610000', name: '陕西省', short: '陕西', level: 'province' });
    expect(placeByCode('610500')).toEqual({ code: '610500', name: '渭南市', short: '渭南', level: 'city', parent: '610000' });
    expect(placeByCode('610502')).toEqual({ code: '610502', name: '临渭区', short: '临渭', level: 'county', parent: '610500' });
    expect(placeByCode('999999')).toBeUndefined();
  });

  it('hangs a municipality’s districts and a province’s own county-level cities on the province', () => {
    expect(placeByCode('110105')).toMatchObject({ name: '朝阳区', parent: '110000' });
    expect(placeByCode('500101')).toMatchObject({ name: '万州区', parent: '500000' });
    expect(placeByCode('429004')).toMatchObject({ name: '仙桃市', level: 'county', parent: '420000' });
    expect(placeByCode('110100')).toBeUndefined(); // 市辖区 is a placeholder, no place
  });

  it('shortens autonomous regions, prefectures and counties to their place name', () => {
    const short = (code: string) => placeByCode(code)?.short;
    expect(short('450000')).toBe('广西');
    expect(short('650000')).toBe('新疆');
    expect(short('150000')).toBe('内蒙古');
    expect(short('222400')).toBe('延边');
    expect(short('433100')).toBe('湘西');
    expect(short('530925')).toBe('双江'); // 双江拉祜族佤族布朗族傣族自治县
    expect(short('622926')).toBe('东乡'); // 东乡族自治县
    expect(short('310115')).toBe('浦东'); // 浦东新区
    expect(short('810000')).toBe('香港');
  });

  it('keeps the full name where a short form would be one character', () => {
    expect(placesNamed('和县').map((p) => p.short)).toEqual(['和县']);
    expect(placesNamed('和')).toEqual([]);
    expect(placesNamed('城区').length).toBeGreaterThan(1);
    expect(placesNamed('城').length).toBe(0);
  });

  it('leaves out development zones and management areas, which are no divisions', () => {
    expect(placesNamed('苏州工业园区')).toEqual([]);
    expect(placesNamed('郑州经济技术开发区')).toEqual([]);
  });

  it('every parent exists and every place lies in a province', () => {
    const codes = allCodes();
    const levels = { province: 0, city: 0, county: 0 };
    for (const code of codes) {
      const place = placeByCode(code)!;
      levels[place.level]++;
      if (place.parent) expect(placeByCode(place.parent), place.name).toBeDefined();
      else expect(place.level).toBe('province');
      expect(provinceOf(place).level).toBe('province');
      expect(provinceOf(place).code.slice(0, 2)).toBe(code.slice(0, 2));
    }
    expect(levels.province).toBe(34);
    expect(levels.city).toBeGreaterThan(320);
    expect(levels.county).toBeGreaterThan(2500);
  });
});

describe('places by name', () => {
  it('finds a place by its full or its short name', () => {
    expect(placesNamed('渭南市').map((p) => p.code)).toEqual(['610500']);
    expect(placesNamed('渭南').map((p) => p.code)).toEqual(['610500']);
  });

  it('gives every namesake, in code order', () => {
    const jilin = placesNamed('吉林');
    expect(jilin.map((p) => `${p.name}/${p.level}`)).toEqual(['吉林省/province', '吉林市/city']);
    const chaoyang = placesNamed('朝阳').map((p) => p.code);
    expect(chaoyang).toContain('110105');
    expect(chaoyang).toContain('211300');
    expect([...chaoyang].sort()).toEqual(chaoyang);
  });

  it('hands out shared places that no caller can change', () => {
    const place = placesNamed('渭南')[0] as Place;
    expect(() => {
      (place as { short: string }).short = 'x';
    }).toThrow();
    expect(() => placesNamed('渭南').push(place)).toThrow();
    expect(placesNamed('渭南')[0]!.short).toBe('渭南');
  });
});

describe('matchPlaceAt', () => {
  const text = '陕西省渭南市临渭区发展和改革局与西安交通大学签约';

  it('takes the longest name at a position', () => {
    expect(matchPlaceAt(text, 0)).toMatchObject({ length: 3, places: [{ code: '610000' }] });
    expect(matchPlaceAt(text, 3)).toMatchObject({ length: 3, places: [{ code: '610500' }] });
    expect(matchPlaceAt(text, 6)).toMatchObject({ length: 3, places: [{ code: '610502' }] });
  });

  it('matches a short form where the full name does not follow', () => {
    const at = text.indexOf('西安');
    const match = matchPlaceAt(text, at)!;
    expect(match.length).toBe(2);
    expect(match.places.map((p) => p.name)).toContain('西安市');
  });

  it('finds nothing inside other words or past the end', () => {
    expect(matchPlaceAt(text, text.indexOf('发展'))).toBeNull();
    expect(matchPlaceAt(text, text.length)).toBeNull();
    expect(matchPlaceAt('', 0)).toBeNull();
    expect(matchPlaceAt('陕', 0)).toBeNull();
  });

  it('reads Traditional text once it is folded', () => {
    const folded = foldSameLength('陝西省寶雞市渭濱區');
    expect(matchPlaceAt(folded, 0)?.places[0]?.code).toBe('610000');
    expect(matchPlaceAt(folded, 3)?.places[0]?.name).toBe('宝鸡市');
    expect(matchPlaceAt(folded, 6)?.places[0]?.name).toBe('渭滨区');
  });
});
