import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test folders of the pure layers: no files, no processes, no servers, no environment changed.
 * Their files share worker processes (`isolate: false`), so zod, the parsed catalogue and the
 * rest are loaded once per worker instead of once per file (BENCHMARKS.md, "the test suite").
 */
const SHARED_PROCESS_FOLDERS = ['stats', 'origin', 'format', 'aggregate', 'catalogue', 'charts', 'municipalities', 'narrative'];
const sharedProcessFiles = SHARED_PROCESS_FOLDERS.map((folder) => `test/${folder}/**/*.test.ts`);

export default defineConfig({
  test: {
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
    projects: [
      { extends: true, test: { name: 'pure', include: sharedProcessFiles, isolate: false } },
      // Every other file keeps a fresh process (Vitest's default). Sharing processes suite-wide was
      // tried: one XLSX test then failed once on a fresh clone ("the Excel file cannot be read")
      // and passed in every rerun — a state left by an earlier file, not found
      // (docs/decisions.md). Files that read workbooks, start processes or set TMPDIR stay apart.
      { extends: true, test: { name: 'io', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...sharedProcessFiles], isolate: true } },
    ],
  },
});
