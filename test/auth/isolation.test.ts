/**
 * A steward of one department cannot read or change another department's unpublished data — not
 * through the pages, the downloads, the API or an upload — and sees it like any reader once it is
 * published.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { goodDelivery } from './fixtures.ts';
import { type Client, createTestApp, signedIn, type TestApp } from './helpers.ts';

// Center for Social og Sundhed's hjemmepleje: target 120 of 400 = 30 %, comparison 900 of 2000.
let t: TestApp;
let arbejdsmarked: Client;
let social: Client;
let coordinator: Client;
let hjemmeplejeId: number;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signedIn(t.app, 'koordinator');
  arbejdsmarked = await signedIn(t.app, 'arbejdsmarked');
  social = await signedIn(t.app, 'social');
  expect((await coordinator.post('/runder', { name: 'Runde 2025', deadline: '2026-03-01', period_calendar_year: '2025' })).status).toBe(303);
  expect(
    (await social.upload('/runder/1/levering', 'hjemmepleje.csv', goodDelivery('hjemmepleje', '2025', 'hemmelig note'), { action: 'submit' })).status,
  ).toBe(303);
  const [delivery] = await t.store.deliveryVersions('hjemmepleje', '2025');
  hjemmeplejeId = delivery?.id ?? Number.NaN;
});

describe("another department's unpublished delivery", () => {
  it('is refused as a page, as cells CSV and through the API', async () => {
    const page = await arbejdsmarked.get(`/leveringer/${hjemmeplejeId}`);
    expect(page.status).toBe(403);
    expect(await page.text()).not.toContain('hemmelig note');
    expect((await arbejdsmarked.get(`/leveringer/${hjemmeplejeId}/celler.csv`)).status).toBe(403);
    const api = await arbejdsmarked.get(`/api/deliveries/${hjemmeplejeId}`);
    expect(api.status).toBe(403);
    expect(await api.text()).not.toContain('hemmelig');
  });

  it('is visible to its own department and to the coordinator', async () => {
    for (const client of [social, coordinator]) {
      const res = await client.get(`/api/deliveries/${hjemmeplejeId}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { cells: { group: string; numerator: number; note: string }[] };
      expect(body.cells.find((c) => c.group === 'target')).toMatchObject({ numerator: 120, note: 'hemmelig note' });
    }
  });

  it("is left out of the steward's round overview, by page and by API", async () => {
    const page = await (await arbejdsmarked.get('/runder/1')).text();
    expect(page).toContain('Center for Arbejdsmarked');
    expect(page).not.toContain('Center for Social og Sundhed');
    const api = (await (await arbejdsmarked.get('/api/rounds/1')).json()) as { items: { indicator: string }[]; departments: { department: string }[] };
    expect(api.items.map((i) => i.indicator).sort()).toEqual(['igu-forloeb', 'selvforsoergelse']);
    expect(api.departments.map((d) => d.department)).toEqual(['Center for Arbejdsmarked']);
  });

  it('is not in the dashboard, its API or its downloads for anyone before publication', async () => {
    for (const client of [arbejdsmarked, social, coordinator]) {
      expect(await (await client.get('/api/results?indicator=hjemmepleje')).json()).toEqual([]);
      const csv = await (await client.get('/download/hjemmepleje.csv')).text();
      expect(csv.trim().split(/\r?\n/)).toHaveLength(1);
    }
  });

  it('cannot be changed: uploading it is refused row by row and stores nothing; approving is refused', async () => {
    const res = await arbejdsmarked.upload('/runder/1/levering', 'fremmed.csv', goodDelivery('hjemmepleje', '2025'), { action: 'submit' });
    expect(res.status).toBe(422);
    const text = await res.text();
    expect(text).toContain(
      'fremmed.csv, række 2, kolonne indicator: du kan ikke levere »Hjemmepleje« (hjemmepleje): indikatoren hører til Center for Social og Sundhed',
    );
    const api = await arbejdsmarked.upload('/api/rounds/1/deliveries', 'fremmed.csv', goodDelivery('hjemmepleje', '2025'));
    expect(api.status).toBe(422);
    const body = (await api.json()) as { error: { errors: { row: number; column: string }[] } };
    expect(body.error.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'indicator'],
      [3, 'indicator'],
      [4, 'indicator'],
    ]);
    expect((await t.store.deliveryVersions('hjemmepleje', '2025')).map((d) => d.version)).toEqual([1]);
    expect((await arbejdsmarked.post(`/leveringer/${hjemmeplejeId}/godkend`)).status).toBe(403);
    expect((await arbejdsmarked.postJson(`/api/deliveries/${hjemmeplejeId}/approve`, {})).status).toBe(403);
    expect((await t.store.getDelivery(hjemmeplejeId))?.status).toBe('delivered');
  });

  it('reaches every signed-in user once published, through the dashboard only', async () => {
    expect((await coordinator.post(`/leveringer/${hjemmeplejeId}/godkend`)).status).toBe(303);
    expect((await coordinator.post(`/leveringer/${hjemmeplejeId}/publicer`)).status).toBe(303);
    const rows = (await (await arbejdsmarked.get('/api/results?indicator=hjemmepleje&group=target')).json()) as { value: number }[];
    expect(rows.map((r) => r.value)).toEqual([0.3]);
    expect((await arbejdsmarked.get(`/api/deliveries/${hjemmeplejeId}`)).status).toBe(403);
  });
});
