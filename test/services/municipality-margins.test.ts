/**
 * The municipality dimension in compute: the whole country (000) as the margin of the
 * municipalities, secondary suppression across municipalities, and results per municipality.
 */
import { describe, expect, it } from 'vitest';
import { type Indicator, loadCatalogue } from '../../src/catalogue/index.ts';
import type { DeliveryGroup } from '../../src/origin/index.ts';
import { computeResults, deliveryTable, suppressedKeys } from '../../src/services/compute/index.ts';
import { municipalityMargins } from '../../src/services/compute/municipality-margins.ts';
import type { Cell, DeliveryWithCells } from '../../src/cells/index.ts';

const catalogue = loadCatalogue();
const selvforsoergelse = catalogue.get('selvforsoergelse') as Indicator;

function cell(municipality: string, group: DeliveryGroup, numerator: number | null, denominator: number | null, extra: Partial<Cell> = {}): Cell {
  return { municipality, group, breakdown: '', numerator, denominator, value: null, sd: null, n: denominator, suppressed: false, note: '', ...extra };
}

function delivery(cells: Cell[], period = '2025'): DeliveryWithCells {
  return {
    id: 1,
    indicator: 'selvforsoergelse',
    period,
    version: 1,
    fileName: 'x.csv',
    fileHash: 'a'.repeat(64),
    source: 'file',
    definition: 'origin',
    thirdGeneration: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'test',
    status: 'delivered',
    statusComment: '',
    cellCount: cells.length,
    cells,
  };
}

describe('municipalityMargins', () => {
  it('makes 000 the sum of the municipalities for each group and breakdown', () => {
    const cells = [
      cell('000', 'target', 30, 100),
      cell('101', 'target', 20, 60),
      cell('147', 'target', 10, 40),
      cell('000', 'comparison', 500, 1000),
      cell('101', 'comparison', 300, 600),
      cell('147', 'comparison', 200, 400),
    ];
    expect(municipalityMargins(cells)).toEqual([
      { total: '000|target|', parts: ['101|target|', '147|target|'] },
      { total: '000|comparison|', parts: ['101|comparison|', '147|comparison|'] },
    ]);
  });

  it('adds nothing without a 000 cell, and relates every group and breakdown the country has', () => {
    expect(municipalityMargins([cell('101', 'target', 20, 60), cell('147', 'target', 10, 40)])).toEqual([]);
    // Whether the counts bear the relation out is the table builder's to check (see below).
    expect(municipalityMargins([cell('000', 'target', 31, 100), cell('101', 'target', 20, 60), cell('000', 'other', 5, 9)])).toEqual([
      { total: '000|target|', parts: ['101|target|'] },
    ]);
  });

  it('keeps the relation when a part arrived suppressed (its counts cannot be checked)', () => {
    const hidden = cell('101', 'target', null, null, { suppressed: true, n: null });
    expect(municipalityMargins([cell('000', 'target', 30, 100), hidden, cell('147', 'target', 10, 40)])).toEqual([
      { total: '000|target|', parts: ['101|target|', '147|target|'] },
    ]);
  });
});

describe('suppression across municipalities', () => {
  // 101 has 3 persons of 50 in the target group: primary suppression.
  const small = cell('101', 'target', 3, 50);
  const other = cell('147', 'target', 40, 200);

  it('hides a second cell when the country figure would give the small one away', () => {
    const hidden = suppressedKeys(selvforsoergelse, [cell('000', 'target', 43, 250), small, other], 5);
    expect(hidden.has('101|target|')).toBe(true);
    // 101 = 000 − 147: one of them must go too.
    expect(hidden.has('147|target|') || hidden.has('000|target|')).toBe(true);
  });

  it('hides only the small cell without a country figure, or when the parts exceed the country (no relation)', () => {
    expect([...suppressedKeys(selvforsoergelse, [small, other], 5)]).toEqual(['101|target|']);
    expect([...suppressedKeys(selvforsoergelse, [cell('000', 'target', 40, 240), small, other], 5)]).toEqual(['101|target|']);
  });

  it('protects the persons of municipalities the file leaves out as the relation’s remainder', () => {
    // 44 − 3 − 40 = 1 person elsewhere: 000 − 147 would show 101 + the rest = 4 persons.
    const table = deliveryTable(selvforsoergelse, [cell('000', 'target', 44, 260), small, other]);
    expect(table.cells.find((c) => c.key === '000|target|(municipality rest)')).toMatchObject({ numerator: 1, denominator: 10, unpublished: true });
    expect(table.margins).toContainEqual({ total: '000|target|', parts: ['101|target|', '147|target|', '000|target|(municipality rest)'] });
    const hidden = suppressedKeys(selvforsoergelse, [cell('000', 'target', 44, 260), small, other], 5);
    expect(hidden.has('101|target|')).toBe(true);
    expect(hidden.has('147|target|') || hidden.has('000|target|')).toBe(true);
  });

  it('applies the usual margins within each municipality, never across them', () => {
    // In 147 the groups add up to the total; 3 of 20 in `other` forces a secondary cell in 147 only.
    const cells = [
      cell('101', 'target', 40, 100),
      cell('101', 'comparison', 300, 600),
      cell('147', 'target', 50, 120),
      cell('147', 'comparison', 400, 900),
      cell('147', 'other', 3, 20),
      cell('147', 'total', 453, 1040),
    ];
    const hidden = [...suppressedKeys(selvforsoergelse, cells, 5)];
    expect(hidden).toContain('147|other|');
    expect(hidden.length).toBeGreaterThan(1);
    expect(hidden.every((k) => k.startsWith('147|'))).toBe(true);
  });
});

describe('computeResults per municipality', () => {
  it('gives every municipality and the country its own rows, figures and gap', () => {
    const { rows } = computeResults(
      catalogue,
      [
        delivery([
          cell('000', 'target', 450, 1000),
          cell('000', 'comparison', 1800, 3000),
          cell('101', 'target', 300, 600),
          cell('101', 'comparison', 1000, 2000),
          cell('147', 'target', 150, 400),
          cell('147', 'comparison', 800, 1000),
        ]),
      ],
      { threshold: 5 },
    );
    expect(rows.map((r) => `${r.municipality} ${r.group} ${r.value}`)).toEqual([
      '000 target 0.45',
      '000 comparison 0.6',
      '101 target 0.5',
      '101 comparison 0.5',
      '147 target 0.375',
      '147 comparison 0.8',
    ]);
    const gaps = rows.filter((r) => r.group === 'target').map((r) => [r.municipality, Number(r.gap?.toFixed(4))]);
    expect(gaps).toEqual([
      ['000', -0.15],
      ['101', 0],
      ['147', -0.425],
    ]);
  });

  it('follows each municipality through time on its own: change since the previous period', () => {
    const { rows } = computeResults(
      catalogue,
      [
        delivery([cell('101', 'target', 300, 600), cell('147', 'target', 100, 400)], '2024'),
        delivery([cell('101', 'target', 330, 600), cell('147', 'target', 100, 500)], '2025'),
      ],
      { threshold: 5 },
    );
    const change = (m: string) => rows.find((r) => r.municipality === m && r.period === '2025')?.change.sincePrevious?.difference;
    expect(change('101')).toBeCloseTo(0.05, 10);
    expect(change('147')).toBeCloseTo(-0.05, 10);
  });

  it('gives a single-municipality delivery the same rows as before, with its code', () => {
    const cells = [cell('999', 'target', 412, 1000), cell('999', 'comparison', 900, 2000)];
    const { rows } = computeResults(catalogue, [delivery(cells)], { threshold: 5 });
    expect(rows.map((r) => [r.municipality, r.group, r.value, r.suppressed])).toEqual([
      ['999', 'target', 0.412, false],
      ['999', 'comparison', 0.45, false],
    ]);
  });
});

describe('cost order across municipalities', () => {
  it("hides the country's figure before a municipality's figure of the same kind", () => {
    // Ballerup's comparison group has 3 persons; its target figure, the total and the country's
    // target figure are all candidates. The country's goes before København's or Ballerup's own.
    const cells = [
      cell('101', 'target', 40, 400),
      cell('101', 'comparison', 300, 900),
      cell('151', 'target', 30, 300),
      cell('151', 'comparison', 1, 3),
      cell('000', 'target', 70, 700),
      cell('000', 'comparison', 301, 903),
    ];
    const hidden = suppressedKeys(selvforsoergelse, cells, 5);
    expect(hidden.has('151|comparison|')).toBe(true);
    expect(hidden.has('000|comparison|')).toBe(true);
    expect(hidden.has('101|target|')).toBe(false);
    expect(hidden.has('101|comparison|')).toBe(false);
  });
});
