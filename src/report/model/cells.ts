/**
 * Table cells from result rows: values in the indicator's unit, intervals, persons, gaps with
 * their interval, changes with their significance and the status against the wanted direction.
 * A suppressed row reads "diskretioneret" everywhere, a missing one "ingen data" — never 0.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { wantedLabel } from '../../catalogue/index.ts';
import { formatDifference, formatInterval, formatNumber, formatValue, MISSING_LABEL, SUPPRESSED_LABEL } from '../../format/index.ts';
import { judgedGap } from '../../narrative/index.ts';
import type { Definition, DeliveryGroup } from '../../origin/types.ts';
import type { Change, ResultRow } from '../../cells/index.ts';
import type { Status } from '../../stats/index.ts';
import type { ReportCell, Tone } from './report-model.ts';
import type { ReportWords } from './report-words.ts';

/** Plain text cell. */
export function cell(text: string, detail?: string, tone?: Tone): ReportCell {
  return { text, ...(detail === undefined || detail === '' ? {} : { detail }), ...(tone === undefined ? {} : { tone }) };
}

/** The name of a group under a definition ("Målgruppen", "Danske statsborgere", …). */
export function groupName(group: DeliveryGroup, definition: Definition, words: ReportWords): string {
  return (definition === 'citizenship' ? words.groupsCitizenship : words.groups)[group];
}

/** A row's value; suppressed and missing cells in muted type. */
export function valueCell(row: ResultRow | undefined, indicator: Indicator, lang: Lang): ReportCell {
  if (row === undefined) return cell(MISSING_LABEL[lang], undefined, 'muted');
  const text = formatValue(row, indicator, lang);
  return row.suppressed || row.value === null ? cell(text, undefined, 'muted') : cell(text);
}

/** The row's 95 % interval, or ''. */
export function intervalText(row: ResultRow, indicator: Indicator, lang: Lang): string {
  return formatInterval(row, indicator, lang);
}

/** Persons behind a figure ("1.234"), or '' when unknown or suppressed. */
export function personsText(row: ResultRow, lang: Lang): string {
  return row.suppressed || row.n === null ? '' : formatNumber(row.n, 0, lang);
}

/**
 * A signed difference, with its interval as the second line unless `short`: "-9,8 procentpoint"
 * and "95 %-konfidensinterval: -12,0 til -7,6 procentpoint". For an age-standardised indicator
 * the standardised gap leads ("aldersstandardiseret") and the crude gap is named second; a
 * standardised gap that cannot be published says so in words, never the crude gap in its place.
 */
export function gapCell(row: ResultRow | undefined, indicator: Indicator, lang: Lang, words: ReportWords, short = false): ReportCell {
  if (row === undefined || row.suppressed) return cell(words.notApplicable, undefined, 'muted');
  const judged = judgedGap(indicator, row);
  const signed = (gap: number) => formatDifference(gap, indicator.display, lang, true);
  if (judged.basis === 'crude') {
    if (judged.figures === null) return cell(words.notApplicable, undefined, 'muted');
    const { gap, low, high } = judged.figures;
    if (short || low === null || high === null) return cell(signed(gap));
    return cell(signed(gap), words.interval(differenceInterval(low, high, indicator, lang)));
  }
  const crude = judged.crude === null ? [] : [words.crudeGapDetail(signed(judged.crude.gap))];
  if (judged.figures === null) {
    if (judged.missing === null) return cell(words.notApplicable, undefined, 'muted');
    return cell(words.standardisedMissing[judged.missing], [words.standardisedGapDetail, ...crude].join('; '), 'muted');
  }
  const { gap, low, high } = judged.figures;
  const interval = short || low === null || high === null ? [] : [words.interval(differenceInterval(low, high, indicator, lang))];
  return cell(signed(gap), [words.standardisedGapDetail, ...interval, ...crude].join('; '));
}

/** "-12,0 til -7,6 procentpoint": an interval of differences, the unit written once. */
export function differenceInterval(low: number, high: number, indicator: Indicator, lang: Lang): string {
  const from = formatDifference(low, indicator.display, lang, true);
  const to = formatDifference(high, indicator.display, lang, true);
  const unit = to.indexOf(' ') < 0 ? '' : to.slice(to.indexOf(' '));
  return `${from.slice(0, from.length - unit.length)} ${lang === 'da' ? 'til' : 'to'} ${to}`;
}

/** A change since an earlier period, signed, with whether it is statistically significant. */
export function changeCell(change: Change | null, indicator: Indicator, lang: Lang, words: ReportWords): ReportCell {
  if (change === null) return cell(words.notApplicable, undefined, 'muted');
  const text = formatDifference(change.difference, indicator.display, lang, true);
  const tested = indicator.measure.kind !== 'index' && (change.significant || change.pValue !== null);
  if (!tested) return cell(text);
  return cell(text, change.significant ? words.significant : words.notSignificant);
}

const TONES: Readonly<Record<Status, Tone>> = { improved: 'good', worsened: 'bad', unchanged: 'neutral', not_assessable: 'muted' };

/** The status against the wanted direction, with the wish as its second line. */
export function statusCell(status: Status | 'under_examination' | 'no_data' | 'followed', indicator: Indicator, lang: Lang, words: ReportWords): ReportCell {
  const tone: Tone = status === 'under_examination' || status === 'no_data' || status === 'followed' ? 'muted' : TONES[status];
  return cell(words.status[status], wantedLabel(indicator.wanted, lang), tone);
}

/** The word for a suppressed figure, in muted type. */
export function suppressedCell(lang: Lang): ReportCell {
  return cell(SUPPRESSED_LABEL[lang], undefined, 'muted');
}
