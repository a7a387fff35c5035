/**
 * Structural checks on a suppression table. A malformed table (duplicate keys, a margin naming a
 * cell that does not exist, negative counts) is a programmer error upstream, so it throws: a
 * suppression run on a wrong structure could publish what it should hide.
 */

import { dimensionValue, marginHolds } from './dimensions.ts';
import { type Cell, MARGIN_DIMENSIONS, type Margin, type Table } from './types.ts';

function assertCounts(cell: Cell): void {
  for (const [name, value] of [
    ['numerator', cell.numerator],
    ['denominator', cell.denominator],
    ['n', cell.n ?? null],
  ] as const) {
    if (value !== null && !(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`cell '${cell.key}': ${name} must be a finite number >= 0, got ${value}`);
    }
  }
}

/** Throws unless the threshold is an integer ≥ 1. */
export function assertThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`threshold must be an integer >= 1, got ${threshold}`);
}

/**
 * A margin must be true of the counts it relates: a false relation would make the audit reason
 * about a table that does not exist (and could make it find no solution at all).
 */
function assertMarginHolds(margin: Margin, i: number, cells: ReadonlyMap<string, Cell>): void {
  for (const d of MARGIN_DIMENSIONS) {
    if (!marginHolds(margin, d)) continue;
    const total = dimensionValue(cells.get(margin.total) as Cell, d);
    const parts = margin.parts.map((p) => dimensionValue(cells.get(p) as Cell, d));
    if (total === null || parts.some((v) => v === null)) continue;
    const sum = parts.reduce((s: number, v) => s + (v ?? 0), 0);
    if (Math.abs(sum - total) > 1e-6) throw new RangeError(`margin ${i} (total '${margin.total}') does not add up in ${d}: ${total} ≠ ${sum}`);
  }
}

/** Throws unless keys are unique, counts valid and every margin names distinct existing cells and holds. */
export function validateTable(table: Table): void {
  const keys = new Set<string>();
  for (const cell of table.cells) {
    if (keys.has(cell.key)) throw new RangeError(`duplicate cell key '${cell.key}'`);
    keys.add(cell.key);
    assertCounts(cell);
  }
  table.margins.forEach((margin, i) => {
    if (margin.parts.length === 0) throw new RangeError(`margin ${i} (total '${margin.total}') has no parts`);
    const members = [margin.total, ...margin.parts];
    for (const key of members) if (!keys.has(key)) throw new RangeError(`margin ${i} names unknown cell '${key}'`);
    if (new Set(members).size !== members.length) throw new RangeError(`margin ${i} names a cell twice`);
  });
  const byKey = new Map(table.cells.map((c) => [c.key, c]));
  table.margins.forEach((margin, i) => {
    assertMarginHolds(margin, i, byKey);
  });
}
