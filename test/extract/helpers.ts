// Records for a set of article files, produced in-process exactly as
// `baokan extract --format json` does, and the scorer run over them.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSourceFile } from '../../src/ingest/index.js';
import { processSource } from '../../src/pipeline.js';
import { recordsFile } from '../../src/build.js';
import { tempDir } from '../helpers/tmp.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEEDS = path.join(ROOT, 'seeds');
export const SEED_GOLD = path.join(ROOT, 'test/fixtures/seed-gold');
export const GENRE = path.join(ROOT, 'test/fixtures/genre/articles');
export const GENRE_GOLD = path.join(ROOT, 'test/fixtures/genre/gold');
/** articles written while widening the rules (not tuned in the seeds or the genre corpus) */
export const EXTRA = path.join(ROOT, 'test/fixtures/extract-genre/articles');
export const EXTRA_GOLD = path.join(ROOT, 'test/fixtures/extract-genre/gold');
/** articles written after real scraped pages of the genre (issue 16): the patterns real pages hold */
export const REAL_PATTERN = path.join(ROOT, 'test/fixtures/real-pattern/articles');
export const REAL_PATTERN_GOLD = path.join(ROOT, 'test/fixtures/real-pattern/gold');

export const articleFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f) && !f.includes('.corrections.'))
    .sort()
    .map((f) => path.join(dir, f));

export async function recordsFor(files: string[]) {
  const articles = [];
  for (const file of files) articles.push(processSource(await readSourceFile(file)));
  return recordsFile(articles);
}

export type Summary = Record<'officials' | 'organisations' | 'meetings' | 'figures' | 'titles' | 'meetingFields' | 'articleFields' | 'boilerplate' | 'schemaErrors', number>;

/** Run the project's copy of ../shared/tools/score-records.mjs; returns its summary and printout. */
export async function score(files: string[], goldDir: string): Promise<{ summary: Summary; printed: string }> {
  const dir = tempDir();
  const records = path.join(dir, 'records.json');
  const out = path.join(dir, 'summary.json');
  writeFileSync(records, JSON.stringify(await recordsFor(files)));
  const printed = execFileSync(
    process.execPath,
    [path.join(ROOT, 'test/fixtures/scorer/score-records.mjs'), '--records', records, '--gold', goldDir, '--schema', path.join(ROOT, 'test/fixtures/schema/records.schema.json'), '--out', out, '--verbose'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { summary: JSON.parse(readFileSync(out, 'utf8')) as Summary, printed };
}
