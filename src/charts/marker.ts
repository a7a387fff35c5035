/**
 * Point markers in seven shapes, filled for a value and hollow for a suppressed cell. The shape
 * identifies the series without colour; hollowness identifies suppression without colour.
 */
import type { MarkerShape } from './palette.ts';
import { el, num } from './svg.ts';

export interface MarkerOptions {
  readonly shape: MarkerShape;
  readonly x: number;
  readonly y: number;
  readonly colour: string;
  /** Hollow (white fill, coloured outline) marks a suppressed cell. */
  readonly hollow: boolean;
  readonly size?: number;
}

/** One marker centred on (x, y). */
export function marker(options: MarkerOptions): string {
  const { shape, x, y, colour, hollow } = options;
  const r = options.size ?? 4;
  const paint = { fill: hollow ? '#ffffff' : colour, stroke: colour, 'stroke-width': hollow ? 1.75 : 1 };
  switch (shape) {
    case 'circle':
      return el('circle', { cx: x, cy: y, r, ...paint });
    case 'square':
      return el('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, ...paint });
    case 'triangle':
      return el('polygon', { points: points([x, y - r * 1.2], [x + r * 1.15, y + r * 0.9], [x - r * 1.15, y + r * 0.9]), ...paint });
    case 'diamond':
      return el('polygon', { points: points([x, y - r * 1.3], [x + r * 1.3, y], [x, y + r * 1.3], [x - r * 1.3, y]), ...paint });
    case 'triangle-down':
      return el('polygon', { points: points([x, y + r * 1.2], [x + r * 1.15, y - r * 0.9], [x - r * 1.15, y - r * 0.9]), ...paint });
    case 'hexagon': {
      const corners = [0, 1, 2, 3, 4, 5].map((k): [number, number] => [x + r * 1.1 * Math.cos((Math.PI / 3) * k), y + r * 1.1 * Math.sin((Math.PI / 3) * k)]);
      return el('polygon', { points: points(...corners), ...paint });
    }
    case 'cross':
      // A cross has no inside to leave white: the hollow (suppressed) one sits in a hollow ring.
      if (hollow) return el('circle', { cx: x, cy: y, r: r + 1.5, ...paint }) + crossPath(x, y, r * 0.7, colour, 1.25);
      return crossPath(x, y, r, colour, 2.25);
  }
}

function crossPath(x: number, y: number, r: number, colour: string, width: number): string {
  return el('path', {
    d: `M${num(x - r)} ${num(y - r)}L${num(x + r)} ${num(y + r)}M${num(x - r)} ${num(y + r)}L${num(x + r)} ${num(y - r)}`,
    fill: 'none',
    stroke: colour,
    'stroke-width': width,
  });
}

function points(...pairs: readonly (readonly [number, number])[]): string {
  return pairs.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
}
