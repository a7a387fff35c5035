/**
 * Grade point average at the 9th-grade final examination: one row per pupil, `person_id`, `grade`
 * (the pupil's average on the catalogue's scale — 7-trinsskalaen, −3 to 12 — with decimal point
 * or comma). One cell per group: `value` = the mean, `sd` = the sample standard deviation
 * (n − 1), `n` = pupils, so that a t-interval can be computed from the aggregate alone; numerator
 * and denominator are empty.
 */
import type { DeliveryGroup } from '../../origin/types.ts';
import { matchRows } from '../match-rows.ts';
import { DELIVERY_GROUPS } from '../../origin/types.ts';
import { PersonBreakdowns } from '../person-breakdowns.ts';
import { readNumber, readPersonId } from '../read-fields.ts';
import { shippedIndicator } from '../shipped-indicator.ts';
import type { CountedCell, AggregationInput, IndicatorOutput, AggregationRow } from '../types.ts';
import { rejectDuplicates } from './valgdeltagelse.ts';

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

function groupCell(group: DeliveryGroup, breakdown: string, grades: readonly number[]): CountedCell {
  return { group, breakdown, numerator: null, denominator: null, value: mean(grades), sd: sampleSd(grades), n: grades.length };
}

/** The grade range of the catalogue's `mean` measure. */
function gradeRange(indicatorId: string): { min: number; max: number } {
  const measure = shippedIndicator(indicatorId).measure;
  if (measure.kind !== 'mean') throw new Error(`"${indicatorId}" er ikke et gennemsnit i indikatorkataloget.`);
  return { min: measure.min, max: measure.max };
}

/** Mean grade, its standard deviation and the number of pupils per group. */
export function aggregateKaraktergennemsnit(input: AggregationInput): IndicatorOutput {
  rejectDuplicates(input.rows);
  const { min, max } = gradeRange(input.indicatorId);
  const parse = (row: AggregationRow) => ({ personId: readPersonId(row), grade: readNumber(row, 'grade', min, max) });
  const { matched, unmatched } = matchRows(input.rows, input.persons, parse);
  const people = PersonBreakdowns.of(input);
  const cells = DELIVERY_GROUPS.flatMap((group) => {
    const own = matched.filter((m) => group === 'total' || m.person.group === group);
    const grades = (breakdown: string) => own.filter((m) => breakdown === '' || people.of(m.person).includes(breakdown)).map((m) => m.record.grade);
    return ['', ...people.cellsFor(group)].map((breakdown) => groupCell(group, breakdown, grades(breakdown)));
  });
  return { cells, unmatched, notes: [] };
}
