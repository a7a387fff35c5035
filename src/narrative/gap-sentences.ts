/**
 * The sentences about the comparison group: how far the target group is from persons of Danish
 * origin (or Danish citizens under the citizenship fallback) and whether that gap narrowed,
 * widened, closed or changed side since the previous period. A gap counts as statistically
 * significant when its 95 % interval excludes zero. Where the comparison is context only
 * (turnout), the comparison group's figure is given without a verdict.
 */
import { formatMeasure, formatPeriodPhrase } from '../format/index.ts';
import type { ResultRow } from '../services/result-types.ts';
import { previousRow } from './change-sentences.ts';
import type { NarrativeInput } from './narrative-types.ts';
import { absoluteDifference, comparisonName, differencePair } from './phrases.ts';

/** True / false when the gap's interval excludes / includes zero; null without an interval. */
function significantGap(row: ResultRow): boolean | null {
  if (row.gapCiLow === null || row.gapCiHigh === null) return null;
  return row.gapCiLow > 0 || row.gapCiHigh < 0;
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

/** The gap sentences for the latest (published) target row. */
export function gapSentences(input: NarrativeInput, latest: ResultRow): string[] {
  const { indicator, lang } = input;
  if (indicator.comparison === 'none') return [];
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
  if (latest.gap === null) return [];
  const before = previousRow(input, latest);
  const previousGap = before !== undefined && !before.suppressed ? before.gap : null;
  if (previousGap === null || before === undefined) return firstGap(input, latest.gap, significantGap(latest), `${name} (${level})`);
  return gapChange(input, { now: latest.gap, before: previousGap, previousPhrase: formatPeriodPhrase(before.period, lang) }, {
    now: significantGap(latest),
    before: significantGap(before),
  }, `${name} (${level})`);
}

function firstGap(input: NarrativeInput, gap: number, significant: boolean | null, group: string): string[] {
  const da = input.lang === 'da';
  const s = side(gap, input);
  if (s === 0) return [da ? `Målgruppen ligger på niveau med ${group}.` : `The target group is level with ${group}.`];
  const amount = absoluteDifference(gap, input.indicator.display, input.lang);
  const where = `${amount} ${sideWord(s, input.lang)} ${group}`;
  if (significant === false) {
    return [da ? `Målgruppen ligger ${where}, men forskellen er ikke statistisk sikker.` : `The target group is ${where}, but the gap is not statistically significant.`];
  }
  return [da ? `Målgruppen ligger ${where}.` : `The target group is ${where}.`];
}

interface Gaps {
  readonly now: number;
  readonly before: number;
  readonly previousPhrase: string;
}

function gapChange(input: NarrativeInput, gaps: Gaps, significant: { now: boolean | null; before: boolean | null }, group: string): string[] {
  const { lang, indicator } = input;
  const da = lang === 'da';
  const [sNow, sBefore] = [side(gaps.now, input), side(gaps.before, input)];
  const pair = differencePair(gaps.before, gaps.now, indicator.display, lang);
  const narrower = Math.abs(gaps.now) < Math.abs(gaps.before);
  const notSure = da ? 'Forskellen er ikke statistisk sikker.' : 'The gap is not statistically significant.';
  if (significant.before === true && significant.now === false && narrower) {
    return [
      da
        ? `Forskellen til ${group} er indsnævret fra ${pair} og er ikke længere statistisk sikker.`
        : `The gap to ${group} narrowed from ${pair} and is no longer statistically significant.`,
    ];
  }
  if (sNow !== 0 && sBefore !== 0 && sNow !== sBefore) {
    const now = `${absoluteDifference(gaps.now, indicator.display, lang)} ${sideWord(sNow, lang)}`;
    const before = `${absoluteDifference(gaps.before, indicator.display, lang)} ${sideWord(sBefore, lang)}`;
    const sentence = da
      ? `Målgruppen ligger nu ${now} ${group} mod ${before} ${gaps.previousPhrase}.`
      : `The target group is now ${now} ${group}, compared with ${before} ${gaps.previousPhrase}.`;
    return significant.now === false ? [sentence, notSure] : [sentence];
  }
  const same = absoluteDifference(gaps.now, indicator.display, lang) === absoluteDifference(gaps.before, indicator.display, lang);
  const amount = absoluteDifference(gaps.now, indicator.display, lang);
  const sentence = same
    ? da
      ? `Forskellen til ${group} er uændret ${amount}.`
      : `The gap to ${group} is unchanged at ${amount}.`
    : da
      ? `Forskellen til ${group} er ${narrower ? 'indsnævret' : 'vokset'} fra ${pair}.`
      : `The gap to ${group} ${narrower ? 'narrowed' : 'widened'} from ${pair}.`;
  return significant.now === false ? [sentence, notSure] : [sentence];
}
