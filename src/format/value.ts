/**
 * A result cell as the reader sees it. Suppressed cells always read "diskretioneret", whatever
 * numbers might be left on the row, and cells without a value read "ingen data" — the two are
 * never confused, and neither is ever shown as zero (DATA.md §6).
 */
import type { Indicator, Lang } from '../catalogue/index.ts';
import type { ResultRow } from '../cells/index.ts';
import { formatDifference, formatMeasure, formatMeasureInterval } from './measure.ts';
import { MISSING_LABEL, SUPPRESSED_LABEL } from './suppressed.ts';

type Cell = Pick<ResultRow, 'value' | 'suppressed'>;
type IntervalCell = Pick<ResultRow, 'ciLow' | 'ciHigh' | 'suppressed'>;
type Shown = Pick<Indicator, 'display'>;

/**
 * The row's value in the indicator's unit.
 *
 * @example formatValue({ value: 0.352, suppressed: false }, shareIndicator, 'da') // '35,2 %'
 * @example formatValue({ value: null, suppressed: true }, shareIndicator, 'da')   // 'diskretioneret'
 */
export function formatValue(row: Cell, indicator: Shown, lang: Lang): string {
  if (row.suppressed) return SUPPRESSED_LABEL[lang];
  if (row.value === null) return MISSING_LABEL[lang];
  return formatMeasure(row.value, indicator.display, lang);
}

/** The row's 95 % interval (`33,1–37,4 %`), or '' when it has none or is suppressed. */
export function formatInterval(row: IntervalCell, indicator: Shown, lang: Lang): string {
  if (row.suppressed || row.ciLow === null || row.ciHigh === null) return '';
  return formatMeasureInterval(row.ciLow, row.ciHigh, indicator.display, lang);
}

/**
 * A gap or a change in the indicator's unit (`+2,1 procentpoint`), or '' when there is none.
 */
export function formatGap(gap: number | null, indicator: Shown, lang: Lang, signed = true): string {
  return gap === null ? '' : formatDifference(gap, indicator.display, lang, signed);
}
