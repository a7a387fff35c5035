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
    // A worker process runs file after file and keeps the modules it has loaded — zod's schemas, the
    // parsed catalogue, kysely, hono — instead of a fresh process per file loading them again, which
    // was a third of the suite's CPU time (BENCHMARKS.md, "the test suite"). Safe because no test
    // file mocks a module or stubs a global, the two that set TMPDIR put it back, and the product's
    // module-level state is pure memos (the shipped catalogue is read-only). A file that ever needs
    // a fresh process: a second entry in `projects` with `isolate: true` for it.
    isolate: false,
  },
});
