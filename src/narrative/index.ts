/**
 * narrative/: the one generator of plain-language text about an indicator's figures — the
 * dashboard's sentence on the indicator page and the report's paragraph per indicator — in Danish
 * or English, from the already suppressed results.
 */
export { describeIndicator } from './describe-indicator.ts';
export { type HeadlineSeries, headlineSeries, rowFor, selectedSeries } from './headline-series.ts';
export type { Narrative, NarrativeInput, NarrativeKind } from './narrative-types.ts';
export { comparisonName, wantedSentence } from './phrases.ts';
export {
  distanceSentences,
  goalLabel,
  longTermLabel,
  progressLabel,
  targetSentence,
  type TargetTextInput,
  targetValueText,
} from './target-sentences.ts';
export { reportVerdict, type VerdictEntry } from './verdict.ts';
export {
  type GapFigures,
  type GapPoint,
  type GapPoints,
  gapPoints,
  type JudgedGap,
  judgedGap,
  judgedStandardised,
  standardisedInWords,
  standardisedPoint,
} from './judged-gap.ts';
