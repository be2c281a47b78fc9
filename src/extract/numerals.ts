// Chinese numerals as written in news text: 十五, 二十三, 一万二千, 两, 三千五百万,
// 一亿零五百万. Folded (Simplified) input; 〇 and 零 are placeholders.
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export function parseChineseNumber(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0; // finished sections (above 亿 / 万)
  let section = 0; // current section below 万
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) {
        // 一二三 as a digit string (二〇二一) is not a quantity
        return null;
      }
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else if (ch in BIG_UNITS) {
      const unit = BIG_UNITS[ch]!;
      const value = section + (digit ?? 0);
      if (value === 0 && total === 0) return null;
      // 一亿五千万: 万 applies to the section after 亿
      total = unit === 1e4 && total % 1e8 === 0 && total > 0 ? total + value * unit : (total + value) * unit;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

/** Arabic digits (with separators) or Chinese numerals. */
export function parseNumber(text: string): number | null {
  const arabic = text.replace(/[,，]/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+(\.\d+)?$/.test(arabic)) return Number(arabic);
  return parseChineseNumber(text);
}
