/**
 * The Danish (or English) text under each indicator in the committee report: the level, the
 * change since the previous and the first period and whether it is statistically significant
 * ("statistisk sikker", as Statistics Denmark writes it), the gap to the comparison group and
 * whether it narrowed, and what the memo wants. Suppressed figures, indicators without data and
 * indicators still under examination get their own plain sentences. Pure: same input, same text.
 */
import { formatMeasure, formatPeriodPhrase } from '../format/index.ts';
import type { ResultRow } from '../cells/index.ts';
import { levelSentences, sinceFirstSentence } from './change-sentences.ts';
import { crudeGapSentence, gapSentences } from './gap-sentences.ts';
import type { Narrative, NarrativeInput, NarrativeKind } from './narrative-types.ts';
import { wantedSentence } from './phrases.ts';
import { leadsWithStandardised, standardisedSentences } from './standardised-sentences.ts';

function narrative(kind: NarrativeKind, sentences: readonly string[]): Narrative {
  return { kind, sentences, text: sentences.join(' ') };
}

/**
 * Describes one indicator in a paragraph.
 *
 * @example describeIndicator({ lang: 'da', indicator, primary, comparison }).text
 * // 'Andelen af målgruppen, der blev selvforsørgende, steg fra 31,2 % i 2024 til 35,0 % i 2025.
 * //  Stigningen er statistisk sikker. Forskellen til personer med dansk oprindelse (44,8 %) er
 * //  indsnævret fra 12,1 til 9,8 procentpoint. Der ønskes en stigning.'
 */
export function describeIndicator(input: NarrativeInput): Narrative {
  const { lang, indicator } = input;
  const da = lang === 'da';
  const shown = input.primary.filter((r) => r.suppressed || r.value !== null);
  const latest = shown.at(-1);
  const wanted = wantedSentence(indicator.wanted, latest?.definition ?? 'origin', lang, indicator.id);
  if (latest === undefined) {
    if (indicator.status === 'under_examination') {
      return narrative('under_examination', [
        da
          ? 'Det undersøges endnu, om der kan udtrækkes data til indikatoren, og der er derfor ingen tal endnu.'
          : 'It is still being examined whether data can be extracted for the indicator, so there are no figures yet.',
        wanted,
      ]);
    }
    return narrative('no_data', [da ? 'Der er endnu ikke leveret tal til indikatoren.' : 'No figures have been delivered for the indicator yet.', wanted]);
  }
  const series = { ...input, primary: shown };
  if (latest.suppressed) return narrative('suppressed', [...suppressedSentences(series, latest), wanted]);
  const sinceFirst = sinceFirstSentence(series, latest);
  const since = sinceFirst === null ? [] : [sinceFirst];
  const kind: NarrativeKind = shown.length === 1 ? 'first_period' : 'change';
  if (leadsWithStandardised(series, latest)) {
    // The basis the status is judged on first; the crude figures second, and said to be crude.
    return narrative(kind, [
      ...standardisedSentences(series, latest),
      ...gapSentences(series, latest, 'standardised'),
      ...levelSentences(series, latest, true),
      ...since,
      ...crudeGapSentence(series, latest),
      wanted,
    ]);
  }
  return narrative(kind, [...levelSentences(series, latest), ...since, ...gapSentences(series, latest), wanted]);
}

function suppressedSentences(input: NarrativeInput, latest: ResultRow): string[] {
  const { lang, indicator } = input;
  const da = lang === 'da';
  const when = formatPeriodPhrase(latest.period, lang);
  const hidden = da
    ? `Tallet for målgruppen ${when} er diskretioneret, fordi det bygger på så få personer, at det kunne røbe oplysninger om enkeltpersoner.`
    : `The figure for the target group ${when} is suppressed, because it rests on so few persons that it could reveal information about individuals.`;
  const published = input.primary.filter((r) => !r.suppressed && r.value !== null).at(-1);
  if (published === undefined) return [hidden];
  const value = formatMeasure(published.value as number, indicator.display, lang);
  const then = formatPeriodPhrase(published.period, lang);
  return [hidden, da ? `Det seneste offentliggjorte tal er ${value} ${then}.` : `The latest published figure is ${value} ${then}.`];
}
