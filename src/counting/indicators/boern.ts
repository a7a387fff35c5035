/**
 * The two child-welfare indicators, as rates per 1,000 residents aged 0–17 at the reference date.
 * Placement rows: `person_id`, `start_date`, `end_date`. Contact-person rows add `measure`, whose
 * codes (`child` — a contact person for the child or young person — or `family`, for the whole
 * family) and Danish aliases are the catalogue's; the children are also broken down by
 * `measure=child_only|family_only|both`.
 * The age bands are the catalogue's, passed in with the input.
 */
import { type ColumnCodes, columnCodes } from '../column-codes.ts';
import { aggregatePrevalence, type PrevalenceRule } from '../prevalence.ts';
import { readPersonId, readRequiredChoice } from '../read-fields.ts';
import { overlapsPeriod, readSpell, type Spell } from '../spell.ts';
import type { AggregationInput, IndicatorOutput, AggregationRow } from '../types.ts';
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

/**
 * The kinds of contact person a child had in the period, as a true partition (the catalogue's
 * `measure` breakdown): a child with both kinds is `both`, not counted under each, so that no
 * cell can be recovered by subtracting one kind from the whole.
 */
function measureCode(kinds: ReadonlySet<string>): 'child_only' | 'family_only' | 'both' | null {
  const child = kinds.has('child');
  const family = kinds.has('family');
  if (child && family) return 'both';
  if (child) return 'child_only';
  return family ? 'family_only' : null;
}

const MEASURE_BREAKDOWNS = ['child_only', 'family_only', 'both'].map((code) => `${MEASURE_KEY}=${code}`);

function contactRule(measures: ColumnCodes): PrevalenceRule<MeasureSpell> {
  return {
    ...CHILD_RULE,
    parse: (row: AggregationRow) => ({
      personId: readPersonId(row),
      measure: readRequiredChoice(row, MEASURE_KEY, measures.codes, measures.aliases),
      ...readSpell(row),
    }),
    breakdowns: MEASURE_BREAKDOWNS,
    breakdownsOf: () => MEASURE_BREAKDOWNS,
    hits: (spells, period) => {
      const active = spells.filter((s) => overlapsPeriod(s, period));
      const code = measureCode(new Set(active.map((s) => s.measure)));
      return code === null ? [] : ['', `${MEASURE_KEY}=${code}`];
    },
  };
}

/** Children (0–17) placed outside the home at some time in the period, per 1,000 children. */
export function aggregateBoernAnbringelse(input: AggregationInput): IndicatorOutput {
  return aggregatePrevalence(input, CHILD_RULE);
}

/** Children (0–17) with a permanent contact person in the period, per 1,000 children; also by measure. */
export function aggregateBoernKontaktperson(input: AggregationInput): IndicatorOutput {
  return aggregatePrevalence(input, contactRule(columnCodes(input.indicatorId, MEASURE_KEY)));
}
