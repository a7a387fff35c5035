/**
 * The delivery round's states and rules through the pages and the services: what may follow what,
 * what readers see at each step, deadlines and what is overdue, closing a round, and the audit log
 * that records the whole round with before and after.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatalogue, loadCatalogue } from '../../src/catalogue/index.ts';
import { catalogueFingerprints, recordCatalogueChanges } from '../../src/services/catalogue-audit.ts';
import { importDelivery } from '../../src/services/import/import-delivery.ts';
import { addUser, changeRole } from '../../src/services/users.ts';
import { openRound } from '../../src/services/workflow.ts';
import type { WorkflowError } from '../../src/services/workflow-error.ts';
import { goodDelivery, shareDelivery } from './fixtures.ts';
import { createTestApp, PASSWORD, signedIn, testHasher } from './helpers.ts';

const coordinatorActor = { username: 'koordinator', role: 'coordinator' as const, departments: [] };

async function targetValues(client: Awaited<ReturnType<typeof signedIn>>): Promise<number[]> {
  const rows = (await (await client.get('/api/results?indicator=selvforsoergelse&group=target')).json()) as { value: number }[];
  return rows.map((r) => r.value);
}

describe('a delivery round', () => {
  it('moves delivered → returned → delivered (v2) → approved → published, and readers see only the published figure', async () => {
    const t = await createTestApp();
    const coordinator = await signedIn(t.app, 'koordinator');
    const steward = await signedIn(t.app, 'arbejdsmarked');
    const reader = await signedIn(t.app, 'laeser');
    await coordinator.post('/runder', { name: 'Runde 2025', deadline: '2026-03-01', period_calendar_year: '2025' });

    // v1: 120/400 = 0.3; v2: 150/400 = 0.375.
    await steward.upload('/runder/1/levering', 'v1.csv', goodDelivery('selvforsoergelse', '2025'), { action: 'submit' });
    expect((await coordinator.post('/leveringer/1/publicer')).status).toBe(409);
    expect((await coordinator.post('/leveringer/1/returner', { comment: '' })).status).toBe(400);
    expect((await coordinator.post('/leveringer/1/returner', { comment: 'Tælleren for målgruppen er for lav' })).status).toBe(303);
    const round = (await (await steward.get('/api/rounds/1')).json()) as {
      items: { indicator: string; state: string; delivery: { comment: string } | null }[];
    };
    expect(round.items.find((i) => i.indicator === 'selvforsoergelse')).toMatchObject({
      state: 'returned',
      delivery: { comment: 'Tælleren for målgruppen er for lav' },
    });
    expect(await targetValues(reader)).toEqual([]);

    const v2 = shareDelivery('selvforsoergelse', '2025', [
      { group: 'target', numerator: 150, denominator: 400 },
      { group: 'comparison', numerator: 900, denominator: 2000 },
    ]);
    expect((await steward.upload('/runder/1/levering', 'v2.csv', v2, { action: 'submit' })).headers.get('location')).toBe('/runder/1?ok=submitted');
    expect((await coordinator.post('/leveringer/1/godkend')).status).toBe(409);
    expect(await (await coordinator.get('/leveringer/1')).text()).toContain('Der findes en nyere version.');
    expect((await coordinator.post('/leveringer/2/godkend')).status).toBe(303);
    expect(await targetValues(reader)).toEqual([]);
    expect((await coordinator.post('/runder/1/publicer')).status).toBe(303);
    expect(await targetValues(reader)).toEqual([0.375]);
    expect((await t.store.getDelivery(2))?.status).toBe('published');

    // The same file again changes nothing and says so.
    expect((await steward.upload('/runder/1/levering', 'v2.csv', v2, { action: 'submit' })).headers.get('location')).toBe('/runder/1?ok=unchanged');

    const actions = (await t.store.auditLog()).map((e) => `${e.actor} ${e.action}`).filter((a) => !a.includes(' auth.') && !a.includes(' user.'));
    expect(actions).toEqual([
      'koordinator round.open',
      'arbejdsmarked delivery.import',
      'arbejdsmarked delivery.upload',
      'koordinator delivery.status',
      'arbejdsmarked delivery.import',
      'arbejdsmarked delivery.upload',
      'koordinator delivery.status',
      'koordinator delivery.status',
      'arbejdsmarked delivery.upload',
    ]);
    const statuses = (await t.store.auditLog({ action: 'delivery.status' })).map((e) => e.details);
    expect(statuses.map((d) => [d.version, (d.before as { status: string }).status, (d.after as { status: string }).status])).toEqual([
      [1, 'delivered', 'returned'],
      [2, 'delivered', 'approved'],
      [2, 'approved', 'published'],
    ]);
  });

  it("checks a file without storing it, and refuses periods that are not the round's", async () => {
    const t = await createTestApp();
    const coordinator = await signedIn(t.app, 'koordinator');
    const steward = await signedIn(t.app, 'arbejdsmarked');
    await coordinator.post('/runder', { name: 'Runde 2025', deadline: '2026-03-01', period_calendar_year: '2025' });
    const checked = await (await steward.upload('/runder/1/levering', 'ok.csv', goodDelivery('selvforsoergelse', '2025'), { action: 'check' })).text();
    expect(checked).toContain('Filen er i orden');
    expect(checked).toContain('Selvforsørgelse 2025: 3 celler');
    expect(await t.store.latestDeliveries()).toEqual([]);
    const wrong = await steward.upload('/runder/1/levering', 'gammel.csv', goodDelivery('selvforsoergelse', '2024'), { action: 'submit' });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain(
      'gammel.csv, række 2, kolonne period: perioden 2024 hører ikke til runden Runde 2025 (den venter 2025 for »Selvforsørgelse«)',
    );
  });

  it('marks what is expected or returned after the deadline as overdue, per department', async () => {
    const t = await createTestApp();
    const coordinator = await signedIn(t.app, 'koordinator');
    const steward = await signedIn(t.app, 'arbejdsmarked');
    await coordinator.post('/runder', { name: 'Runde 2025', deadline: '2026-03-01', period_calendar_year: '2025' });
    await steward.upload('/runder/1/levering', 'v1.csv', goodDelivery('selvforsoergelse', '2025'), { action: 'submit' });
    // Sessions last eight hours, so each look at a later day signs in anew.
    const overdue = async () =>
      ((await (await (await signedIn(t.app, 'koordinator')).get('/api/rounds/1')).json()) as { items: { indicator: string; overdue: boolean }[] }).items
        .filter((i) => i.overdue)
        .map((i) => i.indicator)
        .sort();
    expect(await overdue()).toEqual([]);
    t.clock.now = new Date('2026-03-01T22:59:00Z'); // 23:59 in Copenhagen: still the deadline day
    expect(await overdue()).toEqual([]);
    t.clock.now = new Date('2026-03-01T23:00:00Z'); // 00:00 on 2 March in Copenhagen
    expect(await overdue()).toEqual(['boern-anbringelse', 'boern-kontaktperson', 'boligomraader-diversitet', 'hjemmepleje', 'igu-forloeb', 'socialpsykiatri']);
    const page = await (await (await signedIn(t.app, 'koordinator')).get('/runder/1')).text();
    expect(page).toContain('Fristen er overskredet.');
    expect(page).toContain('Center for Social og Sundhed <span class="department__summary">(2 forsinket)</span>');
  });

  it('refuses an upload with 503 and Retry-After, in the API and the page, when the line of uploads is full', async () => {
    // No thread and no place in line: every upload finds the line full, before its body is read.
    const t = await createTestApp({ uploadLimits: { concurrent: 0, waiting: 0 } });
    const coordinator = await signedIn(t.app, 'koordinator');
    const steward = await signedIn(t.app, 'arbejdsmarked');
    await coordinator.post('/runder', { name: 'Runde 2025', deadline: '2026-03-01', period_calendar_year: '2025' });
    const api = await steward.upload('/api/rounds/1/deliveries?check=true', 'v1.csv', goodDelivery('selvforsoergelse', '2025'));
    expect(api.status).toBe(503);
    expect(api.headers.get('Retry-After')).toBe('30');
    expect(await api.json()).toEqual({
      error: {
        status: 503,
        code: 'busy',
        message: 'other files are being checked; try again in 30 seconds',
        message_da: 'der kontrolleres allerede andre filer; prøv igen om 30 sekunder',
      },
    });
    const page = await steward.upload('/runder/1/levering', 'v1.csv', goodDelivery('selvforsoergelse', '2025'), { action: 'check' });
    expect(page.status).toBe(503);
    expect(page.headers.get('Retry-After')).toBe('30');
    expect(await page.text()).toContain('der kontrolleres allerede andre filer; prøv igen om 30 sekunder');
    expect(await t.store.auditLog({ action: 'delivery.check' })).toEqual([]);
  });

  it('refuses uploads into a closed round', async () => {
    const t = await createTestApp();
    const coordinator = await signedIn(t.app, 'koordinator');
    const steward = await signedIn(t.app, 'arbejdsmarked');
    await coordinator.post('/runder', { name: 'Runde 2025', deadline: '2026-03-01', period_calendar_year: '2025' });
    expect((await coordinator.post('/runder/1/luk')).status).toBe(303);
    const res = await steward.upload('/api/rounds/1/deliveries', 'v1.csv', goodDelivery('selvforsoergelse', '2025'));
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('the round Runde 2025 is closed');
    expect((await t.store.auditLog({ action: 'round.close' }))[0]?.details).toMatchObject({
      before: { closedAt: null },
      after: { closedAt: '2026-02-10T09:00:00.000Z' },
    });
  });

  it('validates a new round: periods of the right type, a deadline, a unique name', async () => {
    const t = await createTestApp();
    const catalogue = await loadCatalogue();
    const deps = { store: t.store, catalogue };
    const attempt = (periods: Record<string, string>, deadline = '2026-03-01', name = 'R') =>
      openRound(deps, { name, deadline, periods }, coordinatorActor).then(
        () => 'ok',
        (e: WorkflowError) => `${e.kind}: ${e.messageEn}`,
      );
    expect(await attempt({ calendar_year: '2024/2025' })).toMatch(/^invalid: /);
    expect(await attempt({})).toBe('invalid: give at least one period');
    expect(await attempt({ calendar_year: '2025' }, '1. marts')).toBe('invalid: invalid deadline: 1. marts');
    expect(await attempt({ calendar_year: '2025', school_year: '2024/2025', election: 'KV2025' })).toBe('ok');
    expect(await attempt({ calendar_year: '2026' })).toBe('conflict: the round R already exists');
    expect(
      await openRound(deps, { name: 'S', deadline: '2026-03-01', periods: { calendar_year: '2025' } }, { ...coordinatorActor, role: 'steward' }).catch(
        (e: WorkflowError) => e.kind,
      ),
    ).toBe('forbidden');
  });
});

describe('users and the catalogue in the audit log', () => {
  it('records user changes with before and after, never the password hash', async () => {
    const t = await createTestApp({ withUsers: false });
    const catalogue = await loadCatalogue();
    const deps = { store: t.store, hasher: testHasher, catalogue };
    await addUser(deps, { username: 'ny', displayName: 'Ny Bruger', role: 'steward', departments: ['Center for Arbejdsmarked'] }, PASSWORD, 'admin');
    await changeRole(deps, 'ny', 'coordinator', ['Politisk Sekretariat'], 'admin');
    const [create, update] = await t.store.auditLog({ objectType: 'user' });
    expect(JSON.stringify(create)).not.toContain('argon2');
    expect(update?.details).toEqual({
      username: 'ny',
      before: { role: 'steward', departments: ['Center for Arbejdsmarked'] },
      after: { role: 'coordinator', departments: ['Politisk Sekretariat'] },
    });
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (e: WorkflowError) => e.messageEn,
      );
    expect(await refusal(addUser(deps, { username: 'kort', displayName: 'K', role: 'reader' }, 'kort', 'admin'))).toBe(
      'the password must have at least 12 characters',
    );
    expect(await refusal(addUser(deps, { username: 'uden', displayName: 'U', role: 'steward' }, PASSWORD, 'admin'))).toBe(
      'a data steward needs at least one department',
    );
    expect(await refusal(addUser(deps, { username: 'fejl', displayName: 'F', role: 'steward', departments: ['Center for Kage'] }, PASSWORD, 'admin'))).toBe(
      'unknown department: Center for Kage',
    );
    expect(await refusal(addUser(deps, { username: 'ny', displayName: 'N', role: 'reader' }, PASSWORD, 'admin'))).toBe('the user name ny is taken');
  });

  it('records catalogue changes once, naming the changed indicators with before and after', async () => {
    const t = await createTestApp({ withUsers: false });
    const catalogue = await loadCatalogue();
    const first = await recordCatalogueChanges(t.store, catalogue, 'system');
    expect((first?.details.added as string[] | undefined)?.length).toBe(catalogue.indicators.length);
    expect(await recordCatalogueChanges(t.store, catalogue, 'system')).toBeUndefined();
    const edited = createCatalogue(catalogue.indicators.map((i) => (i.id === 'hjemmepleje' ? { ...i, owners: ['Center for Arbejdsmarked'] } : i)));
    const second = await recordCatalogueChanges(t.store, edited, 'system');
    expect(second?.details).toMatchObject({ added: [], removed: [], changed: ['hjemmepleje'] });
    expect((second?.details.before as Record<string, string> | undefined)?.hjemmepleje).toBe(catalogueFingerprints(catalogue).hjemmepleje);
    expect((second?.details.after as Record<string, string> | undefined)?.hjemmepleje).toBe(catalogueFingerprints(edited).hjemmepleje);
  });
});

describe('publishing the back series', () => {
  /** Stores a delivery for an earlier period as `indikator import` would (status delivered). */
  async function importEarlier(t: Awaited<ReturnType<typeof createTestApp>>, period: string, numerator: number, name: string): Promise<void> {
    const file = join(t.dir, name);
    writeFileSync(
      file,
      shareDelivery('selvforsoergelse', period, [
        { group: 'target', numerator, denominator: 400 },
        { group: 'comparison', numerator: 900, denominator: 2000 },
      ]),
    );
    await importDelivery({ file, actor: 'import', source: 'file', threshold: 5 }, await loadCatalogue(), t.store);
  }

  it('offers the history on the first publication (ticked), and readers then keep every period', async () => {
    const t = await createTestApp();
    await importEarlier(t, '2023', 100, 'h2023.csv');
    await importEarlier(t, '2024', 110, 'h2024.csv');
    const coordinator = await signedIn(t.app, 'koordinator');
    const steward = await signedIn(t.app, 'arbejdsmarked');
    const reader = await signedIn(t.app, 'laeser');
    await coordinator.post('/runder', { name: 'Runde 2025', deadline: '2026-03-01', period_calendar_year: '2025' });
    await steward.upload('/runder/1/levering', 'v1.csv', goodDelivery('selvforsoergelse', '2025'), { action: 'submit' });
    const id = (await t.store.deliveryVersions('selvforsoergelse', '2025')).at(-1)?.id;
    expect((await coordinator.post(`/leveringer/${id}/godkend`)).status).toBe(303);

    const page = await (await coordinator.get('/runder/1')).text();
    expect(page).toMatch(/<input type="checkbox" id="publish-history" name="history" value="1" checked>/);
    expect(page).toContain('2 leveringer fra tidligere perioder');

    expect((await coordinator.post('/runder/1/publicer', { history: '1' })).status).toBe(303);
    // 100/400, 110/400, 120/400: three periods, not one
    expect(await targetValues(reader)).toEqual([0.25, 0.275, 0.3]);
    const comments = (await t.store.latestDeliveries({ indicator: 'selvforsoergelse' })).map((d) => [d.period, d.status, d.statusComment]);
    expect(comments).toEqual([
      ['2023', 'published', 'tidsserie'],
      ['2024', 'published', 'tidsserie'],
      ['2025', 'published', ''],
    ]);
  });

  it('publishes only the round without the choice, and no longer ticks it once something is published', async () => {
    const t = await createTestApp();
    await importEarlier(t, '2024', 110, 'h2024.csv');
    const coordinator = await signedIn(t.app, 'koordinator');
    const steward = await signedIn(t.app, 'arbejdsmarked');
    const reader = await signedIn(t.app, 'laeser');
    await coordinator.post('/runder', { name: 'Runde 2025', deadline: '2026-03-01', period_calendar_year: '2025' });
    await steward.upload('/runder/1/levering', 'v1.csv', goodDelivery('selvforsoergelse', '2025'), { action: 'submit' });
    const id = (await t.store.deliveryVersions('selvforsoergelse', '2025')).at(-1)?.id;
    await coordinator.post(`/leveringer/${id}/godkend`);
    expect((await coordinator.post('/runder/1/publicer')).status).toBe(303);
    expect(await targetValues(reader)).toEqual([0.3]);
    const page = await (await coordinator.get('/runder/1')).text();
    expect(page).toMatch(/<input type="checkbox" id="publish-history" name="history" value="1">/);
    expect(page).toContain('1 levering fra tidligere perioder');
  });
});
