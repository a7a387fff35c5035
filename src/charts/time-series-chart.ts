/**
 * The indicator chart: the target group against the comparison group (and the other groups or the
 * total when asked) over every period, each with its 95 % interval band. The value axis always
 * starts at zero so that a small difference is not drawn as a large one.
 */
import { type LineChartSpec, renderLineChart } from './line-chart.ts';

export type TimeSeriesSpec = Omit<LineChartSpec, 'reference' | 'includeZero'>;

/**
 * Renders an indicator's groups over time as an accessible SVG.
 *
 * @example renderTimeSeriesChart({ id: 'c1', title: 'Selvforsørgelse', description: '…',
 *   categories: ['2024', '2025'], series: [{ label: 'Målgruppe', points: [{ value: 0.35 }, { value: 0.38 }] }],
 *   formatTick: (v) => formatShare(v, 'da', 0), labels: { interval: '95 %-interval', suppressed: 'diskretioneret' } })
 */
export function renderTimeSeriesChart(spec: TimeSeriesSpec): string {
  return renderLineChart({ ...spec, includeZero: true });
}
