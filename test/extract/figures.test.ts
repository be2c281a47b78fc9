// Figures and numerals on sentences of the genre written for these tests,
// in both scripts, and the things that look like numbers but are not figures.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import { parseChineseNumber } from '../../src/extract/numerals.js';
import { toTraditional } from '../../src/script.js';

const figures = (text: string) => extractFigures([text]).map((f) => [f.text, f.value, f.unit, f.approx]);

describe('Chinese numerals', () => {
  it.each([
    ['十五', 15], ['二十三', 23], ['八十', 80], ['两', 2], ['一百零五', 105], ['一万二千', 12000], ['一万三千', 13000],
    ['三千五百万', 35000000], ['一亿零五百万', 105000000], ['十', 10], ['五十八', 58],
  ])('%s = %d', (text, value) => expect(parseChineseNumber(text)).toBe(value));

  it('refuses digit strings and bare magnitudes', () => {
    expect(parseChineseNumber('二〇二一')).toBeNull();
    expect(parseChineseNumber('万')).toBeNull();
    expect(parseChineseNumber('')).toBeNull();
  });
});

describe('figures', () => {
  it('reads values with magnitudes, absolute', () => {
    expect(figures('全年完成投资9.768亿元，新增装机320万千瓦，发电量612.4亿千瓦时。')).toEqual([
      ['9.768亿元', 976800000, '元', null],
      ['320万千瓦', 3200000, '千瓦', null],
      ['612.4亿千瓦时', 61240000000, '千瓦时', null],
    ]);
    expect(figures('行业总产值1.35万亿元。')).toEqual([['1.35万亿元', 1350000000000, '元', null]]);
  });

  it('reads qualifiers before and after, in either order with the magnitude', () => {
    expect(figures('共80余人参会，约300名职工，近400人，不到5分钟，98%以上，7%左右，860余万元，2.8万余人，120多艘。')).toEqual([
      ['80余人', 80, '人', 'more_than'],
      ['约300名', 300, '名', 'about'],
      ['近400人', 400, '人', 'nearly'],
      ['不到5分钟', 5, '分钟', 'less_than'],
      ['98%以上', 98, '%', 'more_than'],
      ['7%左右', 7, '%', 'about'],
      ['860余万元', 8600000, '元', 'more_than'],
      ['2.8万余人', 28000, '人', 'more_than'],
      ['120多艘', 120, '艘', 'more_than'],
    ]);
  });

  it('reads Chinese numerals with a counting unit, in Traditional too', () => {
    const text = '全市十五家企业、两家医院完成改制，涉及二十三户、一万二千余人，九项任务全部完成。';
    const want = [
      ['十五家', 15, '家', null], ['两家', 2, '家', null], ['二十三户', 23, '户', null], ['一万二千余人', 12000, '人', 'more_than'], ['九项', 9, '项', null],
    ];
    expect(figures(text)).toEqual(want);
    expect(figures(toTraditional(text)).map((f) => f.slice(1))).toEqual(want.map((f) => [f[1], toTraditional(f[2] as string), f[3]]));
  });

  it('keeps the place: the mention is the figure text', () => {
    const [f] = extractFigures(['', '截至目前，再就业率达73%。']);
    expect(f!.mention).toEqual({ paragraph: 1, start: 10, end: 13 });
    expect(f!.label).toBe('再就业率');
  });

  it('does not take dates, times, years, phone numbers, ordinals or list markers for figures', () => {
    const text =
      '2021年3月12日上午9点30分，第五届理事会在十二楼召开，“十四五”开局，一要讲政治，二是抓落实，坚持一把手负总责，' +
      '咨询电话0668-2281360，二氧化硫排放下降，开展“净网2019”行动，万长松出席，做好一项工作。';
    expect(figures(text)).toEqual([]);
  });
});
