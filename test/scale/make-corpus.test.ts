// The generated corpus (scripts/lib/corpus.ts) is what benchmarks and scale
// tests build: it must be the same for the same seed, load without errors
// through the real stages, and hold the mix of forms the genre has.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, seedNames } from '../../scripts/lib/corpus.js';
import { loadArticles } from '../../src/build.js';
import { toSimplified } from '../../src/script.js';
import { tempDir } from '../helpers/tmp.js';

describe('generated corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = generateCorpus({ count: 40, seed: 'x' });
    const b = generateCorpus({ count: 40, seed: 'x' });
    const c = generateCorpus({ count: 40, seed: 'y' });
    expect(b.map((f) => f.name)).toEqual(a.map((f) => f.name));
    for (let i = 0; i < a.length; i++) expect(Buffer.compare(Buffer.from(a[i]!.bytes), Buffer.from(b[i]!.bytes))).toBe(0);
    expect(c.some((f, i) => Buffer.compare(Buffer.from(f.bytes), Buffer.from(a[i]!.bytes)) !== 0)).toBe(true);
  });

  it('loads through ingest, normalize and parse with no errors, in both scripts and every form', async () => {
    const dir = tempDir('baokan-corpus-');
    const corpus = generateCorpus({ count: 50, seed: 3 });
    for (const f of corpus) await fs.writeFile(path.join(dir, f.name), f.bytes);
    const { articles, files } = await loadArticles(dir);
    const errors = files.flatMap((f) => f.messages.filter((m) => m.fatal === true).map((m) => `${f.path}: ${m.reason}`));
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(50);
    const records = articles.map((a) => a.record);
    expect(new Set(records.map((r) => r.script))).toEqual(new Set(['Hans', 'Hant']));
    expect(records.some((r) => r.source.path.endsWith('.md'))).toBe(true);
    expect(records.some((r) => r.views !== null)).toBe(true);
    expect(records.some((r) => r.titleDerived)).toBe(true);
    // annotated files exist and lose their annotations in normalize
    const annotated = corpus.filter((f) => /[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)/.test(Buffer.from(f.bytes).toString('utf8')));
    expect(annotated.length).toBeGreaterThan(0);
    for (const r of records) expect(r.paragraphs.join('')).not.toMatch(/[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)/);
    const sizes = corpus.map((f) => f.bytes.length).sort((x, y) => x - y);
    expect(sizes[0]).toBeGreaterThan(600);
    expect(sizes[sizes.length - 1]).toBeLessThan(4000);
  });

  it('holds legacy encodings at the rates asked for', () => {
    const corpus = generateCorpus({ count: 400, seed: 5 });
    const notUtf8 = corpus.filter((f) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(f.bytes);
        return false;
      } catch {
        return true;
      }
    });
    // ~5% GBK + ~5% Big5 (Big5 only where every character has a Big5 code)
    expect(notUtf8.length).toBeGreaterThan(400 * 0.05);
    expect(notUtf8.length).toBeLessThan(400 * 0.15);
  });

  it('never uses a name of a person or organisation from the seed gold', () => {
    const names = seedNames().map(toSimplified).filter((n) => [...n].length >= 2);
    expect(names.length).toBeGreaterThan(10);
    const text = toSimplified(
      generateCorpus({ count: 300, seed: 1 })
        .map((f) => Buffer.from(f.bytes).toString('utf8'))
        .join('\n'),
    );
    expect(names.filter((n) => text.includes(n))).toEqual([]);
  });
});
