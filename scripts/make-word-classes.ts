// Writes src/extract/lexicon/word-classes.json: the verbs and function words
// (adverbs, prepositions, time words, conjunctions, pronouns) of jieba's
// dictionary, with their part-of-speech tags, for the organisation grammar's
// word boundaries. Source: the dictionary shipped in the npm package
// @node-rs/jieba (jieba's dict.txt, MIT). Run after upgrading it:
// npx tsx scripts/make-word-classes.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('@node-rs/jieba/package.json'));
const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
/** words rarer than this in jieba's corpus counts are left out */
const MIN_FREQUENCY = 100;
const FUNCTION_TAGS = new Set(['d', 'p', 't', 'c', 'r', 'ad']);

const verbs: string[] = [];
const functionWords: string[] = [];
for (const line of readFileSync(path.join(pkgDir, 'dict.txt'), 'utf8').split('\n')) {
  const [word, frequency, tag] = line.trim().split(/\s+/);
  if (!word || !tag || Number(frequency) < MIN_FREQUENCY || word.length < 2 || word.length > 4 || !/^[\u3400-\u9fff]+$/.test(word)) continue;
  // verbs of two characters only: longer ones tagged v include bodies (审计署)
  if (tag === 'v' && word.length === 2) verbs.push(word);
  else if (FUNCTION_TAGS.has(tag)) functionWords.push(word);
}
const sorted = (words: string[]) => [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const out = path.resolve(import.meta.dirname, '../src/extract/lexicon/word-classes.json');
writeFileSync(
  out,
  `${JSON.stringify(
    {
      source: `jieba's dictionary (dict.txt) in npm @node-rs/jieba ${pkg.version}: verbs (tag v) of 2 Han characters and function words (tags d, p, t, c, r, ad) of 2-4, seen at least ${MIN_FREQUENCY} times`,
      verbs: sorted(verbs).join(' '),
      functionWords: sorted(functionWords).join(' '),
    },
    null,
    2,
  )}\n`,
);
console.log(`${verbs.length} verbs, ${functionWords.length} function words → ${path.relative(process.cwd(), out)}`);
