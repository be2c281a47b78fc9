// Every normalization step reports what it changed as a list of replacements
// on its own input, so offsets in the clean text can be mapped back to the
// source file (for messages with line and column).

export interface Change {
  /** offsets in the input of the step that made the change */
  start: number;
  end: number;
  replacement: string;
  kind: string;
}

export interface Transformed {
  text: string;
  changes: Change[];
}

/** Apply a global regex; `replace` returns the replacement, or null to keep the match. */
export function replaceMatches(
  text: string,
  pattern: RegExp,
  kind: string,
  replace: (match: RegExpExecArray) => string | null,
): Transformed {
  if (!pattern.global) throw new Error('replaceMatches needs a global pattern');
  const changes: Change[] = [];
  let out = '';
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const replacement = replace(m);
    if (replacement === null || replacement === m[0]) continue;
    out += text.slice(last, m.index) + replacement;
    changes.push({ start: m.index, end: m.index + m[0].length, replacement, kind });
    last = m.index + m[0].length;
  }
  if (changes.length === 0) return { text, changes };
  return { text: out + text.slice(last), changes };
}

/** Maps offsets in the output of a chain of steps back to the first input. */
export class OffsetMap {
  private readonly layers: Layer[] = [];

  push(changes: Change[]): void {
    if (changes.length) this.layers.push(indexLayer(changes));
  }

  /** Offset in the original text for an offset in the final text. */
  toSource(offset: number): number {
    let o = offset;
    for (let i = this.layers.length - 1; i >= 0; i--) o = mapBack(this.layers[i]!, o);
    return o;
  }

  get changeCount(): number {
    return this.layers.reduce((n, l) => n + l.changes.length, 0);
  }
}

/** A layer's changes with their output starts and the delta before each, so a lookup is a binary search. */
interface Layer {
  changes: Change[];
  outStarts: number[];
  deltasBefore: number[];
  deltaAfter: number;
}

function indexLayer(changes: Change[]): Layer {
  const outStarts: number[] = [];
  const deltasBefore: number[] = [];
  let delta = 0; // output offset minus input offset
  for (const c of changes) {
    outStarts.push(c.start + delta);
    deltasBefore.push(delta);
    delta += c.replacement.length - (c.end - c.start);
  }
  return { changes, outStarts, deltasBefore, deltaAfter: delta };
}

function mapBack(layer: Layer, offset: number): number {
  // the last change whose output starts at or before offset
  let lo = 0;
  let hi = layer.outStarts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (layer.outStarts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // several zero-length replacements may share one output start: take the first of them
  while (found > 0 && layer.outStarts[found - 1] === layer.outStarts[found] && offset === layer.outStarts[found]) found--;
  if (found < 0) return offset;
  const c = layer.changes[found]!;
  const outStart = layer.outStarts[found]!;
  const outEnd = outStart + c.replacement.length;
  if (offset < outEnd || (offset === outEnd && c.replacement.length === 0 && offset === outStart)) {
    return c.start + Math.min(offset - outStart, c.end - c.start);
  }
  const deltaAfter = found + 1 < layer.changes.length ? layer.deltasBefore[found + 1]! : layer.deltaAfter;
  return offset - deltaAfter;
}

// Line starts of the last text asked about: messages for one file come in a run.
let lineIndexText: string | null = null;
let lineStarts: number[] = [];

/** 1-based line and column of an offset, as vfile and editors count them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  if (text !== lineIndexText) {
    lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    lineIndexText = text;
  }
  // the last line start at or before offset (a newline at offset still belongs to its line)
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}
