/**
 * Language stimulation: the number of children assessed in the period (1 October – 30 September)
 * as needing language stimulation while not in day care. Rows: `person_id`, `assessment_date`,
 * `needs_stimulation` (1/0), `in_day_care` (1/0). Each child counts once however many assessments.
 *
 * The memo counts bilingual children. Bilingual here means "not of Danish origin": the target and
 * other groups together, written as the cell `total` / `language=bilingual`. The ordinary per-group
 * cells are written as well; the comparison group's count is context only.
 */
import { type CountedItem, countCell, countCells } from '../count-cells.ts';
import { matchRows } from '../match-rows.ts';
import { readDate, readFlag, readPersonId } from '../read-fields.ts';
import { inPeriod } from '../spell.ts';
import type { AggregationInput, AggregationOutput, AggregationRow } from '../types.ts';

/** The breakdown of the headline cell: target + other. */
export const BILINGUAL_BREAKDOWN = 'language=bilingual';

function parseRow(row: AggregationRow) {
  return {
    personId: readPersonId(row),
    assessmentDate: readDate(row, 'assessment_date'),
    needsStimulation: readFlag(row, 'needs_stimulation'),
    inDayCare: readFlag(row, 'in_day_care'),
  };
}

/** Children needing stimulation and not in day care, assessed in the period, per group. */
export function aggregateSprogstimulering(input: AggregationInput): AggregationOutput {
  const { matched, unmatched } = matchRows(input.rows, input.persons, parseRow);
  const children = new Map<string, CountedItem>();
  for (const { person, record } of matched) {
    if (!inPeriod(record.assessmentDate, input.period)) continue;
    if (record.needsStimulation && !record.inDayCare) children.set(person.id, { group: person.group, personId: person.id });
  }
  const items = [...children.values()];
  const bilingual = items.filter((i) => i.group !== 'comparison');
  return { cells: [...countCells(items), countCell('total', BILINGUAL_BREAKDOWN, bilingual)], unmatched, notes: [] };
}
