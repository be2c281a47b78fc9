// The co-attendance graph on /people/: who attended meetings with whom.
import { attrs, chartId, type ChartOptions, compareStrings, EDGE_STROKE, emptyChart, escapeXml, finiteOr0, formatNumber, head, NODE_FILL, safeHref, svgOpen, TEXT_FILL } from './svg.js';

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

/** Most nodes a co-attendance graph shows (the heaviest by weight). */
export const MAX_GRAPH_NODES = 40;

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
