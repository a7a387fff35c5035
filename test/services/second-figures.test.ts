/**
 * A second figure (a computed variant published beside the default, issue 14) is suppressed by
 * the one rule together with the default: its relation to the default is a margin, so their
 * difference — a small number of courses continuing from earlier years — cannot be read off by
 * subtraction, and never at the cost of a default figure. Every case also passes the full audit.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import type { DeliveryGroup } from '../../src/origin/index.ts';
import { cellKey } from '../../src/services/compute/delivery-table.ts';
import { suppressedKeys } from '../../src/services/compute/period-cells.ts';
import { auditedSuppressedKeys } from '../../src/services/compute/audited-suppression.ts';
import type { Cell } from '../../src/cells/index.ts';

const T = 5;
const igu = loadCatalogue().get('igu-forloeb');
if (igu === undefined) throw new Error('no igu-forloeb');

function count(group: DeliveryGroup, numerator: number, n: number, breakdown = '', municipality = '999'): Cell {
  return { municipality, group, breakdown, numerator, denominator: null, value: numerator, sd: null, n, suppressed: false, note: '' };
}

/** Started (the default) and running (the second figure) per group: [started, persons, running, persons]. */
function delivery(figures: Record<DeliveryGroup, [number, number, number, number]>, municipality = '999'): Cell[] {
  return Object.entries(figures).flatMap(([group, [started, n, running, m]]) => [
    count(group as DeliveryGroup, started, n, '', municipality),
    count(group as DeliveryGroup, running, m, 'variant=running', municipality),
  ]);
}

/** The delivered cells the rule withholds (without the unpublished remainders it adds). */
function withheld(cells: readonly Cell[]): string[] {
  const hidden = suppressedKeys(igu as NonNullable<typeof igu>, cells, T);
  return cells
    .map(cellKey)
    .filter((k) => hidden.has(k))
    .sort();
}

describe('igu-forloeb: running courses beside the courses started', () => {
  it('withholds the second figure where running − started is 1–4 courses, and the default stays published', () => {
    // Target: 40 started, 43 running — 3 courses continuing from earlier years, a small count.
    const cells = delivery({ target: [40, 30, 43, 31], comparison: [0, 0, 0, 0], other: [10, 8, 10, 8], total: [50, 38, 53, 39] });
    const hidden = suppressedKeys(igu, cells, T);
    expect(hidden.has('999|target|')).toBe(false);
    expect(hidden.has('999|target|variant=running')).toBe(true);
    // total − other would give the target's running courses back: one of them goes too.
    expect(hidden.has('999|total|variant=running') || hidden.has('999|other|variant=running')).toBe(true);
    expect(() => auditedSuppressedKeys(igu, cells, T)).not.toThrow();
  });

  it('publishes both figures where the difference is no small count', () => {
    const cells = delivery({ target: [40, 30, 52, 36], comparison: [0, 0, 0, 0], other: [10, 8, 15, 13], total: [50, 38, 67, 49] });
    expect(withheld(cells)).toEqual([]);
  });

  it('relates the figures in persons too: 1–4 persons only on continuing courses are protected', () => {
    // 12 continuing courses, but all of one person's (n 30 → 31).
    const cells = delivery({ target: [40, 30, 52, 31], comparison: [0, 0, 0, 0], other: [10, 8, 15, 12], total: [50, 38, 67, 43] });
    const hidden = suppressedKeys(igu, cells, T);
    expect(hidden.has('999|target|variant=running')).toBe(true);
    expect(() => auditedSuppressedKeys(igu, cells, T)).not.toThrow();
  });

  it('withholds the second figure everywhere when its counts contradict its relation (fewer running than started)', () => {
    const cells = delivery({ target: [40, 30, 38, 29], comparison: [0, 0, 0, 0], other: [10, 8, 15, 12], total: [50, 38, 53, 41] });
    expect(withheld(cells)).toEqual(['999|comparison|variant=running', '999|other|variant=running', '999|target|variant=running', '999|total|variant=running']);
  });
});

describe('selvforsoergelse: self-supporting 3 months after, within the default', () => {
  const selv = loadCatalogue().get('selvforsoergelse');
  if (selv === undefined) throw new Error('no selvforsoergelse');
  const share = (group: DeliveryGroup, numerator: number, denominator: number, breakdown = ''): Cell => ({
    municipality: '999',
    group,
    breakdown,
    numerator,
    denominator,
    value: numerator / denominator,
    sd: null,
    n: null,
    suppressed: false,
    note: '',
  });
  const cells = (lasting: number): Cell[] => [
    share('target', 50, 400),
    share('comparison', 300, 1000),
    share('other', 20, 100),
    share('total', 370, 1500),
    share('target', lasting, 400, 'variant=status_after_3_months'),
    share('comparison', 240, 1000, 'variant=status_after_3_months'),
    share('other', 15, 100, 'variant=status_after_3_months'),
    share('total', 255 + lasting, 1500, 'variant=status_after_3_months'),
  ];
  const hidden = (c: Cell[]) => {
    const keys = suppressedKeys(selv, c, T);
    return c
      .map(cellKey)
      .filter((k) => keys.has(k))
      .sort();
  };

  it('withholds the lasting share where 1–4 of the target group left for self-support but not lastingly', () => {
    // 50 left for self-support, 47 of them lastingly: 3 persons fell back — a small count.
    const c = cells(47);
    const withheld = hidden(c);
    expect(withheld).toContain('999|target|variant=status_after_3_months');
    expect(withheld).not.toContain('999|target|');
    expect(() => auditedSuppressedKeys(selv, c, T)).not.toThrow();
  });

  it('publishes both where the difference is no small count', () => {
    expect(hidden(cells(40))).toEqual([]);
  });

  it('withholds the second figure when it holds more than the default (the relation contradicted)', () => {
    expect(hidden(cells(52))).toEqual([
      '999|comparison|variant=status_after_3_months',
      '999|other|variant=status_after_3_months',
      '999|target|variant=status_after_3_months',
      '999|total|variant=status_after_3_months',
    ]);
  });
});

describe('boern-anbringelse: 0-22 incl. after-care, containing the default in numerator and denominator', () => {
  const placed = loadCatalogue().get('boern-anbringelse');
  if (placed === undefined) throw new Error('no boern-anbringelse');
  const rate = (group: DeliveryGroup, numerator: number, denominator: number, breakdown = ''): Cell => ({
    municipality: '999',
    group,
    breakdown,
    numerator,
    denominator,
    value: (1000 * numerator) / denominator,
    sd: null,
    n: null,
    suppressed: false,
    note: '',
  });
  const cells = (placed22: number): Cell[] => [
    rate('target', 30, 2500),
    rate('comparison', 60, 9000),
    rate('other', 10, 400),
    rate('total', 100, 11900),
    rate('target', placed22, 3100, 'variant=children_0_22'),
    rate('comparison', 75, 11000, 'variant=children_0_22'),
    rate('other', 16, 500, 'variant=children_0_22'),
    rate('total', placed22 + 91, 14600, 'variant=children_0_22'),
  ];
  const hidden = (c: Cell[]) => {
    const keys = suppressedKeys(placed, c, T);
    return c
      .map(cellKey)
      .filter((k) => keys.has(k))
      .sort();
  };

  it('withholds the 0-22 figure where 1-4 young people aged 18-22 are in after-care', () => {
    const c = cells(33);
    expect(hidden(c)).toContain('999|target|variant=children_0_22');
    expect(hidden(c)).not.toContain('999|target|');
    expect(() => auditedSuppressedKeys(placed, c, T)).not.toThrow();
  });

  it('publishes both where the 18-22-year-olds are no small count', () => {
    expect(hidden(cells(40))).toEqual([]);
  });
});

describe('karaktergennemsnit: the ministry’s average (full set) among all pupils, a mean within the default', () => {
  const grades = loadCatalogue().get('karaktergennemsnit');
  if (grades === undefined) throw new Error('no karaktergennemsnit');
  const mean = (group: DeliveryGroup, value: number, n: number, breakdown = ''): Cell => ({
    municipality: '999',
    group,
    breakdown,
    numerator: null,
    denominator: null,
    value,
    sd: 2.2,
    n,
    suppressed: false,
    note: '',
  });
  /** 40 pupils in the target group, `full` of them with a full set. */
  const cells = (full: number): Cell[] => [
    mean('target', 6.1, 40),
    mean('comparison', 7.5, 300),
    mean('other', 7.0, 20),
    mean('total', 7.3, 360),
    mean('target', 6.4, full, 'variant=full_set'),
    mean('comparison', 7.7, 280, 'variant=full_set'),
    mean('other', 7.2, 15, 'variant=full_set'),
    mean('total', 7.5, 295 + full, 'variant=full_set'),
  ];
  const hidden = (c: Cell[]) => {
    const keys = suppressedKeys(grades, c, T);
    return c
      .map(cellKey)
      .filter((k) => keys.has(k))
      .sort();
  };

  it('withholds the full-set mean where 1–4 pupils are without a full set: the two means would give their grades away', () => {
    // 40 pupils, 37 with a full set: 40 × 6.1 − 37 × 6.4 is the sum of the other 3 pupils' averages.
    const c = cells(37);
    const withheld = hidden(c);
    expect(withheld).toContain('999|target|variant=full_set');
    expect(withheld).not.toContain('999|target|');
    // total − comparison − other would give the target's back: one of them goes too.
    expect(withheld.some((k) => k === '999|total|variant=full_set' || k === '999|other|variant=full_set')).toBe(true);
    expect(() => auditedSuppressedKeys(grades, c, T)).not.toThrow();
  });

  it('publishes both means where the pupils without a full set are no small count', () => {
    expect(hidden(cells(30))).toEqual([]);
  });

  it('withholds every full-set mean when it has more pupils than the default (the relation contradicted)', () => {
    expect(hidden(cells(41))).toEqual([
      '999|comparison|variant=full_set',
      '999|other|variant=full_set',
      '999|target|variant=full_set',
      '999|total|variant=full_set',
    ]);
  });
});

describe('a second figure never costs the default a figure', () => {
  it("withholds the second figures, not the default's cells, where protecting a small difference would cost the default", () => {
    // The other group: 10 started, 13 running — 3 continuing courses. Protected within the whole
    // table, the rule would also hide the default's 'other' and 'comparison' cells (found by this
    // test); so the second figures go, all of them, and the default is published as without them.
    const cells = delivery({ target: [40, 30, 52, 36], comparison: [0, 0, 0, 0], other: [10, 8, 13, 13], total: [50, 38, 65, 49] });
    expect(withheld(cells)).toEqual(['999|comparison|variant=running', '999|other|variant=running', '999|target|variant=running', '999|total|variant=running']);
    expect(() => auditedSuppressedKeys(igu as NonNullable<typeof igu>, cells, T)).not.toThrow();
  });

  it('goes through the audited path the imports and aggregation use', () => {
    const cells = delivery({ target: [40, 30, 52, 36], comparison: [0, 0, 0, 0], other: [10, 8, 13, 13], total: [50, 38, 65, 49] });
    const hidden = auditedSuppressedKeys(igu as NonNullable<typeof igu>, cells, T);
    expect(
      cells
        .map(cellKey)
        .filter((k) => hidden.has(k))
        .sort(),
    ).toEqual(withheld(cells));
  });
});
