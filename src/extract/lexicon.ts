// The genre's lexicons (titles, surnames, organisation and meeting grammar),
// read once from the JSON files beside this module. Entries are Simplified;
// article text is folded to Simplified before matching (see fold.ts).
import { readLexicon } from './lexicon-files.js';

const load = readLexicon;

const titles = load<{ titles: string[]; weakTitles: string[] }>('titles.json');
const surnames = load<{ compound: string[]; single: string }>('surnames.json');
const followers = load<{ afterName: string[]; notNameChars: string }>('followers.json');
const orgs = load<{
  strongSuffixes: string[];
  weakSuffixes: string[];
  placeSuffixes: string[];
  levelPrefixes: string[];
  weakFollowers: string[];
  notAfterWeak: Record<string, string[]>;
  stopWords: string[];
  venueEndings: string[];
  genericStems: string[];
  badInside: string[];
  notBeforeWeak: Record<string, string>;
  provinces: string[];
  nounStops: string[];
  strongNotAfter: Record<string, string[]>;
  glue: string[];
  glueAlone: string[];
}>('organisations.json');
const meetings = load<{
  suffixes: string[];
  convene: string[];
  talks: string[];
  chairVerbs: string[];
  speechVerbs: string[];
  attendWords: string[];
  notNames: string[];
}>('meetings.json');

const wordClasses = load<{ verbs: string; functionWords: string }>('word-classes.json');

const longestFirst = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** A set of words with a longest-match lookup at a position. */
export class WordList {
  readonly words: string[];
  private readonly byFirst = new Map<string, string[]>();
  private readonly byLast = new Map<string, string[]>();
  private readonly set: Set<string>;
  constructor(words: string[]) {
    this.words = longestFirst(words);
    this.set = new Set(this.words);
    for (const w of this.words) {
      const list = this.byFirst.get(w[0]!) ?? [];
      list.push(w);
      this.byFirst.set(w[0]!, list);
      const last = this.byLast.get(w[w.length - 1]!) ?? [];
      last.push(w);
      this.byLast.set(w[w.length - 1]!, last);
    }
  }
  has(word: string): boolean {
    return this.set.has(word);
  }
  /** The longest word starting at `at`, or null. */
  matchAt(text: string, at: number): string | null {
    const list = this.byFirst.get(text[at] ?? '');
    if (!list) return null;
    for (const w of list) if (text.startsWith(w, at)) return w;
    return null;
  }
  /** The longest word ending at `end` (exclusive), or null. */
  matchBefore(text: string, end: number): string | null {
    const list = this.byLast.get(text[end - 1] ?? '');
    if (!list) return null;
    for (const w of list) if (end - w.length >= 0 && text.startsWith(w, end - w.length)) return w;
    return null;
  }
}

export const TITLES = new WordList(titles.titles);
export const WEAK_TITLES = new Set(titles.weakTitles);
export const COMPOUND_SURNAMES = new Set(surnames.compound);
export const SINGLE_SURNAMES = new Set([...surnames.single]);
export const NAME_FOLLOWERS = new WordList(followers.afterName);
export const NOT_NAME_CHARS = new Set([...followers.notNameChars]);

export const ORG_STRONG_SUFFIXES = new WordList(orgs.strongSuffixes);
export const ORG_WEAK_SUFFIXES = new Set(orgs.weakSuffixes);
export const PLACE_SUFFIXES = new WordList(orgs.placeSuffixes);
export const LEVEL_PREFIXES = new WordList(orgs.levelPrefixes);
export const ORG_WEAK_FOLLOWERS = new WordList(orgs.weakFollowers);
export const ORG_NOT_AFTER_WEAK = orgs.notAfterWeak;
export const ORG_STOP_WORDS = new WordList(orgs.stopWords);
export const VENUE_ENDINGS = new WordList(orgs.venueEndings);
export const GENERIC_ORG_STEMS = new Set(orgs.genericStems);
export const NOT_IN_ORG_NAMES = orgs.badInside;
/** weak suffix → characters that make it part of a word when they stand before it (主办, 全部) */
export const ORG_NOT_BEFORE_WEAK = orgs.notBeforeWeak;
export const PROVINCES = new WordList(orgs.provinces);
export const NOUN_STOP_WORDS = new Set(orgs.nounStops);
export const ORG_STRONG_NOT_AFTER = orgs.strongNotAfter;
/** words glued before a body's place or level prefix on real pages (支持, 据, 原, 部分, 上半年) */
export const ORG_GLUE = new WordList(orgs.glue);
/** the glue words cut from a name's front even with no prefix after them (上半年, 部分, 全资) */
export const ORG_GLUE_ALONE = new WordList(orgs.glueAlone);

/** verbs of jieba's dictionary (word-classes.json): a word boundary before or after a body's name */
export const DICT_VERBS: ReadonlySet<string> = new Set(wordClasses.verbs.split(' '));
/** adverbs, prepositions, time words, conjunctions and pronouns of jieba's dictionary */
export const DICT_FUNCTION_WORDS: ReadonlySet<string> = new Set(wordClasses.functionWords.split(' '));

export const MEETING_SUFFIXES = new WordList(meetings.suffixes);
export const CONVENE_VERBS = new WordList(meetings.convene);
export const TALK_WORDS = meetings.talks;
export const SPEECH_VERBS = new WordList(meetings.speechVerbs);
export const ATTEND_WORDS = meetings.attendWords;
export const NOT_MEETING_NAMES = new Set(meetings.notNames);

/** Every lexicon entry, for the test that keeps seed names out of the lexicons. */
export function allLexiconEntries(): string[] {
  return [
    ...titles.titles,
    ...surnames.compound,
    ...followers.afterName,
    ...orgs.strongSuffixes,
    ...orgs.weakSuffixes,
    ...orgs.stopWords,
    ...meetings.suffixes,
  ];
}
