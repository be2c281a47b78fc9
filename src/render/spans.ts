// Spans of one body paragraph wrapped in elements we build ourselves, after
// sanitizing: marks for damaged and corrected text (with a note marker after
// each), and links for mentions of people, organisations, meetings, figures.
//
// Offsets are into the record's paragraph text. Both kinds of span are cut at
// every boundary of either kind and wrapped per text node, so a mark inside a
// link, a link across a mark's edge, or either across `**` gives well-formed
// markup: a link is `<a>` outside, a mark `<mark>` inside it, a span across
// inline markup one element per piece. No `<a>` is ever put inside another.
import type { Element, ElementContent, Text } from 'hast';
import type { BodyLink, BodyMark } from './body.js';

const LINK_KINDS: ReadonlySet<string> = new Set<BodyLink['kind']>(['person', 'organisation', 'meeting', 'figure']);

/**
 * A site-absolute path (`/people/x/`), a relative one (`../../people/x/index.html`,
 * no colon, so no scheme) or a fragment (`#f-1`), nothing else: no `//host`
 * or `/\host`, no blank or control character (a browser drops tabs and line
 * breaks from a URL, which could make `//`).
 */
// eslint-disable-next-line no-control-regex
export const SAFE_HREF = /^(?:(?:\/(?![/\\])|#)[^\s\\\u0000-\u001f\u007f]*|(?:\.\.\/)*[\w-][^\s:\\\u0000-\u001f\u007f]*)$/;

interface Range<T> {
  span: T;
  /** offsets in the joined text of the element's text nodes, end exclusive */
  from: number;
  to: number;
}

interface TextPiece {
  node: Text;
  parent: Element;
  /** inside an `<a>` of the Markdown body */
  inLink: boolean;
}

/**
 * Wrap marks and links in one paragraph element whose text should be `text`.
 * The parser's paragraph text is the element's text with line breaks (and the
 * blanks around them) removed and trimmed; anything else that differs leaves
 * the paragraph as it is. Returns how many links were placed; adds the notes
 * whose marker was placed to `marked`.
 */
export function wrapParagraph(element: Element, text: string, marks: readonly BodyMark[], links: readonly BodyLink[], marked: Set<string>): number {
  const nodes: TextPiece[] = [];
  const collect = (el: Element, inLink: boolean) => {
    for (const child of el.children) {
      if (child.type === 'text') nodes.push({ node: child, parent: el, inLink });
      else if (child.type === 'element') collect(child, inLink || child.tagName === 'a');
    }
  };
  collect(element, false);
  const raw = nodes.map((n) => n.node.value).join('');
  // position in `raw` of each character kept in the paragraph text
  const kept: number[] = [];
  const drop = new Set<number>();
  for (const m of raw.matchAll(/\s*\n\s*/g)) for (let i = m.index; i < m.index + m[0].length; i++) drop.add(i);
  for (let i = 0; i < raw.length; i++) if (!drop.has(i)) kept.push(i);
  while (kept.length && /\s/.test(raw[kept[0]!]!)) kept.shift();
  while (kept.length && /\s/.test(raw[kept[kept.length - 1]!]!)) kept.pop();
  if (kept.map((i) => raw[i]).join('') !== text) return 0;
  const toRaw = <T extends { start: number; end: number }>(span: T): Range<T> => ({ span, from: kept[span.start]!, to: kept[span.end - 1]! + 1 });

  // raw positions inside a link of the Markdown body: no mention link may touch them
  const inBodyLink = new Uint8Array(raw.length);
  let at = 0;
  for (const n of nodes) {
    if (n.inLink) inBodyLink.fill(1, at, at + n.node.value.length);
    at += n.node.value.length;
  }

  const markRanges = acceptMarks(marks, text.length).map(toRaw);
  const linkRanges = acceptLinks(links, text.length, (l) => {
    const r = toRaw(l);
    return !inBodyLink.subarray(r.from, r.to).includes(1);
  }).map(toRaw);
  if (markRanges.length === 0 && linkRanges.length === 0) return 0;

  // note markers of marks ending inside a link wait until after the link
  const waiting = new Map<Range<BodyLink>, BodyMark[]>();
  let offset = 0;
  for (const { node, parent, inLink } of nodes) {
    const nodeFrom = offset;
    offset += node.value.length;
    const nodeTo = offset;
    const overlaps = <T>(r: Range<T>) => r.from < nodeTo && r.to > nodeFrom;
    const here = [...markRanges.filter(overlaps), ...linkRanges.filter(overlaps)];
    if (here.length === 0) continue;
    const cuts = [...new Set([nodeFrom, nodeTo, ...here.flatMap((r) => [r.from, r.to])])]
      .filter((c) => c >= nodeFrom && c <= nodeTo)
      .sort((a, b) => a - b);
    const covering = <T>(ranges: Range<T>[], from: number, to: number) => ranges.find((r) => r.from <= from && r.to >= to);

    const replacement: ElementContent[] = [];
    let anchor: { range: Range<BodyLink>; element: Element } | null = null;
    const closeAnchor = (to: number) => {
      if (!anchor) return;
      replacement.push(anchor.element);
      if (anchor.range.to === to) {
        for (const m of waiting.get(anchor.range) ?? []) placeNoteRef(replacement, m, marked);
        waiting.delete(anchor.range);
      }
      anchor = null;
    };
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i]!;
      const to = cuts[i + 1]!;
      const value = node.value.slice(from - nodeFrom, to - nodeFrom);
      const mark = covering(markRanges, from, to);
      const link = covering(linkRanges, from, to);
      if (anchor && anchor.range !== link) closeAnchor(from);
      if (link && !anchor) anchor = { range: link, element: linkElement(link.span) };
      const target = anchor ? anchor.element.children : replacement;
      target.push(mark ? markElement(mark.span, value) : { type: 'text', value });
      // the marker is a link: none inside a link of the body (its note still lists the paragraph)
      if (mark && mark.to === to && !inLink) {
        if (link) waiting.set(link, [...(waiting.get(link) ?? []), mark.span]);
        else placeNoteRef(replacement, mark.span, marked);
      }
    }
    closeAnchor(nodeTo);
    parent.children.splice(parent.children.indexOf(node), 1, ...replacement);
  }
  return linkRanges.length;
}

/** Non-overlapping marks, in order; of two that overlap the earlier is kept. */
function acceptMarks(marks: readonly BodyMark[], length: number): BodyMark[] {
  const ordered = marks
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start && m.end <= length)
    .sort((a, b) => a.start - b.start || a.end - b.end || a.note.localeCompare(b.note));
  const accepted: BodyMark[] = [];
  let lastEnd = -1;
  for (const m of ordered) {
    if (m.start < lastEnd) continue;
    accepted.push(m);
    lastEnd = m.end;
  }
  return accepted;
}

/**
 * Links that can be placed, in text order: in range, of a known kind, with a
 * safe href, clear of the body's own links (`allowed`). Of two that overlap,
 * or one inside the other, the longer is kept, then the earlier.
 */
function acceptLinks(links: readonly BodyLink[], length: number, allowed: (l: BodyLink) => boolean): BodyLink[] {
  const candidates = links
    .filter((l) => Number.isInteger(l.start) && Number.isInteger(l.end) && l.start >= 0 && l.end > l.start && l.end <= length)
    .filter((l) => LINK_KINDS.has(l.kind) && typeof l.href === 'string' && SAFE_HREF.test(l.href) && allowed(l))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.href < b.href ? -1 : a.href > b.href ? 1 : 0));
  const accepted: BodyLink[] = [];
  for (const l of candidates) if (accepted.every((k) => l.end <= k.start || l.start >= k.end)) accepted.push(l);
  return accepted.sort((a, b) => a.start - b.start);
}

function linkElement(l: BodyLink): Element {
  const properties: Element['properties'] = { className: ['mention', `mention-${l.kind}`], href: l.href };
  if (typeof l.title === 'string' && l.title !== '') properties.title = l.title;
  return { type: 'element', tagName: 'a', properties, children: [] };
}

function markElement(m: BodyMark, value: string): Element {
  return { type: 'element', tagName: 'mark', properties: { className: [m.kind === 'damaged' ? 'text-damaged' : 'text-corrected'] }, children: [{ type: 'text', value }] };
}

function placeNoteRef(target: ElementContent[], m: BodyMark, marked: Set<string>): void {
  target.push({
    type: 'element',
    tagName: 'sup',
    properties: { className: ['note-ref'], dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${m.note}`, id: `ref-${m.note}` },
        children: [{ type: 'text', value: m.label }],
      },
    ],
  });
  marked.add(m.note);
}
