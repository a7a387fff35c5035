import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { primaryReason, type SuppressionResult, suppress, type Table } from '../../../src/stats/index.ts';
import highsModule from 'highs';
import { loneSuppressions, narrowIntervals, recoverableSmallSums, smallPublished, smallRemainders } from './invariants.ts';
import { tables } from './tables.ts';

type Loader = typeof highsModule.default;
const highs = await (typeof highsModule === 'function' ? (highsModule as Loader) : highsModule.default)();
const solve = (lp: string) => highs.solve(lp);

const hidden = (r: SuppressionResult) => new Set(r.cells.filter((c) => c.suppressed).map((c) => c.key));
const threshold = fc.integer({ min: 2, max: 10 });

/** Feeds a result back in as a delivery: suppressed cells arrive without counts, flagged. */
function asDelivery(table: Table, result: SuppressionResult): Table {
  const out = new Map(result.cells.map((c) => [c.key, c]));
  return {
    margins: table.margins,
    cells: table.cells.map((c) =>
      out.get(c.key)?.suppressed ? { ...c, numerator: null, denominator: null, n: null, value: null, sourceSuppressed: true } : c,
    ),
  };
}

describe('suppress — properties over random tables', () => {
  it('(a) no published cell shows 1..t−1 in numerator, denominator, complement or n', () => {
    fc.assert(
      fc.property(tables(), threshold, (table, t) => {
        expect(smallPublished(table, hidden(suppress(table, { threshold: t })), t)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('(b) in every margin, published total − Σ published parts is 0 or ≥ t (all dimensions)', () => {
    fc.assert(
      fc.property(tables(), threshold, (table, t) => {
        expect(smallRemainders(table, hidden(suppress(table, { threshold: t })), t)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('(b) also for count tables and mean tables', () => {
    fc.assert(
      fc.property(fc.oneof(tables('count'), tables('mean')), threshold, (table, t) => {
        const s = hidden(suppress(table, { threshold: t }));
        expect(smallPublished(table, s, t)).toEqual([]);
        expect(smallRemainders(table, s, t)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('no margin is left with a single suppressed cell', () => {
    fc.assert(
      fc.property(tables(), (table) => {
        expect(loneSuppressions(table, hidden(suppress(table)))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('no suppressed cell or pair of cells is recoverable through the margins with a count 1..t−1', () => {
    fc.assert(
      fc.property(tables(), threshold, (table, t) => {
        expect(recoverableSmallSums(table, hidden(suppress(table, { threshold: t })), t)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('(c) is idempotent: publishing the result again suppresses exactly the same cells', () => {
    fc.assert(
      fc.property(tables(), threshold, (table, t) => {
        const first = suppress(table, { threshold: t });
        const second = suppress(asDelivery(table, first), { threshold: t });
        expect([...hidden(second)].sort()).toEqual([...hidden(first)].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('(c) never un-suppresses: cells suppressed at the source stay suppressed and stay protected', () => {
    fc.assert(
      fc.property(tables(), fc.array(fc.nat(), { maxLength: 4 }), (table, picks) => {
        const sourceKeys = new Set(picks.map((i) => table.cells[i % table.cells.length]?.key as string));
        const delivered = { ...table, cells: table.cells.map((c) => (sourceKeys.has(c.key) ? { ...c, sourceSuppressed: true } : c)) };
        const withSource = hidden(suppress(delivered));
        for (const k of sourceKeys) expect(withSource.has(k)).toBe(true);
        expect(smallRemainders(table, withSource, 5)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('(d) with threshold 1 nothing is suppressed', () => {
    fc.assert(
      fc.property(tables(), (table) => {
        expect(hidden(suppress(table, { threshold: 1 })).size).toBe(0);
      }),
    );
  });

  it('suppressed cells carry no numbers; published cells keep theirs', () => {
    fc.assert(
      fc.property(tables(), (table) => {
        const result = suppress(table);
        result.cells.forEach((c, i) => {
          const original = table.cells[i];
          if (!original) throw new Error('lost a cell');
          expect(c.key).toBe(original.key);
          if (c.suppressed) expect([c.numerator, c.denominator, c.n, c.value]).toEqual([null, null, null, null]);
          else expect([c.numerator, c.denominator]).toEqual([original.numerator, original.denominator]);
        });
      }),
    );
  });

  it('a naive primary-only suppression FAILS property (b) — the property can fail', () => {
    const naive = (table: Table, t: number) => new Set(table.cells.filter((c) => primaryReason(c, t) !== null).map((c) => c.key));
    const property = fc.property(tables(), (table) => {
      expect(smallRemainders(table, naive(table, 5), 5)).toEqual([]);
    });
    expect(() => fc.assert(property, { numRuns: 500, seed: 42 })).toThrow(/Property failed/);
    // and the canonical counter-example: parts 3, 10, 12 of 25 — the 3 is total − 10 − 12
    const table: Table = {
      cells: [3, 10, 12, 25].map((n, i) => ({ key: `k${i}`, numerator: n, denominator: null, valueKind: 'count' })),
      margins: [{ total: 'k3', parts: ['k0', 'k1', 'k2'] }],
    };
    expect(smallRemainders(table, naive(table, 5), 5)).toEqual(['margin 0 numerator remainder 3']);
    expect(smallRemainders(table, hidden(suppress(table)), 5)).toEqual([]);
  });

  it('(f) every small count of a suppressed cell ranges from 0 to at least t (interval audit, independent LP model)', () => {
    fc.assert(
      fc.property(tables(), threshold, (table, t) => {
        expect(narrowIntervals(table, hidden(suppress(table, { threshold: t })), t, solve)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('(f) can fail: exact-recovery checks alone leave counts bounded inside 1..t−1', () => {
    // A 4 × 3 table (numerator of denominator per cell, row/column/grand totals) and the cells an
    // exact-only rule hides: no hidden count can be computed, but r1c2 lies in 2..7 persons
    // (denominator) — a reader knows it is not 0.
    const grid = [
      [
        [0, 2],
        [0, 0],
        [2, 2],
      ],
      [
        [10, 20],
        [5, 17],
        [2, 2],
      ],
      [
        [10, 11],
        [0, 0],
        [2, 9],
      ],
      [
        [0, 7],
        [0, 2],
        [23, 25],
      ],
    ] as [number, number][][];
    const cells = grid.flatMap((row, i) => row.map(([n, d], j) => ({ key: `r${i}c${j}`, numerator: n, denominator: d, valueKind: 'share' as const })));
    const sum = (keys: string[]) => ({
      numerator: keys.reduce((s, k) => s + (cells.find((c) => c.key === k)?.numerator ?? 0), 0),
      denominator: keys.reduce((s, k) => s + (cells.find((c) => c.key === k)?.denominator ?? 0), 0),
    });
    const rowKeys = grid.map((_, i) => [0, 1, 2].map((j) => `r${i}c${j}`));
    const colKeys = [0, 1, 2].map((j) => grid.map((_, i) => `r${i}c${j}`));
    const totals = [
      ...rowKeys.map((keys, i) => ({ key: `r${i}`, ...sum(keys), valueKind: 'share' as const })),
      ...colKeys.map((keys, j) => ({ key: `c${j}`, ...sum(keys), valueKind: 'share' as const })),
      { key: 'all', ...sum(rowKeys.flat()), valueKind: 'share' as const },
    ];
    const table: Table = {
      cells: [...cells, ...totals],
      margins: [
        ...rowKeys.map((parts, i) => ({ total: `r${i}`, parts })),
        ...colKeys.map((parts, j) => ({ total: `c${j}`, parts })),
        { total: 'all', parts: rowKeys.map((_, i) => `r${i}`) },
        { total: 'all', parts: colKeys.map((_, j) => `c${j}`) },
      ],
    };
    const exactOnly = new Set(['r0c0', 'r0c2', 'r0', 'r1c2', 'r2c0', 'r2c2', 'r3c1', 'r3c2', 'r1c1', 'r2', 'r3c0']);
    expect(recoverableSmallSums(table, exactOnly, 5)).toEqual([]);
    expect(narrowIntervals(table, exactOnly, 5, solve)).toContain('r1c2 denominator in [2, 16]');
    expect(narrowIntervals(table, hidden(suppress(table, { threshold: 5 })), 5, solve)).toEqual([]);
  });
});
