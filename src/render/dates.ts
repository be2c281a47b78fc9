// Record dates (ISO `YYYY-MM-DD`, `--MM-DD` when the year is unknown, or null)
// as pages show them.
import type { Strings } from './strings.js';

export interface ParsedDate {
  year: number | null;
  month: number;
  day: number;
}

export interface DateView {
  label: string;
  /** for `<time datetime>`; null when the year is unknown */
  datetime: string | null;
}

export function parseRecordDate(date: string | null): ParsedDate | null {
  if (date === null) return null;
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (full) return { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) };
  const partial = /^--(\d{2})-(\d{2})$/.exec(date);
  if (partial) return { year: null, month: Number(partial[1]), day: Number(partial[2]) };
  return null;
}

export function dateView(date: string | null, t: Strings): DateView {
  const d = parseRecordDate(date);
  if (!d) return { label: t.noDate, datetime: null };
  if (d.year === null) return { label: `${t.monthDay(d.month, d.day)}（${t.yearUnknown}）`, datetime: null };
  return { label: t.fullDate(d.year, d.month, d.day), datetime: date };
}
