/**
 * Issue 17, item 1, against a real running server (`indikator serve` in its own process, on the
 * loopback address): an upload of up to 20 MB of any shape — XLSX bombs (one 300 MB cell, a million
 * rows, ten million empty cells), a CSV of one endless field, of endless short rows, of an endless
 * header, random bytes — is refused with a clear 422, the process stays up, and other requests are
 * answered within a second all the while. Request loops are bounded; nothing leaves 127.0.0.1.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hugeCellWorkbook, manyCellsWorkbook, manyRowsWorkbook } from '../ingest/xlsx-bombs.ts';
import { REPO, runCli } from '../cli/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'indikator-stress-'));
const dataDir = join(dir, 'data');
const scratch = join(dir, 'tmp');
const passwords = new Map<string, string>();
const MB = 1024 * 1024;
let server: ChildProcess | undefined;
let base = '';
let serverErrors = '';

/** A signed-in HTTP client: cookies and CSRF token. */
interface Session {
  cookie: string;
  csrf: string;
}

async function login(username: string): Promise<Session> {
  const page = await fetch(`${base}/login`);
  const loginCookie = (page.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const body = new URLSearchParams({ _csrf: loginCookie.split('=')[1] ?? '', username, password: passwords.get(username) ?? '' });
  const res = await fetch(`${base}/login`, { method: 'POST', body, headers: { Cookie: loginCookie }, redirect: 'manual' });
  if (res.status !== 303) throw new Error(`login as ${username}: ${res.status}`);
  const cookie = (res.headers.getSetCookie().find((c) => c.startsWith('indikator-session=')) ?? '').split(';')[0] ?? '';
  const me = (await (await fetch(`${base}/api/me`, { headers: { Cookie: cookie } })).json()) as { csrfToken: string };
  return { cookie, csrf: me.csrfToken };
}

beforeAll(async () => {
  mkdirSync(scratch);
  const env = { dataDir };
  for (const [name, role, department] of [
    ['koordinator', 'coordinator', 'Politisk Sekretariat'],
    ['arbejdsmarked', 'steward', 'Center for Arbejdsmarked'],
  ] as const) {
    const added = await runCli(['user', 'add', name, '--role', role, '--department', department], env);
    const password = /password: (\S+)/.exec(added.stdout)?.[1];
    if (added.code !== 0 || password === undefined) throw new Error(added.stderr);
    passwords.set(name, password);
  }
  server = spawn(process.execPath, ['bin/indikator.js', 'serve', '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, INDIKATOR_DATA_DIR: dataDir, INDIKATOR_COOKIE_SECURE: 'false', HOST: '127.0.0.1', TMPDIR: scratch, DATABASE_URL: '', INDIKATOR_PSEUDONYM_KEY: 'cd'.repeat(32) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    serverErrors += chunk.toString();
  });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server?.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    server?.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  const coordinator = await login('koordinator');
  const opened = await fetch(`${base}/api/rounds`, {
    method: 'POST',
    body: JSON.stringify({ name: 'Runde 2025', deadline: '2026-12-31', periods: { calendar_year: '2025' } }),
    headers: { Cookie: coordinator.cookie, 'X-CSRF-Token': coordinator.csrf, 'Content-Type': 'application/json' },
  });
  if (opened.status !== 201) throw new Error(`open round: ${opened.status} ${await opened.text()}`);
}, 120_000);

afterAll(async () => {
  if (server?.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((done) => server?.once('exit', done));
  }
  rmSync(dir, { recursive: true, force: true });
});

const header = 'indicator;period;group;breakdown;numerator;denominator;value;n;definition;third_generation;suppressed;note\n';
const row = 'selvforsoergelse;2025;target;;420;1000;;;origin;false;false;\n';

/** Builds a body of about `bytes` from a head, a repeated unit and nothing else. */
function repeated(head: string, unit: string, bytes: number): Buffer {
  return Buffer.from(head + unit.repeat(Math.floor((bytes - head.length) / unit.length)));
}

const SHAPES: readonly { name: string; file: string; body: () => Buffer; phrase: string }[] = [
  { name: 'an XLSX whose one cell inflates to 300 MB', file: 'celle.xlsx', body: () => hugeCellWorkbook(300), phrase: 'a cell holding more than 256 KB of text' },
  { name: 'an XLSX of a million rows', file: 'raekker.xlsx', body: () => manyRowsWorkbook(1_000_000), phrase: 'more than 51,000 rows' },
  { name: 'an XLSX of ten million empty cells', file: 'celler.xlsx', body: () => manyCellsWorkbook(10_000_000), phrase: 'more than 1,020,000 cells' },
  { name: 'a 19.5 MB CSV that is one field', file: 'felt.csv', body: () => repeated(header, 'x', 19.5 * MB), phrase: 'the row is longer than 1,048,576 characters' },
  { name: 'a 19.5 MB CSV of short rows', file: 'mange.csv', body: () => repeated(header, row, 19.5 * MB), phrase: 'more than 50,000 cells (rows)' },
  { name: 'a 19.5 MB header', file: 'overskrift.csv', body: () => repeated('', 'kolonne;', 19.5 * MB), phrase: 'the row is longer than 1,048,576 characters' },
  { name: '19.5 MB of random bytes', file: 'tilfaeldig.csv', body: () => randomBytes(19.5 * MB), phrase: '' },
];

/** Polls a light page every 50 ms while `work` runs (at most 2,000 polls) and returns the slowest answer. */
async function slowestWhile(work: Promise<unknown>, session: Session): Promise<number> {
  let done = false;
  void work.finally(() => {
    done = true;
  });
  let slowest = 0;
  for (let i = 0; i < 2_000 && !done; i++) {
    const start = performance.now();
    const res = await fetch(`${base}/api/me`, { headers: { Cookie: session.cookie } });
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    slowest = Math.max(slowest, performance.now() - start);
    await new Promise((r) => setTimeout(r, 50));
  }
  return slowest;
}

describe('a real server under hostile 20 MB uploads', () => {
  it.each(SHAPES)('$name: refused with 422, the server answering others within 1 s', async (shape) => {
    const steward = await login('arbejdsmarked');
    const body = shape.body();
    expect(body.length).toBeLessThan(20 * MB);
    const form = new FormData();
    form.append('file', new Blob([body]), shape.file);
    const upload = fetch(`${base}/api/rounds/1/deliveries?check=true`, { method: 'POST', body: form, headers: { Cookie: steward.cookie, 'X-CSRF-Token': steward.csrf } });
    const slowest = await slowestWhile(upload, steward);
    const res = await upload;
    const answer = await res.text();
    expect(res.status, answer.slice(0, 500)).toBe(422);
    if (shape.phrase !== '') expect(answer).toContain(shape.phrase);
    expect(slowest).toBeLessThan(1000);
    expect(server?.exitCode, serverErrors).toBeNull();
    // No unpacked sheet or upload is left behind in the server's temporary folder.
    expect(readdirSync(scratch).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
  }, 120_000);
});
