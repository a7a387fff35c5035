/**
 * The two child-welfare indicators, as rates per 1,000 residents aged 0–17 at the reference date.
 * Placement rows: `person_id`, `start_date`, `end_date`. Contact-person rows add `measure`, whose
 * codes (`child` — a contact person for the child or young person — or `family`, for the whole
 * family) and Danish aliases are the catalogue's; the children are also broken down by
 * `measure=child_only|family_only|both`.
 * The age bands are the catalogue's, passed in with the input.
 *
 * Two second figures, when asked for (Statistics Denmark's vulnerable children and young people),
 * whole groups only and crude: `children_0_22` — children and young people aged 0–22 with a
 * measure in the period, per 1,000 residents aged 0–22; a measure of an 18–22-year-old is
 * after-care (efterværn). It contains the default (`relation: contains_default`: the 0–17-year-olds
 * are among them, in numerator and denominator). And `at_31_december` — children 0–17 with a
 * measure on the period's last day, a part of the default's numerator over the same denominator
 * (`relation: within_default`). And `measures_0_22` — the number of measures (one per row) in the
 * period of the children and young people 0–22 that `children_0_22` counts, per 1,000 residents
 * aged 0–22: every child counted there has at least one, so the measures are the children plus the
 * measures beyond each child's first (`relation: measures_of`, `of: children_0_22`).
 */
import { type ColumnCodes, columnCodes } from '../column-codes.ts';
import { aggregatePrevalence, type PrevalenceRule } from '../prevalence.ts';
import { withSecondFigure } from '../second-figure-cells.ts';
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

/** The second figures' rules, by variant id, over the indicator's own way of reading a row. */
function secondFigureRules<T extends Spell>(parse: PrevalenceRule<T>['parse']): Readonly<Record<string, PrevalenceRule<T>>> {
  const whole = { parse, breakdowns: [], breakdownsOf: () => [] };
  return {
    children_0_22: { ...whole, inPopulation: (age) => age >= 0 && age <= 22, populationText: '0-22 år', hits: anySpellHits },
    // The same children and residents as children_0_22, each counted as their measures in the period.
    measures_0_22: {
      ...whole,
      inPopulation: (age) => age >= 0 && age <= 22,
      populationText: '0-22 år',
      hits: anySpellHits,
      weight: (spells, period) => spells.filter((s) => overlapsPeriod(s, period)).length,
    },
    at_31_december: {
      ...whole,
      inPopulation: CHILD_RULE.inPopulation,
      populationText: CHILD_RULE.populationText,
      hits: (spells, period) => (spells.some((s) => s.start <= period.end && (s.end === null || s.end >= period.end)) ? [''] : []),
    },
  };
}

/** The default's output with the asked-for second figures' whole-group cells (`variant=<id>`) beside. */
function withSecondFigures<T extends Spell>(input: AggregationInput, output: IndicatorOutput, parse: PrevalenceRule<T>['parse']): IndicatorOutput {
  const rules = secondFigureRules(parse);
  const plain = { ...input, ageBands: [], personBreakdowns: [] };
  let result = output;
  for (const id of input.secondFigures ?? []) {
    const rule = Object.hasOwn(rules, id) ? rules[id] : undefined;
    if (rule !== undefined) result = withSecondFigure(result, id, aggregatePrevalence(plain, rule));
  }
  return result;
}

/** Children (0–17) placed outside the home at some time in the period, per 1,000 children. */
export function aggregateBoernAnbringelse(input: AggregationInput): IndicatorOutput {
  return withSecondFigures(input, aggregatePrevalence(input, CHILD_RULE), parseSpellRow);
}

/** Children (0–17) with a permanent contact person in the period, per 1,000 children; also by measure. */
export function aggregateBoernKontaktperson(input: AggregationInput): IndicatorOutput {
  const rule = contactRule(columnCodes(input.indicatorId, MEASURE_KEY));
  return withSecondFigures(input, aggregatePrevalence(input, rule), rule.parse);
}
