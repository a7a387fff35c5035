import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'Europe/Copenhagen' },
    // Vitest's default is one worker per core less one: on two cores, one file at a time. Most of
    // the suite waits — on the command line and servers it starts, PostgreSQL, Chromium — so a file
    // per core keeps both busy (BENCHMARKS.md, "the test suite"). No test asserts a duration, so
    // sharing the cores changes no outcome.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
