/**
 * The one entry point of person-level aggregation: picks the indicator's rules by id. Pure — the
 * caller reads the files, pseudonymises, classifies and hands over plain data.
 */
import { UnknownIndicatorError } from './aggregation-error.ts';
import { byMunicipality } from './by-municipality.ts';
import { columnsOf } from './file-columns.ts';
import { aggregateBoernAnbringelse, aggregateBoernKontaktperson } from './indicators/boern.ts';
import { aggregateBoligomraaderDiversitet } from './indicators/boligomraader-diversitet.ts';
import { aggregateIguForloeb } from './indicators/igu-forloeb.ts';
import { aggregateKaraktergennemsnit } from './indicators/karaktergennemsnit.ts';
import { aggregateKriminalitet } from './indicators/kriminalitet.ts';
import { aggregateSelvforsoergelse } from './indicators/selvforsoergelse.ts';
import { aggregateSprogstimulering } from './indicators/sprogstimulering.ts';
import { aggregateHjemmepleje, aggregateSocialpsykiatri } from './indicators/spell-prevalence.ts';
import { aggregateValgdeltagelse } from './indicators/valgdeltagelse.ts';
import type { AggregationInput, AggregationOutput, IndicatorOutput } from './types.ts';

type Aggregator = (input: AggregationInput) => IndicatorOutput;

const AGGREGATORS: Readonly<Record<string, Aggregator>> = {
  selvforsoergelse: aggregateSelvforsoergelse,
  socialpsykiatri: aggregateSocialpsykiatri,
  hjemmepleje: aggregateHjemmepleje,
  valgdeltagelse: aggregateValgdeltagelse,
  'igu-forloeb': aggregateIguForloeb,
  sprogstimulering: aggregateSprogstimulering,
  karaktergennemsnit: aggregateKaraktergennemsnit,
  'boern-kontaktperson': aggregateBoernKontaktperson,
  'boern-anbringelse': aggregateBoernAnbringelse,
  'boligomraader-diversitet': aggregateBoligomraaderDiversitet,
  kriminalitet: aggregateKriminalitet,
};

/** The indicator ids that can be aggregated from person-level data. */
export const AGGREGATABLE_INDICATORS: readonly string[] = Object.keys(AGGREGATORS);

/**
 * Aggregates one indicator for one period into cells for target, comparison, other and total —
 * for each municipality and the whole country (`000`) when the persons carry municipalities.
 * Throws `UnknownIndicatorError` for an id without rules and `AggregationRowError` on an
 * unreadable row.
 *
 * @example aggregate({ indicatorId: 'valgdeltagelse', period, referenceDate, persons, rows, ageBands: [] }).cells
 */
export function aggregate(input: AggregationInput): AggregationOutput {
  const aggregator = Object.hasOwn(AGGREGATORS, input.indicatorId) ? AGGREGATORS[input.indicatorId] : undefined;
  if (aggregator === undefined) throw new UnknownIndicatorError(input.indicatorId);
  // The file's columns, once: a municipality's share of the rows may hold none of an optional one.
  const withColumns = { ...input, fileColumns: input.fileColumns ?? columnsOf(input.rows) };
  const { cells, unmatched, notes, cellsOf } = aggregator(withColumns);
  return { cells: byMunicipality(withColumns, cells, (part) => aggregator(part).cells, cellsOf), unmatched, notes };
}
