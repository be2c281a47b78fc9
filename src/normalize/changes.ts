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
  private readonly layers: Change[][] = [];

  push(changes: Change[]): void {
    if (changes.length) this.layers.push(changes);
  }

  /** Offset in the original text for an offset in the final text. */
  toSource(offset: number): number {
    let o = offset;
    for (let i = this.layers.length - 1; i >= 0; i--) o = mapBack(this.layers[i]!, o);
    return o;
  }

  get changeCount(): number {
    return this.layers.reduce((n, l) => n + l.length, 0);
  }
}

function mapBack(changes: Change[], offset: number): number {
  let delta = 0; // output offset minus input offset, before the current change
  for (const c of changes) {
    const outStart = c.start + delta;
    if (offset < outStart) break;
    const outEnd = outStart + c.replacement.length;
    if (offset < outEnd || (offset === outEnd && c.replacement.length === 0 && offset === outStart)) {
      return c.start + Math.min(offset - outStart, c.end - c.start);
    }
    delta += c.replacement.length - (c.end - c.start);
  }
  return offset - delta;
}

/** 1-based line and column of an offset, as vfile and editors count them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
