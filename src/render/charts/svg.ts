// What every chart is drawn with: escaping, numbers, ids, the SVG root and
// its title, the empty chart, axis ticks, and the colours (presentation
// attributes the stylesheet may override through the chart classes).

export interface ChartOptions {
  /**
   * Prefix for the ids of the chart's <title> and <desc> (`P-title`,
   * `P-desc`); unique per page. Characters other than A-Z a-z 0-9 _ - become
   * `-`, and a prefix not starting with a letter or `_` gets `c-` in front.
   */
  idPrefix: string;
}

export const ARTICLES_FILL = '#3b6ea5';
export const MEETINGS_FILL = '#d08c2e';
export const AXIS_STROKE = '#666666';
export const GRID_STROKE = '#dddddd';
export const TEXT_FILL = '#333333';
export const NODE_FILL = '#3b6ea5';
export const EDGE_STROKE = '#999999';
export const LINE_STROKE = '#3b6ea5';
export const DEFAULT_NO_DATA = 'no data';


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

export function chartId(prefix: string): string {
  const cleaned = String(prefix).replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

export function attrs(pairs: Array<[string, string | number]>): string {
  return pairs
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? formatNumber(v) : escapeXml(v)}"`)
    .join('');
}

export function svgOpen(kind: string, id: string, width: number, height: number): string {
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

export function head(id: string, title: string, desc: string): string {
  return `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>`;
}

export function emptyChart(kind: string, id: string, labels: { title: string; desc: string; noData?: string }): string {
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

export function finiteOr0(n: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

export { compareCodeUnits as compareStrings } from '../../compare.js';

/** 0 and a few integer ticks up to at least max (steps of 1, 2 or 5 × 10^k). */
export function integerTicks(max: number, wanted = 4): number[] {
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
