/**
 * The gap as label/value pairs for the card and the key figures: the gap the status is judged on
 * first (age-standardised where the indicator is), the crude gap second; a standardised gap that
 * cannot be published reads "diskretioneret" or "kan ikke beregnes", never the crude one in its place.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { formatGap } from '../../format/index.ts';
import { judgedGap } from '../../narrative/index.ts';
import type { ResultRow } from '../../cells/index.ts';
import type { Dictionary } from '../i18n/index.ts';

export interface GapFigure {
  readonly label: string;
  readonly value: string;
  /** A word instead of a number (suppressed / not computable). */
  readonly muted: boolean;
}

/** The gap figures of a published target row ([] where there is none to show). */
export function gapFigures(indicator: Indicator, target: ResultRow, lang: Lang, dict: Dictionary): GapFigure[] {
  const judged = judgedGap(indicator, target);
  if (judged.basis === 'crude') {
    return judged.figures === null ? [] : [{ label: dict.gapLabel, value: formatGap(judged.figures.gap, indicator, lang), muted: false }];
  }
  const crude = judged.crude === null ? [] : [{ label: dict.gapCrudeLabel, value: formatGap(judged.crude.gap, indicator, lang), muted: false }];
  if (judged.figures !== null) return [{ label: dict.gapStandardisedLabel, value: formatGap(judged.figures.gap, indicator, lang), muted: false }, ...crude];
  if (judged.missing === null) return crude;
  return [{ label: dict.gapStandardisedLabel, value: dict.standardisedMissing[judged.missing], muted: true }, ...crude];
}
