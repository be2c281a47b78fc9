// Line endings, invisible characters and spacing. Punctuation is the article's
// own and is never changed.
import { replaceMatches, type Transformed } from './changes.js';

// Characters dropped wherever they are: zero-width, bidi controls, BOM, C0 controls but tab and line ends.
const INVISIBLE = '\\u200b\\u200e\\u200f\\u2060\\ufeff\\u202a-\\u202e\\u2066-\\u2069\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f';
// Blanks at a line end, with invisible characters among them: all of it goes in one match, so a blank
// before a zero-width space at a line end is not left behind for a second pass to find.
const BLANK = ` \\t\\u3000\\u00a0${INVISIBLE}`;
// A C1 control on its own (not within Latin-1 mojibake such as `ä¸\u00ad`, which damage.ts flags as such).
export const LONE_C1 = '(?<![\\u00c2-\\u00ef\\u0080-\\u00bf])[\\u0080-\\u009f](?![\\u0080-\\u00bf])';
const PATTERN = new RegExp(`\\r\\n?|(?<trail>(?<![${BLANK}])[${BLANK}]+(?=[\\r\\n]|$))|[${INVISIBLE}]|${LONE_C1}|\\u00a0`, 'g');

/**
 * CRLF/CR → LF; drop zero-width and stray control characters (C1 ones too); NBSP → space; trim line ends.
 * A run of blanks is tried only from its start (lookbehind): otherwise every
 * blank of a long indentation starts a new attempt and 1 MB of nested
 * Markdown takes minutes.
 */
export function unifyWhitespace(text: string): Transformed {
  return replaceMatches(text, PATTERN, 'whitespace', (m) => {
    if (m.groups?.trail) return '';
    if (m[0][0] === '\r') return '\n';
    if (m[0] === '\u00a0') return ' ';
    return '';
  });
}
