/**
 * The data table beside every indicator chart: period, group, value, interval, persons, gap and
 * (for an age-standardised indicator) the standardised gap before the crude one and the
 * standardised value. A suppressed cell reads "diskretioneret" and its other cells stay empty —
 * never zero; a standardised figure that cannot be published says why. A period in a series break
 * is marked † and the break explained under the table.
 */
import { type Indicator, type Lang, SERIES_BREAK_MARK, seriesBreakAt, seriesBreakStatement } from '../../catalogue/index.ts';
import { formatGap, formatInterval, formatMeasure, formatMeasureInterval, formatNumber, formatPeriodLabel, formatValue } from '../../format/index.ts';
import type { ResultRow } from '../../cells/index.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Dictionary } from '../i18n/index.ts';
import { groupLabel } from '../view/labels.ts';

export interface ResultsTableInput {
  readonly indicator: Indicator;
  /** Rows of one breakdown, already in display order. */
  readonly rows: readonly ResultRow[];
  readonly caption: string;
  readonly lang: Lang;
  readonly dict: Dictionary;
}

/** The table, wrapped in a scrollable, focusable region for narrow screens. */
export function resultsTable(input: ResultsTableInput): SafeHtml {
  const { indicator, rows, lang, dict } = input;
  const c = dict.columns;
  const hasGap = rows.some((r) => r.gap !== null);
  const hasStandardised = rows.some((r) => r.standardised !== null || r.standardisedMissing !== null);
  const hasStandardisedGap = hasStandardised && rows.some((r) => r.group === 'target' && r.breakdown === '');
  const missing = (row: ResultRow): string => (row.standardisedMissing === null ? '' : dict.standardisedMissing[row.standardisedMissing]);
  const hasNote = rows.some((r) => r.note !== '');
  const body = rows.map((row) => {
    const standardised = row.standardised;
    return html`<tr${row.suppressed ? html` class="is-suppressed"` : ''}>
<th scope="row">${formatPeriodLabel(row.period, lang)}${seriesBreakAt(indicator, row.period) === undefined ? '' : ` ${SERIES_BREAK_MARK}`}</th>
<td>${groupLabel(row.group, row.definition, dict)}</td>
<td class="${row.suppressed ? 'num suppressed' : 'num'}">${formatValue(row, indicator, lang)}</td>
<td class="num">${formatInterval(row, indicator, lang)}</td>
<td class="num">${row.n === null ? '' : formatNumber(row.n, 0, lang)}</td>
${hasStandardisedGap ? html`<td class="num">${row.standardisedGap === null ? (row.group === 'target' && !row.suppressed ? missing(row) : '') : formatGap(row.standardisedGap.gap, indicator, lang)}</td>` : ''}
${hasGap ? html`<td class="num">${formatGap(row.gap, indicator, lang)}</td>` : ''}
${hasStandardised ? html`<td class="num">${standardised === null ? missing(row) : `${formatMeasure(standardised.value, indicator.display, lang)} (${formatMeasureInterval(standardised.ciLow, standardised.ciHigh, indicator.display, lang)})`}</td>` : ''}
${hasNote ? html`<td>${row.note}</td>` : ''}
</tr>`;
  });
  return html`<div class="table-scroll" role="region" aria-label="${input.caption}" tabindex="0">
<table class="data-table">
<caption>${input.caption}</caption>
<thead><tr>
<th scope="col">${c.period}</th><th scope="col">${c.group}</th><th scope="col" class="num">${c.value}</th>
<th scope="col" class="num">${c.interval}</th><th scope="col" class="num">${c.n}</th>
${hasStandardisedGap ? html`<th scope="col" class="num">${dict.gapStandardisedLabel}</th>` : ''}
${hasGap ? html`<th scope="col" class="num">${hasStandardisedGap ? dict.gapCrudeLabel : c.gap}</th>` : ''}
${hasStandardised ? html`<th scope="col" class="num">${c.standardised}</th>` : ''}
${hasNote ? html`<th scope="col">${c.note}</th>` : ''}
</tr></thead>
<tbody>
${body}
</tbody>
</table>
${breakNotes(indicator, rows, lang)}
</div>`;
}

/** Under the table, what a marked period's series break is (once per break the table shows). */
function breakNotes(indicator: Indicator, rows: readonly ResultRow[], lang: Lang): SafeHtml | '' {
  const shown = [...new Set(rows.map((r) => seriesBreakAt(indicator, r.period)))].filter((b) => b !== undefined);
  if (shown.length === 0) return '';
  return html`${shown.map((b) => html`<p class="note">${seriesBreakStatement(b, lang)}</p>`)}`;
}
