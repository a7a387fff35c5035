/**
 * The StatBank context's suppression table is built by the deliveries' table builder: persons in a
 * whole but in none of its published parts (StatBank's unknown origin, say) are an unpublished
 * remainder cell, protected like any other, so the whole minus its parts never shows 1–4 persons.
 */
import { describe, expect, it } from 'vitest';
import { contextTable } from '../../src/services/context-figures/context-margins.ts';
import { type ContextCell, suppressContextCells } from '../../src/services/context-figures/context-cells.ts';

function count(group: ContextCell['group'], persons: number): ContextCell {
  return {
    scope: 'municipal',
    series: 'population',
    breakdown: '',
    period: '2025',
    group,
    category: '',
    label: '',
    unit: 'persons',
    value: persons,
    numerator: persons,
    denominator: null,
    kind: 'count',
  };
}

describe('the context suppression table', () => {
  // 100 = 50 + 40 + 8 + 2 persons nobody published (unknown origin): the remainder is 2.
  const cells = [count('total', 100), count('target', 50), count('comparison', 40), count('other', 8)];

  it('adds the persons in no part as an unpublished remainder cell of the relation', () => {
    const table = contextTable(cells, []);
    const remainder = table.cells.filter((c) => c.unpublished);
    expect(remainder).toEqual([expect.objectContaining({ numerator: 2, unpublished: true })]);
    expect(table.margins).toEqual([{ total: table.cells[0]?.key, parts: [...table.cells.slice(1).map((c) => c.key)] }]);
  });

  it('never publishes the whole and all its parts, which would show the remainder: 100 − 50 − 40 − 8 = 2', () => {
    const shown = suppressContextCells(cells, contextTable(cells, []), 5);
    expect(shown.map((c) => c.suppressed)).toContain(true);
    // A withheld figure loses its value (and the persons behind it).
    expect(shown.filter((c) => c.suppressed).every((c) => c.value === null && c.numerator === null)).toBe(true);
  });
});
