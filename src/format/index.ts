/**
 * Danish-first formatting shared by the web app and the report: numbers with the language's
 * separators, shares as percentages, rates, grades, percentage points, dates, periods, and the
 * words for suppressed and missing cells.
 */
export { formatDate, formatTimestamp, monthName } from './date.ts';
export { formatDifference, formatMeasure, formatMeasureInterval, formatTick } from './measure.ts';
export { formatNumber, formatSignedNumber } from './number.ts';
export { formatPeriodLabel, formatPeriodPhrase, formatPeriodShort } from './period.ts';
export { MISSING_LABEL, NOT_COMPUTABLE_LABEL, SUPPRESSED_LABEL } from './suppressed.ts';
export {
  formatGrade,
  formatPoints,
  formatRate,
  formatShare,
  formatSignedPoints,
  perThousandUnit,
  pointsUnit,
  withPercent,
} from './units.ts';
export { formatGap, formatInterval, formatValue } from './value.ts';
export { escapeMarkup } from './escape.ts';
