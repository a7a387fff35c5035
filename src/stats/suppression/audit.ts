/**
 * The audit of a finished suppression: given a table and the cells it withholds, everything an
 * attacker could learn that the rule forbids — a published count of 1..t−1, a suppressed count
 * recovered exactly (a lone suppressed cell, a determined sum of 1..t−1), or a protected count
 * bounded too narrowly (the interval audit). `suppress` stops only when this would find nothing;
 * import and aggregate run it again on what they are about to store or write, so that a
 * department's file cannot make a recoverable publication even through a defect elsewhere.
 */

import { chooseComplement } from './choose-complement.ts';
import { DIMENSIONS, dimensionValue, isSmall } from './dimensions.ts';
import { findDisclosure } from './find-disclosure.ts';
import { AuditBudgetExceeded, type IntervalFinding, intervalFindings, LinearProgrammingBudget } from './interval-audit.ts';
import { primaryReason } from './primary.ts';
import { type SuppressionState, stateOf } from './suppression-state.ts';
import type { SuppressionReason, Table } from './types.ts';
import { assertThreshold, validateTable } from './validate-table.ts';

/** One thing the published table gives away. */
export interface SuppressionFinding {
  kind: 'published_small' | 'recoverable' | 'interval';
  cells: string[];
  /** A sentence for a log or an error: which counts, and what can be learnt. */
  detail: string;
}

function withheldState(table: Table, withheld: ReadonlySet<string>, threshold: number): SuppressionState {
  const suppressed = new Map<string, SuppressionReason>();
  for (const cell of table.cells) {
    if (!withheld.has(cell.key) && !cell.unpublished) continue;
    suppressed.set(cell.key, cell.unpublished ? 'unpublished' : (primaryReason(cell, threshold) ?? 'secondary'));
  }
  return stateOf(table, threshold, suppressed);
}

/**
 * `auditSuppression` with a limit on its linear programming (Σ variables + constraints, as the
 * rule's own budget): 'too_large' when the table needs more, so that a caller auditing a table it
 * may not be able to afford (a national run's joint table) decides what that means.
 */
export function auditSuppressionWithin(table: Table, withheld: ReadonlySet<string>, threshold: number, limit: number): SuppressionFinding[] | 'too_large' {
  try {
    return auditSuppression(table, withheld, threshold, new LinearProgrammingBudget(limit));
  } catch (error) {
    if (error instanceof AuditBudgetExceeded) return 'too_large';
    throw error;
  }
}

/**
 * The interval audit alone, for a caller that proves counts over several tables whose feasible
 * tables are all feasible for the one it publishes (a national run's municipalities audited a few
 * at a time, the others held at their true counts). Counts in `proven` (ids from `countId`) are not
 * solved again; those this table proves are added to it; the rest are returned. Only the
 * components of linked suppressed cells that `include` accepts are audited.
 */
export function unprovenIntervals(
  table: Table,
  withheld: ReadonlySet<string>,
  threshold: number,
  proven: Set<string>,
  include?: (component: readonly string[]) => boolean,
): IntervalFinding[] {
  assertThreshold(threshold);
  validateTable(table);
  return intervalFindings(withheldState(table, withheld, threshold), false, undefined, proven, include);
}

/**
 * The published cell the one rule would withhold next against `finding` in `table` (the cheapest
 * in the margins that hold it, as `suppress` chooses), or null when none is linked to it. For a
 * caller that audits a table too large for `suppress` and must still answer a finding.
 */
export function complementFor(table: Table, withheld: ReadonlySet<string>, threshold: number, finding: IntervalFinding): string | null {
  const state = withheldState(table, withheld, threshold);
  const cell = state.cells.get(finding.cell);
  const value = cell === undefined ? null : dimensionValue(cell, finding.dimension);
  return chooseComplement(state, { cells: [finding.cell], margin: null, revealed: { [finding.dimension]: value ?? 0 } });
}

/** Everything wrong with publishing `table` without the cells in `withheld` (empty when safe). */
export function auditSuppression(table: Table, withheld: ReadonlySet<string>, threshold: number, budget?: LinearProgrammingBudget): SuppressionFinding[] {
  assertThreshold(threshold);
  validateTable(table);
  const state = withheldState(table, withheld, threshold);
  const findings: SuppressionFinding[] = [];
  for (const cell of table.cells) {
    if (state.suppressed.has(cell.key)) continue;
    const small = DIMENSIONS.filter((d) => isSmall(dimensionValue(cell, d) ?? 0, threshold));
    if (small.length > 0 || (cell.sourceSuppressed ?? false)) {
      findings.push({
        kind: 'published_small',
        cells: [cell.key],
        detail: `${cell.key} is published with a small or unknown count (${small.join(', ') || 'source'})`,
      });
    }
  }
  const exact = findDisclosure(state);
  if (exact)
    findings.push({
      kind: 'recoverable',
      cells: exact.cells,
      detail: `${exact.cells.join(' + ')} can be computed from the published cells: ${JSON.stringify(exact.revealed)}`,
    });
  for (const f of intervalFindings(state, false, budget)) {
    findings.push({ kind: 'interval', cells: [f.cell], detail: `${f.cell} ${f.dimension} is bounded to [${f.lower}, ${f.upper}]` });
  }
  return findings;
}
