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

// One module per chart (charts/monthly-bars.ts, co-attendance.ts,
// sparkline.ts), drawn with charts/svg.ts.
export { escapeXml, formatNumber, NOT_XML_CHAR, safeHref, type ChartOptions } from './charts/svg.js';
export { monthlyBars, type MonthlyBarsLabels, type MonthlyPoint } from './charts/monthly-bars.js';
export { coAttendanceGraph, MAX_GRAPH_NODES, type GraphEdge, type GraphLabels, type GraphNode } from './charts/co-attendance.js';
export { sparkline, type SparkPoint, type SparklineLabels } from './charts/sparkline.js';
