/**
 * Small-cell protection on whole deliveries, through the relations the catalogue declares
 * (`delivery-table.ts`) and the one suppression rule: the headline figures of the target and
 * comparison groups are the last cells to go, and the relations a reader could exploit — nested
 * age splits, overlapping kinds of measure, residents outside every housing area — are all known
 * to the rule. Every case also passes the full audit (exact recovery and interval bounds).
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import type { DeliveryGroup } from '../../src/origin/index.ts';
import { cellKey, deliveryTable } from '../../src/services/compute/delivery-table.ts';
import { suppressedKeys } from '../../src/services/compute/period-cells.ts';
import { auditSuppression } from '../../src/stats/index.ts';
import type { Cell } from '../../src/cells/index.ts';

const catalogue = loadCatalogue();
const T = 5;

function indicator(id: string) {
  const found = catalogue.get(id);
  if (!found) throw new Error(id);
  return found;
}

function share(group: DeliveryGroup, numerator: number, denominator: number, breakdown = ''): Cell {
  return { municipality: '999', group, breakdown, numerator, denominator, value: null, sd: null, n: null, suppressed: false, note: '' };
}

function mean(group: DeliveryGroup, value: number, sd: number, n: number): Cell {
  return { municipality: '999', group, breakdown: '', numerator: null, denominator: null, value, sd, n, suppressed: false, note: '' };
}

function hidden(id: string, cells: Cell[]): Set<string> {
  return suppressedKeys(indicator(id), cells, T);
}

function published(id: string, cells: Cell[]): Map<string, Cell> {
  const withheld = hidden(id, cells);
  return new Map(cells.filter((c) => !withheld.has(cellKey(c))).map((c) => [cellKey(c), c]));
}

function expectClean(id: string, cells: Cell[]): void {
  const withheld = hidden(id, cells);
  expect(auditSuppression(deliveryTable(indicator(id), cells), withheld, T)).toEqual([]);
}

describe('the headline figures stay published when only the other group is small', () => {
  const cases: [string, Cell[]][] = [
    ['selvforsoergelse', [share('target', 50, 400), share('comparison', 100, 900), share('other', 2, 3), share('total', 152, 1303)]],
    ['boern-anbringelse', [share('target', 30, 2500), share('comparison', 60, 9000), share('other', 1, 40), share('total', 91, 11540)]],
    ['karaktergennemsnit', [mean('target', 6.1, 2.1, 60), mean('comparison', 8.0, 2.0, 140), mean('other', 7.0, 1.0, 3), mean('total', 7.44, 2.1, 203)]],
  ];
  for (const [id, cells] of cases) {
    it(`${id}: target and comparison published; other and the total hidden`, () => {
      expect([...hidden(id, cells)].sort()).toEqual(['999|other|', '999|total|']);
      expectClean(id, cells);
    });
  }
});

describe('nested breakdowns: kriminalitet age=under18 is ageband=15-17', () => {
  // Demo 2020: the other group under 18 was 96 − 69 − 24 = 3 through the age bands.
  const bands = (group: DeliveryGroup, counts: [number, number][]) =>
    ['15-17', '18-29', '30-49', '50-64', '65+'].map((band, i) => share(group, ...(counts[i] as [number, number]), `ageband=${band}`));
  const cells: Cell[] = [
    share('target', 60, 2100),
    share('comparison', 200, 20000),
    share('other', 10, 900),
    share('total', 270, 23000),
    share('target', 8, 69, 'age=under18'),
    share('comparison', 5, 24, 'age=under18'),
    share('other', 1, 3, 'age=under18'),
    share('total', 14, 96, 'age=under18'),
    share('target', 52, 2031, 'age=adult'),
    share('comparison', 195, 19976, 'age=adult'),
    share('other', 9, 897, 'age=adult'),
    share('total', 256, 22904, 'age=adult'),
    ...bands('target', [
      [8, 69],
      [20, 600],
      [20, 800],
      [10, 431],
      [2, 200],
    ]),
    ...bands('comparison', [
      [5, 24],
      [60, 4000],
      [70, 7000],
      [40, 5000],
      [25, 3976],
    ]),
  ];

  it('the other group under 18 (3 persons) cannot be computed from the total and either split of the other groups', () => {
    const shown = published('kriminalitet', cells);
    for (const target of ['999|target|age=under18', '999|target|ageband=15-17']) {
      for (const comparison of ['999|comparison|age=under18', '999|comparison|ageband=15-17']) {
        expect(
          ['999|total|age=under18', target, comparison].every((k) => shown.has(k)),
          `${target} ${comparison}`,
        ).toBe(false);
      }
    }
    expectClean('kriminalitet', cells);
  });

  it('the relation is in the table the rule sees', () => {
    const table = deliveryTable(indicator('kriminalitet'), cells);
    expect(table.margins).toContainEqual({ total: '999|target|age=under18', parts: ['999|target|ageband=15-17'] });
    expect(table.margins).toContainEqual({
      total: '999|comparison|age=adult',
      parts: ['999|comparison|ageband=18-29', '999|comparison|ageband=30-49', '999|comparison|ageband=50-64', '999|comparison|ageband=65+'],
    });
  });
});

describe('kinds of measure are a partition: boern-kontaktperson', () => {
  // 4 children of the target group had a contact person for the family only.
  const cells: Cell[] = [
    share('target', 40, 3000),
    share('comparison', 90, 9000),
    share('other', 12, 800),
    share('total', 142, 12800),
    share('target', 30, 3000, 'measure=child_only'),
    share('target', 4, 3000, 'measure=family_only'),
    share('target', 6, 3000, 'measure=both'),
    share('comparison', 50, 9000, 'measure=child_only'),
    share('comparison', 30, 9000, 'measure=family_only'),
    share('comparison', 10, 9000, 'measure=both'),
  ];

  it('family only cannot be computed as the whole minus the other kinds', () => {
    const shown = published('boern-kontaktperson', cells);
    expect(shown.has('999|target|measure=family_only')).toBe(false);
    expect(['999|target|', '999|target|measure=child_only', '999|target|measure=both'].every((k) => shown.has(k))).toBe(false);
    // … and the headline stays: a breakdown cell is hidden, not the target group's figure.
    expect(shown.has('999|target|')).toBe(true);
    expectClean('boern-kontaktperson', cells);
  });

  it("the kinds add up in numerators; every kind shares the whole group's denominator", () => {
    const table = deliveryTable(indicator('boern-kontaktperson'), cells);
    expect(table.margins).toContainEqual({
      total: '999|target|',
      parts: ['999|target|measure=child_only', '999|target|measure=family_only', '999|target|measure=both'],
      dimensions: ['numerator'],
    });
    expect(table.margins).toContainEqual({ total: '999|target|', parts: ['999|target|measure=both'], dimensions: ['denominator'] });
  });
});

describe('residents outside every housing area are a remainder cell', () => {
  const area = (group: DeliveryGroup, code: string, n: number, all: number) => share(group, n, all, `area=${code}`);
  // 2 residents (both in the comparison group) live in no listed area and no remainder cell was delivered.
  const cells: Cell[] = [
    share('target', 300, 3002),
    share('comparison', 2500, 3002),
    share('other', 202, 3002),
    share('total', 3002, 3002),
    area('target', '0101', 200, 1500),
    area('comparison', '0101', 1200, 1500),
    area('other', '0101', 100, 1500),
    area('total', '0101', 1500, 1500),
    area('target', '0102', 100, 1500),
    area('comparison', '0102', 1298, 1500),
    area('other', '0102', 102, 1500),
    area('total', '0102', 1500, 1500),
  ];

  it('the whole minus the areas (2 persons) cannot be computed', () => {
    const shown = published('boligomraader-diversitet', cells);
    const parts = ['999|total|', '999|total|area=0101', '999|total|area=0102'];
    expect(parts.every((k) => shown.has(k))).toBe(false);
    expectClean('boligomraader-diversitet', cells);
  });

  it('the rule sees an unpublished remainder of 2 residents', () => {
    const table = deliveryTable(indicator('boligomraader-diversitet'), cells);
    const remainder = table.cells.find((c) => c.key === '999|total|(area rest)');
    expect(remainder).toMatchObject({ numerator: 2, denominator: 2, unpublished: true });
  });

  it('a delivered remainder cell (area=uden-omraade) completes the partition', () => {
    const complete = [
      ...cells,
      area('target', 'uden-omraade', 0, 2),
      area('comparison', 'uden-omraade', 2, 2),
      area('other', 'uden-omraade', 0, 2),
      area('total', 'uden-omraade', 2, 2),
    ];
    const table = deliveryTable(indicator('boligomraader-diversitet'), complete);
    expect(table.cells.some((c) => c.unpublished)).toBe(false);
    expect(hidden('boligomraader-diversitet', complete)).toContain('999|total|area=uden-omraade');
    expectClean('boligomraader-diversitet', complete);
  });
});

describe('interval disclosure', () => {
  it('a hidden count is not left bounded inside 1..4 by non-negativity', () => {
    // Two age bands of the target group hidden together (1 and 3 persons of 4): their sum is
    // published as whole − other bands, but each must still range from 0 to ≥ 5.
    const cells: Cell[] = [
      share('target', 24, 300),
      share('comparison', 200, 2000),
      share('target', 1, 50, 'ageband=0-64'),
      share('target', 3, 50, 'ageband=65-74'),
      share('target', 10, 100, 'ageband=75-84'),
      share('target', 10, 100, 'ageband=85+'),
    ];
    expectClean('hjemmepleje', cells);
    expect(published('hjemmepleje', cells).has('999|target|')).toBe(true);
  });
});
