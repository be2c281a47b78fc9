// Seeds plus any one report from another province (issue 17): every seed
// person and body keeps its page (its id is its URL), and its facts.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFiles, recordsFor, ROOT, SEEDS } from '../extract/helpers.js';
import { linkArchive, type Archive } from '../../src/link/index.js';
import type { ArticleRecord } from '../../src/types.js';

let seeds: ArticleRecord[];
let others: ArticleRecord[];
let alone: Archive;
beforeAll(async () => {
  seeds = (await recordsFor(articleFiles(SEEDS))).articles;
  const corpus = (await recordsFor(articleFiles(path.join(ROOT, 'test/fixtures/linking/articles')))).articles;
  const seedProvinces = new Set(seeds.map((a) => a.context?.place?.province));
  others = corpus.filter((a) => a.context?.place && !seedProvinces.has(a.context.place.province));
  alone = linkArchive(seeds);
}, 120_000);

const facts = (archive: Archive, seedIds: Set<string>) => ({
  people: archive.people
    .filter((p) => p.articles.some((a) => seedIds.has(a)))
    .map((p) => ({ id: p.id, articles: p.articles, titles: p.titles.map((t) => `${t.articleId}:${t.organisationId}:${t.title}`) })),
  organisations: archive.organisations
    .filter((o) => o.articles.some((a) => seedIds.has(a)))
    .map((o) => ({ id: o.id, name: o.name, articles: o.articles, people: o.people.map((x) => `${x.personId}:${x.title}`).sort() })),
  meetings: archive.meetings.filter((m) => seedIds.has(m.articleId)).map((m) => ({ id: m.id, articles: m.articles, participants: m.participantIds })),
});

describe('seeds plus one report from another province', () => {
  it('keeps every seed person, body and meeting with its URL and facts', () => {
    expect(others.length).toBeGreaterThanOrEqual(10);
    const seedIds = new Set(seeds.map((a) => a.id));
    const before = facts(alone, seedIds);
    expect(before.people.length).toBeGreaterThan(10);
    for (const other of others) expect(facts(linkArchive([...seeds, other]), seedIds), other.id).toEqual(before);
  });
});
