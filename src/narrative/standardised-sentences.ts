/**
 * The sentences that lead the text of an age-standardised indicator: the target group's
 * standardised figure (the basis its status is judged on), or in words why it cannot be given —
 * never a silent switch to the crude figures, which follow it.
 */
import { formatMeasure, formatPeriodPhrase } from '../format/index.ts';
import type { ResultRow, StandardisedMissing } from '../cells/index.ts';
import { previousRow } from './change-sentences.ts';
import { judgedStandardised } from './judged-gap.ts';
import type { NarrativeInput } from './narrative-types.ts';
import { subjectOf } from './subjects.ts';

/** Whether the text of this row leads with age-standardised figures. */
export function leadsWithStandardised(input: NarrativeInput, latest: ResultRow): boolean {
  return judgedStandardised(input.indicator, latest);
}

function why(missing: StandardisedMissing, lang: NarrativeInput['lang']): string {
  if (lang === 'da') return missing === 'suppressed' ? 'tallet for en aldersgruppe er diskretioneret' : 'der ikke er tal for hver aldersgruppe';
  return missing === 'suppressed' ? 'the figure for an age band is suppressed' : 'there are no figures for every age band';
}

/** "Aldersstandardiseret var andelen 7,1 % i 2024 og 6,0 % i 2025." or why it cannot be given. */
export function standardisedSentences(input: NarrativeInput, latest: ResultRow): string[] {
  const { lang, indicator } = input;
  const da = lang === 'da';
  const when = formatPeriodPhrase(latest.period, lang);
  const short = subjectOf(indicator.id, indicator.measure.kind, lang).short;
  const s = latest.standardised;
  // A followed indicator is never judged, so only a judged one says what the gap costs its status.
  const judged = indicator.wanted !== 'follow';
  if (s === null) {
    const missing = latest.standardisedMissing ?? 'not_computable';
    const status = !judged
      ? ''
      : da
        ? '; status vurderes på det aldersstandardiserede tal og kan derfor ikke vurderes'
        : '; the status is judged on the age-standardised figure and therefore cannot be assessed';
    return [
      da
        ? `Det aldersstandardiserede tal for målgruppen ${when} kan ikke beregnes, fordi ${why(missing, lang)}${status}.`
        : `The age-standardised figure for the target group ${when} cannot be computed, because ${why(missing, lang)}${status}.`,
    ];
  }
  const now = formatMeasure(s.value, indicator.display, lang);
  const before = previousRow(input, latest);
  const then = before === undefined ? null : formatPeriodPhrase(before.period, lang);
  const earlier = before?.standardised;
  const level =
    earlier != null && then !== null
      ? da
        ? `Aldersstandardiseret til sammenligningsgruppens alderssammensætning var ${short} ${formatMeasure(earlier.value, indicator.display, lang)} ${then} og ${now} ${when}.`
        : `Age-standardised to the comparison group's age structure, ${short} was ${formatMeasure(earlier.value, indicator.display, lang)} ${then} and ${now} ${when}.`
      : da
        ? `Aldersstandardiseret til sammenligningsgruppens alderssammensætning var ${short} ${now} ${when}.`
        : `Age-standardised to the comparison group's age structure, ${short} was ${now} ${when}.`;
  const unjudged = judged && before !== undefined && then !== null && !before.suppressed && earlier == null;
  if (!unjudged) return [level];
  const reason = why(before.standardisedMissing ?? 'not_computable', lang);
  return [
    level,
    da
      ? `Det aldersstandardiserede tal ${then} kan ikke beregnes, fordi ${reason}, så status kan ikke vurderes.`
      : `The age-standardised figure ${then} cannot be computed, because ${reason}, so the status cannot be assessed.`,
  ];
}
