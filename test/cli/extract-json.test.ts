// `baokan extract --format json` prints records that validate against the
// schema (a verbatim copy of ../shared/schema, kept here so a clean clone can test).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/schema/records.schema.json'), 'utf8'));

function extractJson(files: string[]): unknown {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'bin/baokan.js'), 'extract', ...files, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

describe('baokan extract --format json', () => {
  const seeds = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => path.join('seeds', f));
  const genreDir = 'test/fixtures/genre/articles';
  const genre = readdirSync(path.join(ROOT, genreDir)).map((f) => path.join(genreDir, f));

  it('validates against the records schema for the seeds and the genre corpus', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const records = extractJson([...seeds, ...genre]) as { articles: Array<{ paragraphs: string[]; warnings: unknown[] }> };
    const ok = validate(records);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(records.articles).toHaveLength(seeds.length + genre.length);
    for (const a of records.articles) expect(a.paragraphs.length).toBeGreaterThan(0);
  }, 60_000);

  it('carries the damaged-text warning of seed 003', () => {
    const records = extractJson(seeds.filter((f) => f.includes('003_'))) as { articles: Array<{ warnings: Array<{ code: string }> }> };
    expect(records.articles[0]!.warnings.map((w) => w.code)).toContain('damaged-text');
  }, 60_000);
});
