/**
 * One plain sentence about what happened to an indicator since the period before: the level, the
 * gap to the comparison group and whether the change is statistically significant. The report has
 * its own, richer text; this one is deliberately short, but it never calls a suppressed cell a
 * number and never calls a change a change when the figures shown are equal.
 */
import type { Indicator, Lang } from '../catalogue/index.ts';
import { formatDifference, formatMeasure, formatPeriodPhrase } from '../format/index.ts';
import type { ResultRow } from '../services/result-types.ts';
import { primaryGroup, seriesRows } from './view/result-selection.ts';

export interface NarrativeInput {
  readonly lang: Lang;
  readonly indicator: Pick<Indicator, 'measure' | 'display' | 'comparison' | 'group_definition'>;
  /** The indicator's rows for one breakdown (all groups, all periods). */
  readonly rows: readonly ResultRow[];
}

const SUBJECT: Readonly<Record<Lang, Readonly<Record<Indicator['measure']['kind'], string>>>> = {
  da: { share: 'Andelen', rate: 'Antallet pr. 1.000', count: 'Antallet', mean: 'Gennemsnittet', index: 'Indekset' },
  en: { share: 'The share', rate: 'The rate per 1,000', count: 'The number', mean: 'The average', index: 'The index' },
};

/**
 * The sentence for the latest period against the one before.
 *
 * @example describeChange({ lang: 'da', indicator, rows })
 * // 'Andelen steg fra 35,2 % i 2024 til 38,1 % i 2025; forskellen til personer med dansk
 * //  oprindelse er indsnævret med 2,1 procentpoint; ændringen er statistisk sikker.'
 */
export function describeChange(input: NarrativeInput): string {
  const { lang, indicator, rows } = input;
  const group = primaryGroup(rows.filter((r) => r.suppressed || r.value !== null));
  const series = group === undefined ? [] : seriesRows(rows, group);
  const latest = series.at(-1);
  const previous = series.at(-2);
  const da = lang === 'da';
  if (latest === undefined) {
    return da ? 'Der er endnu ingen tal for denne indikator.' : 'There are no figures for this indicator yet.';
  }
  const when = formatPeriodPhrase(latest.period, lang);
  if (latest.suppressed) {
    return da
      ? `Tallet ${when} er diskretioneret, fordi det bygger på færre end 5 personer.`
      : `The figure ${when} is suppressed because it is based on fewer than 5 persons.`;
  }
  const subject = SUBJECT[lang][indicator.measure.kind];
  const now = formatMeasure(latest.value as number, indicator.display, lang);
  if (previous === undefined) {
    return da
      ? `${subject} var ${now} ${when}; der er endnu ingen tidligere periode at sammenligne med.`
      : `${subject} was ${now} ${when}; there is no earlier period to compare with yet.`;
  }
  const before = formatPeriodPhrase(previous.period, lang);
  if (previous.suppressed) {
    return da
      ? `${subject} var ${now} ${when}; tallet ${before} er diskretioneret, så udviklingen kan ikke beregnes.`
      : `${subject} was ${now} ${when}; the figure ${before} is suppressed, so the change cannot be computed.`;
  }
  const parts = [level(subject, previous, latest, input), gapClause(previous, latest, input), significance(previous, latest, lang)];
  return `${parts.filter((p) => p !== '').join('; ')}.`;
}

function level(subject: string, previous: ResultRow, latest: ResultRow, input: NarrativeInput): string {
  const { lang, indicator } = input;
  const from = formatMeasure(previous.value as number, indicator.display, lang);
  const to = formatMeasure(latest.value as number, indicator.display, lang);
  const before = formatPeriodPhrase(previous.period, lang);
  const when = formatPeriodPhrase(latest.period, lang);
  if (from === to) {
    return lang === 'da'
      ? `${subject} var uændret på ${to} ${before} og ${when}`
      : `${subject} was unchanged at ${to} ${before} and ${when}`;
  }
  const rose = (latest.value as number) > (previous.value as number);
  const verb = lang === 'da' ? (rose ? 'steg' : 'faldt') : rose ? 'rose' : 'fell';
  return lang === 'da'
    ? `${subject} ${verb} fra ${from} ${before} til ${to} ${when}`
    : `${subject} ${verb} from ${from} ${before} to ${to} ${when}`;
}

function gapClause(previous: ResultRow, latest: ResultRow, input: NarrativeInput): string {
  const { lang, indicator } = input;
  if (indicator.comparison !== 'comparison_group' || latest.group !== 'target') return '';
  if (previous.gap === null || latest.gap === null) return '';
  const citizenship = indicator.group_definition === 'citizenship';
  const whom = lang === 'da'
    ? citizenship ? 'danske statsborgere' : 'personer med dansk oprindelse'
    : citizenship ? 'Danish citizens' : 'persons of Danish origin';
  const amount = Math.abs(Math.abs(previous.gap) - Math.abs(latest.gap));
  const shown = formatDifference(amount, indicator.display, lang);
  const zero = formatDifference(0, indicator.display, lang);
  if (shown === zero) {
    return lang === 'da' ? `forskellen til ${whom} er uændret` : `the gap to ${whom} is unchanged`;
  }
  const narrowed = Math.abs(latest.gap) < Math.abs(previous.gap);
  if (lang === 'da') return `forskellen til ${whom} er ${narrowed ? 'indsnævret' : 'øget'} med ${shown}`;
  return `the gap to ${whom} has ${narrowed ? 'narrowed' : 'widened'} by ${shown}`;
}

function significance(previous: ResultRow, latest: ResultRow, lang: Lang): string {
  const change = latest.change.sincePrevious;
  if (change === null || change.fromPeriod !== previous.period) return '';
  if (lang === 'da') return change.significant ? 'ændringen er statistisk sikker' : 'ændringen er ikke statistisk sikker';
  return change.significant ? 'the change is statistically significant' : 'the change is not statistically significant';
}
