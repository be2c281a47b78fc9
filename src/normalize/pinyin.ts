// Scraped pages of this genre carry pinyin readings after characters, e.g.
// 區(qū), 國(guo)(guo)務院. Strip an annotation only where it is a real reading of
// the character before it, so real parentheses — (送審稿), (2019), (彼 岸) — stay.
import { pinyin } from 'pinyin-pro';
import { toSimplified } from '../script.js';
import { replaceMatches, type Transformed } from './changes.js';

const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ';
const ANNOTATION = new RegExp(`([\\u3400-\\u9fff])((?:[(（][${PINYIN_LETTERS}]{1,7}[)）])+)`, 'g');
const ONE = new RegExp(`[(（]([${PINYIN_LETTERS}]{1,7})[)）]`, 'g');

const readingCache = new Map<string, { toned: Set<string>; toneless: Set<string> }>();

function stripTones(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'v').normalize('NFC');
}

/** All readings of a character (and of its Simplified form), toned and toneless. */
export function readingsOf(ch: string): { toned: Set<string>; toneless: Set<string> } {
  const cached = readingCache.get(ch);
  if (cached) return cached;
  const toned = new Set<string>();
  for (const form of new Set([ch, toSimplified(ch)])) {
    for (const r of pinyin(form, { multiple: true, type: 'array' })) if (r && r !== form) toned.add(r.toLowerCase());
  }
  const toneless = new Set([...toned].map(stripTones));
  const result = { toned, toneless };
  readingCache.set(ch, result);
  return result;
}

export function isReadingOf(ch: string, annotation: string): boolean {
  const { toned, toneless } = readingsOf(ch);
  const a = annotation.toLowerCase().normalize('NFC');
  if (toned.has(a)) return true;
  // Toneless annotations (guo) are compared without tones; toned ones must match.
  return stripTones(a) === a.replace(/ü/g, 'v') && toneless.has(stripTones(a));
}

export function stripPinyinAnnotations(text: string): Transformed {
  return replaceMatches(text, ANNOTATION, 'pinyin-annotation', (m) => {
    const ch = m[1]!;
    const groups = [...m[2]!.matchAll(ONE)].map((g) => g[1]!);
    return groups.every((g) => isReadingOf(ch, g)) ? ch : null;
  });
}
