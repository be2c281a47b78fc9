// Extraction must hold on articles nobody has seen: no person or
// organisation named in the seeds may appear in the code or its lexicons.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { foldName } from '../../src/script.js';
import { ROOT, SEED_GOLD } from './helpers.js';

interface Gold {
  officials: Array<{ name: string }>;
  organisations: { required: Array<{ name: string; aliases?: string[] }>; optional: Array<{ name: string; aliases?: string[] }> };
}

function seedNames(): string[] {
  const names = new Set<string>();
  for (const f of readdirSync(SEED_GOLD).filter((x) => x.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(path.join(SEED_GOLD, f), 'utf8')) as Gold;
    for (const o of g.officials) names.add(o.name);
    for (const o of g.organisations.required) for (const n of [o.name, ...(o.aliases ?? [])]) names.add(n);
    // optional spans include generic words (国务院, 公安); only proper names of five or more characters count
    for (const o of g.organisations.optional) for (const n of [o.name, ...(o.aliases ?? [])]) if (foldName(n).length >= 5) names.add(n);
  }
  return [...names].map(foldName);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('no seed names in the code', () => {
  it('finds none of the seeds’ people or organisations in src/ or the lexicons', () => {
    const names = seedNames();
    expect(names.length).toBeGreaterThan(20);
    const hits: string[] = [];
    for (const file of filesUnder(path.join(ROOT, 'src'))) {
      const text = foldName(readFileSync(file, 'utf8'));
      for (const n of names) if (text.includes(n)) hits.push(`${path.relative(ROOT, file)}: ${n}`);
    }
    expect(hits).toEqual([]);
  });

  it('would notice one', () => {
    // the check itself works: a lexicon line holding a seed name is caught
    const names = seedNames();
    const planted = foldName(`["主任", "${names[0]}"]`);
    expect(names.some((n) => planted.includes(n))).toBe(true);
  });
});
