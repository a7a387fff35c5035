/**
 * IGU courses: the number of courses started in the period (a course that runs over two years is
 * counted once, in the year it starts). Rows: `person_id`, `start_date`, `end_date`. The cell's
 * numerator and value are the number of courses; n is the number of persons who started them.
 */
import { countCells } from '../count-cells.ts';
import { matchRows } from '../match-rows.ts';
import { inPeriod } from '../spell.ts';
import type { AggregationInput, AggregationOutput } from '../types.ts';
import { parseSpellRow } from './spell-prevalence.ts';

/** Number of IGU courses started in the period, per group. */
export function aggregateIguForloeb(input: AggregationInput): AggregationOutput {
  const { matched, unmatched } = matchRows(input.rows, input.persons, parseSpellRow);
  const started = matched
    .filter((m) => inPeriod(m.record.start, input.period))
    .map((m) => ({ group: m.person.group, personId: m.person.id }));
  return { cells: countCells(started), unmatched, notes: [] };
}
