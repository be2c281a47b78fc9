// Front matter is data: a YAML block between `---` lines at the top of a
// Markdown article, read in the core schema. Nothing else is read: gray-matter
// would pick an engine from the opening line (`---js` evaluates JavaScript), so
// the block is split here and any named language other than YAML is refused.
import YAML from 'yaml';
import { stripControlsDeep } from '../control-chars.js';

/** Longer front matter is refused: real front matter is a few hundred bytes. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/** YAML aliases expanded at most this often (a billion-laughs block is refused). */
const MAX_ALIASES = 100;

export interface FrontMatter {
  data: Record<string, unknown>;
  /** the text after the closing line */
  content: string;
  /** a reason the block could not be read, with its offset in the text */
  error: { message: string; offset: number } | null;
}

// The opening line: `---`, optionally a language name; not `----` (a thematic break).
const OPENER = /^\ufeff?---(?!-)([^\n]*)\n/;
const CLOSER = /^---[ \t]*$/m;

export function readFrontMatter(text: string): FrontMatter {
  const open = OPENER.exec(text);
  if (!open) return { data: {}, content: text, error: null };
  const rest = text.slice(open[0].length);
  const close = CLOSER.exec(rest);
  const end = close ? close.index : rest.length;
  const block = rest.slice(0, end);
  const content = close ? rest.slice(close.index + close[0].length).replace(/^\n/, '') : '';
  const refuse = (message: string, offset = 0): FrontMatter => ({ data: {}, content, error: { message, offset } });
  const language = open[1]!.trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return refuse(`front matter in “${open[1]!.trim().slice(0, 20)}” is not read: only YAML front matter is (nothing in an article is run as code)`);
  }
  if (block.length > MAX_FRONT_MATTER_CHARS) return refuse(`front matter over ${MAX_FRONT_MATTER_CHARS / 1024} KB is not read`);
  if (!close) return refuse('front matter has no closing --- line');
  if (block.replace(/^\s*#.*$/gm, '').trim() === '') return { data: {}, content, error: null };
  try {
    // The core schema keeps `2019-02-30` a string, so an impossible date is seen
    // rather than rolled over into March by a JavaScript Date; unknown tags stay strings.
    const data: unknown = YAML.parse(block, { schema: 'core', prettyErrors: true, maxAliasCount: MAX_ALIASES, merge: false });
    if (data === null || data === undefined) return { data: {}, content, error: null };
    if (typeof data !== 'object' || Array.isArray(data)) return refuse('malformed YAML front matter: expected fields (name: value)', open[0].length);
    // values reach pages and messages: no control character in them (a title that clears the terminal)
    return { data: stripControlsDeep(data) as Record<string, unknown>, content, error: null };
  } catch (error) {
    const e = error as { pos?: [number, number]; message: string };
    return refuse(`malformed YAML front matter: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, open[0].length + (e.pos?.[0] ?? 0));
  }
}
