// Scraped pages of this genre carry pinyin readings after characters, in
// many shapes: 區(qū), 國(guo)(guo)務院, 為(wéi / wèi), 了(le/liǎo), 會(huì ),
// 場(chǎng)(chǎng), （qū）. Strip an annotation where it is a real reading of the
// character before it, so real parentheses — (送審稿), (2019), (彼 岸) — stay.
// On a page that is annotated (several real readings), a bracketed pinyin
// syllable is an annotation even where it is the wrong reading for its
// character (會議(yi) is right, 黨(dan) is a truncated one).
import { pinyin } from 'pinyin-pro';
import { toSimplified } from '../script.js';
import { replaceMatches, type Transformed } from './changes.js';
import { PINYIN_SYLLABLES } from './pinyin-syllables.js';

const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ';
const READING = `[${PINYIN_LETTERS}]{1,7}`;
// one bracket: a reading, or alternatives split by `/`, with stray blanks inside
const GROUP = `[(（][ \\t]*${READING}(?:[ \\t]*[/／][ \\t]*${READING})*[ \\t]*[)）]`;
const ANNOTATION = new RegExp(`([\\u3400-\\u9fff])((?:${GROUP})+)`, 'g');
const ONE = new RegExp(GROUP, 'g');
const LETTER_RUN = new RegExp(`[${PINYIN_LETTERS}]+`, 'g');
/** Real readings on a page before a bracketed syllable counts as an annotation whatever its character. */
const ANNOTATED_PAGE = 2;

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

/** A pinyin syllable, toned or not (`dan`, `liǎo`), though perhaps not a reading of its character. */
export function isPinyinSyllable(s: string): boolean {
  return PINYIN_SYLLABLES.has(stripTones(s.toLowerCase()));
}

/** The readings in an annotation's brackets: `(wéi / wèi)(wèi)` → [['wéi', 'wèi'], ['wèi']]. */
function groupsOf(annotation: string): string[][] {
  return [...annotation.matchAll(ONE)].map((g) => g[0].match(LETTER_RUN) ?? []);
}

export function stripPinyinAnnotations(text: string): Transformed {
  ANNOTATION.lastIndex = 0;
  let real = 0;
  for (let m = ANNOTATION.exec(text); m && real < ANNOTATED_PAGE; m = ANNOTATION.exec(text)) {
    const ch = m[1]!;
    if (groupsOf(m[2]!).every((g) => g.every((r) => isReadingOf(ch, r)))) real++;
  }
  const annotatedPage = real >= ANNOTATED_PAGE;
  return replaceMatches(text, ANNOTATION, 'pinyin-annotation', (m) => {
    const ch = m[1]!;
    const groups = groupsOf(m[2]!);
    const fits = (r: string) => isReadingOf(ch, r) || (annotatedPage && isPinyinSyllable(r));
    return groups.every((g) => g.every(fits)) ? ch : null;
  });
}
