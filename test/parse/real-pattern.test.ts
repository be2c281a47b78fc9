// The shared real-pattern corpus (test/fixtures/real-pattern/, articles
// written in the shapes of real scraped pages, with hand-written gold):
// what parse and normalize answer for — article fields, page chrome kept out
// of the paragraphs, damaged text flagged — scored by the shared scorer at
// the thresholds. Extraction on the same corpus is scored in
// test/extract/score.test.ts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFiles, ROOT, score } from '../extract/helpers.js';

const DIR = path.join(ROOT, 'test/fixtures/real-pattern');

describe('the real-pattern corpus, as parse and normalize read it', () => {
  it('gets the article fields right (≥ 0.95), keeps page chrome out (≥ 0.95) and flags all damaged text', async () => {
    const { summary, printed } = await score(articleFiles(path.join(DIR, 'articles')), path.join(DIR, 'gold'));
    const report = `\n${printed}`;
    expect(summary.schemaErrors, report).toBe(0);
    expect(summary.articleFields, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.boilerplate, report).toBeGreaterThanOrEqual(0.95);
    const warnings = /^warnings\s+([\d.]+)\s+\((\d+)\/(\d+)\)/m.exec(printed);
    expect(warnings, report).not.toBeNull();
    expect(Number(warnings![3]), report).toBeGreaterThanOrEqual(3);
    expect(warnings![2], report).toBe(warnings![3]);
  }, 120_000);
});
