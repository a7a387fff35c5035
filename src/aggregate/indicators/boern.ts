/**
 * The two child-welfare indicators, as rates per 1,000 residents aged 0–17 at the reference date.
 * Placement rows: `person_id`, `start_date`, `end_date`. Contact-person rows add `measure`
 * (`child` — a contact person for the child or young person — or `family`, for the whole family;
 * Danish `barn`/`familie` accepted), and are also broken down by `measure=child|family`.
 */
import { CHILD_BANDS } from '../age-bands.ts';
import { aggregatePrevalence, type PrevalenceRule } from '../prevalence.ts';
import { readPersonId, readRequiredChoice } from '../read-fields.ts';
import { overlapsPeriod, readSpell, type Spell } from '../spell.ts';
import type { AggregationInput, AggregationOutput, AggregationRow } from '../types.ts';
import { anySpellHits, parseSpellRow } from './spell-prevalence.ts';

export const MEASURES = ['child', 'family'] as const;
export type Measure = (typeof MEASURES)[number];

interface MeasureSpell extends Spell {
  measure: Measure;
}

const MEASURE_ALIASES: Readonly<Record<string, Measure>> = {
  barn: 'child',
  barnet: 'child',
  ung: 'child',
  familie: 'family',
  familien: 'family',
};

function parseMeasureRow(row: AggregationRow): MeasureSpell & { personId: string } {
  const personId = readPersonId(row);
  const measure = readRequiredChoice(row, 'measure', MEASURES, MEASURE_ALIASES);
  return { personId, measure, ...readSpell(row) };
}

const CHILD_RULE: PrevalenceRule<Spell> = {
  parse: parseSpellRow,
  inPopulation: (age) => age >= 0 && age <= 17,
  populationText: '0-17 år',
  breakdowns: [],
  breakdownsOf: () => [],
  hits: anySpellHits,
  bands: CHILD_BANDS,
  scale: 'per_thousand',
};

const MEASURE_BREAKDOWNS = MEASURES.map((m) => `measure=${m}`);

const CONTACT_RULE: PrevalenceRule<MeasureSpell> = {
  ...CHILD_RULE,
  parse: parseMeasureRow,
  breakdowns: MEASURE_BREAKDOWNS,
  breakdownsOf: () => MEASURE_BREAKDOWNS,
  hits: (spells, period) => {
    const active = spells.filter((s) => overlapsPeriod(s, period));
    if (active.length === 0) return [];
    return ['', ...MEASURES.filter((m) => active.some((s) => s.measure === m)).map((m) => `measure=${m}`)];
  },
};

/** Children (0–17) placed outside the home at some time in the period, per 1,000 children. */
export function aggregateBoernAnbringelse(input: AggregationInput): AggregationOutput {
  return aggregatePrevalence(input, CHILD_RULE);
}

/** Children (0–17) with a permanent contact person in the period, per 1,000 children; also by measure. */
export function aggregateBoernKontaktperson(input: AggregationInput): AggregationOutput {
  return aggregatePrevalence(input, CONTACT_RULE);
}
