// One figure label's values over time: the trends on the figures page.
import { attrs, chartId, type ChartOptions, compareStrings, emptyChart, escapeXml, formatNumber, head, LINE_STROKE, svgOpen, TEXT_FILL } from './svg.js';

export interface SparkPoint {
  /** ISO date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (a time part is ignored). */
  date: string;
  value: number;
  /** The figure as written, shown in the dot's tooltip instead of the number. */
  label?: string;
}

export interface SparklineLabels {
  title: string;
  desc: string;
  unit: string;
  noData?: string;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/;

function dayNumber(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * One figure's values over time: points sorted by date (then value), placed
 * by date along x, joined by a line, each a dot with a tooltip (the label as
 * written if given, otherwise the number and unit). Points with a date that
 * is not ISO or a non-finite value are ignored. Min and max values are
 * written at the left (the unit is in the tooltips; say it in the title or
 * desc too), first and last dates below.
 */
export function sparkline(points: SparkPoint[], labels: SparklineLabels, options: ChartOptions): string {
  const id = chartId(options.idPrefix);
  const usable = points
    .map((p) => ({ ...p, day: dayNumber(p.date) }))
    .filter((p): p is SparkPoint & { day: number } => p.day !== null && typeof p.value === 'number' && Number.isFinite(p.value))
    .sort(
      (p, q) =>
        p.day - q.day || compareStrings(p.date, q.date) || p.value - q.value || compareStrings(p.label ?? '', q.label ?? ''),
    );
  if (usable.length === 0) return emptyChart('chart-sparkline', id, labels);

  const left = 60;
  const right = 8;
  const top = 8;
  const bottom = 18;
  const plotWidth = 232;
  const plotHeight = 54;
  const width = left + plotWidth + right;
  const height = top + plotHeight + bottom;

  const firstDay = usable[0]!.day;
  const lastDay = usable[usable.length - 1]!.day;
  const minValue = Math.min(...usable.map((p) => p.value));
  const maxValue = Math.max(...usable.map((p) => p.value));
  const x = (day: number): number =>
    lastDay === firstDay ? left + plotWidth / 2 : left + ((day - firstDay) / (lastDay - firstDay)) * plotWidth;
  const y = (value: number): number =>
    maxValue === minValue ? top + plotHeight / 2 : top + plotHeight - ((value - minValue) / (maxValue - minValue)) * plotHeight;

  const unit = labels.unit === '' ? '' : ` ${labels.unit}`;
  const out: string[] = [svgOpen('chart-sparkline', id, width, height), head(id, labels.title, labels.desc)];

  out.push(
    `<g class="chart-axis">`,
    `<text${attrs([['class', 'chart-label'], ['x', left - 6], ['y', top + 8], ['text-anchor', 'end'], ['font-size', 10], ['fill', TEXT_FILL]])}>${formatNumber(maxValue)}</text>`,
  );
  if (maxValue !== minValue) {
    out.push(
      `<text${attrs([['class', 'chart-label'], ['x', left - 6], ['y', top + plotHeight], ['text-anchor', 'end'], ['font-size', 10], ['fill', TEXT_FILL]])}>${formatNumber(minValue)}</text>`,
    );
  }
  const firstDate = usable[0]!.date.slice(0, 10);
  const lastDate = usable[usable.length - 1]!.date.slice(0, 10);
  out.push(
    `<text${attrs([['class', 'chart-label'], ['x', left], ['y', height - 4], ['text-anchor', 'start'], ['font-size', 10], ['fill', TEXT_FILL]])}>${escapeXml(firstDate)}</text>`,
  );
  if (lastDay !== firstDay) {
    out.push(
      `<text${attrs([['class', 'chart-label'], ['x', left + plotWidth], ['y', height - 4], ['text-anchor', 'end'], ['font-size', 10], ['fill', TEXT_FILL]])}>${escapeXml(lastDate)}</text>`,
    );
  }
  out.push('</g>');

  if (usable.length > 1) {
    const line = usable.map((p) => `${formatNumber(x(p.day))},${formatNumber(y(p.value))}`).join(' ');
    out.push(
      `<polyline${attrs([
        ['class', 'chart-line'],
        ['points', line],
        ['fill', 'none'],
        ['stroke', LINE_STROKE],
        ['stroke-width', 1.5],
        ['stroke-linejoin', 'round'],
      ])}/>`,
    );
  }
  out.push(`<g class="chart-dots">`);
  for (const p of usable) {
    const text = `${p.date.slice(0, 10)}: ${p.label !== undefined && p.label !== '' ? p.label : formatNumber(p.value) + unit}`;
    out.push(
      `<circle${attrs([['class', 'chart-dot'], ['cx', x(p.day)], ['cy', y(p.value)], ['r', 2.5], ['fill', LINE_STROKE]])}><title>${escapeXml(text)}</title></circle>`,
    );
  }
  out.push('</g>', '</svg>');
  return out.join('');
}
