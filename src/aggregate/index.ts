/**
 * Person-level aggregation: population + an indicator's person-level rows → cells per group and
 * breakdown. Pure; see docs/person-level-data.md for the rules of each indicator.
 */
export { AGGREGATABLE_INDICATORS, aggregate } from './aggregate.ts';
export { ageAt } from './age-at.ts';
export {
  type AgeBand,
  CHILD_BANDS,
  HJEMMEPLEJE_BANDS,
  KRIMINALITET_BANDS,
  SOCIALPSYKIATRI_BANDS,
} from './age-bands.ts';
export { AggregationRowError, type RowProblem, UnknownIndicatorError } from './aggregation-error.ts';
export { type DataColumn, INDICATOR_COLUMNS } from './indicator-columns.ts';
export { MEASURES, type Measure } from './indicators/boern.ts';
export { SD_BREAKDOWN } from './indicators/karaktergennemsnit.ts';
export { END_REASONS, type EndReason, SELF_SUPPORT_REASONS } from './indicators/selvforsoergelse.ts';
export { BILINGUAL_BREAKDOWN } from './indicators/sprogstimulering.ts';
export type {
  AggregatedCell,
  AggregationInput,
  AggregationOutput,
  AggregationPeriod,
  AggregationPerson,
  AggregationRow,
} from './types.ts';
