/**
 * Exchanging published figures: `export` writes the published (suppressed) figures as JSON-stat
 * 2.0; `import` of that file into a fresh store gives back the same figures as comparison figures,
 * versioned and audited; a file computed on other definitions is refused, naming the indicator,
 * with the store left as it was; and a suppressed figure stays without numbers whatever the file says.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { definitionHashes, loadCatalogue } from '../../src/catalogue/index.ts';
import { exportFigures, importComparison, looksLikeExchangeFile, PRODUCT_VERSION } from '../../src/services/exchange/index.ts';
import { importDelivery } from '../../src/services/import/import-delivery.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { backends, type TestDatabase } from '../store/backends.ts';

const catalogue = loadCatalogue();

/** The country and two municipalities; Ballerup's 3 of 50 is a small cell. */
const NATIONAL = `kommune;indikator;periode;gruppe;taeller;naevner
000;selvforsoergelse;2025;target;503;1250
000;selvforsoergelse;2025;comparison;2700;4000
101;selvforsoergelse;2025;target;500;1200
101;selvforsoergelse;2025;comparison;1800;3000
151;selvforsoergelse;2025;target;3;50
151;selvforsoergelse;2025;comparison;900;1000
`;

/** A later period, delivered but not published: it must not leave the installation. */
const UNPUBLISHED = `kommune;indikator;periode;gruppe;taeller;naevner
101;selvforsoergelse;2026;target;510;1200
101;selvforsoergelse;2026;comparison;1810;3000
`;

const FIXED_NOW = () => new Date('2026-03-01T12:00:00.000Z');

describe.each(backends)('exchange of published figures on $name', ({ create }) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let from: Store;
  let into: Store;
  let dir: string;

  beforeEach(async () => {
    source = await create();
    target = await create();
    from = await openStore({ ...source.options, ownMunicipality: '101' });
    into = await openStore({ ...target.options, ownMunicipality: '999' });
    dir = mkdtempSync(path.join(tmpdir(), 'indikator-exchange-'));
  });

  afterEach(async () => {
    await from?.close();
    await into?.close();
    await source?.cleanup();
    await target?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  /** Imports NATIONAL (published) and UNPUBLISHED (delivered) and exports every municipality. */
  async function exported(format: 'jsonstat' | 'csv' = 'jsonstat', municipality = 'all', csvVariant: 'machine' | 'excel' = 'machine'): Promise<string> {
    await importDelivery({ file: file('national.csv', NATIONAL), actor: 'anna', municipality: '101' }, catalogue, from);
    await importDelivery({ file: file('later.csv', UNPUBLISHED), actor: 'anna', municipality: '101' }, catalogue, from);
    const [published] = await from.latestDeliveries({ period: '2025' });
    if (published === undefined) throw new Error('no delivery');
    await from.setDeliveryStatus(published.id, 'published', '', 'koordinator');
    const out = path.join(dir, format === 'csv' ? `figures-${csvVariant}.csv` : 'figures.json');
    await exportFigures(from, catalogue, { format, csvVariant, out, threshold: 5, municipality, ownCode: '101', ownName: 'København', now: FIXED_NOW });
    return out;
  }

  it('writes JSON-stat 2.0 with the published, suppressed figures and the definitions in the metadata', async () => {
    const out = await exported();
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json).toMatchObject({ version: '2.0', class: 'dataset', id: ['indicator', 'period', 'municipality', 'group', 'breakdown', 'measure'] });
    // Only the published period: 2026 was delivered, never published.
    expect(json.dimension.period.category.index).toEqual(['2025']);
    expect(json.dimension.municipality.category.index).toEqual(['000', '101', '151']);
    expect(json.dimension.municipality.category.label).toEqual({ '000': 'Hele landet', '101': 'København', '151': 'Ballerup' });
    expect(json.size).toEqual([1, 1, 3, 2, 1, 5]);
    // Flat index of (000, comparison, value) = ((0·3 + 0)·2 + 1)·5 + 0 = 5; Ballerup's target = (2·2 + 0)·5 = 20.
    expect(json.value['5']).toBe(0.675);
    expect(json.value['20']).toBeNull();
    expect(json.status['20']).toBe('..');
    expect(json.extension.indikator).toMatchObject({ format: 1, productVersion: PRODUCT_VERSION, exportedAt: '2026-03-01T12:00:00.000Z', synthetic: false });
    expect(json.extension.indikator.definitionsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(json.extension.indikator.indicatorHashes)).toEqual(['selvforsoergelse']);
    // The definition beside the hash (issue 14): what it deviates from, and the variant the figures follow.
    expect(json.extension.indikator.definitions).toEqual({
      selvforsoergelse: {
        officialDefinition: expect.objectContaining({ status: 'deviates', url: 'https://www.jobindsats.dk' }),
        variant: 'end_reason',
        definition: {
          da: 'Ydelsesforløb, der sluttede i året med afgangsårsagen job, IGU, uddannelse eller anden selvforsørgelse.',
          en: 'Benefit spells ended in the year with the reason job, IGU, education or other self-support.',
        },
        // The second figure published beside it where the file has its column (issue 14).
        secondFigures: [expect.objectContaining({ id: 'status_after_3_months', relation: 'within_default' })],
      },
    });
    expect(await looksLikeExchangeFile(out)).toBe(true);
  });

  it.each([
    ['JSON-stat', 'jsonstat', 'machine'],
    ['CSV (machine)', 'csv', 'machine'],
    ['CSV (Danish Excel)', 'csv', 'excel'],
  ] as const)('imports %s into a fresh store as the same published figures, versioned and audited', async (_, format, variant) => {
    const out = await exported(format, 'all', variant);
    const published = (await import('../../src/services/results.ts')).loadResults;
    const expected = (await published(from, catalogue, { threshold: 5, statuses: ['published'] })).rows.map((r) => ({
      municipality: r.municipality,
      group: r.group,
      value: r.value,
      ciLow: r.ciLow,
      ciHigh: r.ciHigh,
      n: r.n,
      gap: r.gap,
      suppressed: r.suppressed,
    }));
    const saved = await importComparison({ file: out, actor: 'koordinator', ownMunicipality: '999' }, catalogue, into);
    expect(saved).toMatchObject({
      outcome: 'created',
      skippedOwn: 0,
      set: { version: 1, figureCount: 6, source: 'København (101), national run', synthetic: false },
    });
    const figures = await into.listComparisonFigures('selvforsoergelse');
    const got = figures.map((f) => ({
      municipality: f.municipality,
      group: f.group,
      value: f.value,
      ciLow: f.ciLow,
      ciHigh: f.ciHigh,
      n: f.n,
      gap: f.gap,
      suppressed: f.suppressed,
    }));
    const key = (x: { municipality: string; group: string }) => `${x.municipality}/${x.group}`;
    expect([...got].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
    // Hand-checked: the country's comparison group 2700/4000, Ballerup's 3 of 50 hidden.
    expect(figures.find((f) => f.municipality === '000' && f.group === 'comparison')).toMatchObject({ value: 0.675, n: 4000, suppressed: false });
    expect(figures.find((f) => f.municipality === '151' && f.group === 'target')).toMatchObject({ value: null, n: null, suppressed: true });
    // The receiving store's own deliveries are untouched: comparison figures are no cells.
    expect(await into.latestDeliveries()).toEqual([]);

    expect(await importComparison({ file: out, actor: 'koordinator', ownMunicipality: '999' }, catalogue, into)).toMatchObject({
      outcome: 'unchanged',
      set: { version: 1 },
    });
    const audit = (await into.auditLog()).filter((e) => e.action === 'comparison.import');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ source: 'København (101), national run', version: 1, figures: 6, productVersion: PRODUCT_VERSION });
  });

  it('skips the own municipality: its figures are computed here', async () => {
    const out = await exported();
    const saved = await importComparison({ file: out, actor: 'koordinator', ownMunicipality: '101' }, catalogue, into);
    expect(saved.skippedOwn).toBe(2);
    expect(new Set((await into.listComparisonFigures()).map((f) => f.municipality))).toEqual(new Set(['000', '151']));
  });

  it('exports a second figure as its own breakdown category, with its definition and relation in the metadata', async () => {
    // IGU: 40 courses started (the default) and 52 running (the second figure) in the target group.
    const igu = `kommune;indikator;periode;gruppe;opdeling;taeller;n
101;igu-forloeb;2025;target;;40;30
101;igu-forloeb;2025;target;variant=running;52;36
`;
    await importDelivery({ file: file('igu.csv', igu), actor: 'anna', municipality: '101' }, catalogue, from);
    const [published] = await from.latestDeliveries({ period: '2025' });
    if (published === undefined) throw new Error('no delivery');
    await from.setDeliveryStatus(published.id, 'published', '', 'koordinator');
    const out = path.join(dir, 'igu.json');
    await exportFigures(from, catalogue, { format: 'jsonstat', out, threshold: 5, municipality: '101', ownCode: '101', ownName: 'København', now: FIXED_NOW });
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.dimension.breakdown.category.index).toEqual(['', 'variant=running']);
    expect(json.extension.indikator.definitions['igu-forloeb']).toEqual({
      officialDefinition: expect.objectContaining({ status: 'followed' }),
      variant: 'started',
      definition: expect.objectContaining({ en: expect.stringContaining('IGU courses whose start date falls in the calendar year') }),
      secondFigures: [
        {
          id: 'running',
          label: { da: 'Forløb i gang i året', en: 'Courses running in the year' },
          definition: expect.objectContaining({ en: expect.stringContaining('IGU courses in progress at some time in the calendar year') }),
          relation: 'contains_default',
        },
      ],
    });
  });

  it.each(['machine', 'excel'] as const)(
    'refuses a CSV (%s) computed on other definitions with the same message, and leaves the store as it was',
    async (variant) => {
      const out = await exported('csv', 'all', variant);
      const text = readFileSync(out, 'utf8');
      // Each row's definition_hash is its indicator's; the catalogue's (definitions_hash) is another.
      const ours = definitionHashes(catalogue).indicators.selvforsoergelse ?? '';
      expect(text).toContain(ours);
      const other = file(`other-${variant}.csv`, text.replaceAll(ours, 'f'.repeat(64)));
      const before = await into.fingerprint();
      await expect(importComparison({ file: other, actor: 'koordinator', ownMunicipality: '999' }, catalogue, into)).rejects.toThrow(
        new RegExp(`other-${variant}\\.csv: definitionerne afviger fra vores .* Afviger: selvforsoergelse \\(ffffffffffff ≠ ${ours.slice(0, 12)}\\)`),
      );
      expect(await into.fingerprint()).toBe(before);
      expect(await into.comparisonSets()).toEqual([]);
    },
  );

  it('refuses a CSV whose rows disagree on the export, naming the row and the column', async () => {
    const out = await exported('csv');
    const lines = readFileSync(out, 'utf8').split('\n');
    lines[3] = lines[3]?.replace(PRODUCT_VERSION, '9.9.9') ?? '';
    await expect(importComparison({ file: file('mixed.csv', lines.join('\n')), actor: 'k', ownMunicipality: '999' }, catalogue, into)).rejects.toThrow(
      /mixed\.csv: række 4, kolonne AL \(product_version\): afviger fra række 2/,
    );
  });

  it('reads the Danish Excel variant back after Excel has made the country 0 and saved it in Windows-1252', async () => {
    const out = await exported('csv', 'all', 'excel');
    const text = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .replaceAll('\r\n000;', '\r\n0;')
      .replaceAll('København', 'Kjøbenhavn');
    const resaved = path.join(dir, 'resaved.csv');
    writeFileSync(resaved, Buffer.from(text, 'latin1'));
    const saved = await importComparison({ file: resaved, actor: 'k', ownMunicipality: '999' }, catalogue, into);
    expect(saved.set.source).toBe('Kjøbenhavn (101), national run');
    expect((await into.listComparisonFigures()).find((f) => f.municipality === '000' && f.group === 'comparison')).toMatchObject({ value: 0.675, n: 4000 });
  });

  it('refuses a file computed on other definitions, naming the indicator, and leaves the store as it was', async () => {
    const out = await exported();
    const json = JSON.parse(readFileSync(out, 'utf8'));
    json.extension.indikator.indicatorHashes.selvforsoergelse = 'f'.repeat(64);
    const other = file('other.json', JSON.stringify(json));
    const before = await into.fingerprint();
    const refusal = importComparison({ file: other, actor: 'koordinator', ownMunicipality: '999' }, catalogue, into);
    await expect(refusal).rejects.toThrow(
      /other\.json: definitionerne afviger fra vores .* Afviger: selvforsoergelse \(ffffffffffff ≠ [0-9a-f]{12}\) \/ other\.json: the definitions differ from ours/,
    );
    expect(await into.fingerprint()).toBe(before);
    expect(await into.comparisonSets()).toEqual([]);
  });

  it('refuses a file with an indicator this catalogue does not know', async () => {
    const out = await exported();
    const json = JSON.parse(readFileSync(out, 'utf8'));
    json.dimension.indicator.category.index = ['ukendt_indikator'];
    await expect(importComparison({ file: file('x.json', JSON.stringify(json)), actor: 'k', ownMunicipality: '999' }, catalogue, into)).rejects.toThrow(
      /Afviger: ukendt_indikator \(ukendt her \/ unknown here\)/,
    );
  });

  it('cannot un-suppress: a suppressed figure is stored without numbers, and the database refuses one with a number', async () => {
    const out = await exported();
    const json = JSON.parse(readFileSync(out, 'utf8'));
    json.value['20'] = 0.06; // Ballerup's hidden 3/50, "restored" in the file
    json.value['23'] = 50;
    await importComparison({ file: file('tampered.json', JSON.stringify(json)), actor: 'k', ownMunicipality: '999' }, catalogue, into);
    expect((await into.listComparisonFigures()).find((f) => f.municipality === '151' && f.group === 'target')).toMatchObject({
      value: null,
      n: null,
      suppressed: true,
    });
    const [set] = await into.comparisonSets();
    await expect(
      target.exec(
        `insert into comparison_figures (set_id, municipality, indicator, period, grp, breakdown, value, suppressed) values (${set?.id}, '151', 'selvforsoergelse', '2024', 'target', '', 0.06, ${into.kind === 'sqlite' ? 1 : 'true'})`,
      ),
    ).rejects.toThrow();
    await expect(target.exec(`delete from comparison_figures`)).rejects.toThrow(/append-only/);
  });

  it.each(['machine', 'excel'] as const)('cannot un-suppress through a CSV (%s): a suppressed row keeps no numbers', async (variant) => {
    const out = await exported('csv', 'all', variant);
    const sep = variant === 'excel' ? ';' : ',';
    // Ballerup's hidden 3 of 50, "restored" in the file: numerator, denominator, value, bounds and n filled in.
    const restored = ['3', '50', variant === 'excel' ? '0,06' : '0.06', '0', '1', '50'].join(sep);
    const text = readFileSync(out, 'utf8').replace(
      new RegExp(`(151${sep}selvforsoergelse${sep}2025${sep}target${sep}${sep})${sep.repeat(6)}true`),
      `$1${restored}${sep}true`,
    );
    expect(text).toContain(restored);
    await importComparison({ file: file(`tampered-${variant}.csv`, text), actor: 'k', ownMunicipality: '999' }, catalogue, into);
    expect((await into.listComparisonFigures()).find((f) => f.municipality === '151' && f.group === 'target')).toMatchObject({
      value: null,
      ciLow: null,
      ciHigh: null,
      n: null,
      suppressed: true,
    });
  });

  it('writes CSV in the result columns, published figures only', async () => {
    const out = await exported('csv');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]?.startsWith('municipality,indicator,period,group,breakdown,numerator,denominator,value')).toBe(true);
    expect(lines).toHaveLength(7);
    expect(lines.some((l) => l.startsWith('000,selvforsoergelse,2025,comparison,,2700,4000,0.675'))).toBe(true);
    expect(lines.some((l) => l.includes(',2026,'))).toBe(false);
  });

  it.each(['all', '151'])(
    'writes CSV (municipality %s) with the definition on every row: the hash JSON-stat carries, the variant, the text (issue 14)',
    async (municipality) => {
      const out = await exported('csv', municipality);
      const [header, ...rows] = readFileSync(out, 'utf8').trim().split('\n');
      const columns = (header ?? '').split(',');
      // The definition ends the result columns; the exchange file's metadata follows.
      expect(columns.slice(-8, -5)).toEqual(['definition_hash', 'variant', 'definition_text']);
      expect(columns.slice(-5)).toEqual(['definitions_hash', 'product_version', 'source', 'exported_at', 'synthetic']);
      const hash = definitionHashes(catalogue).indicators.selvforsoergelse;
      expect(rows).toHaveLength(municipality === 'all' ? 6 : 2);
      for (const row of rows) {
        expect(row).toContain(`,${hash},end_reason,"Ydelsesforløb, der sluttede i året med afgangsårsagen job, IGU, uddannelse eller anden selvforsørgelse.",`);
      }
    },
  );

  it('refuses a JSON file that is no export file, naming the field', async () => {
    const bad = file('bad.json', '{"class":"dataset","version":"2.0"}');
    await expect(importComparison({ file: bad, actor: 'k', ownMunicipality: '999' }, catalogue, into)).rejects.toThrow(
      /bad\.json: er ikke en eksportfil fra indikator: id/,
    );
  });
});

describe('export with nothing published', () => {
  it('refuses rather than writing an empty file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'indikator-exchange-empty-'));
    const store = await openStore({ dataDir: path.join(dir, 'data'), ownMunicipality: '101' });
    try {
      writeFileSync(path.join(dir, 'n.csv'), NATIONAL);
      await importDelivery({ file: path.join(dir, 'n.csv'), actor: 'anna', municipality: '101' }, catalogue, store);
      const out = path.join(dir, 'f.json');
      await expect(
        exportFigures(store, catalogue, { format: 'jsonstat', out, threshold: 5, municipality: 'all', ownCode: '101', ownName: 'København' }),
      ).rejects.toThrow(/Ingen offentliggjorte tal at eksportere .* \/ No published figures to export/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
