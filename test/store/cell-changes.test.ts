/**
 * The cell-by-cell difference between two delivery versions, and its bounded audit summary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELIVERY_GROUPS } from '../../src/origin/types.ts';
import { diffCells, summariseChanges } from '../../src/store/index.ts';
import type { Cell } from '../../src/cells/index.ts';
import { cellKey } from '../../src/store/rows.ts';
import { cell, suppressedCell } from './helpers.ts';

describe('diffCells', () => {
  it('finds added, removed and changed cells by group and breakdown', () => {
    const before = [cell('target', '', 120, 400), cell('target', 'age=under18', 30, 90), cell('comparison', '', 900, 2000)];
    const after = [cell('comparison', '', 900, 2000), cell('target', '', 121, 400), suppressedCell('target', 'age=18+')];
    const d = diffCells(before, after);
    expect(d.added).toEqual([suppressedCell('target', 'age=18+')]);
    expect(d.removed).toEqual([cell('target', 'age=under18', 30, 90)]);
    expect(d.changed).toEqual([{ before: cell('target', '', 120, 400), after: cell('target', '', 121, 400) }]);
  });

  it('sees a changed note or suppression flag, and nothing when the cells are equal in another order', () => {
    const a = cell('other', '', 10, 50);
    expect(diffCells([a], [{ ...a, note: 'revised' }]).changed).toHaveLength(1);
    expect(diffCells([a], [{ ...a, suppressed: true }]).changed).toHaveLength(1);
    expect(diffCells([a, cell('total', '', 1, 5)], [cell('total', '', 1, 5), a])).toEqual({ added: [], removed: [], changed: [] });
  });

  it('accounts for every cell: |before| = removed + changed + unchanged, |after| = added + changed + unchanged', () => {
    const cellArb = fc.record({
      municipality: fc.constantFrom('999', '000', '101'),
      group: fc.constantFrom(...DELIVERY_GROUPS),
      breakdown: fc.constantFrom('', 'age=under18', 'age=18+', 'area=0101'),
      numerator: fc.option(fc.nat(20), { nil: null }),
      denominator: fc.constant(20),
      value: fc.constant(null),
      sd: fc.constant(null),
      n: fc.constant(null),
      suppressed: fc.boolean(),
      note: fc.constantFrom('', 'x'),
    });
    const uniqueCells = fc.uniqueArray(cellArb, { selector: (c: Cell) => cellKey(c), maxLength: 16 });
    fc.assert(
      fc.property(uniqueCells, uniqueCells, (before, after) => {
        const d = diffCells(before, after);
        const beforeKeys = new Set(before.map(cellKey));
        const afterKeys = new Set(after.map(cellKey));
        const common = [...afterKeys].filter((k) => beforeKeys.has(k)).length;
        expect(d.added.length + common).toBe(after.length);
        expect(d.removed.length + common).toBe(before.length);
        expect(d.changed.length).toBeLessThanOrEqual(common);
        expect(d.added.every((c) => !beforeKeys.has(cellKey(c)))).toBe(true);
        expect(d.removed.every((c) => !afterKeys.has(cellKey(c)))).toBe(true);
        expect(diffCells(after, after)).toEqual({ added: [], removed: [], changed: [] });
      }),
    );
  });
});

describe('summariseChanges', () => {
  it('counts everything and lists at most `limit` cells, with only the differing fields', () => {
    const d = diffCells(
      [cell('target', '', 120, 400), cell('other', '', 5, 50)],
      [cell('target', '', 120, 410), cell('total', '', 1, 5), cell('total', 'age=18+', 1, 5)],
    );
    expect(summariseChanges(d, 2)).toEqual({
      added: 2,
      removed: 1,
      changed: 1,
      cells: [
        { change: 'added', municipality: '999', group: 'total', breakdown: '' },
        { change: 'added', municipality: '999', group: 'total', breakdown: 'age=18+' },
      ],
      omitted: 2,
    });
    const full = summariseChanges(d, 100);
    expect(full.omitted).toBe(0);
    expect(full.cells).toContainEqual({
      change: 'changed',
      municipality: '999',
      group: 'target',
      breakdown: '',
      before: { denominator: 400, value: 0.3, n: 400 },
      after: { denominator: 410, value: 120 / 410, n: 410 },
    });
  });
});
