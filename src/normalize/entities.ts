// HTML entities left in scraped text, including damaged ones whose `&` became
// `?` in a lossy re-encoding (`?ldquo;` → “).
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { replaceMatches, type Transformed } from './changes.js';

// Scrapers escape twice (`&amp;ldquo;`): the `&amp;`s in front of an entity
// are folded into it, so one pass decodes it whole and decoding clean text
// again changes nothing.
const ENTITY = /[&?](?:(?:amp|#0*38|#[xX]0*26);)*(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
const DAMAGED_ONLY = /\?(?:amp;)*([a-zA-Z][a-zA-Z0-9]{1,31});/g;

function decodeReference(body: string): string | null {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return String.fromCodePoint(code);
  }
  const decoded = decodeNamedCharacterReference(body);
  return decoded === false ? null : decoded;
}

/** Plain text: decode `&name;`, `&#n;` and damaged `?name;`. */
export function decodeHtmlEntities(text: string): Transformed {
  return replaceMatches(text, ENTITY, 'html-entity', (m) => {
    const body = m[1]!;
    // `?` only stands for `&` before a named entity; `?#12;` is too likely real text.
    if (m[0][0] === '?' && body.startsWith('#')) return null;
    return decodeReference(body);
  });
}

/** Markdown decodes real entities itself; only the damaged `?name;` form is ours to fix. */
export function decodeDamagedEntities(text: string): Transformed {
  return replaceMatches(text, DAMAGED_ONLY, 'html-entity', (m) => decodeReference(m[1]!));
}
