/**
 * The line chart behind the time-series and gap charts: periods along the x axis as evenly spaced
 * categories, one line per series with its 95 % interval as a shaded band (or an error bar where a
 * point stands alone), and missing and suppressed periods as gaps in the line. A suppressed period
 * is marked outside the plotting area — a hollow marker in a row under its x-axis label, titled
 * "diskretioneret" — never on the value axis, where any height would read as a value.
 */
import { type ChartGoal, drawGoal } from './goal-line.ts';
import { drawLegend, type LegendItem, layoutLegend } from './legend.ts';
import { marker } from './marker.ts';
import { type SeriesStyle, seriesStyle } from './palette.ts';
import { type Axis, linearScale, niceAxis, type Scale } from './scale.ts';
import { el, esc, GRID, INK, MUTED_INK, num, svgDocument, text, textWidth } from './svg.ts';

/** One period of one series. `null` in a series' points means nothing was delivered. */
export interface ChartPoint {
  readonly value: number | null;
  readonly low?: number | null;
  readonly high?: number | null;
  readonly suppressed?: boolean;
}

export interface LineSeries {
  readonly label: string;
  /** Aligned with the chart's categories. */
  readonly points: readonly (ChartPoint | null)[];
  /** Which of the fixed styles to use (defaults to the series' position). */
  readonly styleIndex?: number;
}

export interface LineChartSpec {
  /** Unique within a page: the SVG's id, and the prefix of its title and description ids. */
  readonly id: string;
  readonly title: string;
  /** The text alternative: what the chart shows, in words. */
  readonly description: string;
  /** Axis labels for the periods, in order, including periods without data. */
  readonly categories: readonly string[];
  readonly series: readonly LineSeries[];
  /** Writes an axis tick; `step` is the distance between ticks, for choosing decimals. */
  readonly formatTick: (value: number, step: number) => string;
  readonly labels: { readonly interval: string; readonly suppressed: string };
  /** A horizontal reference line (the gap chart's "no difference"). */
  readonly reference?: { readonly value: number; readonly label: string };
  /**
   * Series breaks: runs of categories (indexes, both included) measured differently from the
   * rest, drawn as a hatched band behind the lines with a short label; `title` says what differs.
   */
  readonly breaks?: readonly SeriesBreakBand[];
  /** The council's target: a dotted line to the target year (a category index), labelled. */
  readonly goal?: ChartGoal;
  /** A caption above the y axis, e.g. the unit. */
  readonly yLabel?: string;
  readonly includeZero?: boolean;
  readonly width?: number;
  readonly plotHeight?: number;
}

/** One series break in a chart: categories `from`–`to`, a short label and the full explanation. */
export interface SeriesBreakBand {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly title: string;
}

interface Frame {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly band: number;
  readonly x: (index: number) => number;
  readonly y: Scale;
  readonly axis: Axis;
}

const TICK_FONT = 11;
/** Height of the row under the x-axis labels that holds the suppressed periods' markers. */
const SUPPRESSED_ROW = 22;

/** Renders the chart as a standalone, accessible SVG document. */
export function renderLineChart(spec: LineChartSpec): string {
  const width = spec.width ?? 640;
  const axis = niceAxis(allValues(spec), { includeZero: spec.includeZero ?? true });
  const tickWidth = Math.max(...axis.ticks.map((t) => textWidth(spec.formatTick(t, axis.step), TICK_FONT)));
  const top = spec.yLabel === undefined ? 12 : 30;
  const left = Math.max(40, Math.ceil(tickWidth) + 14);
  const bottom = top + (spec.plotHeight ?? 220);
  const right = width - 16;
  const count = Math.max(1, spec.categories.length);
  const band = (right - left) / count;
  const frame: Frame = {
    left,
    right,
    top,
    bottom,
    band,
    x: (i) => left + band * (i + 0.5),
    y: linearScale(axis.domain, [bottom, top]),
    axis,
  };
  const legend = layoutLegend(legendItems(spec), width - left);
  const strip = hasSuppressed(spec) ? SUPPRESSED_ROW : 0;
  const height = bottom + 30 + strip + legend.height + 8;
  const body =
    yLabel(spec, left) +
    seriesBreaks(spec, frame) +
    grid(spec, frame) +
    reference(spec, frame) +
    (spec.goal === undefined ? '' : drawGoal(spec.goal, frame)) +
    spec.series.map((s, i) => bands(s, styleOf(s, i), frame)).join('') +
    spec.series.map((s, i) => lines(s, styleOf(s, i), frame)).join('') +
    spec.series.map((s, i) => markers(s, styleOf(s, i), frame)).join('') +
    xLabels(spec, frame) +
    suppressedMarks(spec, frame) +
    drawLegend(legend.rows, left, bottom + 30 + strip);
  return svgDocument({ id: spec.id, width, height, title: spec.title, description: spec.description, body });
}

function styleOf(series: LineSeries, index: number): SeriesStyle {
  return seriesStyle(series.styleIndex ?? index);
}

function allValues(spec: LineChartSpec): number[] {
  const values: number[] = spec.reference === undefined ? [] : [spec.reference.value];
  if (spec.goal !== undefined) values.push(spec.goal.value);
  for (const series of spec.series) {
    for (const point of series.points) {
      if (point === null || point.suppressed === true) continue;
      for (const v of [point.value, point.low, point.high]) if (typeof v === 'number') values.push(v);
    }
  }
  return values;
}

function yLabel(spec: LineChartSpec, left: number): string {
  if (spec.yLabel === undefined) return '';
  return text({ x: left, y: 14, fill: MUTED_INK, 'font-size': TICK_FONT, 'text-anchor': 'start' }, spec.yLabel);
}

function grid(spec: LineChartSpec, f: Frame): string {
  const lines = f.axis.ticks
    .map(
      (t) =>
        el('line', { x1: f.left, x2: f.right, y1: f.y(t), y2: f.y(t), stroke: GRID, 'stroke-width': 1 }) +
        text({ x: f.left - 8, y: f.y(t) + 4, fill: MUTED_INK, 'font-size': TICK_FONT, 'text-anchor': 'end' }, spec.formatTick(t, f.axis.step)),
    )
    .join('');
  const baseline = el('line', { x1: f.left, x2: f.right, y1: f.bottom, y2: f.bottom, stroke: MUTED_INK, 'stroke-width': 1 });
  return el('g', { class: 'axis' }, lines + baseline);
}

/**
 * The series breaks, behind everything else: a light band over the periods measured differently,
 * bounded by dashed lines and labelled at the top, so a reader does not read the step into or out
 * of it as a change. The chart's description (the caller's) says the same in words.
 */
function seriesBreaks(spec: LineChartSpec, f: Frame): string {
  const bands = (spec.breaks ?? []).map((b) => {
    const x1 = f.x(b.from) - f.band / 2;
    const x2 = f.x(b.to) + f.band / 2;
    const edge = (x: number) => el('line', { x1: x, x2: x, y1: f.top, y2: f.bottom, stroke: MUTED_INK, 'stroke-width': 1, 'stroke-dasharray': '3 3' });
    return el(
      'g',
      { class: 'series-break' },
      el('title', {}, esc(b.title)) +
        el('rect', { x: x1, y: f.top, width: x2 - x1, height: f.bottom - f.top, fill: GRID, 'fill-opacity': 0.6 }) +
        edge(x1) +
        edge(x2) +
        text({ x: (x1 + x2) / 2, y: f.top + 12, fill: MUTED_INK, 'font-size': TICK_FONT, 'text-anchor': 'middle' }, b.label),
    );
  });
  return bands.join('');
}

function reference(spec: LineChartSpec, f: Frame): string {
  if (spec.reference === undefined) return '';
  const y = f.y(spec.reference.value);
  return el('line', { x1: f.left, x2: f.right, y1: y, y2: y, stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' });
}

function xLabels(spec: LineChartSpec, f: Frame): string {
  const widest = Math.max(0, ...spec.categories.map((c) => textWidth(c, TICK_FONT)));
  const every = Math.max(1, Math.ceil((widest + 8) / f.band));
  const labels = spec.categories
    .map((category, i) =>
      i % every === 0 || i === spec.categories.length - 1
        ? text({ x: f.x(i), y: f.bottom + 18, fill: MUTED_INK, 'font-size': TICK_FONT, 'text-anchor': 'middle' }, category)
        : '',
    )
    .join('');
  return el('g', { class: 'x-axis' }, labels);
}

/** Consecutive runs of indexes whose points have a value (not suppressed, not missing). */
function runs(series: LineSeries, has: (p: ChartPoint) => boolean): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  series.points.forEach((point, i) => {
    if (point !== null && point.suppressed !== true && has(point)) {
      current.push(i);
    } else if (current.length > 0) {
      result.push(current);
      current = [];
    }
  });
  if (current.length > 0) result.push(current);
  return result;
}

function bands(series: LineSeries, style: SeriesStyle, f: Frame): string {
  const hasInterval = (p: ChartPoint): boolean => typeof p.low === 'number' && typeof p.high === 'number';
  return runs(series, hasInterval)
    .map((run) => {
      const at = (i: number): ChartPoint => series.points[i] as ChartPoint;
      if (run.length === 1)
        return errorBar(f.x(run[0] as number), f.y(at(run[0] as number).low as number), f.y(at(run[0] as number).high as number), style.colour);
      const upper = run.map((i) => `${num(f.x(i))},${num(f.y(at(i).high as number))}`);
      const lower = run.map((i) => `${num(f.x(i))},${num(f.y(at(i).low as number))}`).reverse();
      return el('polygon', { points: [...upper, ...lower].join(' '), fill: style.colour, 'fill-opacity': 0.14 });
    })
    .join('');
}

function errorBar(x: number, yLow: number, yHigh: number, colour: string): string {
  const cap = (y: number): string => `M${num(x - 4)} ${num(y)}H${num(x + 4)}`;
  return el('path', { d: `M${num(x)} ${num(yLow)}V${num(yHigh)}${cap(yLow)}${cap(yHigh)}`, stroke: colour, 'stroke-width': 1.25, fill: 'none' });
}

function lines(series: LineSeries, style: SeriesStyle, f: Frame): string {
  const hasValue = (p: ChartPoint): boolean => typeof p.value === 'number';
  return runs(series, hasValue)
    .filter((run) => run.length > 1)
    .map((run) => {
      const d = run.map((i, k) => `${k === 0 ? 'M' : 'L'}${num(f.x(i))} ${num(f.y(series.points[i]?.value as number))}`).join('');
      return el('path', { d, fill: 'none', stroke: style.colour, 'stroke-width': 2.25, 'stroke-dasharray': style.dash, 'stroke-linejoin': 'round' });
    })
    .join('');
}

function markers(series: LineSeries, style: SeriesStyle, f: Frame): string {
  return series.points
    .map((point, i) => {
      if (point === null || point.suppressed === true || typeof point.value !== 'number') return '';
      return marker({ shape: style.marker, x: f.x(i), y: f.y(point.value), colour: style.colour, hollow: false });
    })
    .join('');
}

function hasSuppressed(spec: LineChartSpec): boolean {
  return spec.series.some((s) => s.points.some((p) => p?.suppressed === true));
}

/**
 * The suppressed periods, outside the plotting area: per series a hollow marker (its own shape
 * and colour) in the row under the period's x-axis label, side by side when several series are
 * suppressed in the same period, each with a title ("diskretioneret") for tooltips and SVG readers.
 */
function suppressedMarks(spec: LineChartSpec, f: Frame): string {
  if (!hasSuppressed(spec)) return '';
  const y = f.bottom + 36;
  const count = spec.series.length;
  const marks = spec.series.flatMap((series, index) => {
    const style = styleOf(series, index);
    const offset = (index - (count - 1) / 2) * 11;
    return series.points.map((point, i) => {
      if (point?.suppressed !== true) return '';
      const title = `${series.label}, ${spec.categories[i] ?? ''}: ${spec.labels.suppressed}`;
      // The chart as a whole is the accessible image (its description lists every suppressed
      // period); the title names the marker for tooltips and for SVG readers that walk the groups.
      return el('g', {}, el('title', {}, esc(title)) + marker({ shape: style.marker, x: f.x(i) + offset, y, colour: style.colour, hollow: true }));
    });
  });
  return el('g', { class: 'suppressed-periods' }, marks.join(''));
}

function legendItems(spec: LineChartSpec): LegendItem[] {
  const items: LegendItem[] = spec.series.map((s, i) => ({ sample: { kind: 'line', style: styleOf(s, i) }, label: s.label }));
  const points = spec.series.flatMap((s) => s.points);
  if (points.some((p) => p !== null && p.suppressed !== true && typeof p.low === 'number')) {
    items.push({ sample: { kind: 'band' }, label: spec.labels.interval });
  }
  if (points.some((p) => p?.suppressed === true)) {
    items.push({ sample: { kind: 'hollow' }, label: spec.labels.suppressed });
  }
  if (spec.reference !== undefined) items.push({ sample: { kind: 'reference' }, label: spec.reference.label });
  if (spec.goal !== undefined) items.push({ sample: { kind: 'goal' }, label: spec.goal.label });
  return items;
}
