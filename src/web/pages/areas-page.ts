/**
 * The housing areas: the target group's share of residents per area in one period (bars with a
 * 50 % reference line; areas above it flagged with an icon and words), Simpson's and Shannon's
 * diversity per area, and the segregation indices over time — each chart with its table.
 */
import type { Lang } from '../../catalogue/index.ts';
import { formatMeasure, formatNumber, formatPeriodLabel, formatPeriodShort, formatShare, SUPPRESSED_LABEL } from '../../format/index.ts';
import type { AreaRow, SegregationRow } from '../../cells/index.ts';
import { type LegalCriteriaResult, SOCIAL_CRITERIA, type SocialCriterion } from '../../stats/index.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import type { Dictionary } from '../i18n/index.ts';
import { areaChart, SEGREGATION_KEYS, segregationChart, sortAreas } from '../view/area-charts.ts';
import { sortPeriods } from '../../catalogue/index.ts';

export interface AreasPageInput {
  readonly areas: readonly AreaRow[];
  readonly segregation: readonly SegregationRow[];
  readonly names: ReadonlyMap<string, string>;
  /** The legal criteria per area from the saved ministry's list (none: the section says how to load one). */
  readonly legal?: readonly LegalCriteriaResult[];
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
<select id="period" name="period">${[...periods]
    .reverse()
    .map((p) => html`<option value="${p}"${p === selected ? html` selected` : ''}>${formatPeriodLabel(p, lang)}</option>`)}</select></div>
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
${areaCell(row, row.total === null ? null : formatNumber(row.total, 0, lang), lang, dict)}
${areaCell(row, row.targetShare === null ? null : formatShare(row.targetShare, lang), lang, dict)}
${areaCell(row, row.simpson === null ? null : index(row.simpson, lang), lang, dict)}
${areaCell(row, row.shannon === null ? null : index(row.shannon, lang), lang, dict)}
<td${row.aboveHalf === null ? html` class="suppressed"` : ''}>${aboveHalfText(row, lang, dict)}</td>
</tr>`,
)}
</tbody></table></div>`;
}

/** A figure of an area, or in words why there is none ("diskretioneret" / "kan ikke beregnes"), never blank. */
function areaCell(row: AreaRow, shown: string | null, lang: Lang, dict: Dictionary): SafeHtml {
  if (shown !== null) return html`<td class="num">${shown}</td>`;
  return html`<td class="num suppressed">${row.suppressed ? SUPPRESSED_LABEL[lang] : dict.notComputable}</td>`;
}

/** The over-50 % flag: "diskretioneret" for a suppressed area (never "Nej"). */
function aboveHalfText(row: AreaRow, lang: Lang, dict: Dictionary): SafeHtml | string {
  if (row.aboveHalf === null) return row.suppressed ? SUPPRESSED_LABEL[lang] : dict.notComputable;
  return row.aboveHalf ? html`<span class="flag"><span aria-hidden="true">⚠</span> ${dict.areasFlagLong}</span>` : dict.no;
}

/** An index, or in words why there is none: never a blank cell. */
function indexCell(row: SegregationRow, value: number | null, lang: Lang, dict: Dictionary): SafeHtml {
  if (value !== null) return html`<td class="num">${index(value, lang)}</td>`;
  const word = row.reason === 'municipality_suppressed' ? SUPPRESSED_LABEL[lang] : dict.notComputable;
  return html`<td class="num suppressed">${word}</td>`;
}

/** The share of residents in published areas and the areas pooled, or why the indices are missing. */
function coverageCell(row: SegregationRow, lang: Lang, dict: Dictionary): string {
  if (row.reason !== null) return dict.segregationReasons[row.reason];
  if (row.coverage === null) return dict.notComputable;
  return dict.coverageText(formatShare(row.coverage, lang), row.pooledAreas);
}

function segregationTable(rows: readonly SegregationRow[], lang: Lang, dict: Dictionary): SafeHtml {
  const sorted = sortPeriods(rows.map((r) => r.period)).map((p) => rows.find((r) => r.period === p) as SegregationRow);
  return html`<div class="table-scroll" role="region" aria-label="${dict.segregationChartTitle}" tabindex="0"><table class="data-table">
<caption>${dict.segregationChartTitle}</caption>
<thead><tr><th scope="col">${dict.columns.period}</th>${SEGREGATION_KEYS.map((k) => html`<th scope="col" class="num">${dict.segregation[k]}</th>`)}<th scope="col">${dict.coverageHeading}</th></tr></thead>
<tbody>${sorted.map(
    (row) =>
      html`<tr><th scope="row">${formatPeriodShort(row.period, lang)}</th>${SEGREGATION_KEYS.map((k) => indexCell(row, row[k], lang, dict))}<td>${coverageCell(row, lang, dict)}</td></tr>`,
  )}</tbody></table></div>`;
}

/** One criterion of an official area: met, met at the prevention area's lower limit only, or not. */
function criterionCell(result: Extract<LegalCriteriaResult, { kind: 'official' }>, criterion: SocialCriterion, dict: Dictionary): SafeHtml {
  if (result.vulnerable[criterion]) return html`<td><strong>${dict.legalMet}</strong></td>`;
  return html`<td>${result.prevention[criterion] ? dict.legalMetLower : dict.legalNotMet}</td>`;
}

function legalRow(result: LegalCriteriaResult, lang: Lang, dict: Dictionary): SafeHtml {
  const head = html`<th scope="row">${result.area}</th><td class="num">${formatNumber(result.residents, 0, lang)}</td>`;
  if (result.kind === 'not_official') return html`<tr>${head}<td colspan="5"></td><td>${dict.legalLists.not_official}</td></tr>`;
  const nonWestern = result.nonWesternAbove50
    ? dict.legalNonWestern.above50
    : result.nonWesternAbove30
      ? dict.legalNonWestern.above30
      : dict.legalNonWestern.below;
  const list = result.list === 'none' ? dict.legalLists.none : html`<strong>${dict.legalLists[result.list]}</strong>`;
  return html`<tr>${head}${SOCIAL_CRITERIA.map((c) => criterionCell(result, c, dict))}<td>${nonWestern}</td><td>${list}</td></tr>`;
}

/** Which official area meets which criterion of the law, and the list it is on. */
function legalSection(results: readonly LegalCriteriaResult[], lang: Lang, dict: Dictionary): SafeHtml {
  const c = dict.legalColumns;
  const table =
    results.length === 0
      ? html`<p class="empty">${dict.legalNone}</p>`
      : html`<div class="table-scroll" role="region" aria-label="${dict.legalCaption}" tabindex="0"><table class="data-table">
<caption>${dict.legalCaption}</caption>
<thead><tr><th scope="col">${c.area}</th><th scope="col" class="num">${c.residents}</th>${SOCIAL_CRITERIA.map((k) => html`<th scope="col">${c[k]}</th>`)}<th scope="col">${c.nonWestern}</th><th scope="col">${c.list}</th></tr></thead>
<tbody>${results.map((r) => legalRow(r, lang, dict))}</tbody></table></div>`;
  return html`<section aria-labelledby="legal">
<h2 id="legal">${dict.legalHeading}</h2>
<p>${dict.legalIntro}</p>
${table}
</section>`;
}

/** The page's main content. The caller has checked that `period`, if given, exists. */
export function areasPage(input: AreasPageInput): SafeHtml {
  const { lang, dict } = input;
  const periods = areaPeriods(input.areas);
  const period = input.period ?? periods.at(-1);
  const rows =
    period === undefined
      ? []
      : sortAreas(
          input.areas.filter((a) => a.period === period),
          input.names,
        );
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
<p>${dict.segregationPooling}</p>
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
${segregation}
${legalSection(input.legal ?? [], lang, dict)}`;
}
