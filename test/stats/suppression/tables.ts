/**
 * Random suppression tables for property tests: counts 0..30 with many small ones, one-level
 * margins (parts + total), two-level hierarchies (a part is itself a subtotal) and two-way
 * tables (groups × bands with row, column and grand totals). Totals are exact sums.
 */

import fc from 'fast-check';
import type { Cell, Margin, Table, ValueKind } from '../../../src/stats/index.ts';

export interface Counts {
  numerator: number;
  denominator: number;
}

/** Denominators: mostly tiny, sometimes up to 30. Numerators often 0, small, or close to the denominator. */
export const leafCounts: fc.Arbitrary<Counts> = fc
  .oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 7 }) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 30 }) })
  .chain((denominator) =>
    fc
      .oneof(
        fc.integer({ min: 0, max: denominator }),
        fc.constant(0),
        fc.integer({ min: 0, max: Math.min(4, denominator) }).map((k) => denominator - k),
      )
      .map((numerator) => ({ numerator, denominator })),
  );

function sum(counts: Counts[]): Counts {
  return counts.reduce((s, c) => ({ numerator: s.numerator + c.numerator, denominator: s.denominator + c.denominator }), { numerator: 0, denominator: 0 });
}

/** Builds a cell of the given kind from counts (count: numerator only; mean: n = denominator). */
export function cellOf(key: string, c: Counts, kind: ValueKind = 'share'): Cell {
  switch (kind) {
    case 'count':
      return { key, numerator: c.numerator, denominator: null, valueKind: 'count' };
    case 'mean':
      return { key, numerator: null, denominator: null, n: c.denominator, value: 7, valueKind: 'mean' };
    default:
      return { key, numerator: c.numerator, denominator: c.denominator, valueKind: kind };
  }
}

interface Built {
  counts: Map<string, Counts>;
  margins: Margin[];
}

function toTable(built: Built, kind: ValueKind): Table {
  return { cells: [...built.counts].map(([k, c]) => cellOf(k, c, kind)), margins: built.margins };
}

/** total = p0 + … + p(k−1), k in 2..8. */
export const oneLevel: fc.Arbitrary<Built> = fc.array(leafCounts, { minLength: 2, maxLength: 8 }).map((parts) => {
  const counts = new Map<string, Counts>(parts.map((c, i) => [`p${i}`, c]));
  counts.set('total', sum(parts));
  return { counts, margins: [{ total: 'total', parts: parts.map((_, i) => `p${i}`) }] };
});

/** total = Σ top-level parts; some parts are subtotals of 2..4 leaves (e.g. age bands). */
export const twoLevel: fc.Arbitrary<Built> = fc
  .array(
    fc.oneof(
      leafCounts.map((c) => [c]),
      fc.array(leafCounts, { minLength: 2, maxLength: 4 }),
    ),
    { minLength: 2, maxLength: 5 },
  )
  .map((groups) => {
    const counts = new Map<string, Counts>();
    const margins: Margin[] = [];
    const top: string[] = [];
    groups.forEach((leaves, i) => {
      const key = `g${i}`;
      top.push(key);
      if (leaves.length === 1) {
        counts.set(key, leaves[0] as Counts);
        return;
      }
      for (const [j, c] of leaves.entries()) counts.set(`g${i}.${j}`, c);
      counts.set(key, sum(leaves));
      margins.push({ total: key, parts: leaves.map((_, j) => `g${i}.${j}`) });
    });
    counts.set('total', sum(top.map((k) => counts.get(k) as Counts)));
    margins.unshift({ total: 'total', parts: top });
    return { counts, margins };
  });

/** rows × columns with row totals, column totals and a grand total (both ways). */
export const twoWay: fc.Arbitrary<Built> = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 5 }))
  .chain(([r, c]) => fc.array(fc.array(leafCounts, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }))
  .map((grid) => {
    const counts = new Map<string, Counts>();
    const margins: Margin[] = [];
    const columns = (grid[0] ?? []).length;
    grid.forEach((row, i) => {
      for (const [j, c] of row.entries()) counts.set(`r${i}c${j}`, c);
      counts.set(`r${i}`, sum(row));
      margins.push({ total: `r${i}`, parts: row.map((_, j) => `r${i}c${j}`) });
    });
    for (let j = 0; j < columns; j++) {
      counts.set(`c${j}`, sum(grid.map((row) => row[j] as Counts)));
      margins.push({ total: `c${j}`, parts: grid.map((_, i) => `r${i}c${j}`) });
    }
    counts.set('all', sum(grid.flat()));
    margins.push({ total: 'all', parts: grid.map((_, i) => `r${i}`) });
    margins.push({ total: 'all', parts: Array.from({ length: columns }, (_, j) => `c${j}`) });
    return { counts, margins };
  });

/** Any of the three shapes, as a table of the given kind. */
export function tables(kind: ValueKind = 'share'): fc.Arbitrary<Table> {
  return fc.oneof(oneLevel, twoLevel, twoWay).map((b) => toTable(b, kind));
}

export { toTable };
