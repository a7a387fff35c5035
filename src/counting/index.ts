/**
 * Person-level aggregation: population + an indicator's person-level rows → cells per group and
 * breakdown. Pure counting; the rules' parameters (columns, codes, scale, age bands) come from the
 * indicator catalogue. See docs/person-level-data.md for the rules of each indicator.
 */
export { AGGREGATABLE_INDICATORS, aggregate } from './aggregate.ts';
export { ageAt } from './age-at.ts';
export { getOrCreate } from './get-or-create.ts';
export { Interned } from './interned.ts';
export { type GrowableArray, grownArray, sharedArray } from './grown-array.ts';
export { AggregationRowError, type RowProblem, UnknownIndicatorError } from './aggregation-error.ts';
export { type DataColumn, dataColumns, INDICATOR_COLUMNS } from './indicator-columns.ts';
export { SELF_SUPPORT_REASONS } from './indicators/selvforsoergelse.ts';
export { municipalitySplit, type MunicipalitySplit } from './by-municipality.ts';
export { WHOLE_COUNTRY } from './types.ts';
export type {
  AggregatedCell,
  CountedCell,
  IndicatorOutput,
  AggregationInput,
  AggregationOutput,
  AggregationPeriod,
  AggregationPerson,
  AggregationRow,
  PersonIndex,
} from './types.ts';
