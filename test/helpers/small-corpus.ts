// Small invented corpora for tests that build many times (kills, races,
// refusals): a few generated articles build in a second or two.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../../scripts/lib/corpus.js';

/** Write `count` generated articles into `dir`; returns their file names. */
export function writeSmallCorpus(dir: string, count = 3, seed = 7): string[] {
  mkdirSync(dir, { recursive: true });
  const files = generateCorpus({ count, seed });
  for (const f of files) writeFileSync(path.join(dir, f.name), f.bytes);
  return files.map((f) => f.name);
}
