/**
 * The security promises of the signed-in part: CSRF tokens on every form and API write, login rate
 * limiting, session cookies' flags, sessions that end with logout or a disabled account, upload
 * size limits, and the usual headers on the new pages.
 */
import { describe, expect, it } from 'vitest';
import { LoginRateLimiter } from '../../src/auth/index.ts';
import { goodDelivery } from './fixtures.ts';
import { Client, createTestApp, csrfIn, PASSWORD, signedIn } from './helpers.ts';

async function roundOne(coordinator: Client): Promise<void> {
  const res = await coordinator.post('/runder', { name: 'Runde 2025', deadline: '2026-03-01', period_calendar_year: '2025' });
  expect(res.status).toBe(303);
}

describe('CSRF', () => {
  it("refuses a form without a token, with a wrong token, or with another session's token — and changes nothing", async () => {
    const t = await createTestApp();
    const coordinator = await signedIn(t.app, 'koordinator');
    const other = await signedIn(t.app, 'koordinator');
    const form = { name: 'Runde 2025', deadline: '2026-03-01', period_calendar_year: '2025' };
    expect((await coordinator.post('/runder', { ...form, _csrf: '' })).status).toBe(403);
    expect((await coordinator.post('/runder', { ...form, _csrf: 'x'.repeat(43) })).status).toBe(403);
    expect((await coordinator.post('/runder', { ...form, _csrf: other.csrf })).status).toBe(403);
    expect(await t.store.listRounds()).toEqual([]);
    expect((await coordinator.post('/runder', form)).status).toBe(303);
    expect((await t.store.listRounds()).map((r) => r.name)).toEqual(['Runde 2025']);
  });

  it('refuses a cross-site request even with the right token', async () => {
    const t = await createTestApp();
    const coordinator = await signedIn(t.app, 'koordinator');
    const res = await coordinator.post('/runder', { name: 'R', deadline: '2026-03-01', period_calendar_year: '2025' }, { 'Sec-Fetch-Site': 'cross-site' });
    expect(res.status).toBe(403);
    expect(await t.store.listRounds()).toEqual([]);
  });

  it('refuses API writes and uploads without the X-CSRF-Token header', async () => {
    const t = await createTestApp();
    const coordinator = await signedIn(t.app, 'koordinator');
    const steward = await signedIn(t.app, 'arbejdsmarked');
    const body = { name: 'API', deadline: '2026-03-01', periods: { calendar_year: '2025' } };
    expect((await coordinator.postJson('/api/rounds', body, { 'X-CSRF-Token': '' })).status).toBe(403);
    expect((await coordinator.postJson('/api/rounds', body)).status).toBe(201);
    const upload = await steward.upload('/api/rounds/1/deliveries', 'a.csv', goodDelivery('selvforsoergelse', '2025'), { _csrf: 'wrong' });
    expect(upload.status).toBe(403);
    expect(await t.store.latestDeliveries()).toEqual([]);
  });

  it("refuses a login form without the login cookie's token", async () => {
    const t = await createTestApp();
    const client = new Client(t.app);
    await client.get('/login');
    const res = await client.post('/login', { _csrf: 'forged', username: 'admin', password: PASSWORD });
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie().some((c) => c.includes('indikator-session'))).toBe(false);
  });
});

describe('login rate limiting', () => {
  it('refuses the sixth attempt within 15 minutes — even with the right password — and lets it through afterwards', async () => {
    const t = await createTestApp();
    const client = new Client(t.app);
    for (let i = 0; i < 5; i++) expect((await client.login('laeser', 'forkert-kodeord')).status).toBe(401);
    const refused = await client.login('laeser');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBe(15 * 60);
    expect(await refused.text()).toContain('For mange forkerte forsøg');
    t.clock.now = new Date(t.clock.now.getTime() + 15 * 60_000 + 1000);
    expect((await client.login('laeser')).status).toBe(303);
    const actions = (await t.store.auditLog({ actor: 'laeser' })).map((e) => e.action);
    expect(actions).toEqual([...Array(5).fill('auth.login_failed'), 'auth.login_refused', 'auth.login']);
  });

  it('refuses a name from one client after 5 failures, slows it down from others, and forgets after a success', () => {
    let now = 0;
    const limiter = new LoginRateLimiter({
      maxPerUser: 3,
      maxPerClient: 5,
      windowMs: 10_000,
      baseDelayMs: 100,
      maxDelayMs: 400,
      maxWaitMs: 1000,
      now: () => now,
    });
    for (let i = 0; i < 3; i++) limiter.recordFailure('anna', '10.0.0.1');
    expect(limiter.check('ANNA', '10.0.0.1')).toEqual({ kind: 'refused', retryAfterSeconds: 10 });
    // From elsewhere the name is slowed down, never locked: 0, 100, 300, 700 ms apart (doubling), then refused past the 1 s queue.
    expect([1, 2, 3, 4].map((i) => limiter.begin('anna', `10.0.1.${i}`))).toEqual([
      { kind: 'allowed', delayMs: 0 },
      { kind: 'allowed', delayMs: 100 },
      { kind: 'allowed', delayMs: 300 },
      { kind: 'allowed', delayMs: 700 },
    ]);
    expect(limiter.begin('anna', '10.0.0.3')).toEqual({ kind: 'refused', retryAfterSeconds: 2 });
    limiter.recordSuccess('anna', '10.0.0.3');
    expect(limiter.begin('anna', '10.0.0.3')).toEqual({ kind: 'allowed', delayMs: 0 });
    // Per client: 5 failures under any names refuse the client.
    for (const name of ['bo', 'carl', 'dorte', 'erik', 'finn']) limiter.recordFailure(name, '10.0.0.9');
    expect(limiter.check('gitte', '10.0.0.9')).toEqual({ kind: 'refused', retryAfterSeconds: 10 });
    now = 10_001;
    expect(limiter.check('anna', '10.0.0.1')).toEqual({ kind: 'allowed', delayMs: 0 });
    expect(limiter.check('gitte', '10.0.0.9')).toEqual({ kind: 'allowed', delayMs: 0 });
  });
});

describe('sessions and cookies', () => {
  it('sets a Secure, HttpOnly, SameSite, __Host- session cookie that expires with the session', async () => {
    const t = await createTestApp();
    const client = new Client(t.app);
    const page = await (await client.get('/login')).text();
    const res = await client.post('/login', { _csrf: csrfIn(page), username: 'laeser', password: PASSWORD });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__Host-indikator-session='));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/; Max-Age=28800/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
  });

  it('ends the session on logout and when the account is disabled', async () => {
    const t = await createTestApp();
    const reader = await signedIn(t.app, 'laeser');
    expect((await reader.get('/api/me')).status).toBe(200);
    expect((await reader.post('/logout')).status).toBe(303);
    expect((await reader.get('/api/me')).status).toBe(401);
    const steward = await signedIn(t.app, 'arbejdsmarked');
    const admin = await signedIn(t.app, 'admin');
    const id = (await t.store.findUserByName('arbejdsmarked'))?.id;
    expect((await admin.post(`/brugere/${id}`, { role: 'steward', departments: 'Center for Arbejdsmarked', disabled: '1' })).status).toBe(303);
    expect((await steward.get('/api/me')).status).toBe(401);
    expect((await new Client(t.app).login('arbejdsmarked')).status).toBe(401);
  });

  it('expires a session after eight hours', async () => {
    const t = await createTestApp();
    const reader = await signedIn(t.app, 'laeser');
    t.clock.now = new Date(t.clock.now.getTime() + 8 * 3_600_000 + 1);
    expect((await reader.get('/api/me')).status).toBe(401);
  });

  it('does not follow a next= that leaves the site', async () => {
    const t = await createTestApp();
    const client = new Client(t.app);
    const page = await (await client.get('/login?next=//evil.example/x')).text();
    const res = await client.post('/login', { _csrf: csrfIn(page), username: 'laeser', password: PASSWORD, next: '//evil.example/x' });
    expect(res.headers.get('location')).toBe('/');
  });
});

describe('uploads and headers', () => {
  it('refuses an upload over the size limit before reading it, with 413', async () => {
    const t = await createTestApp();
    const coordinator = await signedIn(t.app, 'koordinator');
    await roundOne(coordinator);
    const steward = await signedIn(t.app, 'arbejdsmarked');
    const huge = 'x'.repeat(21 * 1024 * 1024);
    const res = await steward.upload('/runder/1/levering', 'stor.csv', huge, { action: 'submit' });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Filen er for stor');
    expect(await t.store.latestDeliveries()).toEqual([]);
  });

  it('sends the strict CSP and no-store on signed-in pages', async () => {
    const t = await createTestApp();
    const coordinator = await signedIn(t.app, 'koordinator');
    const res = await coordinator.get('/runder');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const dashboard = await coordinator.get('/');
    expect(dashboard.headers.get('cache-control')).toBe('private, no-store');
    expect(await dashboard.text()).toContain('Logget ind som Test koordinator (koordinator)');
  });

  it("answers an expired session's form with 401 and an API call with a JSON 401", async () => {
    const t = await createTestApp();
    const coordinator = await signedIn(t.app, 'koordinator');
    t.clock.now = new Date(t.clock.now.getTime() + 9 * 3_600_000);
    const form = await coordinator.post('/runder', { name: 'R', deadline: '2026-03-01', period_calendar_year: '2025' });
    expect(form.status).toBe(401);
    expect(await form.text()).toContain('Log ind med dit brugernavn og din adgangskode.');
    const api = await coordinator.get('/api/rounds');
    expect(await api.json()).toEqual({ error: { status: 401, code: 'unauthorized', message: 'login required' } });
  });
});
