/**
 * A real `indikator serve` in its own process (the compiled `dist/`, as in production) on the
 * loopback address, with its own store, users and temporary folder, and a signed-in HTTP client:
 * for the tests that must see the server as a browser does — whether it stays up and keeps answering.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, runCli } from '../cli/helpers.ts';

/** A signed-in HTTP client: cookies and CSRF token. */
export interface Session {
  cookie: string;
  csrf: string;
}

export interface RealServer {
  readonly base: string;
  /** The server's temporary folder (`TMPDIR`). */
  readonly scratch: string;
  /** What the server wrote to stderr so far. */
  errors(): string;
  /** The exit code, or null while it runs. */
  exitCode(): number | null;
  login(username: string): Promise<Session>;
  /** A multipart upload of `body` as `fileName` to `path`, as the steward. */
  upload(session: Session, path: string, fileName: string, body: Buffer | string): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * Creates the users (name, role, department) and starts the server with `env` added; `repo` is the
 * checkout whose compiled server runs (another commit's, for a paired benchmark).
 */
export async function startRealServer(
  users: readonly (readonly [string, string, string])[],
  env: Record<string, string> = {},
  repo = REPO,
): Promise<RealServer> {
  const dir = mkdtempSync(join(tmpdir(), 'indikator-real-server-'));
  const dataDir = join(dir, 'data');
  const scratch = join(dir, 'tmp');
  mkdirSync(scratch);
  const passwords = new Map<string, string>();
  for (const [name, role, department] of users) {
    const added = await runCli(['user', 'add', name, '--role', role, '--department', department], { dataDir });
    const password = /password: (\S+)/.exec(added.stdout)?.[1];
    if (added.code !== 0 || password === undefined) throw new Error(added.stderr);
    passwords.set(name, password);
  }
  const server: ChildProcess = spawn(process.execPath, ['bin/indikator.js', 'serve', '--port', '0'], {
    cwd: repo,
    env: {
      ...process.env,
      INDIKATOR_DATA_DIR: dataDir,
      INDIKATOR_COOKIE_SECURE: 'false',
      HOST: '127.0.0.1',
      TMPDIR: scratch,
      DATABASE_URL: '',
      INDIKATOR_PSEUDONYM_KEY: 'cd'.repeat(32),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}${stderr}`)));
  });

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

  return {
    base,
    scratch,
    errors: () => stderr,
    exitCode: () => server.exitCode,
    login,
    upload(session, path, fileName, body) {
      const form = new FormData();
      form.append('file', new Blob([body]), fileName);
      return fetch(`${base}${path}`, { method: 'POST', body: form, headers: { Cookie: session.cookie, 'X-CSRF-Token': session.csrf } });
    },
    async stop() {
      if (server.exitCode === null) {
        server.kill('SIGTERM');
        await new Promise((done) => server.once('exit', done));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
