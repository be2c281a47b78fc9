// Extraction scored by the shared scorer against hand-checked gold: the two
// seeds, the invented genre corpus and the articles written while widening
// the rules (test/fixtures/extract-genre), at the thresholds; and the
// real-pattern corpus (articles written after real scraped pages) at issue
// 16's thresholds.
import { describe, expect, it } from 'vitest';
import { articleFiles, EXTRA, EXTRA_GOLD, GENRE, GENRE_GOLD, REAL_PATTERN, REAL_PATTERN_GOLD, score, SEED_GOLD, SEEDS } from './helpers.js';

describe.each([
  ['the seeds', SEEDS, SEED_GOLD],
  ['the genre corpus', GENRE, GENRE_GOLD],
  ['the extraction regression articles', EXTRA, EXTRA_GOLD],
])('extraction on %s', (_label, dir, gold) => {
  it('meets the thresholds for officials, titles, organisations, meetings and figures', async () => {
    const { summary, printed } = await score(articleFiles(dir), gold);
    const report = `\n${printed}`;
    expect(summary.schemaErrors, report).toBe(0);
    expect(summary.officials, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.titles, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.organisations, report).toBeGreaterThanOrEqual(0.85);
    expect(summary.meetings, report).toBe(1);
    expect(summary.meetingFields, report).toBeGreaterThanOrEqual(0.9);
    expect(summary.figures, report).toBeGreaterThanOrEqual(0.95);
    const figures = /^figures\s+P ([\d.]+) R ([\d.]+) F1 ([\d.]+)/m.exec(printed);
    expect(figures, report).not.toBeNull();
    expect(Number(figures![1]), report).toBeGreaterThanOrEqual(0.95);
    expect(Number(figures![2]), report).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});

describe('extraction on the real-pattern corpus', () => {
  it('meets issue 16’s thresholds for organisations, meetings, officials, titles’ bodies, figures and article fields', async () => {
    const files = articleFiles(REAL_PATTERN);
    expect(files.length).toBeGreaterThanOrEqual(35);
    const { summary, printed } = await score(files, REAL_PATTERN_GOLD);
    const report = `\n${printed}`;
    const line = (name: string) => Number(new RegExp(`^${name}\\s+([\\d.]+)`, 'm').exec(printed)?.[1] ?? NaN);
    expect(summary.schemaErrors, report).toBe(0);
    expect(summary.organisations, report).toBeGreaterThanOrEqual(0.9);
    expect(summary.meetings, report).toBeGreaterThanOrEqual(0.9);
    expect(summary.officials, report).toBeGreaterThanOrEqual(0.95);
    // titleOrgs is printed as n/a when no gold title names a body
    const titleOrgs = /^titleOrgs\s+n\/a/m.test(printed) ? 1 : line('titleOrgs');
    expect(titleOrgs, report).toBeGreaterThanOrEqual(0.9);
    expect(summary.figures, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.articleFields, report).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
