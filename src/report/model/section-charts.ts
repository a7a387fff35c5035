/**
 * The charts of an indicator's section, drawn by the one renderer the dashboard uses
 * (`src/charts`): the headline group against the comparison group over every period with 95 %
 * bands, the gap over time, and for the diversity indicator the index over time and the housing
 * areas' bars. Each chart carries a text alternative that lists every value in words.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { renderBarChart, renderGapChart, renderTimeSeriesChart } from '../../charts/index.ts';
import { formatPeriodLabel, formatShare, formatTick, SUPPRESSED_LABEL } from '../../format/index.ts';
import type { AreaRow } from '../../cells/index.ts';
import type { DeliveryGroup } from '../../origin/types.ts';
import type { Target } from '../../cells/index.ts';
import { groupName } from './cells.ts';
import type { ReportChart } from './report-model.ts';
import type { ReportWords } from './report-words.ts';
import type { HeadlineSeries } from '../../narrative/index.ts';
import { type ChartComparison, type ChartGroup, type ChartInput, type ChartWords, gapSpec, timeSeriesSpec } from '../../narrative/chart-specs.ts';

interface ChartContext {
  readonly indicator: Indicator;
  readonly lang: Lang;
  readonly words: ReportWords;
  /** The council's target, drawn on the chart it is for. */
  readonly target?: Target | null;
}

/** The report's words for the shared chart builder. */
function chartWords(c: ChartContext): ChartWords {
  const w = c.words;
  return {
    intervalLegend: w.intervalLegend,
    suppressedLegend: w.suppressedLegend,
    noGap: w.noGap,
    yLabel: w.yLabels[c.indicator.display.unit] ?? '',
    gapYLabel: w.gapYLabels[c.indicator.display.unit] ?? '',
    gapSeries: w.gapSeries,
    gapStandardisedSeries: w.gapStandardisedSeries,
    gapCrudeSeries: w.gapCrudeSeries,
    standardisedLabel: w.standardisedSeries,
    crudeLabel: w.crudeSeries,
    seriesText: (label, values) => `${label}: ${values}`,
    description: w.chartAlt,
  };
}

function chartInput(c: ChartContext, id: string, title: string): ChartInput {
  return { id, title, indicator: c.indicator, lang: c.lang, words: chartWords(c), target: c.target ?? null };
}

/** The headline (and comparison) series over time, beside the country and the peers; null when there is nothing to draw. */
export function timeSeriesChart(c: ChartContext, s: HeadlineSeries, comparison: readonly ChartComparison[] = []): ReportChart | null {
  const definition = s.primary.at(-1)?.definition ?? c.indicator.group_definition;
  const name = (group: DeliveryGroup) =>
    s.group === 'total' && c.indicator.measure.kind === 'index'
      ? (c.words.indexNames[c.indicator.measure.headline] ?? '')
      : groupName(group, definition, c.words);
  const groups: ChartGroup[] = [
    { group: s.group, name: name(s.group), rows: s.primary, style: 0 },
    ...(s.comparison.length > 0 ? [{ group: 'comparison' as const, name: name('comparison'), rows: s.comparison, style: 1 }] : []),
  ];
  const title = c.indicator.measure.kind === 'index' ? c.words.indexChartTitle(c.indicator.title[c.lang]) : c.words.chartTitle(c.indicator.title[c.lang]);
  const spec = timeSeriesSpec(chartInput(c, `chart-${c.indicator.id}`, title), groups, comparison);
  return spec === null ? null : { id: spec.id, title, alt: spec.description, svg: renderTimeSeriesChart(spec) };
}

/**
 * The gap over time, or null without a comparison group or without any gap. For an
 * age-standardised indicator the standardised gap leads and the crude gap is the second line.
 */
export function gapChart(c: ChartContext, s: HeadlineSeries): ReportChart | null {
  const title = c.words.gapChartTitle(c.indicator.title[c.lang]);
  const spec = gapSpec(chartInput(c, `gap-${c.indicator.id}`, title), s.primary, s.comparison);
  return spec === null ? null : { id: spec.id, title, alt: spec.description, svg: renderGapChart(spec) };
}

/** Bars of the target group's share per housing area in one period (largest first, suppressed last). */
export function areasChart(c: ChartContext, areas: readonly AreaRow[], period: string, names: ReadonlyMap<string, string>): ReportChart | null {
  if (areas.length === 0) return null;
  const name = (a: AreaRow) => names.get(a.area) ?? a.area;
  const shown = (a: AreaRow) => (a.suppressed || a.targetShare === null ? SUPPRESSED_LABEL[c.lang] : formatShare(a.targetShare, c.lang));
  const title = c.words.areasChartTitle(formatPeriodLabel(period, c.lang));
  const alt = c.words.chartAlt(areas.map((a) => `${name(a)} ${shown(a)}${a.aboveHalf === true ? ` (${c.words.areasFlag})` : ''}`).join('; '));
  const svg = renderBarChart({
    id: `areas-${c.indicator.id}`,
    title,
    description: alt,
    bars: areas.map((a) => ({
      label: name(a),
      value: a.suppressed ? null : a.targetShare,
      valueLabel: shown(a),
      suppressed: a.suppressed,
      flagged: a.aboveHalf === true,
    })),
    formatTick: (value, step) => formatTick(value, { unit: 'percent', decimals: 1 }, step, c.lang),
    reference: { value: 0.5, label: c.words.areasReference },
    labels: { flagged: c.words.areasFlag, ramp: c.words.areasRamp },
  });
  return { id: `areas-${c.indicator.id}`, title, alt, svg };
}

/** Areas of one period: largest target-group share first, suppressed areas last, then by name. */
export function sortAreas(areas: readonly AreaRow[], names: ReadonlyMap<string, string>): AreaRow[] {
  return [...areas].sort(
    (a, b) => (b.targetShare ?? -1) - (a.targetShare ?? -1) || (names.get(a.area) ?? a.area).localeCompare(names.get(b.area) ?? b.area, 'da'),
  );
}
