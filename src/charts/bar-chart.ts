/**
 * The housing-area chart: one horizontal bar per area for the share of target-group residents,
 * coloured on a sequential blue ramp, with a dashed reference line at 50 %. Areas above the line
 * are flagged with a warning icon and the words "over 50 %", so the flag never depends on colour;
 * suppressed areas get an empty outlined bar and the word for suppressed.
 */
import { drawLegend, type LegendItem, layoutLegend } from './legend.ts';
import { SHARE_RAMP, shareColour } from './palette.ts';
import { linearScale, niceAxis } from './scale.ts';
import { el, GRID, INK, MUTED_INK, num, svgDocument, text, textWidth } from './svg.ts';

export interface BarDatum {
  readonly label: string;
  /** A share as a fraction; `null` when suppressed or missing. */
  readonly value: number | null;
  /** The value as the reader sees it ("62,3 %"), or the suppressed word. */
  readonly valueLabel: string;
  readonly suppressed: boolean;
  readonly flagged: boolean;
}

export interface BarChartSpec {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly bars: readonly BarDatum[];
  /** Writes an axis tick; `step` is the distance between ticks. */
  readonly formatTick: (value: number, step: number) => string;
  readonly reference: { readonly value: number; readonly label: string };
  /** `flagged`: the words after a flagged bar's value; `ramp`: the colour legend's caption. */
  readonly labels: { readonly flagged: string; readonly ramp: string };
  readonly width?: number;
}

const BAR = 20;
const STEP = 30;
const FONT = 12;

/** Renders the bars as an accessible SVG. */
export function renderBarChart(spec: BarChartSpec): string {
  const width = spec.width ?? 640;
  const labelWidth = Math.min(200, Math.max(60, ...spec.bars.map((b) => textWidth(b.label, FONT)))) + 12;
  const valueWidth =
    Math.max(90, ...spec.bars.map((b) => textWidth(b.valueLabel, FONT))) + (spec.bars.some((b) => b.flagged) ? textWidth(spec.labels.flagged, FONT) + 30 : 0);
  const left = labelWidth;
  const right = Math.max(left + 120, width - valueWidth - 8);
  const values = spec.bars.map((b) => b.value).filter((v): v is number => v !== null);
  const axis = niceAxis([...values, spec.reference.value, 1], { includeZero: true, count: 4 });
  const x = linearScale(axis.domain, [left, right]);
  const top = 26;
  const bottom = top + Math.max(1, spec.bars.length) * STEP;
  const barTop = (i: number): number => top + i * STEP + (STEP - BAR) / 2;
  const legend = layoutLegend(legendItems(spec), width - 16);
  const height = bottom + 28 + legend.height + 8;
  const body =
    ticks(axis.ticks, x, top, bottom, (t) => spec.formatTick(t, axis.step)) +
    spec.bars.map((bar, i) => drawBar(bar, barTop(i), left, x)).join('') +
    referenceLine(spec.reference, x(spec.reference.value), top, bottom) +
    spec.bars.map((bar, i) => drawLabels(bar, barTop(i), left, x, spec.labels.flagged)).join('') +
    drawLegend(legend.rows, 8, bottom + 28);
  return svgDocument({ id: spec.id, width, height, title: spec.title, description: spec.description, body });
}

function ticks(values: readonly number[], x: (v: number) => number, top: number, bottom: number, format: (v: number) => string): string {
  return el(
    'g',
    { class: 'axis' },
    values
      .map(
        (t) =>
          el('line', { x1: x(t), x2: x(t), y1: top, y2: bottom, stroke: GRID }) +
          text({ x: x(t), y: bottom + 16, fill: MUTED_INK, 'font-size': 11, 'text-anchor': 'middle' }, format(t)),
      )
      .join(''),
  );
}

/** A bar's shapes: the bar, or an empty dashed box for a suppressed area. */
function drawBar(bar: BarDatum, y: number, left: number, x: (v: number) => number): string {
  if (bar.value === null) {
    return el('rect', { x: left, y, width: 24, height: BAR, fill: '#ffffff', stroke: MUTED_INK, 'stroke-dasharray': '3 2' });
  }
  return el('rect', {
    x: left,
    y,
    width: Math.max(1, x(bar.value) - left),
    height: BAR,
    fill: shareColour(bar.value),
    stroke: '#0b2545',
    'stroke-width': 0.75,
  });
}

/** A bar's texts: the area's name, the value (with a white halo), and the flag in icon and words. */
function drawLabels(bar: BarDatum, y: number, left: number, x: (v: number) => number, flaggedWords: string): string {
  const middle = y + BAR / 2 + 4;
  const label = text({ x: left - 10, y: middle, fill: INK, 'font-size': FONT, 'text-anchor': 'end' }, bar.label);
  if (bar.value === null) {
    return label + text({ x: left + 32, y: middle, fill: INK, 'font-size': FONT, 'font-style': 'italic' }, bar.valueLabel);
  }
  const end = x(bar.value);
  const halo = { stroke: '#ffffff', 'stroke-width': 4, 'paint-order': 'stroke' };
  const valueText = text({ x: end + 8, y: middle, fill: INK, 'font-size': FONT, ...halo }, bar.valueLabel);
  const after = end + textWidth(bar.valueLabel, FONT);
  const flag = bar.flagged
    ? warningIcon(after + 14, y + BAR / 2) + text({ x: after + 26, y: middle, fill: INK, 'font-size': FONT, 'font-weight': 'bold', ...halo }, flaggedWords)
    : '';
  return label + valueText + flag;
}

/** A warning triangle with an exclamation mark, drawn as shapes so no font needs the glyph. */
export function warningIcon(cx: number, cy: number): string {
  const points = `${num(cx)},${num(cy - 8)} ${num(cx + 8)},${num(cy + 6)} ${num(cx - 8)},${num(cy + 6)}`;
  return el(
    'g',
    { class: 'flag' },
    el('polygon', { points, fill: '#9b1c1c' }) +
      el('rect', { x: cx - 1, y: cy - 3.5, width: 2, height: 5.5, fill: '#ffffff' }) +
      el('rect', { x: cx - 1, y: cy + 3, width: 2, height: 2, fill: '#ffffff' }),
  );
}

function referenceLine(reference: BarChartSpec['reference'], x: number, top: number, bottom: number): string {
  // A white line under the dashes keeps the reference visible where it crosses a dark bar.
  return (
    el('line', { x1: x, x2: x, y1: top - 6, y2: bottom, stroke: '#ffffff', 'stroke-width': 4 }) +
    el('line', { x1: x, x2: x, y1: top - 6, y2: bottom, stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }) +
    text({ x, y: top - 10, fill: INK, 'font-size': 11, 'text-anchor': 'middle' }, reference.label)
  );
}

function legendItems(spec: BarChartSpec): LegendItem[] {
  const step = 1 / SHARE_RAMP.length;
  const ramp: LegendItem[] = SHARE_RAMP.map((colour, i) => ({
    sample: { kind: 'swatch', colour },
    label: `${spec.formatTick(i * step, step)}–${spec.formatTick((i + 1) * step, step)}`,
  }));
  const first = ramp[0];
  const withCaption = first === undefined ? ramp : [{ ...first, label: `${spec.labels.ramp}: ${first.label}` }, ...ramp.slice(1)];
  return [...withCaption, { sample: { kind: 'reference' }, label: spec.reference.label }];
}
