/**
 * Structural checks on a suppression table. A malformed table (duplicate keys, a margin naming a
 * cell that does not exist, negative counts) is a programmer error upstream, so it throws: a
 * suppression run on a wrong structure could publish what it should hide.
 */

import type { Cell, Table } from './types.ts';

function assertCounts(cell: Cell): void {
  for (const [name, value] of [['numerator', cell.numerator], ['denominator', cell.denominator], ['n', cell.n ?? null]] as const) {
    if (value !== null && !(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`cell '${cell.key}': ${name} must be a finite number >= 0, got ${value}`);
    }
  }
}

/** Throws unless the threshold is an integer ≥ 1. */
export function assertThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`threshold must be an integer >= 1, got ${threshold}`);
}

/** Throws unless keys are unique, counts valid and every margin names distinct existing cells. */
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
}
