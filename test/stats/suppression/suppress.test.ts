import { describe, expect, it } from 'vitest';
import { type Cell, primaryReason, suppress, type Table } from '../../../src/stats/index.ts';
import { recoverableSmallSums, smallRemainders } from './invariants.ts';

const share = (key: string, numerator: number | null, denominator: number | null): Cell => ({ key, numerator, denominator, valueKind: 'share' });
const count = (key: string, numerator: number): Cell => ({ key, numerator, denominator: null, valueKind: 'count' });
const hiddenKeys = (table: Table, threshold?: number) =>
  suppress(table, threshold === undefined ? {} : { threshold })
    .cells.filter((c) => c.suppressed)
    .map((c) => `${c.key}:${c.reason}`);

describe('primaryReason (threshold 5)', () => {
  it.each([
    [share('a', 3, 10), 'primary'], // numerator 3
    [share('a', 0, 3), 'primary'], // denominator 3: "if numerator is 0 and denominator is small, the denominator still counts"
    [share('a', 8, 10), 'complement'], // 10 − 8 = 2 persons without
    [share('a', 0, 20), null], // zero is publishable
    [share('a', 20, 20), null], // complement 0 is publishable
    [share('a', 0, 0), null], // nobody at all
    [share('a', 5, 9), 'complement'], // numerator 5 is fine, but 9 − 5 = 4
    [share('a', 5, 10), null], // 5 with and 5 without
  ])('%o → %s', (cell, reason) => {
    expect(primaryReason(cell, 5)).toBe(reason);
  });

  it('counts, means and indexes', () => {
    expect(primaryReason(count('c', 4), 5)).toBe('primary');
    expect(primaryReason(count('c', 0), 5)).toBeNull();
    expect(primaryReason(count('c', 5), 5)).toBeNull();
    expect(primaryReason({ key: 'm', numerator: null, denominator: null, n: 4, value: 7.2, valueKind: 'mean' }, 5)).toBe('primary');
    expect(primaryReason({ key: 'm', numerator: null, denominator: null, n: 5, value: 7.2, valueKind: 'mean' }, 5)).toBeNull();
    expect(primaryReason({ key: 'm', numerator: null, denominator: null, value: 7.2, valueKind: 'mean' }, 5)).toBe('primary'); // n unknown
    expect(primaryReason({ key: 'i', numerator: null, denominator: null, value: 0.4, valueKind: 'index' }, 5)).toBeNull();
    expect(primaryReason({ key: 'i', numerator: null, denominator: null, n: 2, value: 0.4, valueKind: 'index' }, 5)).toBe('primary');
  });

  it('shares without the counts to check them are suppressed; event rates have no complement', () => {
    expect(primaryReason(share('a', null, 40), 5)).toBe('primary');
    expect(primaryReason({ key: 'r', numerator: 42, denominator: 40, valueKind: 'rate' }, 5)).toBeNull();
  });

  it('honours the threshold and source suppression', () => {
    expect(primaryReason(share('a', 7, 100), 10)).toBe('primary');
    expect(primaryReason(share('a', 7, 100), 5)).toBeNull();
    expect(primaryReason({ ...share('a', 50, 100), sourceSuppressed: true }, 5)).toBe('source');
  });
});

describe('suppress — one margin', () => {
  it('hides the smallest further part: 3 + 10 + 12 = 25', () => {
    const table: Table = { cells: [count('a', 3), count('b', 10), count('c', 12), count('t', 25)], margins: [{ total: 't', parts: ['a', 'b', 'c'] }] };
    expect(hiddenKeys(table)).toEqual(['a:primary', 'b:secondary']);
  });

  it('a group of suppressed parts summing to 1..4 is protected: 1 + 2 + 40 + 50 = 93', () => {
    // 1 and 2 are primary; their sum 3 = 93 − 40 − 50 would be published; adding 40 makes it 43
    const table: Table = {
      cells: [count('a', 1), count('b', 2), count('c', 40), count('d', 50), count('t', 93)],
      margins: [{ total: 't', parts: ['a', 'b', 'c', 'd'] }],
    };
    expect(hiddenKeys(table)).toEqual(['a:primary', 'b:primary', 'c:secondary']);
  });

  it('prefers a part that actually hides the count over a smaller one that does not', () => {
    // a = 3/10 primary; b = 0/12 is smaller but adds 0 to the hidden numerator (3 + 0 = 3): c is chosen
    const table: Table = {
      cells: [share('a', 3, 10), share('b', 0, 12), share('c', 15, 30), share('t', 18, 52)],
      margins: [{ total: 't', parts: ['a', 'b', 'c'] }],
    };
    expect(hiddenKeys(table)).toEqual(['a:primary', 'c:secondary']);
  });

  it('protects a complement: 48 of 50 hides 2 persons without', () => {
    // a: complement 2; b: complement 90; c: complement 0 (smaller, but does not help)
    const table: Table = {
      cells: [share('a', 48, 50), share('b', 10, 100), share('c', 20, 20), share('t', 78, 170)],
      margins: [{ total: 't', parts: ['a', 'b', 'c'] }],
    };
    expect(hiddenKeys(table)).toEqual(['a:complement', 'b:secondary']);
  });

  it('a source-suppressed total with all parts published is recoverable: a part is hidden too', () => {
    const table: Table = {
      cells: [count('a', 10), count('b', 20), count('c', 30), { key: 't', numerator: null, denominator: null, valueKind: 'count', sourceSuppressed: true }],
      margins: [{ total: 't', parts: ['a', 'b', 'c'] }],
    };
    expect(hiddenKeys(table)).toEqual(['a:secondary', 't:source']);
  });

  it('publishes everything when nothing is small, and suppresses more with a larger threshold', () => {
    const table: Table = { cells: [count('a', 6), count('b', 9), count('c', 30), count('t', 45)], margins: [{ total: 't', parts: ['a', 'b', 'c'] }] };
    expect(hiddenKeys(table)).toEqual([]);
    expect(hiddenKeys(table, 10)).toEqual(['a:primary', 'b:primary']);
    expect(hiddenKeys(table, 1)).toEqual([]);
  });
});

describe('suppress — several margins', () => {
  it('protects a sum that only a chain of margins reveals', () => {
    // T = A + B + C and A = A1 + A2. A and B arrive suppressed at the source (counts unknown),
    // A1 = 2/5 is primary. Every margin then has two suppressed cells, and the one margin with
    // a published total (T) hides A + B = 40 − 28 = 12 ≥ 5 — the per-margin rules are satisfied.
    // But A − A1 = A2 (published), so A1 + B = (T − C) − A2 = 40 − 28 − 10 = 2: the linear audit
    // finds it and hides A2 (the smallest cell that lifts the exposed sum to ≥ 5).
    const source = (key: string): Cell => ({ ...share(key, null, null), sourceSuppressed: true });
    const table: Table = {
      cells: [share('T', 40, 100), source('A'), source('B'), share('C', 28, 50), share('A1', 2, 5), share('A2', 10, 25)],
      margins: [
        { total: 'T', parts: ['A', 'B', 'C'] },
        { total: 'A', parts: ['A1', 'A2'] },
      ],
    };
    const withTrueCounts: Table = {
      ...table,
      cells: table.cells.map((c) => (c.key === 'A' ? share('A', 12, 30) : c.key === 'B' ? share('B', 0, 20) : c)),
    };
    const perMarginOnly = new Set(['A', 'B', 'A1']);
    expect(smallRemainders(withTrueCounts, perMarginOnly, 5)).toEqual([]);
    expect(recoverableSmallSums(withTrueCounts, perMarginOnly, 5)).toContain('B+A1 numerator = 2');
    expect(hiddenKeys(table)).toEqual(['A:source', 'B:source', 'A1:primary', 'A2:secondary']);
  });

  it('two-way table: a small cell is protected along its row and its column', () => {
    // rows target/comparison × bands u18/18+, with row, column and grand totals
    //            u18     18+     total
    // target     2/6     30/60   32/66
    // comparison 40/80   90/200  130/280
    // total      42/86   120/260 162/346
    const cells = [
      share('t.u18', 2, 6),
      share('t.18+', 30, 60),
      share('t', 32, 66),
      share('c.u18', 40, 80),
      share('c.18+', 90, 200),
      share('c', 130, 280),
      share('u18', 42, 86),
      share('18+', 120, 260),
      share('all', 162, 346),
    ];
    const margins = [
      { total: 't', parts: ['t.u18', 't.18+'] },
      { total: 'c', parts: ['c.u18', 'c.18+'] },
      { total: 'u18', parts: ['t.u18', 'c.u18'] },
      { total: '18+', parts: ['t.18+', 'c.18+'] },
      { total: 'all', parts: ['t', 'c'] },
      { total: 'all', parts: ['u18', '18+'] },
    ];
    // t.u18 primary; row and column each need a second cell → t.18+ and c.u18; then the 18+ column
    // and the comparison row each hold one → c.18+ too: the classic rectangle, totals all published.
    expect(hiddenKeys({ cells, margins })).toEqual(['t.u18:primary', 't.18+:secondary', 'c.u18:secondary', 'c.18+:secondary']);
  });
});

describe('suppress — output and validation', () => {
  it('suppressed cells carry no numbers; extra fields on the input do not leak', () => {
    const leaky = { ...share('a', 3, 10), value: 0.3, ciLow: 0.1 } as Cell;
    const result = suppress({ cells: [leaky, share('b', 7, 10), share('t', 10, 20)], margins: [{ total: 't', parts: ['a', 'b'] }] });
    expect(result.threshold).toBe(5);
    expect(result.cells[0]).toEqual({
      key: 'a',
      valueKind: 'share',
      numerator: null,
      denominator: null,
      n: null,
      value: null,
      suppressed: true,
      reason: 'primary',
    });
    expect(result.cells[2]).toEqual({ key: 't', valueKind: 'share', numerator: 10, denominator: 20, n: null, value: null, suppressed: false, reason: null });
    expect(JSON.stringify(result)).not.toContain('ciLow');
  });

  it('rejects malformed tables and thresholds', () => {
    const a = count('a', 6);
    expect(() => suppress({ cells: [a, a], margins: [] })).toThrow(/duplicate/);
    expect(() => suppress({ cells: [a], margins: [{ total: 'a', parts: ['x'] }] })).toThrow(/unknown cell 'x'/);
    expect(() => suppress({ cells: [a], margins: [{ total: 'a', parts: [] }] })).toThrow(/no parts/);
    expect(() => suppress({ cells: [a, count('b', 6)], margins: [{ total: 'a', parts: ['b', 'b'] }] })).toThrow(/twice/);
    expect(() => suppress({ cells: [count('a', -1)], margins: [] })).toThrow(RangeError);
    expect(() => suppress({ cells: [a], margins: [] }, { threshold: 0 })).toThrow(/threshold/);
    expect(() => suppress({ cells: [a], margins: [] }, { threshold: 2.5 })).toThrow(/threshold/);
  });
});
