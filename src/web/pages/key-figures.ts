/**
 * The panel beside an indicator's chart: the latest period's value for each group shown, with its
 * interval and the number of persons, and the gap — the figures a reader looks for first.
 */
import { formatInterval, formatMeasure, formatMeasureInterval, formatNumber, formatPeriodLabel, formatValue } from '../../format/index.ts';
import { judgedStandardised } from '../../narrative/index.ts';
import type { ResultRow } from '../../cells/index.ts';
import { html, type SafeHtml } from '../html.ts';
import { groupLabel } from '../view/labels.ts';
import { latestPeriod } from '../view/latest.ts';
import { gapFigures } from '../view/gap-figures.ts';
import type { IndicatorRowsInput } from '../view/indicator-charts.ts';
import { rowAt } from '../view/result-selection.ts';

/** The selected breakdown's rows, as the chart beside the panel gets them. */
export interface KeyFiguresInput extends IndicatorRowsInput {
  /** The figure's name instead of the group's (an index of the diversity indicator: "Dissimilaritetsindeks", not "I alt"). */
  readonly figureLabel?: string;
}

/** The panel, or nothing when there is no period to show. */
export function keyFigures(input: KeyFiguresInput): SafeHtml | string {
  const { indicator, lang, dict } = input;
  const period = latestPeriod(input.rows.filter((r) => input.groups.includes(r.group)));
  if (period === undefined) return '';
  const items = input.groups.flatMap((group) => {
    const row = rowAt(input.rows, period, group);
    if (row === undefined) return [];
    const interval = formatInterval(row, indicator, lang);
    const standardised = !row.suppressed && judgedStandardised(indicator, row);
    const label = input.figureLabel ?? groupLabel(group, row.definition, dict);
    return [
      ...(standardised ? [standardisedFigure(input, row, label)] : []),
      html`<div class="key-figure"><dt>${standardised ? dict.crudeLabel(label) : label}</dt>
<dd><span class="key-figure__value${row.suppressed ? ' suppressed' : ''}">${formatValue(row, indicator, lang)}</span>
${interval === '' ? '' : html`<span class="key-figure__detail">${dict.columns.interval}: ${interval}</span>`}
${row.n === null ? '' : html`<span class="key-figure__detail">${dict.columns.n}: ${formatNumber(row.n, 0, lang)}</span>`}</dd></div>`,
    ];
  });
  const target = rowAt(input.rows, period, 'target');
  const gap =
    target !== undefined && !target.suppressed
      ? gapFigures(indicator, target, lang, dict).map(
          (f) =>
            html`<div class="key-figure"><dt>${f.label === dict.gapLabel ? dict.columns.gap : f.label}</dt><dd><span class="key-figure__value key-figure__value--small${f.muted ? ' suppressed' : ''}">${f.value}</span></dd></div>`,
        )
      : '';
  return html`<div class="key-figures">
<h3>${dict.latestLabel(formatPeriodLabel(period, lang))}</h3>
<dl>${items}${gap}</dl>
</div>`;
}

/** The target group's age-standardised figure (what its status is judged on), or why there is none. */
function standardisedFigure(input: KeyFiguresInput, row: ResultRow, group: string): SafeHtml {
  const { indicator, lang, dict } = input;
  const s = row.standardised;
  const label = dict.standardisedLabel(group);
  if (s === null) {
    const why = dict.standardisedMissing[row.standardisedMissing ?? 'not_computable'];
    return html`<div class="key-figure"><dt>${label}</dt><dd><span class="key-figure__value key-figure__value--small suppressed">${why}</span></dd></div>`;
  }
  return html`<div class="key-figure"><dt>${label}</dt>
<dd><span class="key-figure__value">${formatMeasure(s.value, indicator.display, lang)}</span>
<span class="key-figure__detail">${dict.columns.interval}: ${formatMeasureInterval(s.ciLow, s.ciHigh, indicator.display, lang)}</span></dd></div>`;
}
