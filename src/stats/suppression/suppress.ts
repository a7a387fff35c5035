/**
 * Small-cell suppression, the rule every way out of the product passes through: primary
 * suppression of counts 1..threshold−1, then secondary suppression, one cell at a time, until no
 * suppressed count can be recovered exactly (a lone suppressed cell in a margin, a recoverable sum
 * of 1..threshold−1) or bounded too narrowly (the interval audit: every protected count's feasible
 * range reaches 0 and the threshold). Suppressed cells leave with every number set to null: shown
 * as suppressed, never as zero.
 */

import { chooseComplement } from './choose-complement.ts';
import { findDisclosure } from './find-disclosure.ts';
import { findIntervalDisclosure } from './interval-audit.ts';
import { primaryReason } from './primary.ts';
import type { SuppressionState } from './suppression-state.ts';
import {
  type Cell,
  DEFAULT_THRESHOLD,
  type SuppressedCell,
  type SuppressionOptions,
  type SuppressionReason,
  type SuppressionResult,
  type Table,
} from './types.ts';
import { assertThreshold, validateTable } from './validate-table.ts';

function initialState(table: Table, threshold: number): SuppressionState {
  const suppressed = new Map<string, SuppressionReason>();
  for (const cell of table.cells) {
    const reason = cell.unpublished ? 'unpublished' : primaryReason(cell, threshold);
    if (reason) suppressed.set(cell.key, reason);
  }
  return {
    cells: new Map(table.cells.map((c) => [c.key, c])),
    order: new Map(table.cells.map((c, i) => [c.key, i])),
    margins: table.margins,
    threshold,
    suppressed,
  };
}

function addSecondary(state: SuppressionState): void {
  for (let step = 0; step < state.cells.size; step++) {
    // The exact checks are cheap and catch most; the linear programs run on what they leave.
    const disclosure = findDisclosure(state) ?? findIntervalDisclosure(state);
    if (!disclosure) return;
    const next = chooseComplement(state, disclosure);
    // Cannot happen for a consistent table (a disclosure always has a published cell in reach);
    // fail closed rather than publish a recoverable count.
    if (next === null) throw new Error(`cannot protect suppressed cells ${disclosure.cells.join(', ')}`);
    state.suppressed.set(next, 'secondary');
  }
}

function output(cell: Cell, state: SuppressionState): SuppressedCell {
  const reason = state.suppressed.get(cell.key) ?? null;
  const base = { key: cell.key, valueKind: cell.valueKind, ...(cell.sourceSuppressed ? { sourceSuppressed: true } : {}) };
  if (reason === null) {
    return { ...base, numerator: cell.numerator, denominator: cell.denominator, n: cell.n ?? null, value: cell.value ?? null, suppressed: false, reason };
  }
  return { ...base, numerator: null, denominator: null, n: null, value: null, suppressed: true, reason };
}

/**
 * Suppresses `table` for publication with the given threshold (default 5).
 * @example suppress({ cells: [a, b, c, total], margins: [{ total: 'total', parts: ['a', 'b', 'c'] }] })
 *   // a = 3 persons → a primary; the smallest part that hides it → secondary
 */
export function suppress(table: Table, options: SuppressionOptions = {}): SuppressionResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  assertThreshold(threshold);
  validateTable(table);
  const state = initialState(table, threshold);
  addSecondary(state);
  return { cells: table.cells.map((c) => output(c, state)), threshold };
}
