/**
 * Turns an indicator's rows into the specs of its charts — the time series, the gap chart and the
 * overview sparkline — with Danish (or English) tick labels and a text alternative that lists
 * every value, so the chart can be understood without seeing it.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { renderGapChart, renderSparkline, renderTimeSeriesChart } from '../../charts/index.ts';
import { formatPeriodShort, formatValue, MISSING_LABEL } from '../../format/index.ts';
import type { DeliveryGroup } from '../../origin/types.ts';
import type { ResultRow } from '../../cells/index.ts';
import type { Target } from '../../cells/index.ts';
import { type ChartComparison, type ChartGroup, type ChartInput, type ChartWords, gapSpec, timeSeriesSpec } from '../../narrative/chart-specs.ts';
import type { Dictionary } from '../i18n/index.ts';
import { groupLabel } from './labels.ts';
import { fillPeriods } from '../../catalogue/index.ts';
import { GROUP_ORDER, rowAt } from './result-selection.ts';

/** One indicator's rows of one breakdown, the groups to show, in order, and the reader's language. */
export interface IndicatorRowsInput {
  readonly indicator: Indicator;
  /** Rows of one breakdown. */
  readonly rows: readonly ResultRow[];
  /** Which groups to show, in order. */
  readonly groups: readonly DeliveryGroup[];
  readonly lang: Lang;
  readonly dict: Dictionary;
}

export interface IndicatorChartInput extends IndicatorRowsInput {
  /** The breakdown's label, or '' for the whole group. */
  readonly breakdownLabel: string;
  /** The council's target, drawn on the whole group's chart (level) or gap chart (gap). */
  readonly target?: Target | null;
  /** The whole country and the peers beside the groups (the whole group's chart only). */
  readonly comparison?: readonly ChartComparison[];
  /** The figure's name for the whole population's line (an index of the diversity indicator: "Dissimilaritetsindeks", not "I alt"). */
  readonly figureLabel?: string;
}

/** The dashboard's words for the shared chart builder. */
function chartWords(input: IndicatorChartInput): ChartWords {
  const { dict, indicator } = input;
  return {
    intervalLegend: dict.intervalLegend,
    suppressedLegend: dict.suppressedLegend,
    noGap: dict.noGap,
    yLabel: dict.yLabels[indicator.display.unit],
    gapYLabel: dict.gapYLabels[indicator.display.unit],
    gapSeries: dict.gapSeries,
    gapStandardisedSeries: dict.gapStandardisedSeries,
    gapCrudeSeries: dict.gapCrudeSeries,
    standardisedLabel: dict.standardisedLabel,
    crudeLabel: dict.crudeLabel,
    seriesText: dict.seriesDescription,
    description: dict.chartDescription,
  };
}

function chartInput(input: IndicatorChartInput, id: string, heading: string): ChartInput {
  // The target is for the whole group: a breakdown's chart carries none.
  const target = input.breakdownLabel === '' ? (input.target ?? null) : null;
  return { id, title: chartTitle(input, heading), indicator: input.indicator, lang: input.lang, words: chartWords(input), target };
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

/** The chart of the groups over every period, with interval bands (and the country and peers when given); an SVG string. */
export function indicatorChart(input: IndicatorChartInput): string {
  const { indicator, dict } = input;
  const groups: ChartGroup[] = groupsDrawn(input).map((g) => ({
    group: g,
    name: g === 'total' && input.figureLabel !== undefined ? input.figureLabel : groupLabel(g, indicator.group_definition, dict),
    rows: input.rows.filter((r) => r.group === g),
    style: GROUP_ORDER.indexOf(g),
  }));
  const c = chartInput(input, `chart-${indicator.id}`, indicator.comparison === 'none' ? dict.developmentHeading : dict.chartHeading);
  const spec = timeSeriesSpec(c, groups, input.comparison ?? []);
  // No period at all: an empty chart that says so.
  return renderTimeSeriesChart(
    spec ?? {
      id: c.id,
      title: c.title,
      description: dict.chartNoData,
      categories: [],
      series: [],
      formatTick: (v) => String(v),
      labels: { interval: dict.intervalLegend, suppressed: dict.suppressedLegend },
    },
  );
}

/**
 * The gap chart, or null when the indicator has no comparison group or no gap to draw. For an
 * age-standardised indicator the standardised gap leads (with its interval) and the crude gap is
 * the second line.
 */
export function gapChart(input: IndicatorChartInput): string | null {
  const target = input.rows.filter((r) => r.group === 'target');
  const comparison = input.rows.filter((r) => r.group === 'comparison');
  const spec = gapSpec(chartInput(input, `gap-${input.indicator.id}`, input.dict.gapHeading), target, comparison);
  return spec === null ? null : renderGapChart(spec);
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
