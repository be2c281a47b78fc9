// Figures scored by the shared scorer (the project's verbatim copy of
// ../shared/tools/score-records.mjs) against hand-checked gold: the two seeds,
// the invented genre corpus and the extraction regression articles. Only the
// figures line matters here; test/extract/score.test.ts holds every category.
import { describe, expect, it } from 'vitest';
import { articleFiles, EXTRA, EXTRA_GOLD, GENRE, GENRE_GOLD, score, SEED_GOLD, SEEDS } from './helpers.js';

describe.each([
  ['the seeds', SEEDS, SEED_GOLD],
  ['the genre corpus', GENRE, GENRE_GOLD],
  ['the extraction regression articles', EXTRA, EXTRA_GOLD],
])('figures on %s', (_label, dir, gold) => {
  it('reach F1 ≥ 0.95 with the scorer', async () => {
    const { summary, printed } = await score(articleFiles(dir), gold);
    // the scorer's figure lines: totals, approx accuracy, and each miss or false positive by article
    const lines = printed.split('\n').filter((l) => /^== |^figure|figure (missed|FP)/.test(l));
    const report = `\n${lines.join('\n')}`;
    const totals = /^figures\s+P ([\d.]+) R ([\d.]+) F1 ([\d.]+)/m.exec(printed);
    expect(totals, report).not.toBeNull();
    expect(summary.figures, report).toBeGreaterThanOrEqual(0.95);
    expect(Number(totals![1]), report).toBeGreaterThanOrEqual(0.95);
    expect(Number(totals![2]), report).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
