/**
 * IGU courses, counted as the catalogue's default variant says: `started` (the default, as
 * Jobindsats counts them) — courses whose start date falls in the period; or `running` — courses
 * in progress at some time in the period, so a course over two years counts once in each. The
 * other computed variant is written beside the default as a second figure (`variant=running`,
 * whole groups only). Rows: `person_id`, `start_date`, `end_date` (empty = still running) and the
 * optional `employer` (`municipality` or `private`): the default's courses are split by employer
 * (`employer=municipality|private`; a course without one is the unwritten remainder), so the
 * municipality's own IGU posts — why C-HRO co-owns the indicator — are counted apart. The cell's
 * numerator and value are the number of courses; n is the number of persons taking them.
 */
import { hasColumns } from '../file-columns.ts';
import { loadCatalogue } from '../../catalogue/index.ts';
import { columnCodes } from '../column-codes.ts';
import { type CountedItem, countCells } from '../count-cells.ts';
import { matchRows } from '../match-rows.ts';
import { PersonBreakdowns } from '../person-breakdowns.ts';
import { readChoice, readPersonId } from '../read-fields.ts';
import { inPeriod, overlapsPeriod, readSpell, type Spell } from '../spell.ts';
import type { AggregationInput, AggregationPeriod, AggregationRow, CountedCell, IndicatorOutput } from '../types.ts';

const ID = 'igu-forloeb';

/** The shipped catalogue's default variant, for a caller that passes none. */
const SHIPPED_DEFAULT = loadCatalogue()
  .get(ID)
  ?.variants.find((v) => v.default)?.id;

/** Whether a course counts in the period, per variant (docs/catalogue.md §3a). */
const COUNTS: Readonly<Record<string, (course: Spell, period: AggregationPeriod) => boolean>> = {
  started: (course, period) => inPeriod(course.start, period),
  running: overlapsPeriod,
};

interface Course extends Spell {
  personId: string;
  /** `municipality` or `private`; null when the file has no employer column or leaves it empty. */
  employer: string | null;
}

function rowParser(): (row: AggregationRow) => Course {
  const employers = columnCodes(ID, 'employer');
  return (row) => ({ personId: readPersonId(row), ...readSpell(row), employer: readChoice(row, 'employer', employers.codes, employers.aliases) });
}

function countsOf(variant: string | undefined): (course: Spell, period: AggregationPeriod) => boolean {
  const counts = variant === undefined ? undefined : COUNTS[variant];
  if (counts === undefined) throw new Error(`${ID} needs one of its variants (${Object.keys(COUNTS).join(', ')}), got '${variant}'`);
  return counts;
}

/** Number of IGU courses started (or running) in the period, per group; second figures beside. */
export function aggregateIguForloeb(input: AggregationInput): IndicatorOutput {
  // The catalogue's default decides: the caller's, else the shipped catalogue's (as for the columns).
  const counts = countsOf(input.variant ?? SHIPPED_DEFAULT);
  const { matched, unmatched } = matchRows(input.rows, input.persons, rowParser());
  const people = PersonBreakdowns.of(input);
  const hasEmployer = hasColumns(input, 'employer');
  const employerCells = hasEmployer ? columnCodes(ID, 'employer').codes.map((code) => `employer=${code}`) : [];
  const courses = matched
    .filter((m) => counts(m.record, input.period))
    .map((m) => ({
      group: m.person.group,
      personId: m.person.id,
      breakdowns: [...people.of(m.person), ...(m.record.employer === null ? [] : [`employer=${m.record.employer}`])],
    }));
  const seconds = (input.secondFigures ?? []).flatMap((id) => secondFigure(id, matched, input.period));
  return { cells: [...countCells(courses, people, employerCells), ...seconds], unmatched, notes: [] };
}

/** The whole-group cells of the second figure `id` (`variant=running`). */
function secondFigure(
  id: string,
  matched: readonly { person: { id: string; group: CountedItem['group'] }; record: Course }[],
  period: AggregationPeriod,
): CountedCell[] {
  const counts = countsOf(id);
  const items = matched.filter((m) => counts(m.record, period)).map((m) => ({ group: m.person.group, personId: m.person.id }));
  return countCells(items).map((c) => ({ ...c, breakdown: `variant=${id}` }));
}
