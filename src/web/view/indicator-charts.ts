/**
 * Turns an indicator's rows into the specs of its charts — the time series, the gap chart and the
 * overview sparkline — with Danish (or English) tick labels and a text alternative that lists
 * every value, so the chart can be understood without seeing it.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { type ChartPoint, renderGapChart, renderSparkline, renderTimeSeriesChart } from '../../charts/index.ts';
import {
  formatDifference,
  formatPeriodShort,
  formatTick,
  formatValue,
  MISSING_LABEL,
  NOT_COMPUTABLE_LABEL,
  SUPPRESSED_LABEL,
} from '../../format/index.ts';
import type { DeliveryGroup } from '../../origin/types.ts';
import type { ResultRow } from '../../services/result-types.ts';
import { chartGoal } from '../../services/targets.ts';
import type { Target } from '../../store/index.ts';
import { type GapPoint, type GapPoints, gapPoints, goalLabel, judgedStandardised, standardisedInWords, standardisedPoint } from '../../narrative/index.ts';
import type { Dictionary } from '../i18n/index.ts';
import { groupLabel } from './labels.ts';
import { fillPeriods, type SeriesBreakSpan, seriesBreakSpans } from '../../catalogue/index.ts';
import { GROUP_ORDER, rowAt } from './result-selection.ts';

export interface IndicatorChartInput {
  readonly indicator: Indicator;
  /** Rows of one breakdown. */
  readonly rows: readonly ResultRow[];
  /** Which groups to draw, in order. */
  readonly groups: readonly DeliveryGroup[];
  /** The breakdown's label, or '' for the whole group. */
  readonly breakdownLabel: string;
  readonly lang: Lang;
  readonly dict: Dictionary;
  /** The council's target, drawn on the whole group's chart (level) or gap chart (gap). */
  readonly target?: Target | null;
}

/** The periods to draw, extended to the target year when the whole group's chart carries the target. */
function chartPeriods(input: IndicatorChartInput, measure: Target['measure']) {
  const periods = fillPeriods(input.rows.map((r) => r.period));
  const target = input.breakdownLabel === '' ? input.target : null;
  return chartGoal(periods, target, measure, target ? goalLabel(target, input.indicator.display, input.lang) : '');
}

function point(row: ResultRow | undefined): ChartPoint | null {
  if (row === undefined) return null;
  if (row.suppressed) return { value: null, suppressed: true };
  if (row.value === null) return null;
  return { value: row.value, low: row.ciLow, high: row.ciHigh };
}

function tick(indicator: Indicator, lang: Lang): (value: number, step: number) => string {
  return (value, step) => formatTick(value, indicator.display, step, lang);
}

function chartTitle(input: IndicatorChartInput, heading: string): string {
  const base = `${input.indicator.title[input.lang]}: ${heading.charAt(0).toLowerCase()}${heading.slice(1)}`;
  return input.breakdownLabel === '' ? base : `${base} (${input.breakdownLabel})`;
}

/** "2019 31,0 %, 2020 ingen data, 2021 diskretioneret" for one group. */
function valuesInWords(input: IndicatorChartInput, periods: readonly string[], group: DeliveryGroup): string {
  return periods
    .map((period) => {
      const row = rowAt(input.rows, period, group);
      const shown = row === undefined ? MISSING_LABEL[input.lang] : formatValue(row, input.indicator, input.lang);
      return `${formatPeriodShort(period, input.lang)} ${shown}`;
    })
    .join(', ');
}

function groupsDrawn(input: IndicatorChartInput): DeliveryGroup[] {
  const present = new Set(input.rows.map((r) => r.group));
  return GROUP_ORDER.filter((g) => input.groups.includes(g) && present.has(g));
}

/** Style of the target group's age-standardised line (distinct from every group's). */
const STANDARDISED_STYLE = 4;

/**
 * The target group's age-standardised series, leading the chart of an age-standardised
 * indicator's whole group; null elsewhere.
 */
function standardisedSeries(input: IndicatorChartInput, periods: readonly string[], data: readonly string[], groups: readonly DeliveryGroup[]) {
  const { indicator, lang, dict } = input;
  const target = input.rows.filter((r) => r.group === 'target');
  if (!groups.includes('target') || !target.some((r) => judgedStandardised(indicator, r))) return null;
  const all = periods.map((p) => standardisedPoint(rowAt(input.rows, p, 'target')));
  const label = dict.standardisedLabel(groupLabel('target', indicator.group_definition, dict));
  const words = standardisedInWords(all, data, indicator.display, lang);
  return { series: { label, points: all.map((a) => a.point), styleIndex: STANDARDISED_STYLE }, description: dict.seriesDescription(label, words) };
}

/** The chart of the groups over every period, with interval bands; an SVG string. */
export function indicatorChart(input: IndicatorChartInput): string {
  const { indicator, lang, dict } = input;
  const { periods, data, goal } = chartPeriods(input, 'level');
  const groups = groupsDrawn(input);
  const standardised = standardisedSeries(input, periods, data, groups);
  const label = (g: DeliveryGroup): string => {
    const name = groupLabel(g, indicator.group_definition, dict);
    return g === 'target' && standardised !== null ? dict.crudeLabel(name) : name;
  };
  const described = groups.map((g) => dict.seriesDescription(label(g), valuesInWords(input, data, g)));
  const breaks = seriesBreakSpans(indicator, periods, lang);
  const description =
    groups.length === 0
      ? dict.chartNoData
      : dict.chartDescription([...(standardised === null ? [] : [standardised.description]), ...described].join('; ') + (goal === undefined ? '' : `; ${goal.label}`) + breakWords(breaks));
  return renderTimeSeriesChart({
    id: `chart-${indicator.id}`,
    title: chartTitle(input, indicator.comparison === 'none' ? dict.developmentHeading : dict.chartHeading),
    description,
    categories: periods.map((p) => formatPeriodShort(p, lang)),
    series: [
      ...(standardised === null ? [] : [standardised.series]),
      ...groups.map((g) => ({
        label: label(g),
        points: periods.map((p) => point(rowAt(input.rows, p, g))),
        styleIndex: GROUP_ORDER.indexOf(g),
      })),
    ],
    formatTick: tick(indicator, lang),
    labels: { interval: dict.intervalLegend, suppressed: dict.suppressedLegend },
    yLabel: dict.yLabels[indicator.display.unit],
    ...(goal === undefined ? {} : { goal }),
    breaks,
  });
}

/** The series breaks in the chart's description, so that a screen reader hears them too. */
function breakWords(breaks: readonly SeriesBreakSpan[]): string {
  return breaks.map((b) => `; ${b.title}`).join('');
}

function periodGap(input: IndicatorChartInput, period: string): GapPoints {
  const comparison = rowAt(input.rows, period, 'comparison');
  return gapPoints(input.indicator, rowAt(input.rows, period, 'target'), comparison?.suppressed === true);
}

/** "2019 −2,8 procentpoint, 2020 diskretioneret, 2021 kan ikke beregnes" for one gap series. */
function gapWords(input: IndicatorChartInput, periods: readonly string[], points: readonly (GapPoint | null)[], notComputable: readonly boolean[]): string {
  const { indicator, lang } = input;
  return periods
    .map((p, i) => {
      const g = points[i];
      const shown =
        g === null || g === undefined
          ? notComputable[i] === true
            ? NOT_COMPUTABLE_LABEL[lang]
            : MISSING_LABEL[lang]
          : g.suppressed === true
            ? SUPPRESSED_LABEL[lang]
            : formatDifference(g.value as number, indicator.display, lang, true);
      return `${formatPeriodShort(p, lang)} ${shown}`;
    })
    .join(', ');
}

/**
 * The gap chart, or null when the indicator has no comparison group or no gap to draw. For an
 * age-standardised indicator the standardised gap leads (with its interval) and the crude gap is
 * the second line.
 */
export function gapChart(input: IndicatorChartInput): string | null {
  const { indicator, lang, dict } = input;
  if (indicator.comparison !== 'comparison_group') return null;
  const { periods, data, goal } = chartPeriods(input, 'gap');
  const all = periods.map((p) => periodGap(input, p));
  const judged = all.map((g) => g.judged);
  const crude = all.map((g) => g.crude);
  const hasCrude = crude.some((g) => g !== null);
  if (![...judged, ...crude].some((g) => g !== null && g.value !== null)) return null;
  const label = hasCrude ? dict.gapStandardisedSeries : dict.gapSeries;
  const descriptions = [dict.seriesDescription(label, gapWords(input, data, judged, all.map((g) => g.notComputable)))];
  if (hasCrude) descriptions.push(dict.seriesDescription(dict.gapCrudeSeries, gapWords(input, data, crude, [])));
  const breaks = seriesBreakSpans(indicator, periods, lang);
  return renderGapChart({
    id: `gap-${indicator.id}`,
    title: chartTitle(input, dict.gapHeading),
    description: dict.chartDescription(descriptions.join('; ') + (goal === undefined ? '' : `; ${goal.label}`) + breakWords(breaks)),
    categories: periods.map((p) => formatPeriodShort(p, lang)),
    gaps: judged,
    label,
    ...(hasCrude ? { second: { label: dict.gapCrudeSeries, gaps: crude } } : {}),
    formatTick: tick(indicator, lang),
    labels: { interval: dict.intervalLegend, suppressed: dict.suppressedLegend, noGap: dict.noGap },
    yLabel: dict.gapYLabels[indicator.display.unit],
    ...(goal === undefined ? {} : { goal }),
    breaks,
  });
}

/** The card's sparkline over the last `count` periods, or null when there is nothing to draw. */
export function sparkline(input: IndicatorChartInput, count = 8): string | null {
  const { indicator, lang, dict } = input;
  const periods = fillPeriods(input.rows.map((r) => r.period)).slice(-count);
  const groups = groupsDrawn(input);
  if (periods.length < 2 || groups.length === 0) return null;
  const values = (g: DeliveryGroup): (number | null)[] =>
    periods.map((p) => {
      const row = rowAt(input.rows, p, g);
      return row === undefined || row.suppressed ? null : row.value;
    });
  const label = (g: DeliveryGroup): string => groupLabel(g, indicator.group_definition, dict);
  return renderSparkline({
    id: `spark-${indicator.id}`,
    title: dict.sparklineTitle(indicator.title[lang]),
    description: groups.map((g) => dict.seriesDescription(label(g), valuesInWords(input, periods, g))).join('; '),
    series: groups.map(values),
  });
}
