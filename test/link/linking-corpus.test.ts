// The invented linking corpus (test/fixtures/linking, issue 17): 46 reports
// from six provinces and three sectors, with namesakes, 省国资委 in four
// provinces, 市委 in seven cities, one meeting reported twice and people
// changing posts over the years. Pairwise precision and recall of people and
// organisations against the gold clusters.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFiles, recordsFor, ROOT } from '../extract/helpers.js';
import { linkArchive, type Archive } from '../../src/link/index.js';
import { foldName } from '../../src/script.js';
import type { ArticleRecord } from '../../src/types.js';

const DIR = path.join(ROOT, 'test/fixtures/linking');
const gold = JSON.parse(readFileSync(path.join(DIR, 'gold.json'), 'utf8')) as { people: Record<string, string[]>; organisations: Record<string, string[]> };

/** Pairwise precision and recall of predicted ids against gold clusters, over the items found. */
export function pairwise(clusters: Record<string, string[]>, predict: (item: string) => string | null | undefined) {
  const items = Object.entries(clusters).flatMap(([c, list]) => list.map((item) => ({ item, gold: c, found: predict(item) })));
  const found = items.filter((x) => x.found !== undefined);
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < found.length; i++) for (let j = i + 1; j < found.length; j++) {
    const x = found[i]!, y = found[j]!;
    const same = x.found !== null && x.found === y.found;
    if (x.gold === y.gold) same ? tp++ : fn++;
    else if (same) fp++;
  }
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), coverage: found.length / items.length, pairs: tp + fn };
}

let records: ArticleRecord[];
let archive: Archive;
beforeAll(async () => {
  records = (await recordsFor(articleFiles(path.join(DIR, 'articles')))).articles;
  archive = linkArchive(records);
}, 120_000);

const split = (item: string) => {
  const at = item.indexOf(':');
  return { article: records.find((a) => a.id === item.slice(0, at))!, name: foldName(item.slice(at + 1)) };
};

describe('linking corpus', () => {
  it('is what the issue asks for: 40+ articles, 6+ provinces', () => {
    expect(records.length).toBeGreaterThanOrEqual(40);
    expect(new Set(records.map((a) => a.context?.place?.province).filter(Boolean)).size).toBeGreaterThanOrEqual(6);
  });

  it('links people with pairwise precision and recall ≥ 0.95', () => {
    const score = pairwise(gold.people, (item) => {
      const { article, name } = split(item);
      const index = article.officials.findIndex((o) => foldName(o.name) === name);
      return index < 0 ? undefined : (archive.byArticle.get(article.id)!.officials[index] ?? null);
    });
    expect(score.coverage).toBeGreaterThanOrEqual(0.95);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('links organisations with pairwise precision and recall ≥ 0.95', () => {
    const score = pairwise(gold.organisations, (item) => {
      const { article, name } = split(item);
      const index = article.organisations.findIndex((o) => [o.name, ...o.aliases].some((n) => foldName(n) === name));
      return index < 0 ? undefined : (archive.byArticle.get(article.id)!.organisations[index] ?? null);
    });
    expect(score.coverage).toBeGreaterThanOrEqual(0.95);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('makes one meeting of the reform meeting reported twice', () => {
    const twice = archive.meetings.filter((m) => m.articles.length > 1);
    expect(twice.map((m) => m.articles)).toEqual([['l06', 'l07']]);
  });
});
