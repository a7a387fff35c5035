/**
 * `indikator statbank fetch` and `indikator statbank tables` as a user runs them (`node
 * bin/indikator.js` in a child process with its own data folder), against the fixture server via
 * `STATBANK_URL` — online, offline from the cache, and offline with nothing cached.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtResponder } from './built.ts';
import { startFixtureServer } from './fixture-server.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function indikator(args: readonly string[], env: { dataDir: string; statbankUrl: string }): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, INDIKATOR_DATA_DIR: env.dataDir, STATBANK_URL: env.statbankUrl };
  delete childEnv.DATABASE_URL;
  delete childEnv.INDIKATOR_SUPPRESSION_THRESHOLD;
  return new Promise((done) => {
    execFile(process.execPath, ['bin/indikator.js', ...args], { cwd: REPO, env: childEnv }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      done({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'indikator-statbank-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('indikator statbank', () => {
  it('fetches, lists the tables, and works offline from the cache', async () => {
    const server = await startFixtureServer([builtResponder()]);
    const env = { dataDir: join(dir, 'online'), statbankUrl: server.url };
    const fetched = await indikator(['statbank', 'fetch', '--municipality', '825'], env);
    await server.close();
    expect(fetched.stderr).toContain('Metadata: FOLK1E');
    expect(fetched.code).toBe(0);
    expect(fetched.stdout).toContain('Læsø (825)');
    expect(fetched.stdout).toMatch(/RAS200\s+2023\s+2024-11-20T08:00:00\s+hentet \/ fetched\s+12/);
    expect(fetched.stdout).toContain('rækker gemt / rows stored');

    const tables = await indikator(['statbank', 'tables'], env);
    expect(tables.code).toBe(0);
    expect(tables.stdout).toMatch(/FOLK1E\s+Befolkningen den 1\. i kvartalet\s+2025-08-11T08:00:00/);

    // The server is gone: the same fetch works from the cache, with a warning per table.
    const offline = await indikator(['statbank', 'fetch', '--municipality', '825'], env);
    expect(offline.code).toBe(0);
    expect(offline.stderr.match(/Advarsel \/ warning/g)).toHaveLength(8);
    expect(offline.stdout).toContain('Ingen ændringer siden sidste hentning');
  });

  it('fails with a clear message offline with nothing cached, and on a malformed municipality', async () => {
    const env = { dataDir: join(dir, 'empty'), statbankUrl: 'http://127.0.0.1:9/v1' };
    const offline = await indikator(['statbank', 'fetch', '--municipality', '825', '--offline'], env);
    expect(offline.code).toBe(1);
    expect(offline.stderr).toContain('Tabel FOLK1E kan ikke hentes');
    expect(offline.stderr).not.toContain('Intern fejl');
    const bad = await indikator(['statbank', 'fetch', '--municipality', 'Læsø'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('three digits');
  });
});
