/**
 * IGU courses, counted as the catalogue's default variant says: `started` (the default, as
 * Jobindsats counts them) — courses whose start date falls in the period; or `running` — courses
 * in progress at some time in the period, so a course over two years counts once in each. Rows:
 * `person_id`, `start_date`, `end_date` (empty = still running). The cell's numerator and value
 * are the number of courses; n is the number of persons taking them.
 */
import { loadCatalogue } from '../../catalogue/index.ts';
import { countCells } from '../count-cells.ts';
import { matchRows } from '../match-rows.ts';
import { PersonBreakdowns } from '../person-breakdowns.ts';
import { inPeriod, overlapsPeriod, type Spell } from '../spell.ts';
import type { AggregationInput, AggregationPeriod, IndicatorOutput } from '../types.ts';
import { parseSpellRow } from './spell-prevalence.ts';

/** The shipped catalogue's default variant, for a caller that passes none. */
const SHIPPED_DEFAULT = loadCatalogue()
  .get('igu-forloeb')
  ?.variants.find((v) => v.default)?.id;

/** Whether a course counts in the period, per variant (docs/catalogue.md §3a). */
const COUNTS: Readonly<Record<string, (course: Spell, period: AggregationPeriod) => boolean>> = {
  started: (course, period) => inPeriod(course.start, period),
  running: overlapsPeriod,
};

/** Number of IGU courses started (or running) in the period, per group. */
export function aggregateIguForloeb(input: AggregationInput): IndicatorOutput {
  // The catalogue's default decides: the caller's, else the shipped catalogue's (as for the columns).
  const variant = input.variant ?? SHIPPED_DEFAULT;
  const counts = variant === undefined ? undefined : COUNTS[variant];
  if (counts === undefined) throw new Error(`igu-forloeb needs one of its variants (${Object.keys(COUNTS).join(', ')}), got '${variant}'`);
  const { matched, unmatched } = matchRows(input.rows, input.persons, parseSpellRow);
  const people = PersonBreakdowns.of(input);
  const courses = matched
    .filter((m) => counts(m.record, input.period))
    .map((m) => ({ group: m.person.group, personId: m.person.id, breakdowns: people.of(m.person) }));
  return { cells: countCells(courses, people), unmatched, notes: [] };
}
