import { describe, expect, it } from 'vitest';
import { definitionHashes, loadCatalogue } from '../../src/catalogue/index.ts';
import type { ResultRow } from '../../src/cells/index.ts';
import { componentSchemas } from '../../src/web/api/schemas.ts';
import { fakeApp } from './helpers.ts';

const { app } = fakeApp();
const catalogue = loadCatalogue();

async function json<T>(path: string): Promise<{ status: number; body: T; type: string | null }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T, type: res.headers.get('content-type') };
}

const resultKeys = [...((componentSchemas().ResultRow?.required ?? []) as string[])].sort();

describe('GET /api/indicators', () => {
  it('returns the catalogue in the memo order', async () => {
    const { status, body, type } = await json<{ id: string; title: { da: string } }[]>('/api/indicators');
    expect(status).toBe(200);
    expect(type).toBe('application/json; charset=utf-8');
    expect(body.map((i) => i.id)).toEqual([...catalogue.ids]);
    expect(body[0]?.title.da).toBe('Selvforsørgelse');
  });
});

describe('GET /api/indicators/{id}', () => {
  it('returns the indicator with its results by period and group', async () => {
    const { body } = await json<{ indicator: { id: string }; periods: string[]; results: ResultRow[] }>('/api/indicators/karaktergennemsnit');
    expect(body.indicator.id).toBe('karaktergennemsnit');
    expect(body.periods).toEqual(['2019/2020', '2020/2021', '2021/2022', '2022/2023', '2023/2024', '2024/2025']);
    expect(body.results).toHaveLength(12);
    expect(body.results.slice(0, 2).map((r) => [r.period, r.group])).toEqual([
      ['2019/2020', 'target'],
      ['2019/2020', 'comparison'],
    ]);
    for (const row of body.results) expect(Object.keys(row).sort()).toEqual(resultKeys);
  });

  it('returns a second figure as its own rows, with its definition and relation on the indicator (issue 14)', async () => {
    type Body = {
      indicator: { variants: { id: string; computed: boolean; relation?: string; definition: { en: string } }[]; breakdowns: { key: string }[] };
      results: ResultRow[];
    };
    const { body } = await json<Body>('/api/indicators/igu-forloeb');
    const running = body.results.filter((r) => r.breakdown === 'variant=running');
    expect(running.length).toBeGreaterThan(0);
    expect(running.length).toBe(body.results.filter((r) => r.breakdown === '').length);
    expect(body.indicator.variants.find((v) => v.id === 'running')).toMatchObject({
      computed: true,
      relation: 'contains_default',
      definition: { en: expect.stringContaining('in progress') },
    });
    expect(body.indicator.breakdowns.at(-1)?.key).toBe('variant');
  });

  it('answers an unknown indicator with a JSON 404', async () => {
    const { status, body } = await json<{ error: { code: string } }>('/api/indicators/findes-ikke');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });

  it('returns an empty result list for an indicator without data', async () => {
    const { body } = await json<{ results: unknown[]; periods: unknown[] }>('/api/indicators/kriminalitet');
    expect(body).toMatchObject({ results: [], periods: [] });
  });
});

describe('the definition the figures follow (issue 14)', () => {
  const hash = definitionHashes(catalogue).indicators['igu-forloeb'];

  it('GET /api/indicators/{id} states it, and every result row carries its hash and variant', async () => {
    const { body } = await json<{
      definitionUsed: { hash: string; variant: string; text: { da: string } };
      results: { breakdown: string; definitionHash: string; variant: string }[];
    }>('/api/indicators/igu-forloeb');
    expect(body.definitionUsed).toMatchObject({
      hash,
      variant: 'started',
      text: { da: 'IGU-forløb, hvis startdato ligger i kalenderåret (aftaler indgået), som Jobindsats tæller dem.' },
    });
    expect(body.results.length).toBeGreaterThan(0);
    // A second figure's row follows its own variant (`variant=running`); every other row the default.
    expect(body.results.some((r) => r.breakdown === 'variant=running')).toBe(true);
    for (const row of body.results) expect(row).toMatchObject({ definitionHash: hash, variant: row.breakdown === 'variant=running' ? 'running' : 'started' });
  });

  it("GET /api/results: every row, of every indicator, with its own indicator's hash", async () => {
    const { body } = await json<{ indicator: string; definitionHash: string; variant: string | null }[]>('/api/results');
    const hashes = definitionHashes(catalogue).indicators;
    expect(new Set(body.map((r) => r.indicator)).size).toBeGreaterThan(3);
    for (const row of body) expect(row.definitionHash).toBe(hashes[row.indicator]);
    expect(body.find((r) => r.indicator === 'valgdeltagelse')?.variant).toBeNull();
  });
});

describe('GET /api/results', () => {
  it('filters by indicator and period', async () => {
    const { body } = await json<ResultRow[]>('/api/results?indicator=selvforsoergelse&period=2025');
    expect(body.map((r) => r.group)).toEqual(['target', 'comparison', 'other', 'total']);
    expect(body.every((r) => r.indicator === 'selvforsoergelse' && r.period === '2025')).toBe(true);
  });

  it('filters by group and breakdown, and returns every indicator without one', async () => {
    const { body } = await json<ResultRow[]>('/api/results?indicator=hjemmepleje&group=target&breakdown=ageband%3D85%2B');
    expect(body).toHaveLength(6);
    expect(body.filter((r) => r.suppressed).map((r) => r.period)).toEqual(['2020', '2021']);
    const whole = await json<ResultRow[]>('/api/results?period=2025&breakdown=');
    expect(new Set(whole.body.map((r) => r.indicator))).toEqual(
      new Set(['selvforsoergelse', 'socialpsykiatri', 'hjemmepleje', 'igu-forloeb', 'boern-kontaktperson', 'boligomraader-diversitet']),
    );
  });

  it('validates the query with 400s and names unknown indicators with 404s', async () => {
    const bad = await json<{ error: { code: string; issues: { path: string[] }[] } }>('/api/results?period=2025-13');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0]?.path).toEqual(['period']);
    expect((await json('/api/results?group=everyone')).status).toBe(400);
    expect((await json('/api/results?unknown=1')).status).toBe(400);
    expect((await json('/api/results?indicator=Not_An_Id')).status).toBe(400);
    expect((await json('/api/results?indicator=findes-ikke')).status).toBe(404);
  });

  it('shows suppressed cells as suppressed with null numbers, never 0', async () => {
    const { body } = await json<ResultRow[]>('/api/results?indicator=igu-forloeb&period=2019');
    expect(body[0]).toMatchObject({ suppressed: true, value: null, numerator: null, n: null, ciLow: null });
  });
});

describe('housing areas and segregation', () => {
  it('returns areas with names, filterable by period, and the indices', async () => {
    const { body } = await json<{ area: string; name: string; suppressed: boolean; total: number | null }[]>('/api/areas?period=2025');
    expect(body).toHaveLength(6);
    expect(body.find((a) => a.area === '0101')?.name).toBe('Nørrevang');
    expect(body.find((a) => a.area === '0106')).toMatchObject({ suppressed: true, total: null });
    expect((await json('/api/areas?period=x')).status).toBe(400);
    const seg = await json<{ period: string }[]>('/api/segregation');
    expect(seg.body.map((s) => s.period)).toEqual(['2022', '2023', '2024', '2025']);
  });

  it('answers unknown API paths with JSON', async () => {
    const res = await app.request('/api/nothing');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { status: 404, code: 'not_found', message: 'not found: /api/nothing' } });
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every path, with every reference resolvable', async () => {
    const { status, body } = await json<{ openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>(
      '/api/openapi.json',
    );
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(
      [
        '/api/areas',
        '/api/indicators',
        '/api/indicators/{id}',
        '/api/openapi.json',
        '/api/results',
        '/api/segregation',
        '/api/me',
        '/api/rounds',
        '/api/rounds/{id}',
        '/api/rounds/{id}/deliveries',
        '/api/deliveries/{id}',
        '/api/deliveries/{id}/approve',
        '/api/deliveries/{id}/return',
        '/api/deliveries/{id}/publish',
        '/api/audit',
        '/api/users',
      ].sort(),
    );
    const refs = [...JSON.stringify(body).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(body.components.schemas[ref], ref).toBeDefined();
    expect(Object.keys((body.components.schemas.ResultRow as { properties: object }).properties).sort()).toEqual(resultKeys);
  });

  it('describes every public path the app actually serves', async () => {
    const { body } = await json<{ paths: Record<string, { get?: { security?: unknown } }> }>('/api/openapi.json');
    // The workflow paths need a session; test/auth walks them with every role.
    const open = Object.entries(body.paths).filter(([, item]) => item.get !== undefined && item.get.security === undefined);
    expect(open.length).toBe(6);
    for (const [path] of open) {
      const res = await app.request(path.replace('{id}', 'selvforsoergelse'));
      expect(res.status, path).toBe(200);
    }
  });
});
