// Markdown nesting limits. remark parses 10,000 nested list markers in
// quadratic time (minutes) and every tree walker after it — ours, and
// mdast-util-to-hast, rehype-sanitize and the stringifier at render time —
// recurses once per level and overflows the stack. No article nests more than
// a few levels, so anything deeper is kept as plain text, with a warning.
import type { Root, RootContent } from 'mdast';

/** Container depth estimated from a line's prefix (markers plus indentation / 2). */
export const MAX_PREFIX_DEPTH = 32;
/** Longest run of emphasis delimiters (`*`, `_`) parsed as such. */
export const MAX_DELIMITER_RUN = 64;
/** Deepest node kept as a tree; deeper content becomes the text of one block. */
export const MAX_TREE_DEPTH = 48;
/**
 * Emphasis marks and link openers parsed as such per block of inline
 * content (see limitDelimiters). micromark matches them pairwise: 10,000 `*a ` in one
 * paragraph took a minute; 400 take milliseconds, and no article has more.
 */
export const MAX_DELIMITERS_PER_BLOCK = 400;

// Same-length stand-ins (one UTF-16 unit each): offsets into the text stay valid.
const INERT: Record<string, string> = { '>': '＞', '-': '－', '*': '＊', '+': '＋', '.': '．', ')': '）', _: '＿', '[': '［' };

/**
 * Neutralize what would nest past the limits, without changing the text's
 * length: the marker at which a line's container prefix gets too deep, and
 * delimiter runs too long to be emphasis, become their full-width forms.
 * Returns the offset of the first change, or null when nothing changed.
 */
export function limitMarkdownNesting(text: string): { text: string; firstChange: number | null } {
  const chars: string[] = [];
  let copied = 0;
  let firstChange: number | null = null;
  const replace = (at: number) => {
    const c = text[at]!;
    if (!(c in INERT)) return;
    chars.push(text.slice(copied, at), INERT[c]!);
    copied = at + 1;
    if (firstChange === null || at < firstChange) firstChange = at;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const cut = tooDeepMarker(text, lineStart, lineEnd);
    const runs = longDelimiterRuns(text, cut ?? lineStart, lineEnd);
    if (cut !== null) replace(cut);
    for (const [from, to] of runs) for (let i = from; i < to; i++) if (i !== cut) replace(i);
    lineStart = lineEnd + 1;
  }
  if (firstChange === null) return { text, firstChange };
  chars.push(text.slice(copied));
  return { text: chars.join(''), firstChange };
}

// A line that starts its own inline content: list item, heading or link definition.
const STARTS_BLOCK = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|#{1,6}(?:[ \t]|$)|\[[^\]\n]*\]:)/;

/**
 * Past MAX_DELIMITERS_PER_BLOCK in one block (its own inline content: lines
 * up to a blank line, a list item, a heading or a definition), `*`, `_` and
 * `[` become their full-width forms (same length). Returns the offset of the
 * first change, or null.
 */
export function limitDelimiters(text: string): { text: string; firstChange: number | null } {
  const changed: number[] = [];
  let count = 0;
  let afterHeading = false;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const starts = STARTS_BLOCK.exec(line);
    if (afterHeading || starts || line.trim() === '') count = 0;
    afterHeading = starts !== null && starts[0].trimStart().replace(/^[>\s]*/, '').startsWith('#');
    for (let i = start; i < end; i++) {
      const c = text[i];
      if ((c === '*' || c === '_' || c === '[') && ++count > MAX_DELIMITERS_PER_BLOCK) changed.push(i);
    }
    start = end + 1;
  }
  if (changed.length === 0) return { text, firstChange: null };
  const parts: string[] = [];
  let copied = 0;
  for (const at of changed) {
    parts.push(text.slice(copied, at), INERT[text[at]!]!);
    copied = at + 1;
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), firstChange: changed[0]! };
}

const isBlank = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** The marker character where the line's container prefix passes MAX_PREFIX_DEPTH, if it does. */
function tooDeepMarker(text: string, from: number, to: number): number | null {
  let i = from;
  let column = 0;
  let markers = 0;
  while (i < to) {
    const c = text[i]!;
    if (c === ' ') {
      column++;
      i++;
      continue;
    }
    if (c === '\t') {
      column += 4 - (column % 4);
      i++;
      continue;
    }
    let end = -1;
    let markerAt = i;
    if (c === '>') end = i + 1;
    else if ((c === '-' || c === '*' || c === '+') && isBlank(text[i + 1])) end = i + 1;
    else if (c >= '0' && c <= '9') {
      let j = i;
      while (j < to && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
      if ((text[j] === '.' || text[j] === ')') && isBlank(text[j + 1])) {
        end = j + 1;
        markerAt = j;
      }
    }
    if (end < 0) return null;
    markers++;
    if (markers + Math.floor(column / 2) > MAX_PREFIX_DEPTH) return markerAt;
    column += end - i;
    i = end;
  }
  return null;
}

/** Runs of `*`/`_` longer than MAX_DELIMITER_RUN, except a line that is only a thematic break. */
function longDelimiterRuns(text: string, from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = from; i < to; ) {
    if (text[i] !== '*' && text[i] !== '_') {
      i++;
      continue;
    }
    let j = i;
    while (j < to && (text[j] === '*' || text[j] === '_')) j++;
    if (j - i > MAX_DELIMITER_RUN) runs.push([i, j]);
    i = j;
  }
  if (runs.length && /^[ \t]*([*_])(?:[ \t]*\1)*[ \t]*$/.test(text.slice(from, to))) return [];
  return runs;
}

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * Replace every node deeper than MAX_TREE_DEPTH by its text, as the kind of
 * node its parent may hold (paragraph, list item or text). Iterative, so it
 * works on trees too deep for recursion. Returns the offset of the first
 * replaced node (in the parsed text), or null when none was.
 */
export function flattenDeepNodes(tree: Root): number | null {
  let first: number | null = null;
  const stack: Array<{ node: Root | RootContent; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as RootContent[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (depth + 1 >= MAX_TREE_DEPTH && 'children' in child) {
        const offset = child.position?.start.offset ?? 0;
        if (first === null || offset < first) first = offset;
        children[i] = asText(child, node.type);
      } else stack.push({ node: child, depth: depth + 1 });
    }
  }
  return first;
}

function asText(node: RootContent, parentType: string): RootContent {
  const value = textOf(node);
  const position = node.position;
  const text = { type: 'text', value, position } as RootContent;
  if (parentType === 'list') return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text], position }], position } as RootContent;
  if (FLOW_PARENTS.has(parentType)) return { type: 'paragraph', children: [text], position } as RootContent;
  return text;
}

/** mdast-util-to-string without recursion: values and image alts in document order. */
function textOf(node: RootContent): string {
  const parts: string[] = [];
  const stack: RootContent[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if ('value' in n && typeof n.value === 'string') parts.push(n.value);
    else if (n.type === 'image' && n.alt) parts.push(n.alt);
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as RootContent);
  }
  return parts.join('');
}
