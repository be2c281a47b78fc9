// Static SVG charts drawn at build time: no script, no inline style (the
// site's Content-Security-Policy forbids it), colours as presentation
// attributes that the stylesheet may override through the classes below.
//
// Pure and deterministic: same input, byte-identical string. Every text from
// the input is XML-escaped, every link is checked (relative or site-absolute
// paths only), every number printed with at most one decimal, never `-0` or
// `NaN`. An empty input still gives a valid SVG with a "no data" text.
//
// Classes: chart (root, plus chart-bars / chart-graph / chart-sparkline),
// chart-axis, chart-grid, chart-label, chart-legend, chart-bar-articles,
// chart-bar-meetings, chart-edge, chart-node, chart-line, chart-dot,
// chart-empty.

export interface ChartOptions {
  /**
   * Prefix for the ids of the chart's <title> and <desc> (`P-title`,
   * `P-desc`); unique per page. Characters other than A-Z a-z 0-9 _ - become
   * `-`, and a prefix not starting with a letter or `_` gets `c-` in front.
   */
  idPrefix: string;
}

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

export interface GraphNode {
  id: string;
  label: string;
  href: string;
  weight: number;
}

export interface GraphEdge {
  a: string;
  b: string;
  count: number;
}

export interface GraphLabels {
  title: string;
  desc: string;
  noData?: string;
}

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

/** Most nodes a co-attendance graph shows (the heaviest by weight). */
export const MAX_GRAPH_NODES = 40;

const ARTICLES_FILL = '#3b6ea5';
const MEETINGS_FILL = '#d08c2e';
const AXIS_STROKE = '#666666';
const GRID_STROKE = '#dddddd';
const TEXT_FILL = '#333333';
const NODE_FILL = '#3b6ea5';
const EDGE_STROKE = '#999999';
const LINE_STROKE = '#3b6ea5';
const DEFAULT_NO_DATA = 'no data';

// ---------------------------------------------------------------- helpers

// Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, lone
// surrogates, U+FFFE/U+FFFF): dropped, so the document stays well-formed.
export const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return String(text)
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number with at most one decimal; never `-0`, `NaN` or an exponent. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const clamped = Math.max(-1e15, Math.min(1e15, n));
  const rounded = Math.round(clamped * 10) / 10;
  if (rounded === 0) return '0';
  const text = rounded.toFixed(1);
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}

/**
 * The href if it is a relative or site-absolute path, otherwise null: any
 * scheme (`javascript:`, `data:`, `http:` …) and protocol-relative `//host`
 * are refused. Checked the way a URL parser reads it: tab and newlines inside
 * are ignored, leading controls and spaces are trimmed, `\` counts as `/`.
 */
export function safeHref(href: string): string | null {
  const read = String(href)
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+/, '');
  if (read === '') return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(read)) return null;
  if (/^[\\/][\\/]/.test(read)) return null;
  return href;
}

function chartId(prefix: string): string {
  const cleaned = String(prefix).replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

function attrs(pairs: Array<[string, string | number]>): string {
  return pairs
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? formatNumber(v) : escapeXml(v)}"`)
    .join('');
}

function svgOpen(kind: string, id: string, width: number, height: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"` +
    attrs([
      ['viewBox', `0 0 ${formatNumber(width)} ${formatNumber(height)}`],
      ['class', `chart ${kind}`],
      ['role', 'img'],
      ['aria-labelledby', `${id}-title ${id}-desc`],
      ['font-family', 'sans-serif'],
      ['preserveAspectRatio', 'xMidYMid meet'],
    ]) +
    '>'
  );
}

function head(id: string, title: string, desc: string): string {
  return `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>`;
}

function emptyChart(kind: string, id: string, labels: { title: string; desc: string; noData?: string }): string {
  const width = 320;
  const height = 80;
  return (
    svgOpen(kind, id, width, height) +
    head(id, labels.title, labels.desc) +
    `<text${attrs([
      ['class', 'chart-empty chart-label'],
      ['x', width / 2],
      ['y', height / 2],
      ['text-anchor', 'middle'],
      ['dominant-baseline', 'middle'],
      ['font-size', 14],
      ['fill', TEXT_FILL],
    ])}>${escapeXml(labels.noData ?? DEFAULT_NO_DATA)}</text>` +
    '</svg>'
  );
}

function finiteOr0(n: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

/** Code-unit order, the same everywhere (no locale). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 0 and a few integer ticks up to at least max (steps of 1, 2 or 5 × 10^k). */
function integerTicks(max: number, wanted = 4): number[] {
  const top = Math.max(1, Math.ceil(max));
  const rough = top / wanted;
  let step = 1;
  search: for (let magnitude = 1; magnitude <= 1e15; magnitude *= 10) {
    for (const m of [1, 2, 5]) {
      step = m * magnitude;
      if (step >= rough) break search;
    }
  }
  const ticks: number[] = [];
  for (let t = 0; ; t += step) {
    ticks.push(t);
    if (t >= top) break;
  }
  return ticks;
}

// ---------------------------------------------------------------- monthly bars

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

// ---------------------------------------------------------------- co-attendance graph

/**
 * Who met whom: nodes on a circle, heaviest first from the top going
 * clockwise (weight descending, then id), at most MAX_GRAPH_NODES of them;
 * edges to dropped nodes, self-loops and non-positive counts are dropped, the
 * same pair twice (either order) is summed. Edge stroke width grows with the
 * count, node radius with the weight. A node whose href is not a safe path is
 * drawn without a link.
 */
export function coAttendanceGraph(nodes: GraphNode[], edges: GraphEdge[], labels: GraphLabels, options: ChartOptions): string {
  const id = chartId(options.idPrefix);

  const unique = new Map<string, GraphNode>();
  for (const node of nodes) {
    const seen = unique.get(node.id);
    if (!seen || finiteOr0(node.weight) > finiteOr0(seen.weight)) unique.set(node.id, node);
  }
  const kept = [...unique.values()]
    .sort((p, q) => finiteOr0(q.weight) - finiteOr0(p.weight) || compareStrings(p.id, q.id))
    .slice(0, MAX_GRAPH_NODES);
  if (kept.length === 0) return emptyChart('chart-graph', id, labels);

  const size = 640;
  const center = size / 2;
  const ring = kept.length === 1 ? 0 : 200;
  const position = new Map<string, { x: number; y: number; angle: number }>();
  kept.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / kept.length;
    position.set(node.id, { x: center + ring * Math.cos(angle), y: center + ring * Math.sin(angle), angle });
  });

  const pairs = new Map<string, { a: string; b: string; count: number }>();
  for (const edge of edges) {
    if (edge.a === edge.b || !position.has(edge.a) || !position.has(edge.b)) continue;
    const count = finiteOr0(edge.count);
    if (count <= 0) continue;
    const [a, b] = compareStrings(edge.a, edge.b) < 0 ? [edge.a, edge.b] : [edge.b, edge.a];
    const key = JSON.stringify([a, b]);
    const seen = pairs.get(key);
    if (seen) seen.count += count;
    else pairs.set(key, { a, b, count });
  }
  // Light edges first so heavy ones are drawn on top; ties by ids.
  const keptEdges = [...pairs.values()].sort(
    (p, q) => p.count - q.count || compareStrings(p.a, q.a) || compareStrings(p.b, q.b),
  );
  const maxCount = Math.max(1, ...keptEdges.map((e) => e.count));
  const maxWeight = Math.max(0, ...kept.map((n) => finiteOr0(n.weight)));
  const labelOf = new Map(kept.map((n) => [n.id, n.label]));

  const out: string[] = [svgOpen('chart-graph', id, size, size), head(id, labels.title, labels.desc)];

  out.push(`<g class="chart-edges">`);
  for (const edge of keptEdges) {
    const p = position.get(edge.a)!;
    const q = position.get(edge.b)!;
    out.push(
      `<line${attrs([
        ['class', 'chart-edge'],
        ['x1', p.x],
        ['y1', p.y],
        ['x2', q.x],
        ['y2', q.y],
        ['stroke', EDGE_STROKE],
        ['stroke-width', 1 + 5 * (edge.count / maxCount)],
        ['stroke-linecap', 'round'],
      ])}><title>${escapeXml(`${labelOf.get(edge.a) ?? edge.a} – ${labelOf.get(edge.b) ?? edge.b}: ${formatNumber(edge.count)}`)}</title></line>`,
    );
  }
  out.push('</g>', `<g class="chart-nodes">`);
  for (const node of kept) {
    const p = position.get(node.id)!;
    const weight = Math.max(0, finiteOr0(node.weight));
    const r = 4 + 8 * (maxWeight > 0 ? Math.sqrt(weight / maxWeight) : 0);
    const cos = Math.cos(p.angle);
    const sin = Math.sin(p.angle);
    // Labels outside the ring, anchored away from the centre.
    const anchor = ring === 0 || Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const reach = r + 6;
    const lx = ring === 0 ? p.x : p.x + reach * cos;
    const ly = ring === 0 ? p.y + r + 16 : p.y + reach * sin + (sin > 0.2 ? 12 : sin < -0.2 ? -2 : 4);
    const inner =
      `<circle${attrs([['cx', p.x], ['cy', p.y], ['r', r], ['fill', NODE_FILL]])}/>` +
      `<text${attrs([['class', 'chart-label'], ['x', lx], ['y', ly], ['text-anchor', anchor], ['font-size', 12], ['fill', TEXT_FILL]])}>${escapeXml(node.label)}</text>`;
    const href = safeHref(node.href);
    out.push(
      href === null
        ? `<g class="chart-node">${inner}</g>`
        : `<a${attrs([['href', href], ['class', 'chart-node']])}>${inner}</a>`,
    );
  }
  out.push('</g>', '</svg>');
  return out.join('');
}

// ---------------------------------------------------------------- sparkline

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
