// Issue 21: builds SIGKILLed at random moments while they write a whole new site over one that is not sealed (replaced whole); after
// each, a build must leave exactly what a clean build makes. 9 of the 54 kills
// of test/security/kill-*.test.ts (test/security/kill/kill-builds.ts).
import { describe, expect, it } from 'vitest';
import { killRepeatedly } from './kill/kill-builds.js';

describe('full builds over an unsealed site killed at random moments', () => {
  it('9 kills, each followed by a build equal to a clean build', { timeout: 600_000 }, async () => {
    const { kills } = await killRepeatedly('unsealed', 9, 62);
    expect(kills).toBe(9);
  });
});
