// Build-time SVG charts: well-formed XML, no inline style, escaped text, safe links, same input → same bytes.
import { describe, expect, it } from 'vitest';
import { parseFragment } from 'parse5';
import {
  coAttendanceGraph,
  formatNumber,
  monthlyBars,
  safeHref,
  sparkline,
  MAX_GRAPH_NODES,
  type GraphEdge,
  type GraphNode,
} from '../../src/render/charts.js';
import { parseXml, type El } from '../helpers/xml.js';

function all(el: El, pred: (e: El) => boolean, out: El[] = []): El[] {
  if (pred(el)) out.push(el);
  for (const c of el.children) all(c, pred, out);
  return out;
}
const byName = (root: El, name: string): El[] => all(root, (e) => e.name === name);
const byClass = (root: El, cls: string): El[] =>
  all(root, (e) => (e.attrs.class ?? '').split(/\s+/).includes(cls));
const textOf = (el: El): string => el.text + el.children.map(textOf).join('');

/** The rules every chart keeps. */
function checkChart(svg: string, idPrefix: string): El {
  const root = parseXml(svg);
  expect(root.name).toBe('svg');
  expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
  expect(root.attrs.role).toBe('img');
  expect(root.attrs.viewBox).toMatch(/^0 0 \d+(\.\d)? \d+(\.\d)?$/);
  expect(root.attrs.width).toBeUndefined();
  expect(root.attrs.class).toMatch(/\bchart\b/);
  expect(root.attrs['aria-labelledby']).toBe(`${idPrefix}-title ${idPrefix}-desc`);
  expect(root.children[0]?.name).toBe('title');
  expect(root.children[0]?.attrs.id).toBe(`${idPrefix}-title`);
  expect(root.children[1]?.name).toBe('desc');
  expect(root.children[1]?.attrs.id).toBe(`${idPrefix}-desc`);
  expect(all(root, (e) => 'style' in e.attrs)).toEqual([]);
  expect(byName(root, 'style')).toEqual([]);
  expect(byName(root, 'script')).toEqual([]);
  expect(all(root, (e) => Object.keys(e.attrs).some((k) => /^on/i.test(k)))).toEqual([]);
  // Numbers: at most one decimal, never -0 or NaN.
  expect(svg).not.toMatch(/NaN|Infinity|\d\.\d\d|="-0"|[ ,"]-0[ ,"]/);
  // An HTML parser (the page embeds the SVG inline) sees the same one root, no style.
  const fragment = parseFragment(svg);
  const top = fragment.childNodes.filter((n) => n.nodeName !== '#text');
  expect(top.map((n) => n.nodeName)).toEqual(['svg']);
  return root;
}

const labels = { title: '每月文章與會議', desc: '按月統計', articles: '文章', meetings: '會議' };

describe('monthlyBars', () => {
  const series = [
    { month: '2023-11', articles: 4, meetings: 1 },
    { month: '2024-02', articles: 12, meetings: 3 },
    { month: '2023-12', articles: 2, meetings: 0 },
  ];

  it('draws two bars per month, gaps between first and last filled with zero', () => {
    const root = checkChart(monthlyBars(series, labels, { idPrefix: 'bars' }), 'bars');
    // 2023-11 .. 2024-02 is four months: 2024-01 is the gap.
    const articles = byClass(root, 'chart-bar-articles').filter((e) => e.name === 'rect' && e.children.length);
    const meetings = byClass(root, 'chart-bar-meetings').filter((e) => e.name === 'rect' && e.children.length);
    expect(articles).toHaveLength(4);
    expect(meetings).toHaveLength(4);
    expect(byName(root, 'rect').filter((e) => e.children.length)).toHaveLength(4 * 2);
    expect(articles.map((e) => textOf(e))).toEqual([
      '2023-11 文章: 4',
      '2023-12 文章: 2',
      '2024-01 文章: 0',
      '2024-02 文章: 12',
    ]);
    expect(Number(articles[2]!.attrs.height)).toBe(0);
    // Bars run left to right in month order.
    const xs = articles.map((e) => Number(e.attrs.x));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('gives the tallest bar to the busiest month, and a y axis of integer ticks covering it', () => {
    const root = parseXml(monthlyBars(series, labels, { idPrefix: 'bars' }));
    const bars = byName(root, 'rect').filter((e) => e.children.length);
    const tallest = bars.reduce((p, q) => (Number(q.attrs.height) > Number(p.attrs.height) ? q : p));
    expect(textOf(tallest)).toBe('2024-02 文章: 12');
    expect(tallest.attrs.class).toBe('chart-bar-articles');
    const ticks = byClass(root, 'chart-axis-y')[0]!.children.filter((e) => e.name === 'text').map((e) => textOf(e));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(7);
    for (const t of ticks) expect(t).toMatch(/^\d+$/);
    expect(ticks[0]).toBe('0');
    expect(Number(ticks[ticks.length - 1])).toBeGreaterThanOrEqual(12);
    // Bar heights are proportional: 12 is three times 4.
    const nov = bars.find((e) => textOf(e) === '2023-11 文章: 4')!;
    expect(Number(tallest.attrs.height) / Number(nov.attrs.height)).toBeCloseTo(3, 1);
  });

  it('has a legend naming both series', () => {
    const root = parseXml(monthlyBars(series, labels, { idPrefix: 'bars' }));
    const legend = byClass(root, 'chart-legend')[0]!;
    expect(byName(legend, 'text').map(textOf)).toEqual(['文章', '會議']);
    expect(byClass(legend, 'chart-bar-articles')).toHaveLength(1);
    expect(byClass(legend, 'chart-bar-meetings')).toHaveLength(1);
  });

  it('thins the month labels when there are many months, keeping the first', () => {
    const long = [
      { month: '2015-01', articles: 1, meetings: 1 },
      { month: '2024-12', articles: 2, meetings: 0 },
    ];
    const root = checkChart(monthlyBars(long, labels, { idPrefix: 'long' }), 'long');
    expect(byName(root, 'rect').filter((e) => e.children.length)).toHaveLength(120 * 2);
    const monthLabels = byClass(root, 'chart-axis-x')[0]!.children.filter((e) => e.name === 'text').map(textOf);
    expect(monthLabels[0]).toBe('2015-01');
    expect(monthLabels.length).toBeGreaterThan(5);
    expect(monthLabels.length).toBeLessThan(60);
    for (const m of monthLabels) expect(m).toMatch(/^\d{4}-\d{2}$/);
  });

  it('sums a month given twice and ignores malformed months and bad counts', () => {
    const root = parseXml(
      monthlyBars(
        [
          { month: '2024-01', articles: 1, meetings: 1 },
          { month: '2024-01', articles: 2, meetings: Number.NaN },
          { month: '2024-13', articles: 99, meetings: 99 },
          { month: 'Jan 2024', articles: 99, meetings: 99 },
          { month: '2024-02', articles: -5, meetings: Infinity },
        ],
        labels,
        { idPrefix: 'odd' },
      ),
    );
    expect(byName(root, 'rect').filter((e) => e.children.length).map(textOf)).toEqual([
      '2024-01 文章: 3',
      '2024-01 會議: 1',
      '2024-02 文章: 0',
      '2024-02 會議: 0',
    ]);
  });

  it('escapes markup in labels', () => {
    const evil = '</title><script>alert("x")</script> & \'q\'';
    const svg = monthlyBars(series, { title: evil, desc: evil, articles: evil, meetings: '<b>' }, { idPrefix: 'e' });
    const root = checkChart(svg, 'e');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;');
    expect(textOf(root.children[0]!)).toBe(evil);
  });

  it('is deterministic and its ids follow the prefix', () => {
    const a = monthlyBars(series, labels, { idPrefix: 'x1' });
    expect(monthlyBars(series, labels, { idPrefix: 'x1' })).toBe(a);
    // Input order does not matter.
    expect(monthlyBars([...series].reverse(), labels, { idPrefix: 'x1' })).toBe(a);
    const b = monthlyBars(series, labels, { idPrefix: 'x2' });
    expect(b).toContain('id="x2-title"');
    expect(b).not.toContain('x1-');
    // A prefix that is not a plain id is made one.
    checkChart(monthlyBars(series, labels, { idPrefix: '3 "a"' }), 'c-3--a-');
  });

  it('gives a valid chart saying "no data" for an empty series', () => {
    for (const empty of [[], [{ month: 'bad', articles: 1, meetings: 1 }]]) {
      const svg = monthlyBars(empty, { ...labels, noData: '暫無資料' }, { idPrefix: 'none' });
      const root = checkChart(svg, 'none');
      expect(textOf(byClass(root, 'chart-empty')[0]!)).toBe('暫無資料');
      expect(byName(root, 'rect')).toEqual([]);
    }
    expect(textOf(byClass(parseXml(monthlyBars([], labels, { idPrefix: 'n' })), 'chart-empty')[0]!)).toBe('no data');
  });

  it('prints all-zero months without dividing by zero', () => {
    const svg = monthlyBars([{ month: '2024-05', articles: 0, meetings: 0 }], labels, { idPrefix: 'z' });
    const root = checkChart(svg, 'z');
    expect(byName(root, 'rect').filter((e) => e.children.length).map((e) => e.attrs.height)).toEqual(['0', '0']);
  });
});

describe('coAttendanceGraph', () => {
  const nodes: GraphNode[] = [
    { id: 'p-wang', label: '王建國', href: '/people/wang/', weight: 5 },
    { id: 'p-li', label: '李明', href: '../people/li/', weight: 9 },
    { id: 'p-zhao', label: '趙<i>', href: 'javascript:alert(1)', weight: 2 },
    { id: 'p-chen', label: '陳芳', href: 'people/chen/', weight: 5 },
  ];
  const edges: GraphEdge[] = [
    { a: 'p-li', b: 'p-wang', count: 4 },
    { a: 'p-wang', b: 'p-li', count: 2 },
    { a: 'p-li', b: 'p-chen', count: 1 },
    { a: 'p-li', b: 'p-gone', count: 7 },
    { a: 'p-zhao', b: 'p-zhao', count: 3 },
  ];

  it('draws each node as a link with a circle and a label, heaviest first', () => {
    const root = checkChart(coAttendanceGraph(nodes, edges, { title: '同場', desc: '誰與誰' }, { idPrefix: 'g' }), 'g');
    const drawn = byClass(root, 'chart-node');
    // Weight desc, then id: li 9, chen 5 and wang 5 by id, zhao 2.
    expect(drawn.map((e) => textOf(e))).toEqual(['李明', '陳芳', '王建國', '趙<i>']);
    for (const node of drawn) {
      expect(byName(node, 'circle')).toHaveLength(1);
      expect(byName(node, 'text')).toHaveLength(1);
    }
    expect(drawn.slice(0, 3).map((e) => [e.name, e.attrs.href])).toEqual([
      ['a', '../people/li/'],
      ['a', 'people/chen/'],
      ['a', '/people/wang/'],
    ]);
    // The heaviest node has the largest circle.
    const radii = drawn.map((e) => Number(byName(e, 'circle')[0]!.attrs.r));
    expect(Math.max(...radii)).toBe(radii[0]);
  });

  it('drops a javascript: link but keeps the node', () => {
    const svg = coAttendanceGraph(nodes, edges, { title: 't', desc: 'd' }, { idPrefix: 'g' });
    expect(svg).not.toMatch(/javascript/i);
    const root = parseXml(svg);
    const zhao = byClass(root, 'chart-node').find((e) => textOf(e) === '趙<i>')!;
    expect(zhao.name).toBe('g');
    expect(zhao.attrs.href).toBeUndefined();
    expect(svg).toContain('趙&lt;i&gt;');
  });

  it('sums a pair given both ways, drops self-loops and edges to missing nodes, widens strokes by count', () => {
    const root = parseXml(coAttendanceGraph(nodes, edges, { title: 't', desc: 'd' }, { idPrefix: 'g' }));
    const lines = byClass(root, 'chart-edge');
    // Each pair named in id order (p-chen < p-li < p-wang), lightest first.
    expect(lines.map(textOf)).toEqual(['陳芳 – 李明: 1', '李明 – 王建國: 6']);
    const [thin, thick] = lines.map((e) => Number(e.attrs['stroke-width']));
    expect(thick!).toBeGreaterThan(thin!);
  });

  it('keeps only the 40 heaviest nodes and their edges', () => {
    const many: GraphNode[] = Array.from({ length: 60 }, (_, i) => ({
      id: `n${String(i).padStart(2, '0')}`,
      label: `人${i}`,
      href: `/p/${i}/`,
      weight: i,
    }));
    const links: GraphEdge[] = many.slice(1).map((n, i) => ({ a: many[i]!.id, b: n.id, count: 1 }));
    const root = checkChart(coAttendanceGraph(many, links, { title: 't', desc: 'd' }, { idPrefix: 'big' }), 'big');
    const drawn = byClass(root, 'chart-node');
    expect(MAX_GRAPH_NODES).toBe(40);
    expect(drawn).toHaveLength(40);
    expect(drawn[0] && textOf(drawn[0])).toBe('人59');
    expect(drawn.map(textOf)).not.toContain('人19');
    // A chain 20–21–…–59 among the kept: 39 edges, none to a dropped node.
    const lines = byClass(root, 'chart-edge');
    expect(lines).toHaveLength(39);
    expect(lines.map(textOf).some((t) => t.includes('人19 '))).toBe(false);
  });

  it('is deterministic whatever the input order', () => {
    const a = coAttendanceGraph(nodes, edges, { title: 't', desc: 'd' }, { idPrefix: 'g' });
    expect(coAttendanceGraph(nodes, edges, { title: 't', desc: 'd' }, { idPrefix: 'g' })).toBe(a);
    expect(coAttendanceGraph([...nodes].reverse(), [...edges].reverse(), { title: 't', desc: 'd' }, { idPrefix: 'g' })).toBe(a);
  });

  it('handles one node, and no nodes', () => {
    const one = checkChart(coAttendanceGraph([nodes[0]!], [], { title: 't', desc: 'd' }, { idPrefix: 'one' }), 'one');
    expect(byClass(one, 'chart-node')).toHaveLength(1);
    const none = checkChart(coAttendanceGraph([], edges, { title: 't', desc: 'd' }, { idPrefix: 'none' }), 'none');
    expect(byClass(none, 'chart-empty')).toHaveLength(1);
    expect(byName(none, 'line')).toEqual([]);
  });
});

describe('sparkline', () => {
  const points = [
    { date: '2024-03-01', value: 8.5, label: '8.5億元' },
    { date: '2023-01-15', value: 3 },
    { date: '2023-09-30', value: -2 },
  ];
  const sl = { title: 'GDP', desc: '歷次報道', unit: '億元' };

  it('sorts points by date and gives each dot a tooltip', () => {
    const root = checkChart(sparkline(points, sl, { idPrefix: 's' }), 's');
    const dots = byClass(root, 'chart-dot');
    expect(dots.map(textOf)).toEqual(['2023-01-15: 3 億元', '2023-09-30: -2 億元', '2024-03-01: 8.5億元']);
    const xs = dots.map((d) => Number(d.attrs.cx));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // Highest value drawn highest (smallest y), lowest lowest.
    const ys = dots.map((d) => Number(d.attrs.cy));
    expect(Math.min(...ys)).toBe(ys[2]);
    expect(Math.max(...ys)).toBe(ys[1]);
    const line = byClass(root, 'chart-line')[0]!;
    expect(line.attrs.points!.split(' ')).toHaveLength(3);
    expect(line.attrs.fill).toBe('none');
  });

  it('places points by date, not by index', () => {
    const root = parseXml(
      sparkline(
        [
          { date: '2020-01-01', value: 1 },
          { date: '2020-01-02', value: 2 },
          { date: '2021-01-01', value: 3 },
        ],
        sl,
        { idPrefix: 's' },
      ),
    );
    const xs = byClass(root, 'chart-dot').map((d) => Number(d.attrs.cx));
    expect(xs[1]! - xs[0]!).toBeLessThan(2);
    expect(xs[2]! - xs[1]!).toBeGreaterThan(100);
  });

  it('escapes the labels and unit, and is deterministic', () => {
    const evil = { title: '<script>alert(1)</script>', desc: '"&"', unit: '<u>' };
    const svg = sparkline([...points, { date: '2024-04-01', value: 1, label: '</title><script>' }], evil, { idPrefix: 'e' });
    checkChart(svg, 'e');
    expect(svg).not.toMatch(/<script|<u>/);
    expect(sparkline([...points].reverse(), sl, { idPrefix: 's' })).toBe(sparkline(points, sl, { idPrefix: 's' }));
  });

  it('draws one point or all-equal values without NaN', () => {
    const single = checkChart(sparkline([{ date: '2024-01-01', value: 5 }], sl, { idPrefix: 'one' }), 'one');
    expect(byClass(single, 'chart-dot')).toHaveLength(1);
    const flat = checkChart(
      sparkline(
        [
          { date: '2024-01-01', value: 5 },
          { date: '2024-02-01', value: 5 },
        ],
        sl,
        { idPrefix: 'flat' },
      ),
      'flat',
    );
    const ys = byClass(flat, 'chart-dot').map((d) => d.attrs.cy);
    expect(ys[0]).toBe(ys[1]);
  });

  it('gives a valid "no data" chart for no usable points', () => {
    for (const none of [[], [{ date: 'yesterday', value: 1 }], [{ date: '2024-01-01', value: Number.NaN }]]) {
      const root = checkChart(sparkline(none, sl, { idPrefix: 'none' }), 'none');
      expect(byClass(root, 'chart-empty')).toHaveLength(1);
      expect(byName(root, 'circle')).toEqual([]);
    }
  });
});

describe('helpers', () => {
  it('formatNumber: one decimal at most, no -0, no NaN', () => {
    expect([1, 1.25, 1.04, -0, -0.04, 0.05, Number.NaN, Infinity, 1e30, 123456.789].map(formatNumber)).toEqual([
      '1',
      '1.3',
      '1',
      '0',
      '0',
      '0.1',
      '0',
      '0',
      '1000000000000000',
      '123456.8',
    ]);
  });

  it('safeHref keeps relative and site-absolute paths, refuses schemes and other hosts', () => {
    for (const ok of ['/people/li/', '../a/', 'a/b.html', '#x', '?q=1', 'a/b:c', './javascript:x']) {
      expect(safeHref(ok)).toBe(ok);
    }
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:x',
      'data:text/html,<script>',
      'http://evil.example/',
      'https://evil.example/',
      'mailto:a@b',
      '//evil.example/',
      '/\\evil.example/',
      '\\\\evil.example',
      '',
    ]) {
      expect(safeHref(bad)).toBeNull();
    }
  });
});
