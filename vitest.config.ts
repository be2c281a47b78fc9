import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: builds in tests are heavy, keep parallelism modest.
    maxWorkers: 2,
  },
});
