// The script indexes' postings encoding: what src/search/fallback.ts writes is
// what public/search-fallback.js reads back, for any postings.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import fc from 'fast-check';
import { encodePostings } from '../../src/search/fallback.js';
import { PUBLIC_DIR, runScripts } from '../../src/search/core.js';

const api = runScripts([path.join(PUBLIC_DIR, 'search-fallback.js')]).BaokanFallback as { decodePostings(s: string): Map<number, number[]> };

/** [[doc, position…], …]: docs ascending, each with ascending positions. */
const postings = fc
  .uniqueArray(fc.nat({ max: 5_000_000 }), { maxLength: 60 })
  .chain((docs) => fc.tuple(...[...docs].sort((a, b) => a - b).map((d) => fc.uniqueArray(fc.nat({ max: 2_000_000 }), { minLength: 1, maxLength: 8 }).map((ps) => [d, ...ps.sort((a, b) => a - b)]))));

describe('postings encoding', () => {
  it('decodes to the postings it was encoded from', () => {
    fc.assert(
      fc.property(postings, (list) => {
        const decoded = api.decodePostings(encodePostings(list));
        expect([...decoded.entries()].map(([d, ps]) => [d, ...ps])).toEqual(list);
      }),
      { numRuns: 300 },
    );
  });

  it('spends one character on a small gap, and more only as numbers grow', () => {
    // per document: gap from the previous one, positions − 1, gaps between positions
    expect(encodePostings([[0, 0]])).toBe('AAA');
    expect(encodePostings([[0, 0], [1, 3], [2, 0, 1]])).toBe('AAA' + 'AAD' + 'ABAA');
    expect(encodePostings([[31, 0]])).toBe('fAA');
    expect(encodePostings([[40, 0]])).toHaveLength(4);
  });

  it('refuses a string that is not postings', () => {
    expect(() => api.decodePostings('A*')).toThrow(/bad postings/);
  });
});
