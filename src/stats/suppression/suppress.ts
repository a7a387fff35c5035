/**
 * Small-cell suppression, the rule every way out of the product passes through: primary
 * suppression of counts 1..threshold−1, then secondary suppression, one cell at a time, until no
 * suppressed count can be recovered exactly (a lone suppressed cell in a margin, a recoverable sum
 * of 1..threshold−1) or bounded too narrowly (the interval audit: every protected count's feasible
 * range reaches 0 and the threshold). Suppressed cells leave with every number set to null: shown
 * as suppressed, never as zero.
 */

import { chooseComplement } from './choose-complement.ts';
import { suppressedComponents } from './components.ts';
import { type Disclosure, exactInComponent, singleSuppression } from './find-disclosure.ts';
import { AuditBudgetExceeded, intervalInComponent, LinearProgrammingBudget, type PassedCounts } from './interval-audit.ts';
import { primaryReason } from './primary.ts';
import { type SuppressionState, stateOf } from './suppression-state.ts';
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
import { withheld } from './withhold.ts';

function initialState(table: Table, threshold: number): SuppressionState {
  const suppressed = new Map<string, SuppressionReason>();
  for (const cell of table.cells) {
    const reason = cell.unpublished ? 'unpublished' : primaryReason(cell, threshold);
    if (reason) suppressed.set(cell.key, reason);
  }
  return stateOf(table, threshold, suppressed);
}

/**
 * The next disclosure: a lone suppressed cell, else per component of linked suppressed cells an
 * exact recovery, else an interval finding (the exact checks are cheaper; the linear programs run
 * on what they leave). A component found clean is remembered by its cells: it can only change by
 * gaining a cell, which gives it another identity, so each step audits only what it changed.
 */
function nextDisclosure(state: SuppressionState, clean: Set<string>, passed: PassedCounts, budget: LinearProgrammingBudget): Disclosure | null {
  const single = singleSuppression(state);
  if (single) return single;
  for (const keys of suppressedComponents(state)) {
    const id = keys.join('\u0000');
    if (clean.has(id)) continue;
    const found = exactInComponent(state, keys) ?? intervalInComponent(state, keys, passed, budget);
    if (found) return found;
    clean.add(id);
  }
  return null;
}

/** Σ variables + constraints over the interval audit's programs in one suppression (see `LinearProgrammingBudget`). */
const LP_BUDGET = 500_000;

function addSecondary(state: SuppressionState): void {
  try {
    addSecondaryWithin(state, new LinearProgrammingBudget(LP_BUDGET));
  } catch (error) {
    if (!(error instanceof AuditBudgetExceeded)) throw error;
    // Fail closed: a table too entangled to audit in reasonable time is withheld whole.
    for (const key of state.cells.keys()) if (!state.suppressed.has(key)) state.suppressed.set(key, 'secondary');
  }
}

function addSecondaryWithin(state: SuppressionState, budget: LinearProgrammingBudget): void {
  const clean = new Set<string>();
  const passed: PassedCounts = new Set();
  for (let step = 0; step < state.cells.size; step++) {
    const disclosure = nextDisclosure(state, clean, passed, budget);
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
  const figures = { ...base, numerator: cell.numerator, denominator: cell.denominator, n: cell.n ?? null, value: cell.value ?? null };
  return reason === null ? { ...figures, suppressed: false, reason } : { ...withheld(figures), reason };
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
