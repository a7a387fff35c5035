/**
 * The coordinator's settings page for the peers: the form shows the choice in force (the own
 * kommunegruppe by default), a choice posted with the session's CSRF token is stored through the
 * same service as `indikator peers set` and audited, a bad code or a forged post changes nothing,
 * and only the coordinator may open or post it.
 */
import { describe, expect, it } from 'vitest';
import { loadPeers } from '../../src/services/peers.ts';
import { Client, createTestApp, signedIn } from '../auth/helpers.ts';

describe('the peers settings form', () => {
  it('shows the default, stores a named choice audited, and goes back to the default', async () => {
    const t = await createTestApp();
    const coordinator = await signedIn(t.app, 'koordinator');
    const page = await (await coordinator.get('/indstillinger')).text();
    expect(page).toContain('action="/indstillinger/sammenligning"');
    expect(page).toContain('name="_csrf"');
    // The demo municipality 999's default: kommunegruppe 3.
    expect(page).toContain('Nu: Kommunegruppe 3 Provinsbykommuner (standard).');
    expect(page).toMatch(/<input type="radio" name="kind" value="default" checked>/);
    expect(page).toContain('<option value="101">København (101)</option>');

    const saved = await coordinator.post('/indstillinger/sammenligning', { kind: 'municipalities', codes: ['147', '101'] });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/indstillinger?ok=saved');
    const peers = await loadPeers(t.store, '999');
    expect(peers.codes).toEqual(['101', '147']);
    expect(peers.isDefault).toBe(false);
    const audit = await t.store.auditLog({ action: 'setting.set' });
    expect(audit.map((a) => [a.actor, a.objectId, a.details.after])).toEqual([['koordinator', 'peers', { kind: 'municipalities', codes: ['101', '147'] }]]);

    const after = await (await coordinator.get('/indstillinger?ok=saved')).text();
    expect(after).toContain('Sammenligningskommunerne er gemt.');
    expect(after).toContain('Nu: Valgte kommuner: København, Frederiksberg.');
    expect(after).toContain('<option value="147" selected>Frederiksberg (147)</option>');

    // The same choice again writes nothing.
    const again = await coordinator.post('/indstillinger/sammenligning', { kind: 'municipalities', codes: '101, 147' });
    expect(again.headers.get('location')).toBe('/indstillinger?ok=unchanged');

    expect((await coordinator.post('/indstillinger/sammenligning', { kind: 'group', group: '2' })).status).toBe(303);
    expect((await loadPeers(t.store, '999')).label.da).toBe('Kommunegruppe 2 Storbykommuner');
    expect((await coordinator.post('/indstillinger/sammenligning', { kind: 'default' })).status).toBe(303);
    expect((await loadPeers(t.store, '999')).isDefault).toBe(true);
    expect(await t.store.auditLog({ action: 'setting.set' })).toHaveLength(3);
  });

  it('refuses a bad code, an empty list and a forged post, and changes nothing', async () => {
    const t = await createTestApp();
    const coordinator = await signedIn(t.app, 'koordinator');
    const bad = await coordinator.post('/indstillinger/sammenligning', { kind: 'municipalities', codes: ['101', '998'] });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Ukendt kommunekode &quot;998&quot;');
    const empty = await coordinator.post('/indstillinger/sammenligning', { kind: 'municipalities' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Vælg mindst én kommune');
    const country = await coordinator.post('/indstillinger/sammenligning', { kind: 'municipalities', codes: '000' });
    expect(country.status).toBe(400);
    const forged = await coordinator.post('/indstillinger/sammenligning', { _csrf: '', kind: 'group', group: '1' });
    expect(forged.status).toBe(403);
    expect((await loadPeers(t.store, '999')).isDefault).toBe(true);
    expect(await t.store.auditLog({ action: 'setting.set' })).toEqual([]);
  });

  it("is the coordinator's alone, and the menu links it for the coordinator only", async () => {
    const t = await createTestApp();
    const admin = await signedIn(t.app, 'admin');
    expect((await admin.get('/indstillinger')).status).toBe(403);
    expect((await admin.post('/indstillinger/sammenligning', { kind: 'group', group: '1' })).status).toBe(403);
    expect(await (await admin.get('/')).text()).not.toContain('href="/indstillinger"');
    const coordinator = await signedIn(t.app, 'koordinator');
    expect(await (await coordinator.get('/')).text()).toContain('href="/indstillinger"');
    expect((await new Client(t.app).get('/indstillinger')).status).toBe(303);
    expect((await loadPeers(t.store, '999')).isDefault).toBe(true);
  });
});
