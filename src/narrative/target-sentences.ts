/**
 * Words about the council's targets: the progress status and the long-term verdict as short
 * labels, the target itself ("60,0 % i 2028"), and the distance still to go in a few plain
 * sentences for the indicator page and the report. Pure: same input, same text.
 */
import type { Display, Lang } from '../catalogue/index.ts';
import { formatDifference, formatMeasure, formatPeriodPhrase } from '../format/index.ts';
import type { Status } from '../stats/index.ts';
import type { TargetProgress } from '../cells/index.ts';
import type { ProgressStatus } from '../stats/index.ts';
import type { Target } from '../cells/index.ts';
import { comparisonName, sincePhrase } from './phrases.ts';

const PROGRESS: Readonly<Record<Lang, Readonly<Record<ProgressStatus, string>>>> = {
  da: {
    reached: 'Målet er nået',
    on_track: 'På rette vej mod målet',
    needs_acceleration: 'Kræver hurtigere udvikling',
    moving_away: 'Bevæger sig væk fra målet',
    not_assessable: 'Fremdriften kan ikke vurderes',
  },
  en: {
    reached: 'Target reached',
    on_track: 'On track for the target',
    needs_acceleration: 'Needs faster progress',
    moving_away: 'Moving away from the target',
    not_assessable: 'Progress cannot be assessed',
  },
};

/** "På rette vej mod målet". */
export function progressLabel(status: ProgressStatus, lang: Lang): string {
  return PROGRESS[lang][status];
}

/** "Statistisk sikker forbedring siden 2015", or null where no verdict can be given. */
export function longTermLabel(status: Status, since: string, lang: Lang): string | null {
  const da = lang === 'da';
  const from = sincePhrase(since, lang);
  const lower = from.charAt(0).toLowerCase() + from.slice(1);
  switch (status) {
    case 'improved':
      return da ? `Statistisk sikker forbedring ${lower}` : `Significant improvement ${lower}`;
    case 'worsened':
      return da ? `Statistisk sikker forværring ${lower}` : `Significant worsening ${lower}`;
    case 'unchanged':
      return da ? `Ingen statistisk sikker ændring ${lower}` : `No significant change ${lower}`;
    case 'not_assessable':
      return null;
  }
}

type TargetText = Pick<Target, 'measure' | 'value' | 'year'>;

/** The target's value in the reader's unit: "60,0 %", or for a gap "−5,0 procentpoint". */
export function targetValueText(target: TargetText, display: Display, lang: Lang): string {
  return target.measure === 'gap' ? formatDifference(target.value, display, lang, true) : formatMeasure(target.value, display, lang);
}

/** "Mål 2028: 60,0 %" — the chart's label. */
export function goalLabel(target: TargetText, display: Display, lang: Lang): string {
  const what = target.measure === 'gap' ? (lang === 'da' ? 'forskel ' : 'gap ') : '';
  return `${lang === 'da' ? 'Mål' : 'Target'} ${target.year}: ${what}${targetValueText(target, display, lang)}`;
}

/** "forskellen til personer med dansk oprindelse" or "målgruppens niveau". */
function subject(target: TargetText, lang: Lang): string {
  if (target.measure === 'gap') return lang === 'da' ? `forskellen til ${comparisonName('origin', lang)}` : `the gap to ${comparisonName('origin', lang)}`;
  return lang === 'da' ? 'målgruppen' : 'the target group';
}

function inUnit(target: TargetText, value: number, display: Display, lang: Lang): string {
  return target.measure === 'gap' ? formatDifference(value, display, lang, true) : formatMeasure(value, display, lang);
}

export interface TargetTextInput {
  readonly lang: Lang;
  readonly display: Display;
  readonly target: Pick<Target, 'measure' | 'value' | 'year' | 'decision'>;
  readonly progress: TargetProgress;
}

/** The target in one sentence: "Byrådets mål er 60,0 % for målgruppen i 2028 (Byrådet 12. marts 2026)." */
export function targetSentence(input: Pick<TargetTextInput, 'lang' | 'display' | 'target'>): string {
  const { lang, display, target } = input;
  const value = targetValueText(target, display, lang);
  const decision = target.decision === '' ? '' : ` (${target.decision})`;
  if (lang === 'da') {
    return target.measure === 'gap'
      ? `Byrådets mål er en forskel til ${comparisonName('origin', lang)} på ${value} i ${target.year}${decision}.`
      : `Byrådets mål er ${value} for målgruppen i ${target.year}${decision}.`;
  }
  return target.measure === 'gap'
    ? `The council's target is a gap to ${comparisonName('origin', lang)} of ${value} in ${target.year}${decision}.`
    : `The council's target is ${value} for the target group in ${target.year}${decision}.`;
}

/** The distance to go and what the trend says, in two or three sentences. */
export function distanceSentences(input: TargetTextInput): string[] {
  const { lang, display, target, progress: p } = input;
  const da = lang === 'da';
  const out: string[] = [];
  if (p.latestPeriod !== null && p.latestValue !== null && p.remaining !== null) {
    const now = inUnit(target, p.latestValue, display, lang);
    const when = formatPeriodPhrase(p.latestPeriod, lang);
    const left = formatDifference(Math.abs(p.remaining), display, lang);
    out.push(
      p.status === 'reached'
        ? da
          ? `${capital(subject(target, lang))} er ${now} ${when}, så målet er nået.`
          : `${capital(subject(target, lang))} is ${now} ${when}, so the target has been reached.`
        : da
          ? `${capital(subject(target, lang))} er ${now} ${when}; der mangler ${left}.`
          : `${capital(subject(target, lang))} is ${now} ${when}; ${left} remain to go.`,
    );
  }
  if (p.status === 'reached') return out;
  if (p.trend === null) {
    out.push(
      p.reason === 'series_break'
        ? da
          ? 'Efter et databrud er der endnu for få perioder til at vurdere, om målet nås (mindst tre).'
          : 'After a break in the series there are too few periods yet to judge whether the target will be met (at least three).'
        : da
          ? 'Der er endnu for få offentliggjorte perioder siden basisperioden til at vurdere, om målet nås (mindst tre).'
          : 'There are too few published periods since the baseline yet to judge whether the target will be met (at least three).',
    );
    return out;
  }
  const pace = formatDifference(p.trend.slope, display, lang, true);
  const reaches = inUnit(target, p.trend.projected, display, lang);
  const since =
    p.baselinePeriod === null ? '' : ` ${sincePhrase(p.baselinePeriod, lang).charAt(0).toLowerCase()}${sincePhrase(p.baselinePeriod, lang).slice(1)}`;
  out.push(
    da
      ? `Udviklingen${since} er ${pace} om året; fortsætter den, er niveauet ${reaches} i ${target.year}.`
      : `The trend${since} is ${pace} a year; if it continues, the level will be ${reaches} in ${target.year}.`,
  );
  const needed = p.requiredSlope === null ? null : formatDifference(p.requiredSlope, display, lang, true);
  switch (p.status) {
    case 'on_track':
      out.push(da ? 'Udviklingen er statistisk sikker og på rette vej mod målet.' : 'The trend is statistically significant and on track for the target.');
      break;
    case 'needs_acceleration':
      out.push(
        needed === null
          ? da
            ? 'Målåret er nået, uden at målet er nået.'
            : 'The target year has come without the target being met.'
          : da
            ? `Målet kræver en hurtigere udvikling: ${needed} om året frem til ${target.year}.`
            : `The target needs faster progress: ${needed} a year until ${target.year}.`,
      );
      break;
    case 'moving_away':
      out.push(da ? 'Udviklingen går statistisk sikkert den modsatte vej af målet.' : 'The trend goes significantly in the opposite direction of the target.');
      break;
    default:
      break;
  }
  return out;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
