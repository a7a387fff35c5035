/**
 * Language stimulation: the number of children assessed in the period (1 October – 30 September)
 * as needing language stimulation while not in day care. Rows: `person_id`, `assessment_date`,
 * `needs_stimulation` (1/0), `in_day_care` (1/0). Each child counts once however many assessments.
 *
 * The memo counts bilingual children: that is the target group, which for this indicator includes
 * the third generation (the caller's group assignment). The cells are the usual target,
 * comparison, other and total; the comparison group's count is context only.
 */
import { type CountedItem, countCells } from '../count-cells.ts';
import { matchRows } from '../match-rows.ts';
import { PersonBreakdowns } from '../person-breakdowns.ts';
import { readDate, readFlag, readPersonId } from '../read-fields.ts';
import { inPeriod } from '../spell.ts';
import type { AggregationInput, IndicatorOutput, AggregationRow } from '../types.ts';

function parseRow(row: AggregationRow) {
  return {
    personId: readPersonId(row),
    assessmentDate: readDate(row, 'assessment_date'),
    needsStimulation: readFlag(row, 'needs_stimulation'),
    inDayCare: readFlag(row, 'in_day_care'),
  };
}

/** Children needing stimulation and not in day care, assessed in the period, per group. */
export function aggregateSprogstimulering(input: AggregationInput): IndicatorOutput {
  const { matched, unmatched } = matchRows(input.rows, input.persons, parseRow);
  const people = PersonBreakdowns.of(input);
  const children = new Map<string, CountedItem>();
  for (const { person, record } of matched) {
    if (!inPeriod(record.assessmentDate, input.period)) continue;
    if (record.needsStimulation && !record.inDayCare) children.set(person.id, { group: person.group, personId: person.id, breakdowns: people.of(person) });
  }
  return { cells: countCells([...children.values()], people), unmatched, notes: [] };
}
