// Dates in the text and the evidence for a year that the text does not write.

export interface DateGuess {
  date: string; // YYYY-MM-DD or --MM-DD
  evidence: string | null;
  yearInferred: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isValidDate(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year !== null && isLeap(year) ? 29 : year === null ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function formatDate(year: number | null, month: number, day: number): string {
  return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** 2018年11月30日, 2018-11-30, 2018/11/30, 2018.11.30 */
export function parseFullDate(text: string): { year: number; month: number; day: number } | null {
  const m = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

// National congresses and plenums whose dates anchor a year when an article
// looks ahead to them (迎接…十九大, …召開前) or is held during them.
const CONGRESSES: Array<{ names: string[]; year: number; month: number; day: number; label: string }> = [
  { names: ['十七大'], year: 2007, month: 10, day: 15, label: 'the 17th Party Congress (October 2007)' },
  { names: ['十八大'], year: 2012, month: 11, day: 8, label: 'the 18th Party Congress (November 2012)' },
  { names: ['十九大'], year: 2017, month: 10, day: 18, label: 'the 19th Party Congress (October 2017)' },
  { names: ['二十大'], year: 2022, month: 10, day: 16, label: 'the 20th Party Congress (October 2022)' },
  { names: ['二十一大'], year: 2027, month: 10, day: 1, label: 'the 21st Party Congress (autumn 2027)' },
];
const LOOKING_AHEAD = /(迎接|喜迎|召開前|召开前|即將召開|即将召开|勝利召開|胜利召开|籌備|筹备|前夕)/;

const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Infer the year for a month and day from what the text says. Returns null
 * when nothing in the text pins it down: a wrong year is worse than none.
 */
export function inferYear(month: number, day: number, text: string): { year: number; evidence: string } | null {
  for (const c of CONGRESSES) {
    for (const name of c.names) {
      let at = text.indexOf(name);
      while (at !== -1) {
        // the 20th/21st congress names contain 十九大-like substrings only by prefix; require no digit-word before
        const window = text.slice(Math.max(0, at - 20), at + name.length + 8).replace(/\s+/g, " ");
        const before = text[at - 1] ?? '';
        if (!/[二三]/.test(before) && LOOKING_AHEAD.test(window)) {
          const md = month * 100 + day;
          if (md <= c.month * 100 + c.day) {
            return {
              year: c.year,
              evidence: `year inferred: the text looks ahead to ${name}, ${c.label}, and ${month}月${day}日 falls before it (“${window.trim()}”)`,
            };
          }
        }
        at = text.indexOf(name, at + name.length);
      }
    }
  }
  // "2018年以來 … this year's work": a single year named as the current period.
  const current = [...text.matchAll(/(20\d{2}|19\d{2})年(?:以來|以来|度|上半年|下半年|全年)/g)].map((m) => Number(m[1]));
  // "2023年第三季度經濟活動分析會" in October: a quarter already begun is this year's
  // (one not begun yet, as 第四季度 in January, is last year's, and not taken).
  for (const m of text.matchAll(/(20\d{2}|19\d{2})年(?:第?([一二三四1-4])|前([二三2-3]))季度/g)) {
    const quarter = QUARTERS[m[2] ?? m[3]!]!;
    if (month >= quarter * 3 - 2) current.push(Number(m[1]));
  }
  const distinct = [...new Set(current)];
  if (distinct.length === 1) {
    return { year: distinct[0]!, evidence: `year inferred: the text speaks of ${distinct[0]}年 as the current period` };
  }
  return null;
}

/** Leading 8月4日 (optionally 上午9點) of a dateline paragraph. */
export function leadingMonthDay(text: string): { month: number; day: number } | null {
  const m = /^\s*(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日/.exec(text);
  if (!m) return null;
  const month = chineseSmall(m[1]!);
  const day = chineseSmall(m[2]!);
  if (month === null || day === null || !isValidDate(null, month, day)) return null;
  return { month, day };
}

function chineseSmall(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const digits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s === '十') return 10;
  const m = /^([一二三]?)十([一二三四五六七八九]?)$/.exec(s);
  if (m) return (m[1] ? digits[m[1]]! : 1) * 10 + (m[2] ? digits[m[2]]! : 0);
  return s.length === 1 && digits[s] ? digits[s]! : null;
}

/** A leading month and day that cannot exist (2月30日, 13月1日), for a message. */
export function impossibleLeadingDate(text: string): string | null {
  const m = /^\s*(\d{1,2})月(\d{1,2})日/.exec(text);
  if (!m) return null;
  return isValidDate(null, Number(m[1]), Number(m[2])) ? null : m[0].trim();
}
