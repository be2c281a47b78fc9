// Line endings, invisible characters and spacing. Punctuation is the article's
// own and is never changed.
import { replaceMatches, type Transformed } from './changes.js';

/**
 * CRLF/CR → LF; drop zero-width and stray control characters; NBSP → space; trim line ends.
 * A run of blanks is tried only from its start (lookbehind): otherwise every
 * blank of a long indentation starts a new attempt and 1 MB of nested
 * Markdown takes minutes.
 */
export function unifyWhitespace(text: string): Transformed {
  return replaceMatches(
    text,
    // eslint-disable-next-line no-control-regex
    /\r\n?|[\u200b\u200e\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\u00a0|(?<![ \t\u3000])[ \t\u3000]+(?=[\r\n]|$)/g,
    'whitespace',
    (m) => {
      const s = m[0];
      if (s[0] === '\r') return '\n';
      if (s === '\u00a0') return ' ';
      return '';
    },
  );
}
