/**
 * An indicator's page: the sentence about what happened, the breakdown selector, the chart of the
 * groups over time with interval bands, the gap chart, the data table, downloads and the
 * definitions. Everything is server-rendered and works without JavaScript.
 */
import { type Indicator, type Lang, secondFigureOf, secondFigureStatement } from '../../catalogue/index.ts';
import { formatMeasure, formatMeasureInterval, formatPeriodPhrase } from '../../format/index.ts';
import type { DeliveryGroup } from '../../origin/types.ts';
import type { ComparisonView } from '../../narrative/comparison.ts';
import type { ResultRow } from '../../cells/index.ts';
import type { TargetView } from '../../services/targets.ts';
import type { ContextRow } from '../../cells/index.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import type { Dictionary } from '../i18n/index.ts';
import { describeIndicator, selectedSeries } from '../../narrative/index.ts';
import { gapChart, indicatorChart } from '../view/indicator-charts.ts';
import { type ChartComparison, comparisonSeries } from '../../narrative/chart-specs.ts';
import { comparisonWords } from '../i18n/comparison-words.ts';
import { breakdownLabel, groupLabel } from '../view/labels.ts';
import { latestPeriod } from '../view/latest.ts';
import { groupsPresent, rowAt, selectRows } from '../view/result-selection.ts';
import { type BadgeStatus, statusBadge } from '../view/status-badge.ts';
import { breakdownForm } from './breakdown-form.ts';
import { comparisonSection } from './comparison-section.ts';
import { contextBox } from './context-box.ts';
import { cardStatus, longRun } from './indicator-card.ts';
import { targetSection } from './target-section.ts';
import { definitionsBlock } from './definitions.ts';
import { keyFigures } from './key-figures.ts';
import { resultsTable } from './results-table.ts';

export interface IndicatorPageInput {
  readonly indicator: Indicator;
  /** All of the indicator's (guarded) rows. */
  readonly rows: readonly ResultRow[];
  readonly breakdown: string;
  readonly allGroups: boolean;
  readonly areaNames: ReadonlyMap<string, string>;
  readonly lang: Lang;
  readonly dict: Dictionary;
  /** Public StatBank figures to show beside the indicator's own; none when absent. */
  readonly context?: readonly ContextRow[];
  /** The comparison with the whole country and the peers, or null. */
  readonly comparison?: ComparisonView | null;
  /** The peers' label in the page's language. */
  readonly peersLabel?: string;
  /** The council's target with its progress, or null. */
  readonly target?: TargetView | null;
  /** Set for the coordinator: the target form is shown. */
  readonly csrfToken?: string | undefined;
  /** `saved` / `removed` after the target form. */
  readonly targetFlash?: string | undefined;
}

/** The groups a chart and table show: target and comparison by default, every group on request. */
export function shownGroups(indicator: Indicator, rows: readonly ResultRow[], allGroups: boolean): DeliveryGroup[] {
  const present = groupsPresent(rows);
  if (allGroups) return present;
  const main = present.filter((g) => g === 'target' || (g === 'comparison' && indicator.comparison !== 'none'));
  return main.length > 0 ? main : present.slice(0, 1);
}

/** The query string that selects the same breakdown and groups (for downloads). */
export function selectionQuery(breakdown: string, allGroups: boolean): string {
  const params = new URLSearchParams({ breakdown });
  if (allGroups) params.set('groups', 'all');
  return params.toString();
}

function standardisedNote(indicator: Indicator, rows: readonly ResultRow[], lang: Lang, dict: Dictionary): SafeHtml | string {
  const period = latestPeriod(rows);
  const target = period === undefined ? undefined : rowAt(rows, period, 'target');
  const s = target?.standardised;
  if (period === undefined || target === undefined || target.suppressed) return '';
  if (s === null && target.standardisedMissing !== null) {
    return html`<p class="note">${dict.standardisedMissingText(formatPeriodPhrase(period, lang), dict.standardisedMissing[target.standardisedMissing], indicator.wanted !== 'follow')}</p>`;
  }
  if (s === null || s === undefined) return '';
  return html`<p class="note">${dict.standardisedText(
    formatPeriodPhrase(period, lang),
    formatMeasure(s.value, indicator.display, lang),
    formatMeasureInterval(s.ciLow, s.ciHigh, indicator.display, lang),
  )}</p>`;
}

function downloads(indicator: Indicator, query: string, dict: Dictionary, hasGap: boolean): SafeHtml {
  const id = indicator.id;
  return html`<ul class="downloads">
<li><a href="/download/${id}.csv?${query}&amp;danish=1" download>${dict.downloadTableCsv}</a></li>
<li><a href="/download/${id}.xlsx?${query}" download>${dict.downloadTableXlsx}</a></li>
<li><a href="/download/${id}.csv?danish=1" download>${dict.downloadAllCsv}</a></li>
<li><a href="/download/${id}.csv?${query}" download>${dict.downloadMachineCsv}</a></li>
<li><a href="/chart/${id}.svg?${query}" download>${dict.downloadChartSvg}</a></li>
<li><a href="/chart/${id}.png?${query}" download>${dict.downloadChartPng}</a></li>
${hasGap ? html`<li><a href="/chart/${id}.svg?${query}&amp;kind=gap" download>${dict.downloadChartSvg} (${dict.gapLabel.toLowerCase()})</a></li>` : ''}
</ul>`;
}

/**
 * The whole country and the peers beside the target group on the whole group's chart; not on a
 * breakdown's chart (the country's figures are for the whole group) nor beside every group (the
 * lines would crowd the chart).
 */
function chartComparison(input: IndicatorPageInput, groups: readonly DeliveryGroup[]): ChartComparison[] {
  if (input.breakdown !== '' || !groups.includes('target') || groups.some((g) => g === 'other' || g === 'total')) return [];
  const w = comparisonWords(input.lang);
  const name = groupLabel('target', input.indicator.group_definition, input.dict);
  return comparisonSeries(input.comparison ?? null, 'target', { country: w.chartCountry(name), peers: w.chartPeers(name) });
}

/**
 * A second figure (another definition computed beside the default, `variant=running`) says so
 * and gives its definition where it is shown, so it is never read as the indicator's own figure.
 */
function secondFigureNote(indicator: Indicator, breakdown: string, lang: Lang): SafeHtml | '' {
  const variant = secondFigureOf(indicator, breakdown);
  return variant === undefined ? '' : html`<p class="note second-figure">${secondFigureStatement(variant, lang)}</p>`;
}

/**
 * The breakdown the chart, the latest figures and the table show. Without a chosen breakdown the
 * diversity indicator shows its headline index (`index=dissimilarity`) — the figure the sentence
 * above the chart and the status are about — rather than the target group's share of all
 * residents, which would sit under a sentence about another figure.
 */
function chartedBreakdown(indicator: Indicator, rows: readonly ResultRow[], breakdown: string): string {
  if (breakdown !== '' || indicator.measure.kind !== 'index') return breakdown;
  const headline = `index=${indicator.measure.headline}`;
  return rows.some((r) => r.breakdown === headline) ? headline : breakdown;
}

/** The page's main content. */
export function indicatorPage(input: IndicatorPageInput): SafeHtml {
  const { indicator, lang, dict } = input;
  const charted = chartedBreakdown(indicator, input.rows, input.breakdown);
  const selected = selectRows(input.rows, charted);
  const groups = shownGroups(indicator, selected, input.allGroups);
  const shown = selectRows(selected, charted, groups);
  const label = charted === '' ? '' : breakdownLabel(charted, indicator, input.areaNames, lang, dict);
  const status: BadgeStatus = cardStatus(indicator, input.rows);
  const target = input.target ?? null;
  const chartInput = { indicator, rows: selected, groups, breakdownLabel: label, lang, dict, target: target?.target ?? null };
  const figureLabel = charted.startsWith('index=') ? { figureLabel: label } : {};
  const chart = shown.length === 0 ? null : indicatorChart({ ...chartInput, ...figureLabel, comparison: chartComparison(input, groups) });
  const gap = shown.length === 0 ? null : gapChart(chartInput);
  const period = latestPeriod(selected);
  const latest = period === undefined ? undefined : (rowAt(selected, period, 'target') ?? selected.find((r) => r.period === period));
  const query = selectionQuery(input.breakdown, input.allGroups);
  const empty = indicator.status === 'under_examination' ? dict.underExaminationText : dict.noData;
  return html`<h1>${indicator.title[lang]}</h1>
<p class="status-line"><span class="visually-hidden">${dict.statusCaption}: </span>${statusBadge(status, dict)}</p>
${longRun(indicator, input.rows, target, lang, dict)}
<p class="intro">${indicator.description[lang]}</p>
${indicator.id === 'boligomraader-diversitet' ? html`<p><a href="/boligomraader">${dict.areasLink}</a></p>` : ''}
<section aria-labelledby="development">
<h2 id="development">${dict.developmentHeading}</h2>
<p class="narrative">${describeIndicator({ lang, indicator, ...selectedSeries(indicator, input.rows, input.breakdown) }).text}</p>
${breakdownForm({
  indicator,
  breakdowns: input.rows.map((r) => r.breakdown),
  selected: input.breakdown,
  allGroups: input.allGroups,
  offerAllGroups: groupsPresent(selected).some((g) => g === 'other' || g === 'total') && indicator.comparison !== 'none',
  areaNames: input.areaNames,
  lang,
  dict,
})}
${secondFigureNote(indicator, input.breakdown, lang)}
${
  chart === null
    ? html`<p class="empty">${empty}</p>`
    : html`<div class="chart-layout"><figure class="chart-figure">${raw(chart)}</figure>
${keyFigures({ indicator, rows: selected, groups, lang, dict, ...figureLabel })}</div>`
}
${standardisedNote(indicator, selected, lang, dict)}
</section>
${comparisonSection({ indicator, view: input.comparison ?? null, peersLabel: input.peersLabel ?? '', lang, dict })}
${targetSection({ indicator, target, lang, dict, csrfToken: input.csrfToken, flash: input.targetFlash })}
${gap === null ? '' : html`<section aria-labelledby="gap"><h2 id="gap">${dict.gapHeading}</h2><figure class="chart-figure">${raw(gap)}</figure></section>`}
${
  shown.length === 0
    ? ''
    : html`<section aria-labelledby="table">
<h2 id="table">${dict.tableHeading}</h2>
${resultsTable({ indicator, rows: shown, caption: dict.tableCaption(indicator.title[lang], label === '' ? dict.wholeGroup : label), lang, dict })}
<h3>${dict.downloadsHeading}</h3>
${downloads(indicator, query, dict, gap !== null)}
<div class="page-tools" data-print-label="${dict.print}"></div>
</section>`
}
${contextBox(input.context ?? [], lang)}
<section aria-labelledby="definitions">
<h2 id="definitions">${dict.definitionsHeading}</h2>
${definitionsBlock({ indicator, latest, lang, dict, target: target?.target ?? null })}
</section>`;
}
