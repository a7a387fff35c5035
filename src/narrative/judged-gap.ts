/**
 * Which gap a reader sees first — the one the status is judged on. For the whole-group target row
 * of an age-standardised indicator that is the standardised gap (or, where it cannot be
 * published, the reason, never the crude gap in its place); elsewhere the crude gap. The
 * dashboard's card, key figures and gap chart and the report's tables and charts all read it here.
 */
import type { Indicator, Lang } from '../catalogue/index.ts';
import { formatMeasure, formatPeriodShort, MISSING_LABEL, NOT_COMPUTABLE_LABEL, SUPPRESSED_LABEL } from '../format/index.ts';
import type { ResultRow, StandardisedMissing } from '../cells/index.ts';

export interface GapFigures {
  readonly gap: number;
  readonly low: number | null;
  readonly high: number | null;
}

export type JudgedGap =
  | { readonly basis: 'crude'; readonly figures: GapFigures | null }
  | { readonly basis: 'standardised'; readonly figures: GapFigures | null; readonly missing: StandardisedMissing | null; readonly crude: GapFigures | null };

type IndicatorBasis = Pick<Indicator, 'age_standardised' | 'comparison'>;

/** Whether a row's gap is judged on age-standardised figures. */
export function judgedStandardised(indicator: IndicatorBasis, row: Pick<ResultRow, 'group' | 'breakdown'>): boolean {
  return indicator.age_standardised && indicator.comparison === 'comparison_group' && row.group === 'target' && row.breakdown === '';
}

function crudeOf(row: ResultRow): GapFigures | null {
  return row.gap === null ? null : { gap: row.gap, low: row.gapCiLow, high: row.gapCiHigh };
}

/** The gap to show first for a (published) target row, with the crude gap second where standardised. */
export function judgedGap(indicator: IndicatorBasis, row: ResultRow): JudgedGap {
  if (!judgedStandardised(indicator, row)) return { basis: 'crude', figures: crudeOf(row) };
  const s = row.standardisedGap;
  const figures = s === null ? null : { gap: s.gap, low: s.ciLow, high: s.ciHigh };
  // No standardised gap with a published comparison group: the standardised figure is missing.
  const missing = figures === null && row.gap !== null ? (row.standardisedMissing ?? 'not_computable') : null;
  return { basis: 'standardised', figures, missing, crude: crudeOf(row) };
}

/** One period of a gap series, shaped like a chart point (value null + suppressed = hidden). */
export interface GapPoint {
  readonly value: number | null;
  readonly low?: number | null;
  readonly high?: number | null;
  readonly suppressed?: boolean;
}

export interface GapPoints {
  /** The judged gap (standardised where the indicator is), null where there is nothing to draw. */
  readonly judged: GapPoint | null;
  /** The crude gap, second series of a standardised indicator (null otherwise). */
  readonly crude: GapPoint | null;
  /** The judged gap exists in principle but cannot be computed. */
  readonly notComputable: boolean;
}

/** The gap chart's points for one period, from the target row and whether the comparison is hidden. */
export function gapPoints(indicator: IndicatorBasis, target: ResultRow | undefined, comparisonSuppressed: boolean): GapPoints {
  if (target === undefined) return { judged: null, crude: null, notComputable: false };
  if (target.suppressed || comparisonSuppressed) {
    const hidden = { value: null, suppressed: true };
    return { judged: hidden, crude: judgedStandardised(indicator, target) ? hidden : null, notComputable: false };
  }
  const j = judgedGap(indicator, target);
  const judged = j.figures === null ? null : { value: j.figures.gap, low: j.figures.low, high: j.figures.high };
  if (j.basis === 'crude') return { judged, crude: null, notComputable: false };
  const crude = j.crude === null ? null : { value: j.crude.gap };
  if (judged !== null || j.missing === null) return { judged, crude, notComputable: false };
  return j.missing === 'suppressed' ? { judged: { value: null, suppressed: true }, crude, notComputable: false } : { judged: null, crude, notComputable: true };
}

/**
 * The target group's age-standardised level as a chart point: its value and interval, hidden
 * (suppressed) where the row or an age band is suppressed, or nothing where it cannot be computed.
 */
export function standardisedPoint(row: ResultRow | undefined): { readonly point: GapPoint | null; readonly notComputable: boolean } {
  if (row === undefined) return { point: null, notComputable: false };
  if (row.suppressed || row.standardisedMissing === 'suppressed') return { point: { value: null, suppressed: true }, notComputable: false };
  const s = row.standardised;
  if (s !== null) return { point: { value: s.value, low: s.ciLow, high: s.ciHigh }, notComputable: false };
  return { point: null, notComputable: row.standardisedMissing === 'not_computable' };
}

/**
 * The standardised series read aloud for a chart's description: "2024 12,4 %, 2025 diskretioneret,
 * …" over `periods`, with `points[i]` the standardised point of `periods[i]`.
 */
export function standardisedInWords(
  points: readonly ReturnType<typeof standardisedPoint>[],
  periods: readonly string[],
  display: Indicator['display'],
  lang: Lang,
): string {
  return periods
    .map((p, i) => {
      const { point: at, notComputable } = points[i] ?? { point: null, notComputable: false };
      const shown =
        at === null
          ? notComputable
            ? NOT_COMPUTABLE_LABEL[lang]
            : MISSING_LABEL[lang]
          : at.suppressed === true
            ? SUPPRESSED_LABEL[lang]
            : formatMeasure(at.value as number, display, lang);
      return `${formatPeriodShort(p, lang)} ${shown}`;
    })
    .join(', ');
}
