/**
 * Periods: the four period types of the catalogue, their written forms, names, dates and order.
 */
export { electionDay, isElectionYear, isoDate } from './election-day.ts';
export { formatPeriod } from './format-period.ts';
export { type ParsePeriodResult, type PeriodError, parseAnyPeriod, parsePeriod } from './parse-period.ts';
export {
  type CalendarYear,
  type Election,
  FIRST_ELECTION_YEAR,
  FIRST_YEAR,
  type IsoDate,
  LAST_YEAR,
  type OctSepYear,
  PERIOD_TYPES,
  type Period,
  type PeriodType,
  type SchoolYear,
} from './period.ts';
export { periodErrorMessage } from './period-error-message.ts';
export { periodLabel } from './period-label.ts';
export { comparePeriods, nextPeriod, previousPeriod } from './period-order.ts';
export { type DateRange, periodRange, referenceDate } from './period-range.ts';
export { comparePeriodTexts, fillPeriods, sortPeriods } from './period-sequence.ts';
