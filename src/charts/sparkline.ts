/**
 * A sparkline for an overview card: the shape of the last periods in a few centimetres, with no
 * axes. It carries a title and a description like every chart; the card's text gives the numbers.
 */
import { marker } from './marker.ts';
import { seriesStyle } from './palette.ts';
import { linearScale } from './scale.ts';
import { el, num, svgDocument } from './svg.ts';

export interface SparklineSpec {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** One or two series (target first), each aligned with the same periods; `null` is a gap. */
  readonly series: readonly (readonly (number | null)[])[];
  readonly width?: number;
  readonly height?: number;
}

/** Renders a small line chart without axes; the last value of the first series gets a marker. */
export function renderSparkline(spec: SparklineSpec): string {
  const width = spec.width ?? 140;
  const height = spec.height ?? 36;
  const values = spec.series.flat().filter((v): v is number => v !== null);
  const min = values.length === 0 ? 0 : Math.min(...values);
  const max = values.length === 0 ? 1 : Math.max(...values);
  const pad = max === min ? Math.max(Math.abs(max) * 0.1, 0.01) : (max - min) * 0.15;
  const y = linearScale([min - pad, max + pad], [height - 5, 5]);
  const count = Math.max(1, ...spec.series.map((s) => s.length));
  const x = (i: number): number => (count === 1 ? width / 2 : 5 + (i * (width - 10)) / (count - 1));
  const body = spec.series
    .map((points, s) => {
      const style = seriesStyle(s);
      return path(points, x, y, style.colour, style.dash) + lastMarker(s, points, x, y);
    })
    .join('');
  return svgDocument({ id: spec.id, width, height, title: spec.title, description: spec.description, body });
}

function path(points: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number, colour: string, dash: string | undefined): string {
  let d = '';
  let pen = false;
  points.forEach((value, i) => {
    if (value === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${num(x(i))} ${num(y(value))}`;
    pen = true;
  });
  if (d === '') return '';
  return el('path', { d, fill: 'none', stroke: colour, 'stroke-width': 2, 'stroke-dasharray': dash, 'stroke-linejoin': 'round' });
}

function lastMarker(seriesIndex: number, points: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  const last = points.length - 1;
  const value = points[last];
  if (value === null || value === undefined) return '';
  const style = seriesStyle(seriesIndex);
  return marker({ shape: style.marker, x: x(last), y: y(value), colour: style.colour, hollow: false, size: 3 });
}
