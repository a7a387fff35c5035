/**
 * The housing areas: the target group's share of residents per area in one period (bars with a
 * 50 % reference line; areas above it flagged with an icon and words), Simpson's and Shannon's
 * diversity per area, and the segregation indices over time — each chart with its table.
 */
import type { Lang } from '../../catalogue/index.ts';
import { formatMeasure, formatNumber, formatPeriodLabel, formatPeriodShort, formatShare, SUPPRESSED_LABEL } from '../../format/index.ts';
import type { AreaRow, SegregationRow } from '../../services/result-types.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import type { Dictionary } from '../i18n/index.ts';
import { areaChart, SEGREGATION_KEYS, segregationChart, sortAreas } from '../view/area-charts.ts';
import { sortPeriods } from '../../catalogue/index.ts';

export interface AreasPageInput {
  readonly areas: readonly AreaRow[];
  readonly segregation: readonly SegregationRow[];
  readonly names: ReadonlyMap<string, string>;
  /** The period asked for, or undefined for the latest. */
  readonly period: string | undefined;
  readonly lang: Lang;
  readonly dict: Dictionary;
}

const INDEX = { unit: 'index', decimals: 2 } as const;

/** The periods with area data, oldest first. */
export function areaPeriods(areas: readonly AreaRow[]): string[] {
  return sortPeriods(areas.map((a) => a.period));
}

function periodForm(periods: readonly string[], selected: string, lang: Lang, dict: Dictionary): SafeHtml | string {
  if (periods.length < 2) return '';
  return html`<form class="breakdown-form" method="get" action="/boligomraader">
<fieldset>
<legend>${dict.periodLabel}</legend>
<input type="hidden" name="lang" value="${lang}">
<div class="field"><label for="period">${dict.periodLabel}</label>
<select id="period" name="period">${[...periods].reverse().map(
    (p) => html`<option value="${p}"${p === selected ? html` selected` : ''}>${formatPeriodLabel(p, lang)}</option>`,
  )}</select></div>
<button type="submit" class="button">${dict.show}</button>
</fieldset>
</form>`;
}

function index(value: number | null, lang: Lang): string {
  return value === null ? '' : formatMeasure(value, INDEX, lang);
}

function areaTable(rows: readonly AreaRow[], period: string, input: AreasPageInput): SafeHtml {
  const { lang, dict } = input;
  const c = dict.areaColumns;
  const caption = dict.areasChartTitle(formatPeriodLabel(period, lang));
  return html`<div class="table-scroll" role="region" aria-label="${caption}" tabindex="0"><table class="data-table">
<caption>${caption}</caption>
<thead><tr><th scope="col">${c.area}</th><th scope="col" class="num">${c.total}</th><th scope="col" class="num">${c.targetShare}</th>
<th scope="col" class="num">${c.simpson}</th><th scope="col" class="num">${c.shannon}</th><th scope="col">${c.flag}</th></tr></thead>
<tbody>
${rows.map(
  (row) => html`<tr${row.suppressed ? html` class="is-suppressed"` : ''}>
<th scope="row">${input.names.get(row.area) ?? row.area}</th>
<td class="num">${row.total === null ? '' : formatNumber(row.total, 0, lang)}</td>
<td class="${row.suppressed ? 'num suppressed' : 'num'}">${row.suppressed || row.targetShare === null ? SUPPRESSED_LABEL[lang] : formatShare(row.targetShare, lang)}</td>
<td class="num">${index(row.simpson, lang)}</td>
<td class="num">${index(row.shannon, lang)}</td>
<td>${row.aboveHalf ? html`<span class="flag"><span aria-hidden="true">⚠</span> ${dict.areasFlagLong}</span>` : dict.no}</td>
</tr>`,
)}
</tbody></table></div>`;
}

function segregationTable(rows: readonly SegregationRow[], lang: Lang, dict: Dictionary): SafeHtml {
  const sorted = sortPeriods(rows.map((r) => r.period)).map((p) => rows.find((r) => r.period === p) as SegregationRow);
  return html`<div class="table-scroll" role="region" aria-label="${dict.segregationChartTitle}" tabindex="0"><table class="data-table">
<caption>${dict.segregationChartTitle}</caption>
<thead><tr><th scope="col">${dict.columns.period}</th>${SEGREGATION_KEYS.map((k) => html`<th scope="col" class="num">${dict.segregation[k]}</th>`)}</tr></thead>
<tbody>${sorted.map(
    (row) => html`<tr><th scope="row">${formatPeriodShort(row.period, lang)}</th>${SEGREGATION_KEYS.map((k) => html`<td class="num">${index(row[k], lang)}</td>`)}</tr>`,
  )}</tbody></table></div>`;
}

/** The page's main content. The caller has checked that `period`, if given, exists. */
export function areasPage(input: AreasPageInput): SafeHtml {
  const { lang, dict } = input;
  const periods = areaPeriods(input.areas);
  const period = input.period ?? periods.at(-1);
  const rows = period === undefined ? [] : sortAreas(input.areas.filter((a) => a.period === period), input.names);
  const areasSection =
    period === undefined
      ? html`<p class="empty">${dict.noAreas}</p>`
      : html`${periodForm(periods, period, lang, dict)}
<figure class="chart-figure">${raw(areaChart(rows, period, input.names, lang, dict))}</figure>
${areaTable(rows, period, input)}
<ul class="downloads">
<li><a href="/download/boligomraader.csv?danish=1" download>${dict.downloadTableCsv}</a></li>
<li><a href="/download/boligomraader.csv" download>${dict.downloadMachineCsv}</a></li>
<li><a href="/download/boligomraader.xlsx" download>${dict.downloadTableXlsx}</a></li>
<li><a href="/chart/boligomraader.svg?period=${period}" download>${dict.downloadChartSvg}</a></li>
<li><a href="/chart/boligomraader.png?period=${period}" download>${dict.downloadChartPng}</a></li>
</ul>`;
  const segregation =
    input.segregation.length === 0
      ? ''
      : html`<section aria-labelledby="segregation">
<h2 id="segregation">${dict.segregationHeading}</h2>
<p>${dict.segregationIntro}</p>
<figure class="chart-figure">${raw(segregationChart(input.segregation, lang, dict))}</figure>
${segregationTable(input.segregation, lang, dict)}
<ul class="downloads">
<li><a href="/download/segregering.csv?danish=1" download>${dict.downloadTableCsv}</a></li>
<li><a href="/download/segregering.csv" download>${dict.downloadMachineCsv}</a></li>
<li><a href="/download/segregering.xlsx" download>${dict.downloadTableXlsx}</a></li>
<li><a href="/chart/segregering.svg" download>${dict.downloadChartSvg}</a></li>
<li><a href="/chart/segregering.png" download>${dict.downloadChartPng}</a></li>
</ul>
</section>`;
  return html`<h1>${dict.areasTitle}</h1>
<p class="lead">${dict.areasIntro}</p>
<section aria-labelledby="areas">
<h2 id="areas">${dict.areasHeading}</h2>
${areasSection}
</section>
${segregation}`;
}
