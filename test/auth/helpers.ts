/**
 * The web application with authentication over a temporary SQLite store, five users (one per role,
 * two stewards of different departments), a settable clock, and a small HTTP client that logs in
 * through the real login form and keeps its cookies and CSRF token.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll } from 'vitest';
import { argon2idHasher, LoginRateLimiter, type OidcConfig } from '../../src/auth/index.ts';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { storeDashboardData } from '../../src/services/dashboard-data.ts';
import type { UploadLimits } from '../../src/services/upload/upload-queue.ts';
import { addUser } from '../../src/services/users.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import type { UserRole } from '../../src/accounts/index.ts';
import { createApp } from '../../src/web/index.ts';
import type { AppEnv } from '../../src/web/routes/context.ts';

export const PASSWORD = 'korrekt-hest-batteri';
export const ARBEJDSMARKED = 'Center for Arbejdsmarked';
export const SOCIAL = 'Center for Social og Sundhed';

/** The test users: name → role and departments. */
export const USERS: Readonly<Record<string, { role: UserRole; departments: string[] }>> = {
  admin: { role: 'admin', departments: [] },
  koordinator: { role: 'coordinator', departments: ['Politisk Sekretariat'] },
  arbejdsmarked: { role: 'steward', departments: [ARBEJDSMARKED] },
  social: { role: 'steward', departments: [SOCIAL] },
  laeser: { role: 'reader', departments: [] },
};

/** Cheap Argon2id parameters: the tests are about behaviour, not hashing cost. */
export const testHasher = argon2idHasher({ memoryCost: 1024, timeCost: 1 });

export interface TestApp {
  app: Hono<AppEnv>;
  store: Store;
  clock: { now: Date };
  limiter: LoginRateLimiter;
  dir: string;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh app and store; `withUsers: false` leaves the store without users (open mode); `oidc` turns on OpenID Connect login. */
export async function createTestApp(
  options: { withUsers?: boolean; required?: boolean; oidc?: OidcConfig; uploadLimits?: Partial<UploadLimits> } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'indikator-auth-'));
  dirs.push(dir);
  const clock = { now: new Date('2026-02-10T09:00:00Z') };
  const now = () => clock.now;
  const store = await openStore({ dataDir: join(dir, 'data'), now });
  const catalogue = await loadCatalogue();
  if (options.withUsers !== false) {
    for (const [username, u] of Object.entries(USERS)) {
      await addUser({ store, hasher: testHasher, catalogue }, { username, displayName: `Test ${username}`, ...u }, PASSWORD, 'test');
    }
  }
  const limiter = new LoginRateLimiter({ now: () => clock.now.getTime() });
  const data = (statuses?: ['published']) => storeDashboardData({ store, catalogue, threshold: 5, ...(statuses ? { statuses } : {}) });
  const app = createApp({
    data: data(),
    auth: {
      store,
      catalogue,
      hasher: testHasher,
      publishedData: data(['published']),
      limiter,
      now,
      required: options.required ?? false,
      ...(options.oidc ? { oidc: options.oidc } : {}),
      ...(options.uploadLimits ? { uploadLimits: options.uploadLimits } : {}),
    },
  });
  return { app, store, clock, limiter, dir };
}

/** The value of `name="_csrf"` in the page's form posting to `action` (default the login form). */
export function csrfIn(page: string, action = '/login'): string {
  const form = page.slice(page.indexOf(`action="${action}"`));
  const match = /name="_csrf" value="([^"]+)"/.exec(form);
  if (match === null) throw new Error('no CSRF field in the page');
  return match[1] as string;
}

/** A browser-like client: cookies kept, the session's CSRF token known after login. */
export class Client {
  readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(readonly app: Hono<AppEnv>) {}

  private keep(res: Response): Response {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name === undefined) continue;
      if (/max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value.join('='));
    }
    return res;
  }

  private cookieHeader(): Record<string, string> {
    const text = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return text === '' ? {} : { Cookie: text };
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.keep(await this.app.request(path, { headers: { ...this.cookieHeader(), ...headers } }));
  }

  /** A form POST; the session's CSRF token is added unless `_csrf` is given (use '' for none). */
  async post(path: string, form: Record<string, string | string[]> = {}, headers: Record<string, string> = {}): Promise<Response> {
    const body = new URLSearchParams();
    if (!('_csrf' in form) && this.csrf !== '') body.append('_csrf', this.csrf);
    for (const [k, v] of Object.entries(form)) for (const value of Array.isArray(v) ? v : [v]) if (!(k === '_csrf' && value === '')) body.append(k, value);
    return this.keep(
      await this.app.request(path, {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...this.cookieHeader(), ...headers },
      }),
    );
  }

  /** A multipart upload of `text` as `fileName` with extra fields; CSRF as a form field. */
  async upload(path: string, fileName: string, text: string, fields: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<Response> {
    const form = new FormData();
    if (this.csrf !== '' && !('_csrf' in fields)) form.append('_csrf', this.csrf);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new File([text], fileName, { type: 'text/csv' }));
    return this.keep(await this.app.request(path, { method: 'POST', body: form, headers: { ...this.cookieHeader(), ...headers } }));
  }

  /** A JSON POST with the CSRF token in the header. */
  async postJson(path: string, value: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return this.keep(
      await this.app.request(path, {
        method: 'POST',
        body: JSON.stringify(value),
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': this.csrf, ...this.cookieHeader(), ...headers },
      }),
    );
  }

  /** Logs in through the form; returns the POST response. */
  async login(username: string, password = PASSWORD): Promise<Response> {
    const page = await (await this.get('/login')).text();
    const res = await this.post('/login', { _csrf: csrfIn(page), username, password });
    if (res.status === 303) {
      const me = (await (await this.get('/api/me')).json()) as { csrfToken: string };
      this.csrf = me.csrfToken;
    }
    return res;
  }
}

/** A client already logged in as `username`. */
export async function signedIn(app: Hono<AppEnv>, username: string): Promise<Client> {
  const client = new Client(app);
  const res = await client.login(username);
  if (res.status !== 303) throw new Error(`login as ${username} failed: ${res.status}`);
  return client;
}
