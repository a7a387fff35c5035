/**
 * Charts: one server-side SVG renderer shared by the dashboard and the report, and PNG rendering
 * of the same SVG for downloads. Pure string building; deterministic output.
 */
export { type BarChartSpec, type BarDatum, renderBarChart } from './bar-chart.ts';
export { type GapChartSpec, renderGapChart } from './gap-chart.ts';
export type { ChartPoint, LineChartSpec, LineSeries, SeriesBreakBand } from './line-chart.ts';
export { renderLineChart } from './line-chart.ts';
export type { ChartGoal } from './goal-line.ts';
export { type MarkerShape, SERIES_STYLES, type SeriesStyle, SHARE_RAMP, seriesStyle, shareColour } from './palette.ts';
export { renderSparkline, type SparklineSpec } from './sparkline.ts';
export { svgToPng, svgToPngAsync, type PngOptions } from './svg-to-png.ts';
export { type TimeSeriesSpec, renderTimeSeriesChart } from './time-series-chart.ts';
export { type ChartCaption, withCaption } from './caption.ts';
