/**
 * The gap chart: target minus comparison over time, with its 95 % interval and a dashed line at
 * zero ("no difference"), so the reader sees at once whether the gap is closing.
 */
import type { ChartGoal } from './goal-line.ts';
import { type ChartPoint, renderLineChart, type SeriesBreakBand } from './line-chart.ts';

export interface GapChartSpec {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly categories: readonly string[];
  /** The gap per period, aligned with the categories; `null` where nothing was delivered. */
  readonly gaps: readonly (ChartPoint | null)[];
  /** The series' name in the legend, e.g. "Forskel (målgruppe minus sammenligningsgruppe)". */
  readonly label: string;
  /**
   * A second gap drawn behind the first (the crude gap of an age-standardised indicator, whose
   * standardised gap leads), without its interval.
   */
  readonly second?: { readonly label: string; readonly gaps: readonly (ChartPoint | null)[] };
  readonly formatTick: (value: number, step: number) => string;
  readonly labels: { readonly interval: string; readonly suppressed: string; readonly noGap: string };
  readonly yLabel?: string;
  readonly width?: number;
  /** The council's target for the gap, if any. */
  readonly goal?: ChartGoal;
  /** Periods measured differently (see `LineChartSpec.breaks`). */
  readonly breaks?: readonly SeriesBreakBand[];
}

/** Renders the gap over time as an accessible SVG. */
export function renderGapChart(spec: GapChartSpec): string {
  return renderLineChart({
    id: spec.id,
    title: spec.title,
    description: spec.description,
    categories: spec.categories,
    series: [
      { label: spec.label, points: spec.gaps, styleIndex: 0 },
      ...(spec.second === undefined ? [] : [{ label: spec.second.label, points: spec.second.gaps, styleIndex: 1 }]),
    ],
    formatTick: spec.formatTick,
    labels: spec.labels,
    reference: { value: 0, label: spec.labels.noGap },
    includeZero: true,
    ...(spec.yLabel === undefined ? {} : { yLabel: spec.yLabel }),
    ...(spec.width === undefined ? {} : { width: spec.width }),
    ...(spec.goal === undefined ? {} : { goal: spec.goal }),
    ...(spec.breaks === undefined ? {} : { breaks: spec.breaks }),
    plotHeight: 160,
  });
}
