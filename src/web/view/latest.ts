/**
 * The latest period that has anything to show (a value or a suppressed cell) — the period a
 * headline refers to. A period whose rows are all empty is not "latest".
 */
import type { ResultRow } from '../../cells/index.ts';
import { sortPeriods } from '../../catalogue/index.ts';

/** The latest period with a value or a suppressed cell, or undefined. */
export function latestPeriod(rows: readonly ResultRow[]): string | undefined {
  return sortPeriods(rows.filter((r) => r.suppressed || r.value !== null).map((r) => r.period)).at(-1);
}
