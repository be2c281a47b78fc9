// The home page's chart: articles and meetings per month, as bars.
import { ARTICLES_FILL, attrs, AXIS_STROKE, chartId, type ChartOptions, emptyChart, escapeXml, finiteOr0, formatNumber, GRID_STROKE, head, integerTicks, MEETINGS_FILL, svgOpen, TEXT_FILL } from './svg.js';

export interface MonthlyPoint {
  /** 'YYYY-MM' */
  month: string;
  articles: number;
  meetings: number;
}

export interface MonthlyBarsLabels {
  title: string;
  desc: string;
  articles: string;
  meetings: string;
  /** Shown when there is nothing to draw. */
  noData?: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthIndex(month: string): number | null {
  const m = MONTH.exec(month);
  if (!m) return null;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function monthName(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * Grouped bars of articles and meetings per month. Months run in order from
 * the first to the last, empty months between filled as zero; entries with a
 * month not 'YYYY-MM' are ignored, the same month twice is summed, negative
 * or non-finite counts count as zero.
 */
export function monthlyBars(series: MonthlyPoint[], labels: MonthlyBarsLabels, options: ChartOptions): string {
  const id = chartId(options.idPrefix);
  const byMonth = new Map<number, { articles: number; meetings: number }>();
  for (const point of series) {
    const index = monthIndex(point.month);
    if (index === null) continue;
    const entry = byMonth.get(index) ?? { articles: 0, meetings: 0 };
    entry.articles += Math.max(0, finiteOr0(point.articles));
    entry.meetings += Math.max(0, finiteOr0(point.meetings));
    byMonth.set(index, entry);
  }
  if (byMonth.size === 0) return emptyChart('chart-bars', id, labels);

  const indices = [...byMonth.keys()];
  const first = Math.min(...indices);
  const last = Math.max(...indices);
  const months: Array<{ name: string; articles: number; meetings: number }> = [];
  for (let i = first; i <= last; i++) {
    const entry = byMonth.get(i) ?? { articles: 0, meetings: 0 };
    months.push({ name: monthName(i), ...entry });
  }

  const n = months.length;
  const left = 44;
  const right = 12;
  const top = 36;
  const bottom = 28;
  const plotWidth = Math.max(480, n * 24);
  const plotHeight = 180;
  const width = left + plotWidth + right;
  const height = top + plotHeight + bottom;
  const baseY = top + plotHeight;

  const max = Math.max(...months.map((m) => Math.max(m.articles, m.meetings)));
  const ticks = integerTicks(max);
  const scaleTop = ticks[ticks.length - 1] ?? 1;
  const y = (v: number): number => baseY - (v / scaleTop) * plotHeight;

  const group = plotWidth / n;
  const barWidth = Math.max(1, Math.min(16, (group * 0.8) / 2));
  const labelEvery = Math.max(1, Math.ceil(64 / group));

  const out: string[] = [svgOpen('chart-bars', id, width, height), head(id, labels.title, labels.desc)];

  // Legend, top left.
  out.push(`<g class="chart-legend">`);
  const legend: Array<[string, string, string]> = [
    ['chart-bar-articles', ARTICLES_FILL, labels.articles],
    ['chart-bar-meetings', MEETINGS_FILL, labels.meetings],
  ];
  legend.forEach(([cls, fill, text], i) => {
    const x = left + i * 140;
    out.push(
      `<rect${attrs([['class', cls], ['x', x], ['y', 10], ['width', 12], ['height', 12], ['fill', fill]])}/>` +
        `<text${attrs([['class', 'chart-label'], ['x', x + 18], ['y', 20], ['font-size', 12], ['fill', TEXT_FILL]])}>${escapeXml(text)}</text>`,
    );
  });
  out.push('</g>');

  // Y axis with grid lines and integer ticks.
  out.push(`<g class="chart-axis chart-axis-y">`);
  for (const t of ticks) {
    const ty = y(t);
    out.push(
      `<line${attrs([['class', 'chart-grid'], ['x1', left], ['y1', ty], ['x2', left + plotWidth], ['y2', ty], ['stroke', GRID_STROKE]])}/>` +
        `<text${attrs([['class', 'chart-label'], ['x', left - 6], ['y', ty + 4], ['text-anchor', 'end'], ['font-size', 11], ['fill', TEXT_FILL]])}>${formatNumber(t)}</text>`,
    );
  }
  out.push(
    `<line${attrs([['x1', left], ['y1', top], ['x2', left], ['y2', baseY], ['stroke', AXIS_STROKE]])}/>`,
    '</g>',
  );

  // Bars: two per month, zero months included (height 0), each with a tooltip.
  out.push(`<g class="chart-series">`);
  months.forEach((m, i) => {
    const gx = left + i * group + (group - barWidth * 2) / 2;
    const bars: Array<[string, string, number, string]> = [
      ['chart-bar-articles', ARTICLES_FILL, m.articles, labels.articles],
      ['chart-bar-meetings', MEETINGS_FILL, m.meetings, labels.meetings],
    ];
    bars.forEach(([cls, fill, value, name], j) => {
      const by = y(value);
      out.push(
        `<rect${attrs([
          ['class', cls],
          ['x', gx + j * barWidth],
          ['y', by],
          ['width', barWidth],
          ['height', baseY - by],
          ['fill', fill],
        ])}><title>${escapeXml(`${m.name} ${name}: ${formatNumber(value)}`)}</title></rect>`,
      );
    });
  });
  out.push('</g>');

  // X axis with thinned month labels.
  out.push(
    `<g class="chart-axis chart-axis-x">`,
    `<line${attrs([['x1', left], ['y1', baseY], ['x2', left + plotWidth], ['y2', baseY], ['stroke', AXIS_STROKE]])}/>`,
  );
  months.forEach((m, i) => {
    if (i % labelEvery !== 0) return;
    out.push(
      `<text${attrs([
        ['class', 'chart-label'],
        ['x', left + i * group + group / 2],
        ['y', baseY + 16],
        ['text-anchor', 'middle'],
        ['font-size', 11],
        ['fill', TEXT_FILL],
      ])}>${m.name}</text>`,
    );
  });
  out.push('</g>', '</svg>');
  return out.join('');
}
