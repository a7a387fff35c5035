/**
 * Login through the municipality's identity provider: a real OpenID Connect provider
 * (`oidc-provider`, its development login and consent pages) on 127.0.0.1, the app under test
 * driven like a browser — manual redirects, cookies carried by hand on both sides. Its
 * `findAccount` says every account's `preferred_username` is the name typed at the provider's
 * login, so typing `koordinator` is the local coordinator and `ukendt` is nobody here.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authConfigFromEnv, type OidcConfig } from '../../src/auth/index.ts';
import { setDisabled } from '../../src/services/users.ts';
import { Client, createTestApp, type TestApp } from './helpers.ts';

const REDIRECT = 'http://localhost:3000/login/oidc/callback';
const CLIENT_ID = 'indikator';
const CLIENT_SECRET = 'en-lang-test-hemmelighed-til-klienten';

let server: Server;
let issuer: string;

/**
 * A provider on a free port. By default it gives profile claims in the userinfo response only (the
 * provider's conforming default); `idTokenClaims` turns the userinfo endpoint off, which puts them
 * in the ID token instead — the two places a municipality's provider may put the user name.
 */
async function startProvider(options: { idTokenClaims?: boolean } = {}): Promise<{ server: Server; issuer: string }> {
  const listening = createServer();
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  const provider = new Provider(url, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [REDIRECT], grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], profile: ['preferred_username', 'name'], email: ['email'] },
    cookies: { keys: ['cookie-noegle-kun-til-test'] },
    // Set explicitly, which also keeps the provider's notices about defaults out of the test output.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    ...(options.idTokenClaims === true ? { features: { userinfo: { enabled: false } } } : {}),
    async findAccount(_ctx, id) {
      return { accountId: id, claims: async () => ({ sub: id, preferred_username: id, email: `${id}@kommune.example` }) };
    },
  });
  listening.on('request', provider.callback());
  return { server: listening, issuer: url };
}

beforeAll(async () => {
  ({ server, issuer } = await startProvider());
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const oidcConfig = (at = issuer): OidcConfig => ({
  issuer: at,
  clientId: CLIENT_ID,
  clientSecret: CLIENT_SECRET,
  redirectUrl: REDIRECT,
  usernameClaim: 'preferred_username',
});

/** A cookie jar for the provider side (paths ignored: one provider, one flow). */
class Jar {
  private readonly cookies = new Map<string, string>();
  keep(res: Response): Response {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return res;
  }
  header(): Record<string, string> {
    return { Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  }
}

/** Follows the provider's redirects, logs in as `login` and consents; returns the URL it sends the browser back to. */
async function throughProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Jar();
  let res = jar.keep(await fetch(authorizationUrl, { redirect: 'manual', headers: jar.header() }));
  let url = authorizationUrl;
  for (let step = 0; step < 12; step++) {
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location') ?? '', url);
      if (next.href.startsWith(REDIRECT)) return next;
      url = next.href;
      res = jar.keep(await fetch(url, { redirect: 'manual', headers: jar.header() }));
      continue;
    }
    const page = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (res.status !== 200 || action === undefined) throw new Error(`provider answered ${res.status}: ${page.slice(0, 300)}`);
    const form: Record<string, string> = page.includes('value="login"') ? { prompt: 'login', login, password: 'hvad-som-helst' } : { prompt: 'consent' };
    url = new URL(action, url).href;
    res = jar.keep(
      await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        body: new URLSearchParams(form),
        headers: { ...jar.header(), 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    );
  }
  throw new Error('the provider never sent the browser back');
}

/** Starts the login at the app, goes through the provider, and returns the callback URL (not yet visited). */
async function startAndLogIn(client: Client, login: string, next = ''): Promise<URL> {
  const start = await client.get(next === '' ? '/login/oidc' : `/login/oidc?next=${encodeURIComponent(next)}`);
  expect(start.status).toBe(303);
  return throughProvider(start.headers.get('location') ?? '', login);
}

const callbackPath = (url: URL) => url.pathname + url.search;

describe('OpenID Connect login against a real provider', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ oidc: oidcConfig() });
  });

  it('offers the link on the login page and sends the browser to the provider with PKCE, state and nonce', async () => {
    const client = new Client(t.app);
    const page = await (await client.get('/login?next=%2Frunder')).text();
    expect(page).toContain('href="/login/oidc?next=%2Frunder"');
    expect(page).toContain('Log ind med kommunens login (OpenID Connect)');
    const res = await client.get('/login/oidc');
    expect(res.status).toBe(303);
    const target = new URL(res.headers.get('location') ?? '');
    expect(target.origin).toBe(issuer);
    expect(target.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(target.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(target.searchParams.get('code_challenge_method')).toBe('S256');
    expect(target.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
    expect(target.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    const cookie = res.headers.getSetCookie().find((line) => line.startsWith('__Host-indikator-oidc=')) ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Max-Age=600/);
  });

  it('signs in the existing local user with the same session as a password login, and audits it', async () => {
    const client = new Client(t.app);
    const back = await startAndLogIn(client, 'koordinator', '/revision');
    const res = await client.get(callbackPath(back));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/revision');
    expect(client.cookies.has('__Host-indikator-session')).toBe(true);
    expect(client.cookies.has('__Host-indikator-oidc')).toBe(false);
    const home = await (await client.get('/')).text();
    expect(home).toContain('Logget ind som Test koordinator (koordinator)');
    const me = (await (await client.get('/api/me')).json()) as { username: string };
    expect(me.username).toBe('koordinator');
    const logins = await t.store.auditLog({ action: 'auth.login', actor: 'koordinator' });
    expect(logins.at(-1)?.details).toMatchObject({ method: 'oidc', role: 'coordinator' });
  });

  it('goes to the role’s start page without `next`', async () => {
    const client = new Client(t.app);
    const res = await client.get(callbackPath(await startAndLogIn(client, 'arbejdsmarked')));
    expect(res.headers.get('location')).toBe('/runder');
  });

  it('refuses a user the provider knows but this application does not (no account is created)', async () => {
    const client = new Client(t.app);
    const usersBefore = (await t.store.listUsers()).length;
    const res = await client.get(callbackPath(await startAndLogIn(client, 'ukendt')));
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('ingen aktiv bruger med det navn');
    expect(client.cookies.has('__Host-indikator-session')).toBe(false);
    expect((await t.store.listUsers()).length).toBe(usersBefore);
    const failed = await t.store.auditLog({ action: 'auth.login_failed', actor: 'ukendt' });
    expect(failed.map((e) => e.details)).toEqual([expect.objectContaining({ method: 'oidc', reason: 'unknown_user' })]);
  });

  it('refuses a disabled user, in English when asked', async () => {
    await setDisabled(t.store, 'social', true, 'test');
    const client = new Client(t.app);
    await client.get('/login?lang=en');
    const res = await client.get(callbackPath(await startAndLogIn(client, 'social')));
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('no active user of that name');
    const failed = await t.store.auditLog({ action: 'auth.login_failed', actor: 'social' });
    expect(failed.at(-1)?.details).toMatchObject({ method: 'oidc', reason: 'disabled' });
  });

  it('refuses a tampered state without exchanging the code', async () => {
    const client = new Client(t.app);
    const back = await startAndLogIn(client, 'koordinator');
    back.searchParams.set('state', 'x'.repeat(43));
    const before = (await t.store.auditLog({ action: 'auth.login_failed', actor: '(oidc)' })).length;
    const res = await client.get(callbackPath(back));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Login med kommunens login mislykkedes');
    expect(client.cookies.has('__Host-indikator-session')).toBe(false);
    const failed = await t.store.auditLog({ action: 'auth.login_failed', actor: '(oidc)' });
    expect(failed.length).toBe(before + 1);
    expect(failed.at(-1)?.details).toMatchObject({ method: 'oidc', reason: expect.stringContaining('"state"') });
  });

  it('audits the reason when the callback has no pending-login cookie', async () => {
    const res = await new Client(t.app).get('/login/oidc/callback?code=abc&state=def');
    expect(res.status).toBe(400);
    const failed = await t.store.auditLog({ action: 'auth.login_failed', actor: '(oidc)' });
    expect(failed.at(-1)?.details).toMatchObject({ method: 'oidc', reason: 'no_pending_login' });
  });

  it('refuses a callback that arrives in another browser (no pending-login cookie), and a replay', async () => {
    const client = new Client(t.app);
    const back = await startAndLogIn(client, 'koordinator');
    const other = new Client(t.app);
    expect((await other.get(callbackPath(back))).status).toBe(400);
    expect(other.cookies.has('__Host-indikator-session')).toBe(false);
    // The first use succeeds; the same URL again finds its cookie gone.
    expect((await client.get(callbackPath(back))).status).toBe(303);
    const replay = new Client(t.app);
    for (const [k, v] of client.cookies) if (k !== '__Host-indikator-session') replay.cookies.set(k, v);
    expect((await replay.get(callbackPath(back))).status).toBe(400);
  });
});

describe('without OpenID Connect configured', () => {
  it('shows no link and answers both routes with the login page and a notice', async () => {
    const t = await createTestApp();
    const client = new Client(t.app);
    expect(await (await client.get('/login')).text()).not.toContain('/login/oidc');
    for (const path of ['/login/oidc', '/login/oidc/callback?code=abc&state=def']) {
      const res = await client.get(path);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('Login med kommunens login er ikke sat op.');
    }
  });
});

describe('the OpenID Connect settings', () => {
  const full = {
    INDIKATOR_OIDC_ISSUER: 'https://login.kommune.example/realms/ansatte',
    INDIKATOR_OIDC_CLIENT_ID: 'indikator',
    INDIKATOR_OIDC_CLIENT_SECRET: 'hemmelig',
    INDIKATOR_OIDC_REDIRECT_URL: 'https://indikator.kommune.example/login/oidc/callback',
  };

  it('are off without the variables, and complete with all four (the claim defaults to preferred_username)', () => {
    expect(authConfigFromEnv({}).oidc).toBeUndefined();
    expect(authConfigFromEnv(full).oidc).toEqual({
      issuer: full.INDIKATOR_OIDC_ISSUER,
      clientId: 'indikator',
      clientSecret: 'hemmelig',
      redirectUrl: full.INDIKATOR_OIDC_REDIRECT_URL,
      usernameClaim: 'preferred_username',
    });
    expect(authConfigFromEnv({ ...full, INDIKATOR_OIDC_USERNAME_CLAIM: 'upn' }).oidc?.usernameClaim).toBe('upn');
  });

  it('refuse half a configuration, naming what is missing', () => {
    const { INDIKATOR_OIDC_CLIENT_SECRET: _, ...half } = full;
    expect(() => authConfigFromEnv(half)).toThrow(/INDIKATOR_OIDC_CLIENT_SECRET/);
  });

  it('refuse plain http except on this machine', () => {
    expect(() => authConfigFromEnv({ ...full, INDIKATOR_OIDC_ISSUER: 'http://login.kommune.example' })).toThrow(/https/);
    expect(authConfigFromEnv({ ...full, INDIKATOR_OIDC_ISSUER: 'http://127.0.0.1:8080' }).oidc?.issuer).toBe('http://127.0.0.1:8080');
  });
});

describe('OpenID Connect login with the user name in the ID token (a provider without userinfo)', () => {
  let idTokenProvider: { server: Server; issuer: string };
  let t: TestApp;
  beforeAll(async () => {
    idTokenProvider = await startProvider({ idTokenClaims: true });
    t = await createTestApp({ oidc: oidcConfig(idTokenProvider.issuer) });
  });
  afterAll(async () => {
    await new Promise((resolve) => idTokenProvider.server.close(resolve));
  });

  it('reads preferred_username from the ID token and signs the local user in', async () => {
    const discovery = (await (await fetch(`${idTokenProvider.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery.userinfo_endpoint).toBeUndefined();
    const client = new Client(t.app);
    const back = await startAndLogIn(client, 'koordinator');
    const res = await client.get(callbackPath(back));
    expect(res.status).toBe(303);
    expect(client.cookies.has('__Host-indikator-session')).toBe(true);
    const me = (await (await client.get('/api/me')).json()) as { username: string };
    expect(me.username).toBe('koordinator');
  });
});
