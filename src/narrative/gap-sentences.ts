/**
 * The sentences about the comparison group: how far the target group is from persons of Danish
 * origin (or Danish citizens under the citizenship fallback) and whether that gap narrowed,
 * widened, closed or changed side since the previous period. A gap counts as statistically
 * significant when its 95 % interval excludes zero. Where the comparison is context only
 * (turnout), the comparison group's figure is given without a verdict.
 */
import { formatMeasure, formatPeriodPhrase } from '../format/index.ts';
import type { ResultRow } from '../cells/index.ts';
import { previousRow } from './change-sentences.ts';
import type { NarrativeInput } from './narrative-types.ts';
import { absoluteDifference, comparisonName, differencePair } from './phrases.ts';

/** A gap and its interval on one basis (crude, or age-standardised). */
interface GapFigure {
  readonly gap: number;
  readonly low: number | null;
  readonly high: number | null;
}

/** The words that say which basis a gap sentence is on. */
interface BasisWords {
  /** "ligger" / "is". */
  readonly lies: string;
  /** "ligger nu" / "is now". */
  readonly liesNow: string;
  /** "Forskellen" / "The gap", opening a sentence. */
  readonly gap: string;
}

function basisWords(standardised: boolean, lang: NarrativeInput['lang']): BasisWords {
  if (lang === 'da') {
    return standardised
      ? { lies: 'ligger aldersstandardiseret', liesNow: 'ligger nu aldersstandardiseret', gap: 'Den aldersstandardiserede forskel' }
      : { lies: 'ligger', liesNow: 'ligger nu', gap: 'Forskellen' };
  }
  return standardised
    ? { lies: 'is, age-standardised,', liesNow: 'is now, age-standardised,', gap: 'The age-standardised gap' }
    : { lies: 'is', liesNow: 'is now', gap: 'The gap' };
}

/** The crude gap of a row. */
function crudeGap(row: ResultRow): GapFigure | null {
  return row.gap === null ? null : { gap: row.gap, low: row.gapCiLow, high: row.gapCiHigh };
}

/** The age-standardised gap of a row. */
function standardisedGap(row: ResultRow): GapFigure | null {
  const s = row.standardisedGap;
  return s === null ? null : { gap: s.gap, low: s.ciLow, high: s.ciHigh };
}

/** True / false when the gap's interval excludes / includes zero; null without an interval. */
function significantGap(gap: GapFigure | null): boolean | null {
  if (gap === null || gap.low === null || gap.high === null) return null;
  return gap.low > 0 || gap.high < 0;
}

/** -1, 0 or 1: below, level with (as shown) or above the comparison group. */
function side(gap: number, input: NarrativeInput): -1 | 0 | 1 {
  if (absoluteDifference(gap, input.indicator.display, input.lang) === absoluteDifference(0, input.indicator.display, input.lang)) return 0;
  return gap < 0 ? -1 : 1;
}

function sideWord(s: -1 | 1, lang: NarrativeInput['lang']): string {
  if (lang === 'da') return s < 0 ? 'under' : 'over';
  return s < 0 ? 'below' : 'above';
}

/** The comparison group's row in the latest period, with its name and formatted level, or why not. */
function comparisonFor(input: NarrativeInput, latest: ResultRow): { group: string } | string[] {
  const { indicator, lang } = input;
  const comparison = input.comparison.find((r) => r.period === latest.period);
  if (comparison === undefined) return [];
  const da = lang === 'da';
  const name = comparisonName(latest.definition, lang, indicator.id);
  const when = formatPeriodPhrase(latest.period, lang);
  if (comparison.suppressed || comparison.value === null) {
    return [
      da
        ? `Tallet for ${name} ${when} er diskretioneret, så forskellen kan ikke vises.`
        : `The figure for ${name} ${when} is suppressed, so the gap cannot be shown.`,
    ];
  }
  const level = formatMeasure(comparison.value, indicator.display, lang);
  if (indicator.comparison === 'context') {
    return [da ? `Til sammenligning var tallet for ${name} ${level} ${when}.` : `For comparison, the figure for ${name} was ${level} ${when}.`];
  }
  return { group: `${name} (${level})` };
}

/**
 * The gap sentences for the latest (published) target row, on one basis (crude, or
 * age-standardised); the previous period is read on the same basis, never the other.
 */
export function gapSentences(input: NarrativeInput, latest: ResultRow, basis: 'crude' | 'standardised' = 'crude'): string[] {
  if (input.indicator.comparison === 'none') return [];
  const found = comparisonFor(input, latest);
  if (Array.isArray(found)) return found;
  const pick = basis === 'standardised' ? standardisedGap : crudeGap;
  const now = pick(latest);
  if (now === null) return [];
  const words = basisWords(basis === 'standardised', input.lang);
  const before = previousRow(input, latest);
  const previous = before !== undefined && !before.suppressed ? pick(before) : null;
  if (previous === null || before === undefined) return firstGap(input, now.gap, significantGap(now), found.group, words);
  return gapChange(
    input,
    { now: now.gap, before: previous.gap, previousPhrase: formatPeriodPhrase(before.period, input.lang) },
    { now: significantGap(now), before: significantGap(previous) },
    found.group,
    words,
  );
}

/** "Uden aldersstandardisering ligger målgruppen 2,8 procentpoint under personer med dansk oprindelse." */
export function crudeGapSentence(input: NarrativeInput, latest: ResultRow): string[] {
  const found = comparisonFor(input, latest);
  if (Array.isArray(found) || latest.gap === null) return [];
  const da = input.lang === 'da';
  const s = side(latest.gap, input);
  const where =
    s === 0 ? (da ? 'på niveau med' : 'level with') : `${absoluteDifference(latest.gap, input.indicator.display, input.lang)} ${sideWord(s, input.lang)}`;
  return [
    da ? `Uden aldersstandardisering ligger målgruppen ${where} ${found.group}.` : `Without age standardisation, the target group is ${where} ${found.group}.`,
  ];
}

function firstGap(input: NarrativeInput, gap: number, significant: boolean | null, group: string, w: BasisWords): string[] {
  const da = input.lang === 'da';
  const s = side(gap, input);
  if (s === 0) return [da ? `Målgruppen ${w.lies} på niveau med ${group}.` : `The target group ${w.lies} level with ${group}.`];
  const amount = absoluteDifference(gap, input.indicator.display, input.lang);
  const where = `${amount} ${sideWord(s, input.lang)} ${group}`;
  if (significant === false) {
    return [
      da
        ? `Målgruppen ${w.lies} ${where}, men forskellen er ikke statistisk sikker.`
        : `The target group ${w.lies} ${where}, but the gap is not statistically significant.`,
    ];
  }
  return [da ? `Målgruppen ${w.lies} ${where}.` : `The target group ${w.lies} ${where}.`];
}

interface Gaps {
  readonly now: number;
  readonly before: number;
  readonly previousPhrase: string;
}

function gapChange(input: NarrativeInput, gaps: Gaps, significant: { now: boolean | null; before: boolean | null }, group: string, w: BasisWords): string[] {
  const { lang, indicator } = input;
  const da = lang === 'da';
  const [sNow, sBefore] = [side(gaps.now, input), side(gaps.before, input)];
  const pair = differencePair(gaps.before, gaps.now, indicator.display, lang);
  const narrower = Math.abs(gaps.now) < Math.abs(gaps.before);
  const notSure = da ? `${w.gap} er ikke statistisk sikker.` : `${w.gap} is not statistically significant.`;
  if (significant.before === true && significant.now === false && narrower) {
    return [
      da
        ? `${w.gap} til ${group} er indsnævret fra ${pair} og er ikke længere statistisk sikker.`
        : `${w.gap} to ${group} narrowed from ${pair} and is no longer statistically significant.`,
    ];
  }
  if (sNow !== 0 && sBefore !== 0 && sNow !== sBefore) {
    const now = `${absoluteDifference(gaps.now, indicator.display, lang)} ${sideWord(sNow, lang)}`;
    const before = `${absoluteDifference(gaps.before, indicator.display, lang)} ${sideWord(sBefore, lang)}`;
    const sentence = da
      ? `Målgruppen ${w.liesNow} ${now} ${group} mod ${before} ${gaps.previousPhrase}.`
      : `The target group ${w.liesNow} ${now} ${group}, compared with ${before} ${gaps.previousPhrase}.`;
    return significant.now === false ? [sentence, notSure] : [sentence];
  }
  const same = absoluteDifference(gaps.now, indicator.display, lang) === absoluteDifference(gaps.before, indicator.display, lang);
  const amount = absoluteDifference(gaps.now, indicator.display, lang);
  const sentence = same
    ? da
      ? `${w.gap} til ${group} er uændret ${amount}.`
      : `${w.gap} to ${group} is unchanged at ${amount}.`
    : da
      ? `${w.gap} til ${group} er ${narrower ? 'indsnævret' : 'vokset'} fra ${pair}.`
      : `${w.gap} to ${group} ${narrower ? 'narrowed' : 'widened'} from ${pair}.`;
  return significant.now === false ? [sentence, notSure] : [sentence];
}
