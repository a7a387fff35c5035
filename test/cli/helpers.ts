/**
 * Helpers for the command-line behaviour tests: run `node bin/indikator.js` as a user would (a
 * child process with its own data folder and pseudonymisation key), limit how many run at once,
 * read the CSV files the commands write, read the store's fingerprint, and build CPR-shaped values
 * at run time (never as literals in the repository).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { openStore } from '../../src/store/index.ts';

/** The repository root (where `bin/indikator.js` lives). */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Two pseudonymisation keys (32 bytes as 64 hex characters). */
export const KEY_A = '0123456789abcdef'.repeat(4);
export const KEY_B = 'fedcba9876543210'.repeat(4);

/** What a finished command left behind. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Where a command runs: its data folder and its key. */
export interface CliEnv {
  dataDir: string;
  key?: string;
  /** `INDIKATOR_SUPPRESSION_THRESHOLD` for the command (unset by default). */
  threshold?: string;
}

/** Environment variables that would send a command elsewhere than the test's own SQLite store. */
const FOREIGN_ENV = ['DATABASE_URL', 'INDIKATOR_SUPPRESSION_THRESHOLD', 'INDIKATOR_PSEUDONYM_KEY', 'INDIKATOR_DATA_DIR'];

function childEnv(env: CliEnv): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of FOREIGN_ENV) delete base[name];
  return {
    ...base,
    INDIKATOR_DATA_DIR: env.dataDir,
    INDIKATOR_PSEUDONYM_KEY: env.key ?? KEY_A,
    ...(env.threshold === undefined ? {} : { INDIKATOR_SUPPRESSION_THRESHOLD: env.threshold }),
  };
}

/** Runs `indikator <args>` to the end; never rejects (the exit code is in the result). */
export function runCli(args: readonly string[], env: CliEnv): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, ['bin/indikator.js', ...args], { cwd: REPO, env: childEnv(env), maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      done({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** A limiter: at most `max` tasks run at once (the machine may have two cores). */
export function createPool(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= max) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** A temp folder removed after the test file; `path(name)` is a path inside it. */
export function useTempDir(prefix: string): { dir: string; path: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir, path: (name) => join(dir, name) };
}

/** The store's fingerprint (sha256 over deliveries, cells and audit log). */
export async function storeFingerprint(dataDir: string): Promise<string> {
  const store = await openStore({ dataDir });
  try {
    return await store.fingerprint();
  } finally {
    await store.close();
  }
}

/** Parses RFC 4180 CSV text with ',' (what the product writes) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.endsWith('\r') ? field.slice(0, -1) : field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** CSV text as objects keyed by the header; also returns the header itself. */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header = [], ...rows] = parseCsv(text);
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

/**
 * A CPR-shaped identifier (DDMMYYSSSS) with a date that exists, built at run time from `seed`, so no
 * such literal sits in the repository.
 */
export function generatedCpr(seed: number): string {
  const day = 1 + (seed % 28);
  const month = 1 + (Math.floor(seed / 7) % 12);
  const year = 30 + (seed % 70);
  const serial = 1000 + ((seed * 7919) % 9000);
  return `${[day, month, year].map((n) => String(n).padStart(2, '0')).join('')}${serial}`;
}

/** The forms in which a CPR number can leak: plain and with the usual dash. */
export function cprForms(cpr: string): string[] {
  return [cpr, `${cpr.slice(0, 6)}-${cpr.slice(6)}`];
}
