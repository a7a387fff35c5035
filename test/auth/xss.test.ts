/**
 * No user-supplied text reaches a page unescaped: a note in an uploaded file, a wrong value quoted
 * in a validation error, a file name, the coordinator's return comment, a display name, and the
 * audit log that repeats them.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { addUser } from '../../src/services/users.ts';
import { shareDelivery } from './fixtures.ts';
import { createTestApp, PASSWORD, signedIn, testHasher } from './helpers.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';

/** True when the markup carries no live copy of the payloads. */
function inert(page: string): boolean {
  return !page.includes('<script>alert') && !page.includes('<img src=x');
}

describe('user-supplied text is escaped', () => {
  it('in an uploaded note, a quoted wrong value, a file name, a return comment and the audit log', async () => {
    const t = await createTestApp();
    const coordinator = await signedIn(t.app, 'koordinator');
    const steward = await signedIn(t.app, 'arbejdsmarked');
    await coordinator.post('/runder', { name: 'Runde 2025', deadline: '2026-03-01', period_calendar_year: '2025' });

    const broken = shareDelivery('selvforsoergelse', '2025', [{ group: 'target', numerator: 1, denominator: 4 }]).replace(',target,', `,${IMG},`);
    const errors = await (await steward.upload('/runder/1/levering', `${SCRIPT}.csv`, broken, { action: 'submit' })).text();
    expect(errors).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(errors).toContain('script_.csv, række 2');
    expect(inert(errors)).toBe(true);

    const good = shareDelivery('selvforsoergelse', '2025', [
      { group: 'target', numerator: 120, denominator: 400, note: SCRIPT },
      { group: 'comparison', numerator: 900, denominator: 2000 },
    ]);
    expect((await steward.upload('/runder/1/levering', 'ok.csv', good, { action: 'submit' })).status).toBe(303);
    const delivery = await (await steward.get('/leveringer/1')).text();
    expect(delivery).toContain('<td class="cell-note">&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(inert(delivery)).toBe(true);
    const cells = await (await steward.get('/api/deliveries/1')).json();
    expect(JSON.stringify(cells)).toContain(SCRIPT);

    expect((await coordinator.post('/leveringer/1/returner', { comment: IMG })).status).toBe(303);
    for (const page of [await (await steward.get('/leveringer/1')).text(), await (await steward.get('/runder/1')).text()]) {
      expect(page).toContain('&lt;img src=x onerror=alert(2)&gt;');
      expect(inert(page)).toBe(true);
    }
    const audit = await (await coordinator.get('/revision')).text();
    expect(audit).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(inert(audit)).toBe(true);
  });

  it('in a display name shown in the header and on the users page', async () => {
    const t = await createTestApp();
    const catalogue = await loadCatalogue();
    await addUser({ store: t.store, hasher: testHasher, catalogue }, { username: 'mallory', displayName: SCRIPT, role: 'admin' }, PASSWORD, 'test');
    const mallory = await signedIn(t.app, 'mallory');
    const page = await (await mallory.get('/brugere')).text();
    expect(page).toContain('Logget ind som &lt;script&gt;alert(1)&lt;/script&gt; (administrator)');
    expect(inert(page)).toBe(true);
  });

  it('in an audit export, where a formula-like cell is neutralised', async () => {
    const t = await createTestApp();
    await t.store.appendAudit({ actor: '=HYPERLINK("http://x")', action: 'test', objectType: 't', objectId: '1', details: {} });
    const coordinator = await signedIn(t.app, 'koordinator');
    const csv = await (await coordinator.get('/revision.csv?action=test')).text();
    expect(csv.split('\r\n')[1]).toMatch(/^\d+,2026-02-10T09:00:00\.000Z,"'=HYPERLINK\(""http:\/\/x""\)",test,t,1,\{\}$/);
  });
});
