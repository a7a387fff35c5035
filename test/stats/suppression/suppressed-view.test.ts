import { describe, expect, it } from 'vitest';
import { makeSuppressedView, suppress, type Table } from '../../../src/stats/index.ts';
import { smallPublished, smallRemainders } from './invariants.ts';

interface ResultRow {
  indicator: string;
  year: number;
  group: 'target' | 'comparison' | 'other' | 'total';
  numerator: number;
  denominator: number;
  value: number;
  ci: { low: number; high: number };
  gap: number | null;
}

const row = (group: ResultRow['group'], numerator: number, denominator: number): ResultRow => ({
  indicator: 'hjemmepleje',
  year: 2025,
  group,
  numerator,
  denominator,
  value: numerator / denominator,
  ci: { low: 0.01, high: 0.5 },
  gap: group === 'target' ? 0.05 : null,
});

const spec = {
  cell: (r: ResultRow) => ({ key: r.group, numerator: r.numerator, denominator: r.denominator, valueKind: 'share' as const }),
  margins: [{ total: 'total', parts: ['target', 'comparison', 'other'] }],
  keep: ['year'] as const,
};

describe('makeSuppressedView', () => {
  it('nulls every number of a suppressed row, at any depth, and keeps identifying fields', () => {
    // target 3/40 is primary; other 9/30 is the smallest part that lifts the hidden 3 to ≥ 5
    const rows = [row('target', 3, 40), row('comparison', 200, 1000), row('other', 9, 30), row('total', 212, 1070)];
    const view = makeSuppressedView(rows, { ...spec, keep: [...spec.keep] });
    expect(view[0]).toEqual({
      indicator: 'hjemmepleje',
      year: 2025,
      group: 'target',
      numerator: null,
      denominator: null,
      value: null,
      ci: { low: null, high: null },
      gap: null,
      suppressed: true,
      suppressionReason: 'primary',
    });
    expect(view[2]).toMatchObject({ group: 'other', numerator: null, value: null, suppressed: true, suppressionReason: 'secondary' });
    expect(view[1]).toEqual({ ...rows[1], suppressed: false, suppressionReason: null });
    expect(view[3]).toMatchObject({ numerator: 212, denominator: 1070, suppressed: false });
  });

  it('without `keep` even the year is nulled in a suppressed row (numbers never leak by default)', () => {
    const view = makeSuppressedView([row('target', 3, 40), row('comparison', 200, 1000), row('other', 9, 30), row('total', 212, 1070)], {
      cell: spec.cell,
      margins: spec.margins,
    });
    expect(view[0]?.year).toBeNull();
  });

  it('honours the threshold option', () => {
    const rows = [row('target', 7, 40), row('comparison', 200, 1000), row('other', 12, 30), row('total', 219, 1070)];
    expect(makeSuppressedView(rows, { cell: spec.cell, margins: spec.margins }).some((r) => r.suppressed)).toBe(false);
    expect(makeSuppressedView(rows, { cell: spec.cell, margins: spec.margins }, { threshold: 10 })[0]?.suppressed).toBe(true);
  });
});

describe('suppress — a realistic breakdown by housing area', () => {
  it('handles 25 areas × 4 groups with both margins quickly and safely', () => {
    // deterministic pseudo-random counts (LCG), many small target groups
    let seed = 12345;
    const next = (max: number) => {
      seed = (seed * 1_103_515_245 + 12345) % 2 ** 31;
      return seed % (max + 1);
    };
    const groups = ['target', 'comparison', 'other'];
    const cells: Table['cells'] = [];
    const margins: Table['margins'] = [];
    const totals = new Map<string, { numerator: number; denominator: number }>();
    const add = (key: string, numerator: number, denominator: number) => {
      cells.push({ key, numerator, denominator, valueKind: 'share' });
      for (const k of [key.split('|')[0] as string]) {
        const t = totals.get(k) ?? { numerator: 0, denominator: 0 };
        totals.set(k, { numerator: t.numerator + numerator, denominator: t.denominator + denominator });
      }
    };
    for (let a = 0; a < 25; a++) {
      let num = 0;
      let den = 0;
      for (const g of groups) {
        const d = g === 'target' ? next(12) : 20 + next(300);
        const n = next(d);
        add(`${g}|${a}`, n, d);
        num += n;
        den += d;
      }
      cells.push({ key: `total|${a}`, numerator: num, denominator: den, valueKind: 'share' });
      margins.push({ total: `total|${a}`, parts: groups.map((g) => `${g}|${a}`) });
    }
    let num = 0;
    let den = 0;
    for (const g of groups) {
      const t = totals.get(g) ?? { numerator: 0, denominator: 0 };
      cells.push({ key: g, ...t, valueKind: 'share' });
      margins.push({ total: g, parts: Array.from({ length: 25 }, (_, a) => `${g}|${a}`) });
      num += t.numerator;
      den += t.denominator;
    }
    cells.push({ key: 'total', numerator: num, denominator: den, valueKind: 'share' });
    margins.push({ total: 'total', parts: groups });
    margins.push({ total: 'total', parts: Array.from({ length: 25 }, (_, a) => `total|${a}`) });
    const table = { cells, margins };
    // How long this takes is a benchmark's business, not a test's (BENCHMARKS.md); the test's own
    // time limit catches a search that never ends.
    const result = suppress(table);
    const hidden = new Set(result.cells.filter((c) => c.suppressed).map((c) => c.key));
    expect(hidden.size).toBeGreaterThan(0);
    expect(smallPublished(table, hidden, 5)).toEqual([]);
    expect(smallRemainders(table, hidden, 5)).toEqual([]);
  });
});
