/**
 * narrative/: the generated text of the committee report — one paragraph per indicator, in
 * Danish or English, from the already suppressed results.
 */
export { describeIndicator } from './describe-indicator.ts';
export type { Narrative, NarrativeInput, NarrativeKind } from './narrative-types.ts';
export { comparisonName, wantedSentence } from './phrases.ts';
