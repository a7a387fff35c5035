/**
 * IGU courses: the number of courses in progress at some time in the period, as the catalogue
 * defines the numerator — a course that runs over two years counts once in each of them. Rows:
 * `person_id`, `start_date`, `end_date` (empty = still running). The cell's numerator and value
 * are the number of courses; n is the number of persons taking them.
 */
import { countCells } from '../count-cells.ts';
import { matchRows } from '../match-rows.ts';
import { overlapsPeriod } from '../spell.ts';
import type { AggregationInput, IndicatorOutput } from '../types.ts';
import { parseSpellRow } from './spell-prevalence.ts';

/** Number of IGU courses in progress in the period, per group. */
export function aggregateIguForloeb(input: AggregationInput): IndicatorOutput {
  const { matched, unmatched } = matchRows(input.rows, input.persons, parseSpellRow);
  const running = matched
    .filter((m) => overlapsPeriod(m.record, input.period))
    .map((m) => ({ group: m.person.group, personId: m.person.id }));
  return { cells: countCells(running), unmatched, notes: [] };
}
