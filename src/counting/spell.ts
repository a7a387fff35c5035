/**
 * Spells: a service or measure that runs from a start date to an end date (empty end = still
 * running when the extract was made). Most department lists are spells; the rules for "active in
 * the period" live here once.
 */
import { AggregationRowError } from './aggregation-error.ts';
import { readDate, readOptionalDate } from './read-fields.ts';
import type { AggregationPeriod, AggregationRow } from './types.ts';

export interface Spell {
  start: string;
  /** Null while the spell is ongoing. */
  end: string | null;
}

/** Reads a spell from two date columns; an end before the start is an error on the end column. */
export function readSpell(row: AggregationRow, startColumn = 'start_date', endColumn = 'end_date'): Spell {
  const start = readDate(row, startColumn);
  const end = readOptionalDate(row, endColumn);
  if (end !== null && end < start) throw new AggregationRowError(row.rowNumber, endColumn, 'end_before_start');
  return { start, end };
}

/** True when the spell has at least one day in the period (both ends included). */
export function overlapsPeriod(spell: Spell, period: AggregationPeriod): boolean {
  return spell.start <= period.end && (spell.end === null || spell.end >= period.start);
}

/** True when `date` lies in the period (both ends included). */
export function inPeriod(date: string, period: AggregationPeriod): boolean {
  return date >= period.start && date <= period.end;
}
