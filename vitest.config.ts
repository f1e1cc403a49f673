import { defineConfig } from 'vitest/config';

// PGlite's first start in a process takes seconds, and each test gets a fresh data dir.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores on this machine; PGlite workers need ~0.5 GB each while starting.
    maxWorkers: 2,
    pool: 'forks',
  },
});
