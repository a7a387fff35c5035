/**
 * The working state of one suppression run: the table indexed by key, the threshold and the cells
 * suppressed so far with their reasons. Shared by the disclosure finder and the complement chooser.
 */

import type { Cell, Margin, SuppressionReason, Table } from './types.ts';

export interface SuppressionState {
  cells: ReadonlyMap<string, Cell>;
  order: ReadonlyMap<string, number>;
  margins: readonly Margin[];
  threshold: number;
  suppressed: Map<string, SuppressionReason>;
}

/** The total and the parts of a margin. */
export function marginMembers(margin: Margin): string[] {
  return [margin.total, ...margin.parts];
}

/** Sorts keys by their position in the input table. */
export function byInputOrder(state: SuppressionState, keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => (state.order.get(a) ?? 0) - (state.order.get(b) ?? 0));
}

/** The state of `table` with the cells in `suppressed` withheld for the reasons given. */
export function stateOf(table: Table, threshold: number, suppressed: Map<string, SuppressionReason>): SuppressionState {
  return {
    cells: new Map(table.cells.map((c) => [c.key, c])),
    order: new Map(table.cells.map((c, i) => [c.key, i])),
    margins: table.margins,
    threshold,
    suppressed,
  };
}
