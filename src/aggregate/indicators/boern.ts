/**
 * The two child-welfare indicators, as rates per 1,000 residents aged 0–17 at the reference date.
 * Placement rows: `person_id`, `start_date`, `end_date`. Contact-person rows add `measure`, whose
 * codes (`child` — a contact person for the child or young person — or `family`, for the whole
 * family) and Danish aliases are the catalogue's; they are also broken down by `measure=<code>`.
 * The age bands are the catalogue's, passed in with the input.
 */
import { type ColumnCodes, columnCodes } from '../column-codes.ts';
import { aggregatePrevalence, type PrevalenceRule } from '../prevalence.ts';
import { readPersonId, readRequiredChoice } from '../read-fields.ts';
import { overlapsPeriod, readSpell, type Spell } from '../spell.ts';
import type { AggregationInput, AggregationOutput, AggregationRow } from '../types.ts';
import { anySpellHits, parseSpellRow } from './spell-prevalence.ts';

/** The breakdown key of the kind of contact person. */
const MEASURE_KEY = 'measure';

interface MeasureSpell extends Spell {
  measure: string;
}

const CHILD_RULE: PrevalenceRule<Spell> = {
  parse: parseSpellRow,
  inPopulation: (age) => age >= 0 && age <= 17,
  populationText: '0-17 år',
  breakdowns: [],
  breakdownsOf: () => [],
  hits: anySpellHits,
};

function contactRule(measures: ColumnCodes): PrevalenceRule<MeasureSpell> {
  const breakdownOf = (code: string) => `${MEASURE_KEY}=${code}`;
  const breakdowns = measures.codes.map(breakdownOf);
  return {
    ...CHILD_RULE,
    parse: (row: AggregationRow) => ({
      personId: readPersonId(row),
      measure: readRequiredChoice(row, MEASURE_KEY, measures.codes, measures.aliases),
      ...readSpell(row),
    }),
    breakdowns,
    breakdownsOf: () => breakdowns,
    hits: (spells, period) => {
      const active = spells.filter((s) => overlapsPeriod(s, period));
      if (active.length === 0) return [];
      return ['', ...measures.codes.filter((m) => active.some((s) => s.measure === m)).map(breakdownOf)];
    },
  };
}

/** Children (0–17) placed outside the home at some time in the period, per 1,000 children. */
export function aggregateBoernAnbringelse(input: AggregationInput): AggregationOutput {
  return aggregatePrevalence(input, CHILD_RULE);
}

/** Children (0–17) with a permanent contact person in the period, per 1,000 children; also by measure. */
export function aggregateBoernKontaktperson(input: AggregationInput): AggregationOutput {
  return aggregatePrevalence(input, contactRule(columnCodes(input.indicatorId, MEASURE_KEY)));
}
