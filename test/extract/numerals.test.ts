// The numeral parser on the forms news reports write, in both scripts, and
// on the look-alikes that are codes rather than quantities.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArabicNumber, parseChineseNumber, parseNumber, scale, toHalfWidth } from '../../src/extract/numerals.js';
import { toTraditional } from '../../src/script.js';

describe('Chinese numerals', () => {
  it.each([
    ['十', 10], ['十五', 15], ['二十', 20], ['二十三', 23], ['五十八', 58], ['八十', 80], ['两', 2], ['兩', 2], ['九', 9],
    ['一百零五', 105], ['一百二十', 120], ['三百四十五', 345], ['一千零一', 1001], ['两千', 2000],
    ['一万二千', 12000], ['一萬三千', 13000], ['两万', 20000], ['十万', 100000], ['一百万', 1000000],
    ['三千五百万', 35000000], ['一亿零五百万', 105000000], ['一億五千萬', 150000000], ['十二亿', 1200000000], ['一万亿', 1e12],
    ['三点五', 3.5], ['六點五', 6.5], ['零点五', 0.5], ['十二点零八', 12.08], ['拾', 10], ['二〇', null],
  ])('%s = %s', (text, value) => expect(parseChineseNumber(text)).toBe(value));

  it('reads the Traditional form of every Simplified numeral alike', () => {
    for (const s of ['两万三千', '一亿零五百万', '二十三', '一万二千', '三点五']) expect(parseChineseNumber(toTraditional(s))).toBe(parseChineseNumber(s));
  });

  it('refuses digit strings, codes and bare magnitudes', () => {
    for (const text of ['二〇二一', '一二三', '十三五', '十四五', '五四', '万', '亿', '万一', '十十', '十百', '', '三点', '点五', '十五家', 'abc'])
      expect(parseChineseNumber(text), text).toBeNull();
  });

  it('agrees with Arabic digits for every count up to 99,999', () => {
    const chinese = (n: number): string => {
      const d = '零一二三四五六七八九';
      const parts: string[] = [];
      const places: Array<[number, string]> = [[10000, '万'], [1000, '千'], [100, '百'], [10, '十'], [1, '']];
      let zero = false;
      for (const [p, u] of places) {
        const digit = Math.floor(n / p) % 10;
        if (digit === 0) zero = parts.length > 0;
        else {
          if (zero) parts.push('零');
          zero = false;
          parts.push(d[digit]! + u);
        }
      }
      return parts.join('');
    };
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999 }), (n) => parseChineseNumber(chinese(n)) === n), { numRuns: 2000, seed: 4242 });
  });
});

describe('Arabic numbers', () => {
  it.each([
    ['73', 73], ['9.768', 9.768], ['1,286', 1286], ['12,500.5', 12500.5], ['１２３４', 1234], ['１２．５', 12.5], ['1，286', 1286], ['0.5', 0.5],
  ])('%s = %s', (text, value) => expect(parseArabicNumber(text)).toBe(value));

  it('refuses what is not one number', () => {
    for (const text of ['0668-2281360', '9:30', '1.2.3', '12,34', 'G20', '', '十五', '1,2345']) expect(parseArabicNumber(text), text).toBeNull();
  });

  it('parseNumber takes either script', () => {
    expect(parseNumber('1.2')).toBe(1.2);
    expect(parseNumber('一万三千')).toBe(13000);
    expect(parseNumber('一万三千x')).toBeNull();
  });
});

describe('scaling and widths', () => {
  it('scales exactly in decimal, where multiplying floats would not', () => {
    expect(9.768 * 1e8).not.toBe(976800000);
    expect(scale(9.768, 8)).toBe(976800000);
    expect(scale(1.02, 12)).toBe(1020000000000);
    expect(scale(612.4, 8)).toBe(61240000000);
    expect(scale(0.3, 4)).toBe(3000);
    expect(scale(7, 0)).toBe(7);
  });

  it('maps full-width digits, point and percent sign one character for one', () => {
    const text = '增长１２．５％，完成１２３４万吨';
    expect(toHalfWidth(text)).toBe('增长12.5%，完成1234万吨');
    expect(toHalfWidth(text).length).toBe(text.length);
  });
});
