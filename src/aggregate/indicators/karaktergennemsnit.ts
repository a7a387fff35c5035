/**
 * Grade point average at the 9th-grade final examination: one row per pupil, `person_id`, `grade`
 * (the pupil's average on the 7-point scale, -3 to 12, decimal point or comma). Per group the cell
 * with breakdown '' holds the mean in `value` and the number of pupils in `n`; a second cell with
 * breakdown `stat=sd` holds the sample standard deviation (n − 1) in `value`, so that a t-interval
 * can be computed from the aggregate alone. Numerator and denominator are empty on both.
 */
import type { DeliveryGroup } from '../../origin/types.ts';
import { matchRows } from '../match-rows.ts';
import { CELL_GROUPS } from '../proportion-cells.ts';
import { readNumber, readPersonId } from '../read-fields.ts';
import type { AggregatedCell, AggregationInput, AggregationOutput, AggregationRow } from '../types.ts';
import { rejectDuplicates } from './valgdeltagelse.ts';

/** The breakdown of the standard-deviation cell. */
export const SD_BREAKDOWN = 'stat=sd';

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Sample standard deviation (divisor n − 1); null below two values. */
export function sampleSd(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  const squares = values.reduce((sum, v) => sum + (v - m) ** 2, 0);
  return Math.sqrt(squares / (values.length - 1));
}

function groupCells(group: DeliveryGroup, grades: readonly number[]): AggregatedCell[] {
  const base = { group, numerator: null, denominator: null, n: grades.length };
  return [
    { ...base, breakdown: '', value: mean(grades) },
    { ...base, breakdown: SD_BREAKDOWN, value: sampleSd(grades) },
  ];
}

/** Mean grade and its standard deviation per group. */
export function aggregateKaraktergennemsnit(input: AggregationInput): AggregationOutput {
  rejectDuplicates(input.rows);
  const parse = (row: AggregationRow) => ({ personId: readPersonId(row), grade: readNumber(row, 'grade', -3, 12) });
  const { matched, unmatched } = matchRows(input.rows, input.persons, parse);
  const cells = CELL_GROUPS.flatMap((group) =>
    groupCells(
      group,
      matched.filter((m) => group === 'total' || m.person.group === group).map((m) => m.record.grade),
    ),
  );
  return { cells, unmatched, notes: [] };
}
