/**
 * Every route × every role: allowed or refused, by page, form, API and download. The expectations
 * are written out here by hand, independently of the permission table in src/auth, and the test
 * also checks that every row of that table is exercised — so a new route cannot go untested.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findRoutePermission, ROUTE_PERMISSIONS } from '../../src/auth/index.ts';
import { goodDelivery } from './fixtures.ts';
import { Client, createTestApp, csrfIn, signedIn, type TestApp } from './helpers.ts';

type Who = 'anonymous' | 'reader' | 'steward' | 'coordinator' | 'admin';
const EVERYONE: readonly Who[] = ['anonymous', 'reader', 'steward', 'coordinator', 'admin'];
const SIGNED_IN: readonly Who[] = ['reader', 'steward', 'coordinator', 'admin'];

interface Case {
  method: 'GET' | 'POST';
  path: string;
  allowed: readonly Who[];
  /** Form fields for a POST (the CSRF token is added by the client). */
  form?: Record<string, string>;
  upload?: boolean;
  json?: boolean;
}

const get = (path: string, allowed: readonly Who[]): Case => ({ method: 'GET', path, allowed });
const post = (path: string, allowed: readonly Who[], extra: Partial<Case> = {}): Case => ({ method: 'POST', path, allowed, ...extra });

// Round 1 is open for calendar year 2025. Delivery 1 is selvforsoergelse 2025 v1 (published);
// delivery 2 is its v2 (delivered) — both of Center for Arbejdsmarked, the steward's department.
const CASES: readonly Case[] = [
  get('/static/style.css', EVERYONE),
  get('/login', EVERYONE),
  post('/login', EVERYONE),
  // Without OpenID Connect configured both answer the login page with a notice (400), to everyone.
  get('/login/oidc', EVERYONE),
  get('/login/oidc/callback', EVERYONE),
  get('/api/openapi.json', EVERYONE),

  get('/', SIGNED_IN),
  get('/indikator/selvforsoergelse', SIGNED_IN),
  get('/boligomraader', SIGNED_IN),
  get('/api/indicators', SIGNED_IN),
  get('/api/indicators/selvforsoergelse', SIGNED_IN),
  get('/api/results?indicator=selvforsoergelse', SIGNED_IN),
  get('/api/areas', SIGNED_IN),
  get('/api/segregation', SIGNED_IN),
  get('/download/selvforsoergelse.csv', SIGNED_IN),
  get('/download/selvforsoergelse.xlsx', SIGNED_IN),
  get('/chart/selvforsoergelse.svg', SIGNED_IN),
  get('/rapport/rapport.html', SIGNED_IN),

  get('/api/me', SIGNED_IN),

  get('/runder', ['steward', 'coordinator']),
  get('/runder/1', ['steward', 'coordinator']),
  post('/runder/1/levering', ['steward', 'coordinator'], { upload: true }),
  get('/leveringer/1', ['steward', 'coordinator']),
  get('/leveringer/1/celler.csv', ['steward', 'coordinator']),
  get('/api/rounds', ['steward', 'coordinator']),
  get('/api/rounds/1', ['steward', 'coordinator']),
  post('/api/rounds/1/deliveries?check=true', ['steward', 'coordinator'], { upload: true }),
  get('/api/deliveries/1', ['steward', 'coordinator']),

  post('/runder', ['coordinator'], { form: { name: '', deadline: '' } }),
  post('/runder/1/luk', ['coordinator']),
  post('/indikator/selvforsoergelse/maal', ['coordinator'], { form: { value: '', year: '' } }),
  get('/indstillinger', ['coordinator']),
  post('/indstillinger/sammenligning', ['coordinator'], { form: { kind: 'group', group: '' } }),
  post('/runder/1/publicer', ['coordinator']),
  post('/leveringer/2/godkend', ['coordinator']),
  post('/leveringer/2/returner', ['coordinator'], { form: { comment: '' } }),
  post('/leveringer/2/publicer', ['coordinator']),
  post('/api/rounds', ['coordinator'], { json: true }),
  post('/api/deliveries/2/approve', ['coordinator'], { json: true }),
  post('/api/deliveries/2/return', ['coordinator'], { json: true }),
  post('/api/deliveries/2/publish', ['coordinator'], { json: true }),

  get('/revision', ['coordinator', 'admin']),
  get('/revision.csv', ['coordinator', 'admin']),
  get('/api/audit', ['coordinator', 'admin']),

  get('/brugere', ['admin']),
  post('/brugere', ['admin'], { form: { username: '' } }),
  post('/brugere/5', ['admin'], { form: { role: 'reader' } }),
  get('/api/users', ['admin']),

  // Last: it ends the session.
  post('/logout', SIGNED_IN),
];

const USERNAME: Readonly<Record<Exclude<Who, 'anonymous'>, string>> = {
  reader: 'laeser',
  steward: 'arbejdsmarked',
  coordinator: 'koordinator',
  admin: 'admin',
};

/** The app with round 1 and deliveries 1 (published) and 2 (delivered), as the cases expect. */
async function preparedApp(): Promise<TestApp> {
  const t = await createTestApp();
  const coordinator = await signedIn(t.app, 'koordinator');
  const steward = await signedIn(t.app, 'arbejdsmarked');
  expect((await coordinator.post('/runder', { name: 'Runde 2025', deadline: '2026-03-01', period_calendar_year: '2025' })).status).toBe(303);
  expect((await steward.upload('/runder/1/levering', 'v1.csv', goodDelivery('selvforsoergelse', '2025'), { action: 'submit' })).status).toBe(303);
  expect((await coordinator.post('/leveringer/1/godkend')).status).toBe(303);
  expect((await coordinator.post('/leveringer/1/publicer')).status).toBe(303);
  expect((await steward.upload('/runder/1/levering', 'v2.csv', goodDelivery('selvforsoergelse', '2025', 'rettet'), { action: 'submit' })).status).toBe(303);
  return t;
}

async function send(client: Client, c: Case): Promise<Response> {
  if (c.method === 'GET') return client.get(c.path);
  if (c.path === '/login') {
    // A wrong password: allowed means the form was accepted and answered, not refused as forged.
    const page = await (await client.get('/login')).text();
    return client.post('/login', { _csrf: csrfIn(page), username: 'ingen', password: 'forkert' });
  }
  if (c.upload) return client.upload(c.path, 'fil.csv', goodDelivery('selvforsoergelse', '2025', 'matrix'), { action: 'check' });
  if (c.json) return client.postJson(c.path, {});
  return client.post(c.path, c.form ?? {});
}

/**
 * Refused: 401, 403, or (for an anonymous page request) the redirect to the login page. Logging in
 * with a wrong password answers 401 and logging out redirects to the login page: there, only a
 * 403 (or a 401 for logging out anonymously) is a refusal.
 */
function refused(c: Case, res: Response): boolean {
  if (c.path === '/login') return res.status === 403;
  if (c.path === '/logout') return res.status === 401 || res.status === 403;
  return res.status === 401 || res.status === 403 || (res.status === 303 && (res.headers.get('location') ?? '').startsWith('/login'));
}

describe('the route × role matrix', () => {
  it('covers every row of the permission table', () => {
    const covered = new Set(CASES.map((c) => findRoutePermission(c.method, c.path.split('?')[0] as string)));
    const missing = ROUTE_PERMISSIONS.filter((r) => !covered.has(r)).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });

  for (const who of EVERYONE) {
    describe(who, () => {
      let client: Client;
      beforeAll(async () => {
        const t = await preparedApp();
        client = who === 'anonymous' ? new Client(t.app) : await signedIn(t.app, USERNAME[who]);
      });

      for (const c of CASES) {
        const expected = c.allowed.includes(who) ? 'allowed' : 'refused';
        it(`${c.method} ${c.path} is ${expected}`, async () => {
          const res = await send(client, c);
          if (expected === 'refused') {
            expect(refused(c, res), `status ${res.status}`).toBe(true);
          } else {
            expect(refused(c, res), `status ${res.status}`).toBe(false);
            expect(res.status, await res.clone().text()).not.toBe(404);
            expect(res.status).toBeLessThan(500);
          }
        });
      }
    });
  }
});

describe('before the first user exists (the zero-set-up demo)', () => {
  it('shows the dashboard without login, with every delivered figure, and keeps the workflow closed', async () => {
    const t = await createTestApp({ withUsers: false });
    const { importDelivery } = await import('../../src/services/import/import-delivery.ts');
    const { writeFileSync } = await import('node:fs');
    const file = `${t.dir}/demo.csv`;
    writeFileSync(file, goodDelivery('selvforsoergelse', '2025'));
    const { loadCatalogue } = await import('../../src/catalogue/index.ts');
    await importDelivery({ file, actor: 'demo' }, await loadCatalogue(), t.store);
    const anonymous = new Client(t.app);
    expect((await anonymous.get('/')).status).toBe(200);
    const rows = (await (await anonymous.get('/api/results?indicator=selvforsoergelse&group=target')).json()) as { value: number }[];
    expect(rows.map((r) => r.value)).toEqual([0.3]);
    expect(refused(get('/runder', []), await anonymous.get('/runder'))).toBe(true);
    expect((await anonymous.get('/api/rounds')).status).toBe(401);
  });

  it('requires login from the start with INDIKATOR_AUTH=required', async () => {
    const t = await createTestApp({ withUsers: false, required: true });
    const res = await new Client(t.app).get('/');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2F');
  });
});
