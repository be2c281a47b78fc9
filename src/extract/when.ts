// When and how many: the date, time and attendance of a meeting as the genre
// writes them (8月4日上午9点, 当日下午1点, 共70余人参会), read from folded text.
import type { Attendance } from '../types.js';
import { parseCount } from './fold.js';

const CN_NUM = '[零〇一二两三四五六七八九十百千万]';
const TIME = new RegExp(`(凌晨|早上|早晨|上午|中午|下午|晚上|傍晚)?(\\d{1,2}|${CN_NUM}{1,3})(?:[点时:：])(半|(\\d{1,2}|${CN_NUM}{1,3})分?)?`, 'g');
const MONTH_DAY = /(?:(\d{4})年)?(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日/g;
export const SAME_DAY = /(当日|当天|同日|同一天|当晚|当天下午|随后)/;

export function timeIn(text: string): string | null {
  TIME.lastIndex = 0;
  for (const m of text.matchAll(TIME)) {
    // 8点 as a count (8点建议) is rare in the genre; require a period word or a 分/时 form
    let hour = parseCount(m[2]!);
    if (hour === null || hour > 24) continue;
    if (!m[1] && !/[时:：]/.test(m[0]) && !m[3]) continue;
    const minute = m[3] === '半' ? 30 : m[4] ? parseCount(m[4]) ?? 0 : 0;
    if (minute > 59) continue;
    if (m[1] && /下午|晚上|傍晚/.test(m[1]) && hour < 12) hour += 12;
    if (m[1] === '中午' && hour < 6) hour += 12;
    return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  }
  return null;
}

export interface MonthDay {
  month: number;
  day: number;
  /** where the text gives it (2023年9月14日) */
  year?: number;
}

export function monthDayIn(text: string): MonthDay | null {
  MONTH_DAY.lastIndex = 0;
  const m = MONTH_DAY.exec(text);
  if (!m) return null;
  const month = parseCount(m[2]!);
  const day = parseCount(m[3]!);
  if (!(month && day && month <= 12 && day <= 31)) return null;
  return m[1] ? { month, day, year: Number(m[1]) } : { month, day };
}

/** 24日下午: a day with the month of the article (or the meeting before). */
export function dayOnlyIn(text: string, monthOf: string | null): MonthDay | null {
  const m = /(?<![月\d])(\d{1,2})日/.exec(text);
  const month = monthOf ? Number(monthOf.slice(-5, -3)) : NaN;
  if (!m || !month) return null;
  const day = Number(m[1]);
  return day >= 1 && day <= 31 ? { month, day } : null;
}

/** The article's date where it has a year, else the meeting before (whose sentence may have given one). */
export function withYear(articleDate: string | null, previousDate: string | null): string | null {
  if (articleDate && /^\d{4}/.test(articleDate)) return articleDate;
  return previousDate && /^\d{4}/.test(previousDate) ? previousDate : articleDate;
}

export function dateFrom(md: MonthDay, articleDate: string | null): string {
  let year: number | null = md.year ?? (articleDate && /^\d{4}/.test(articleDate) ? Number(articleDate.slice(0, 4)) : null);
  // a January article reporting a December meeting: the year before
  if (md.year === undefined && year !== null && md.month - Number(articleDate!.slice(5, 7)) >= 8) year--;
  const mmdd = `${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
  return year ? `${year}-${mmdd}` : `--${mmdd}`;
}

const ATTENDANCE = new RegExp(`(共|约|近|有|逾|超过)?(\\d[\\d,，]*|${CN_NUM}+)(余|多)?(?:人|名|位)(?!次)`, 'g');
const ATTEND_WORD = /参会|参加|出席|与会|到会|列席/;

export function attendanceIn(text: string): Attendance | null {
  if (!ATTEND_WORD.test(text)) return null;
  for (const m of text.matchAll(ATTENDANCE)) {
    const value = parseCount(m[2]!);
    if (value === null || value < 2) continue;
    const approx = m[3] ? 'more_than' : m[1] === '约' ? 'about' : m[1] === '近' ? 'nearly' : m[1] === '逾' || m[1] === '超过' ? 'more_than' : null;
    return { value, approx };
  }
  return null;
}

export const LEADING_TIME = /^(?:(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]+)月(?:\d{1,2}|[一二三四五六七八九十]+)日|今天|今日|日前|近日|当日|当天|同日|昨天|昨日|随后|(?:凌晨|早上|上午|中午|下午|晚上)|\d{1,2}[点时](?:\d{1,2}分|半)?|[，,\s])+/;
