/**
 * Social psychiatry and home care: the share of residents (adults, or everyone) with a spell that
 * overlaps the period. Rows: `person_id`, `start_date`, `end_date` (empty = ongoing). The age
 * bands are the catalogue's, passed in with the input.
 *
 * Home care's second figure `dst_home_help` (when asked for and the file has the optional
 * `help_kind` column): of the same residents, those with a spell of assessed personal care or
 * practical help in their own home overlapping the period — not care in a nursing home — a part of
 * the default's numerator over the same denominator (`relation: within_default`), whole groups
 * only, crude.
 */
import { hasColumns } from '../file-columns.ts';
import { aggregatePrevalence, type PrevalenceRule } from '../prevalence.ts';
import { withSecondFigure } from '../second-figure-cells.ts';
import { columnCodes } from '../column-codes.ts';
import { readChoice, readPersonId } from '../read-fields.ts';
import { overlapsPeriod, readSpell, type Spell } from '../spell.ts';
import type { AggregationInput, IndicatorOutput, AggregationRow } from '../types.ts';

/** Reads a `person_id, start_date, end_date` row. */
export function parseSpellRow(row: AggregationRow): Spell & { personId: string } {
  return { personId: readPersonId(row), ...readSpell(row) };
}

/** '' when any of the person's spells overlaps the period. */
export function anySpellHits(spells: readonly Spell[], period: AggregationInput['period']): string[] {
  return spells.some((s) => overlapsPeriod(s, period)) ? [''] : [];
}

const SOCIALPSYKIATRI: PrevalenceRule<Spell> = {
  parse: parseSpellRow,
  inPopulation: (age) => age >= 18,
  populationText: '18 år og derover',
  breakdowns: [],
  breakdownsOf: () => [],
  hits: anySpellHits,
};

const HJEMMEPLEJE: PrevalenceRule<Spell> = { ...SOCIALPSYKIATRI, inPopulation: () => true, populationText: 'alle' };

const HOME_HELP = 'dst_home_help';
/** The kinds of help Statistics Denmark counts as home help in the own home. */
const HOME_HELP_KINDS: ReadonlySet<string> = new Set(['personal_care', 'practical_help']);

interface CareSpell extends Spell {
  /** `personal_care`, `practical_help`, `nursing_home` or `other`; null when not given. */
  kind: string | null;
}

function careParser(): (row: AggregationRow) => CareSpell & { personId: string } {
  const kinds = columnCodes('hjemmepleje', 'help_kind');
  return (row) => ({ ...parseSpellRow(row), kind: readChoice(row, 'help_kind', kinds.codes, kinds.aliases) });
}

/** The same residents; the numerator those with home help in their own home during the period. */
function homeHelpRule(): PrevalenceRule<CareSpell> {
  return {
    ...HJEMMEPLEJE,
    parse: careParser(),
    breakdowns: [],
    breakdownsOf: () => [],
    hits: (spells, period) => (spells.some((s) => s.kind !== null && HOME_HELP_KINDS.has(s.kind) && overlapsPeriod(s, period)) ? [''] : []),
  };
}

/** Share of residents aged 18+ at the reference date known in social psychiatry during the period. */
export function aggregateSocialpsykiatri(input: AggregationInput): IndicatorOutput {
  return aggregatePrevalence(input, SOCIALPSYKIATRI);
}

/** Share of all residents receiving home care at some time in the period; assessed home help in the own home beside. */
export function aggregateHjemmepleje(input: AggregationInput): IndicatorOutput {
  const output = aggregatePrevalence(input, HJEMMEPLEJE);
  if (!(input.secondFigures ?? []).includes(HOME_HELP) || !hasColumns(input, 'help_kind')) return output;
  // Whole groups only, crude: no age bands, no person breakdowns.
  const help = aggregatePrevalence({ ...input, ageBands: [], personBreakdowns: [] }, homeHelpRule());
  return withSecondFigure(output, HOME_HELP, help);
}
