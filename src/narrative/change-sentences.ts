/**
 * The sentences about the level and its change: "… steg fra 31,2 % i 2024 til 35,0 % i 2025.",
 * whether that change is statistically significant ("Stigningen er statistisk sikker." /
 * "Faldet er ikke statistisk sikkert."), and the change since the first period. A change whose
 * two figures read the same is never called a rise or a fall.
 */
import { formatMeasure, formatPeriodPhrase } from '../format/index.ts';
import type { Change, ResultRow } from '../cells/index.ts';
import type { NarrativeInput } from './narrative-types.ts';
import { absoluteDifference, sincePhrase } from './phrases.ts';
import { subjectOf } from './subjects.ts';

type Direction = 'rise' | 'fall' | 'same';

function direction(change: Change, input: NarrativeInput): Direction {
  const { display } = input.indicator;
  if (formatMeasure(change.from, display, input.lang) === formatMeasure(change.to, display, input.lang)) return 'same';
  return change.to > change.from ? 'rise' : 'fall';
}

/** The row before the latest that the change is measured from (or simply the one before). */
export function previousRow(input: NarrativeInput, latest: ResultRow): ResultRow | undefined {
  const from = latest.change.sincePrevious?.fromPeriod;
  const earlier = input.primary.slice(0, input.primary.indexOf(latest));
  return from === undefined ? earlier.at(-1) : earlier.find((r) => r.period === from);
}

/**
 * Opens a sentence with the subject and its verb, or — where the crude figures come second to
 * age-standardised ones — with "Uden aldersstandardisering" and the verb before the subject
 * (Danish word order: "Uden aldersstandardisering faldt andelen af målgruppen, … fra …").
 */
function clause(subject: string, verb: string, crudeSecond: boolean, lang: NarrativeInput['lang']): string {
  if (!crudeSecond) return `${subject} ${verb}`;
  const lower = subject.charAt(0).toLowerCase() + subject.slice(1);
  return lang === 'da' ? `Uden aldersstandardisering ${verb} ${lower}` : `Without age standardisation, ${lower} ${verb}`;
}

/**
 * Level and change since the previous period, with its significance. `crudeSecond` marks the
 * figures as the ones without age standardisation (they follow the standardised ones).
 */
export function levelSentences(input: NarrativeInput, latest: ResultRow, crudeSecond = false): string[] {
  const { lang, indicator } = input;
  const da = lang === 'da';
  const subject = subjectOf(indicator.id, indicator.measure.kind, lang, latest.breakdown).full;
  const now = formatMeasure(latest.value as number, indicator.display, lang);
  const when = formatPeriodPhrase(latest.period, lang);
  const change = latest.change.sincePrevious;
  const opens = (daVerb: string, enVerb: string) => clause(subject, da ? daVerb : enVerb, crudeSecond, lang);
  if (change === null) {
    const level = `${opens('var', 'was')} ${now} ${when}.`;
    const before = previousRow(input, latest);
    if (before === undefined) {
      return [level, da ? 'Der er endnu ingen tidligere periode at sammenligne med.' : 'There is no earlier period to compare with yet.'];
    }
    if (!before.suppressed) return [level];
    const then = formatPeriodPhrase(before.period, lang);
    return [
      level,
      da
        ? `Tallet ${then} er diskretioneret, så ændringen siden da kan ikke opgøres.`
        : `The figure ${then} is suppressed, so the change since then cannot be stated.`,
    ];
  }
  const from = formatMeasure(change.from, indicator.display, lang);
  const then = formatPeriodPhrase(change.fromPeriod, lang);
  const way = direction(change, input);
  const level =
    way === 'same'
      ? da
        ? `${opens('var', 'was')} ${now} både ${then} og ${when}.`
        : `${opens('var', 'was')} ${now} both ${then} and ${when}.`
      : da
        ? `${opens(way === 'rise' ? 'steg' : 'faldt', '')} fra ${from} ${then} til ${now} ${when}.`
        : `${opens('', way === 'rise' ? 'rose' : 'fell')} from ${from} ${then} to ${now} ${when}.`;
  const significance = significanceSentence(input, change, way);
  return significance === null ? [level] : [level, significance];
}

function significanceSentence(input: NarrativeInput, change: Change, way: Direction): string | null {
  const da = input.lang === 'da';
  if (input.indicator.measure.kind === 'index') {
    return da
      ? 'Indekset er beregnet for alle beboere, så der er ingen statistisk usikkerhed at teste.'
      : 'The index is computed for all residents, so there is no sampling uncertainty to test.';
  }
  const testable = change.significant || change.pValue !== null;
  if (way === 'same') {
    if (!testable) return null;
    if (change.significant) return da ? 'Ændringen er statistisk sikker.' : 'The change is statistically significant.';
    return da ? 'Der er ingen statistisk sikker ændring.' : 'There is no statistically significant change.';
  }
  if (da) {
    const [noun, sure] = way === 'rise' ? ['Stigningen', 'sikker'] : ['Faldet', 'sikkert'];
    if (!testable) return `Det kan ikke afgøres, om ${noun.toLowerCase()} er statistisk ${sure}.`;
    return `${noun} er ${change.significant ? '' : 'ikke '}statistisk ${sure}.`;
  }
  const noun = way === 'rise' ? 'rise' : 'fall';
  if (!testable) return `Whether the ${noun} is statistically significant cannot be determined.`;
  return `The ${noun} is ${change.significant ? '' : 'not '}statistically significant.`;
}

/** "Siden 2021 er andelen steget med 5,2 procentpoint, hvilket er statistisk sikkert." */
export function sinceFirstSentence(input: NarrativeInput, latest: ResultRow): string | null {
  const first = latest.change.sinceFirst;
  if (first === null || first.fromPeriod === latest.change.sincePrevious?.fromPeriod) return null;
  const { lang, indicator } = input;
  const da = lang === 'da';
  const since = sincePhrase(first.fromPeriod, lang);
  const short = subjectOf(indicator.id, indicator.measure.kind, lang, latest.breakdown).short;
  const way = direction(first, input);
  if (way === 'same') return da ? `${since} er ${short} uændret.` : `${since}, ${short} is unchanged.`;
  const amount = absoluteDifference(first.difference, indicator.display, lang);
  const moved = da
    ? `${since} er ${short} ${way === 'rise' ? 'steget' : 'faldet'} med ${amount}`
    : `${since}, ${short} has ${way === 'rise' ? 'risen' : 'fallen'} by ${amount}`;
  const testable = indicator.measure.kind !== 'index' && (first.significant || first.pValue !== null);
  if (!testable) return `${moved}.`;
  if (da) return `${moved}, hvilket ${first.significant ? 'er' : 'ikke er'} statistisk sikkert.`;
  return `${moved}, which is ${first.significant ? '' : 'not '}statistically significant.`;
}
