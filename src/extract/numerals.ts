// Numbers as written in Chinese news text, in both scripts: Arabic digits
// (half- or full-width, with thousands separators and decimals) and Chinese
// numerals (十五, 二十三, 一万二千, 两, 三千五百万, 一亿零五百万, 三点五).
// Values are built from digit strings (Number('9.768e8')), never by
// multiplying floats, so 9.768亿 is exactly 976800000.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Magnitude words after a number, as powers of ten (亿 = 8). Longest first. */
export const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 12], ['萬億', 12], ['千亿', 11], ['千億', 11], ['百亿', 10], ['百億', 10], ['千万', 7], ['千萬', 7], ['百万', 6], ['百萬', 6],
  ['十万', 5], ['十萬', 5], ['亿', 8], ['億', 8], ['万', 4], ['萬', 4], ['千', 3], ['百', 2],
];

/** Full-width digits, point and percent sign to ASCII; the result has the same length. */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** An Arabic number (1,286 · 9.768 · １２３), or null. */
export function parseArabicNumber(text: string): number | null {
  const plain = toHalfWidth(text).replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}

/**
 * A Chinese numeral, or null where the characters are no quantity: digit
 * strings (二〇二一), two digits in a row (十三五), a bare magnitude (万).
 * Traditional and financial forms (萬, 億, 兩, 拾) are read too; 点/點
 * starts a decimal part (三点五 = 3.5).
 */
export function parseChineseNumber(text: string): number | null {
  const point = text.search(/[点點]/);
  if (point >= 0) {
    const whole = parseChineseNumber(text.slice(0, point));
    const decimals = [...text.slice(point + 1)].map((c) => DIGITS[c]);
    if (whole === null || decimals.length === 0 || decimals.some((d) => d === undefined)) return null;
    return Number(`${whole}.${decimals.join('')}`);
  }
  if (text === '零' || text === '〇') return 0;
  if (text.length === 0) return null;
  let total = 0; // finished sections (above 亿 / 万)
  let section = 0; // the section below 万 being read
  let digit: number | null = null;
  let lastSmall = 10_000; // the previous small unit inside this section: 十 after 百 is fine, 百 after 十 is not
  for (const ch of text) {
    if (ch in DIGITS) {
      // 一二三, 十三五, 二〇: two digits in a row are codes, not a quantity; 零 only holds a place after a unit (一百零五)
      if (digit !== null && digit !== 0) return null;
      if (digit === 0 && DIGITS[ch] === 0) return null;
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch]!;
      if (unit >= lastSmall) return null;
      section += (digit ?? 1) * unit;
      lastSmall = unit;
      digit = null;
    } else if (ch in BIG_UNITS) {
      const unit = BIG_UNITS[ch]!;
      const value = section + (digit ?? 0);
      if (value === 0) {
        // 一万亿: 亿 right after 万 multiplies the whole
        if (total === 0 || unit === 1e4) return null;
        total *= unit;
        lastSmall = 10_000;
        continue;
      }
      // 一亿五千万: 万 applies to the section after 亿
      total = unit === 1e4 && total > 0 && total % 1e8 === 0 ? total + value * unit : (total + value) * unit;
      section = 0;
      digit = null;
      lastSmall = 10_000;
    } else return null;
  }
  if (digit === 0) return null; // 一百零: a placeholder holding no place
  return total + section + (digit ?? 0);
}

/** Arabic or Chinese numerals, whichever the text is. */
export function parseNumber(text: string): number | null {
  return parseArabicNumber(text) ?? parseChineseNumber(text);
}

/** `value` times ten to `power`, exact in decimal (9.768 × 10^8 = 976800000). */
export function scale(value: number, power: number): number {
  if (power === 0) return value;
  const exact = Number(`${value}e${power}`);
  return Number.isFinite(exact) ? exact : value * 10 ** power;
}
