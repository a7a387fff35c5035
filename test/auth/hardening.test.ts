/**
 * Issue 17 (hardening), the parts behind the login and the pages: formula cells in downloads,
 * identifiers in notes and file names, store file modes and hashed session tokens, sessions that
 * end with the password or the account, atomic login throttling that slows down instead of
 * locking out, a trusted proxy's client address, refused logins that cannot flood the audit log
 * or the figures' cache, and user administration that refuses rather than guesses.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argon2idHasher, LoginRateLimiter, type PasswordHasher } from '../../src/auth/index.ts';
import { createSessionService } from '../../src/services/sessions.ts';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { addUser, setDisabled, setPassword } from '../../src/services/users.ts';
import { openStore } from '../../src/store/index.ts';
import { generatedCpr } from '../cli/helpers.ts';
import { shareDelivery } from './fixtures.ts';
import { Client, createTestApp, PASSWORD, signedIn, testHasher } from './helpers.ts';

const catalogue = loadCatalogue();

/** A round with one published selvforsoergelse 2025 delivery whose target note is `note`; returns its id. */
async function publishedWithNote(note: string, fileName = 'levering.csv') {
  const t = await createTestApp();
  const coordinator = await signedIn(t.app, 'koordinator');
  const steward = await signedIn(t.app, 'arbejdsmarked');
  await coordinator.post('/runder', { name: 'Runde 2025', deadline: '2026-03-01', period_calendar_year: '2025' });
  const file = shareDelivery('selvforsoergelse', '2025', [
    { group: 'target', numerator: 120, denominator: 400, note },
    { group: 'comparison', numerator: 900, denominator: 2000 },
  ]);
  const res = await steward.upload('/runder/1/levering', fileName, file, { action: 'submit' });
  return { t, coordinator, steward, res };
}

describe('downloads neutralise formulas (item 4)', () => {
  it('prefixes a note starting with =, +, - or @ with an apostrophe in celler.csv and the public CSV', async () => {
    const { t, coordinator, res } = await publishedWithNote('=HYPERLINK("http://x.example")');
    expect(res.status).toBe(303);
    const cells = await (await coordinator.get('/leveringer/1/celler.csv')).text();
    expect(cells).toContain(`"'=HYPERLINK(""http://x.example"")"`);
    expect((await coordinator.post('/leveringer/1/godkend', {})).status).toBe(303);
    expect((await coordinator.post('/leveringer/1/publicer', {})).status).toBe(303);
    const reader = await signedIn(t.app, 'laeser');
    const published = await (await reader.get('/download/selvforsoergelse.csv')).text();
    expect(published).toContain(`"'=HYPERLINK(""http://x.example"")"`);
    expect(published).not.toMatch(/,"?=HYPERLINK/);
    // the reader's CSV for Excel (linked from the page) too
    const forExcel = await (await reader.get('/download/selvforsoergelse.csv?danish=1')).text();
    expect(forExcel).toContain(`'=HYPERLINK(""http://x.example"")`);
    expect(forExcel).not.toMatch(/;"?=HYPERLINK/);
  });
});

describe('identifiers in notes and file names (item 3)', () => {
  const cpr = generatedCpr(1234);
  const forms = [`${cpr.slice(0, 6)} ${cpr.slice(6)}`, `${cpr.slice(0, 2)}.${cpr.slice(2, 4)}.${cpr.slice(4, 6)}-${cpr.slice(6)}`, fullWidth(cpr)];

  it.each(forms)('refuses a note holding %s and never quotes it', async (form) => {
    const { res } = await publishedWithNote(`ring til ${form}`);
    const page = await res.text();
    expect(res.status).toBe(422);
    expect(page).toContain('ligner et CPR-nummer');
    expect(page).not.toContain(form);
    expect(page.normalize('NFKC')).not.toContain(cpr.slice(0, 6));
  });

  it('stores and audits an uploaded file name without the CPR number in it', async () => {
    const { t, res } = await publishedWithNote('', `levering ${cpr.slice(0, 6)}-${cpr.slice(6)}.csv`);
    expect(res.status).toBe(303);
    const [delivery] = await t.store.latestDeliveries({ indicator: 'selvforsoergelse' });
    expect(delivery?.fileName).toBe('levering _.csv');
    const audit = JSON.stringify(await t.store.auditLog({}));
    expect(audit).not.toContain(cpr.slice(6));
  });
});

function fullWidth(text: string): string {
  return [...text].map((ch) => String.fromCodePoint(0xff10 + Number(ch))).join('');
}

describe('the store on disk and session tokens (item 5)', () => {
  it('creates the data folder 0700 and the database 0600, and keeps only a hash of each session token', async () => {
    const t = await createTestApp();
    const dataDir = join(t.dir, 'data');
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'indikator.sqlite')).mode & 0o777).toBe(0o600);
    const reader = await signedIn(t.app, 'laeser');
    const token = reader.cookies.get('__Host-indikator-session') ?? '';
    expect(token).toMatch(/^[\w-]{43}$/);
    const raw = await rawSessionIds(dataDir);
    expect(raw).toEqual([createHash('sha256').update(token).digest('hex')]);
    // The stored value is no key: presented as a cookie it opens nothing.
    const thief = new Client(t.app);
    thief.cookies.set('__Host-indikator-session', raw[0] ?? '');
    expect((await thief.get('/api/me')).status).toBe(401);
    expect((await reader.get('/api/me')).status).toBe(200);
  });
});

async function rawSessionIds(dataDir: string): Promise<string[]> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(dataDir, 'indikator.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT id FROM sessions').all() as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

describe('sessions end with the password and the account (item 6)', () => {
  it('ends every session on a password change, and a disabled-then-enabled user must sign in again', async () => {
    const t = await createTestApp();
    const reader = await signedIn(t.app, 'laeser');
    await setPassword({ store: t.store, hasher: testHasher }, 'laeser', 'et-helt-nyt-kodeord', 'admin');
    expect((await reader.get('/api/me')).status).toBe(401);

    const steward = await signedIn(t.app, 'arbejdsmarked');
    await setDisabled(t.store, 'arbejdsmarked', true, 'admin');
    await setDisabled(t.store, 'arbejdsmarked', false, 'admin');
    expect((await steward.get('/api/me')).status).toBe(401);
    expect((await signedIn(t.app, 'arbejdsmarked').then((c) => c.get('/api/me'))).status).toBe(200);
  });

  it('purges expired sessions at the next login', async () => {
    const t = await createTestApp();
    await signedIn(t.app, 'laeser');
    await signedIn(t.app, 'admin');
    t.clock.now = new Date(t.clock.now.getTime() + 9 * 3_600_000);
    await signedIn(t.app, 'koordinator');
    expect(await rawSessionIds(join(t.dir, 'data'))).toHaveLength(1);
  });
});

/** A hasher that counts the password checks it is asked for. */
function countingHasher(inner: PasswordHasher): PasswordHasher & { verified: number } {
  const counter = {
    verified: 0,
    hash: (password: string) => inner.hash(password),
    verify: async (hash: string, password: string) => {
      counter.verified++;
      return inner.verify(hash, password);
    },
  };
  return counter;
}

describe('login throttling (item 7)', () => {
  it('lets 5 of 30 concurrent wrong passwords reach the password check', async () => {
    const store = await openStore({ dataDir: join((await createTestApp({ withUsers: false })).dir, 'other') });
    const hasher = countingHasher(argon2idHasher({ memoryCost: 1024, timeCost: 1 }));
    await addUser({ store, hasher, catalogue }, { username: 'anna', displayName: 'Anna', role: 'reader' }, PASSWORD, 'test');
    const sessions = createSessionService({ store, hasher, limiter: new LoginRateLimiter(), sleep: async () => {} });
    const results = await Promise.all(Array.from({ length: 30 }, () => sessions.login('anna', 'forkert-kodeord', '10.0.0.1')));
    expect(hasher.verified).toBe(5);
    expect(results.filter((r) => r.kind === 'invalid')).toHaveLength(5);
    expect(results.filter((r) => r.kind === 'refused')).toHaveLength(25);
    await store.close();
  });

  it('does not lock the real user out: after 5 wrong passwords from one address the right one gets in from another, after a wait', async () => {
    const t = await createTestApp();
    const waits: number[] = [];
    const sessions = createSessionService({
      store: t.store,
      hasher: testHasher,
      limiter: new LoginRateLimiter({ now: () => t.clock.now.getTime() }),
      now: () => t.clock.now,
      sleep: async (ms) => void waits.push(ms),
    });
    for (let i = 0; i < 5; i++) expect((await sessions.login('laeser', 'forkert', '203.0.113.9')).kind).toBe('invalid');
    expect((await sessions.login('laeser', PASSWORD, '203.0.113.9')).kind).toBe('refused');
    for (let i = 0; i < 3; i++) expect((await sessions.login('laeser', 'forkert', `198.51.100.${i}`)).kind).toBe('invalid');
    expect((await sessions.login('laeser', PASSWORD, '192.0.2.1')).kind).toBe('signed_in');
    expect(waits).toEqual([1000, 3000, 7000]);
  });

  it('takes the client address from X-Forwarded-For only when the connection comes from a trusted proxy', async () => {
    const t = await createTestApp();
    const { createApp } = await import('../../src/web/index.ts');
    const { storeDashboardData } = await import('../../src/services/dashboard-data.ts');
    const data = storeDashboardData({ store: t.store, catalogue, threshold: 5 });
    const app = createApp({
      data,
      auth: { store: t.store, catalogue, hasher: testHasher, publishedData: data, now: () => t.clock.now, trustedProxies: ['10.9.9.9'] },
    });
    const login = async (remoteAddress: string, forwarded: string) => {
      const env = { incoming: { socket: { remoteAddress, remotePort: 4000, remoteFamily: 'IPv4' } } };
      const cookie = (await app.request('/login', {}, env)).headers.getSetCookie()[0]?.split(';')[0] ?? '';
      const body = new URLSearchParams({ _csrf: cookie.split('=')[1] ?? '', username: 'laeser', password: 'forkert' });
      const headers = { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': forwarded };
      expect((await app.request('/login', { method: 'POST', body, headers }, env)).status).toBe(401);
    };
    await login('10.9.9.9', '203.0.113.7, 198.51.100.20');
    await login('192.0.2.50', '203.0.113.8');
    const clients = (await t.store.auditLog({ action: 'auth.login_failed' })).map((e) => (e.details as { client: string }).client);
    expect(clients).toEqual(['198.51.100.20', '192.0.2.50']);
  });
});

describe('refused logins cannot flood the audit log or the figures cache (item 8)', () => {
  it('audits 200 refused logins from one address as one entry, and leaves the cache key alone', async () => {
    const t = await createTestApp();
    const sessions = createSessionService({
      store: t.store,
      hasher: testHasher,
      limiter: new LoginRateLimiter({ now: () => t.clock.now.getTime() }),
      now: () => t.clock.now,
      sleep: async () => {},
    });
    const version = await t.store.changeCounter();
    for (let i = 0; i < 205; i++) await sessions.login(`navn${i % 50}`, 'forkert', '203.0.113.66');
    const refused = await t.store.auditLog({ action: 'auth.login_refused' });
    expect(refused).toHaveLength(1);
    expect(await t.store.changeCounter()).toBe(version);
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
    for (let i = 0; i < 25; i++) await sessions.login(`navn${i}`, 'forkert', '203.0.113.66');
    const later = await t.store.auditLog({ action: 'auth.login_refused' });
    expect(later).toHaveLength(2);
    expect(later[1]?.details).toMatchObject({ client: '203.0.113.66', refusedBefore: 184 });
  });
});

describe('user administration refuses rather than guesses (item 11)', () => {
  it('refuses ARB beside arb, a form without a role, and an unknown role', async () => {
    const t = await createTestApp();
    await addUser({ store: t.store, hasher: testHasher, catalogue }, { username: 'arb', displayName: 'A', role: 'reader' }, PASSWORD, 'test');
    await expect(
      addUser({ store: t.store, hasher: testHasher, catalogue }, { username: 'ARB', displayName: 'B', role: 'reader' }, PASSWORD, 'test'),
    ).rejects.toThrow('the user name ARB is taken (as arb)');
    const admin = await signedIn(t.app, 'admin');
    const created = await admin.post('/brugere', { username: 'ny', displayName: 'Ny', role: 'superadmin', password: PASSWORD });
    expect(created.status).toBe(400);
    expect(await created.text()).toContain('ukendt rolle');
    expect(await t.store.findUserByName('ny')).toBeUndefined();
    const id = (await t.store.findUserByName('koordinator'))?.id;
    expect((await admin.post(`/brugere/${id}`, { departments: 'Politisk Sekretariat' })).status).toBe(400);
    expect((await t.store.findUserByName('koordinator'))?.role).toBe('coordinator');
  });
});
