/**
 * Chart legends laid out in rows under the plot. An item is a small sample (a line with its dash
 * and marker, a shaded band, a hollow marker) and a label; items wrap to a new row when the next
 * one would not fit.
 */
import { goalSample } from './goal-line.ts';
import { marker } from './marker.ts';
import type { SeriesStyle } from './palette.ts';
import { el, INK, text, textWidth } from './svg.ts';

export type LegendSample =
  | { readonly kind: 'line'; readonly style: SeriesStyle }
  | { readonly kind: 'band' }
  | { readonly kind: 'hollow' }
  | { readonly kind: 'reference' }
  | { readonly kind: 'goal' }
  | { readonly kind: 'swatch'; readonly colour: string; readonly pattern?: string };

export interface LegendItem {
  readonly sample: LegendSample;
  readonly label: string;
}

const ROW_HEIGHT = 20;
const SAMPLE_WIDTH = 26;
const FONT_SIZE = 12;
const GAP = 18;

/** The legend's rows, and its height, for items placed within `width` pixels. */
export function layoutLegend(items: readonly LegendItem[], width: number): { rows: LegendItem[][]; height: number } {
  const rows: LegendItem[][] = [];
  let row: LegendItem[] = [];
  let used = 0;
  for (const item of items) {
    const size = itemWidth(item);
    if (row.length > 0 && used + size > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(item);
    used += size + GAP;
  }
  if (row.length > 0) rows.push(row);
  return { rows, height: rows.length * ROW_HEIGHT };
}

/** Draws laid-out legend rows with their top-left corner at (x, y). */
export function drawLegend(rows: readonly (readonly LegendItem[])[], x: number, y: number): string {
  let out = '';
  rows.forEach((row, r) => {
    let cursor = x;
    const middle = y + r * ROW_HEIGHT + ROW_HEIGHT / 2;
    for (const item of row) {
      out += sample(item.sample, cursor, middle);
      out += text({ x: cursor + SAMPLE_WIDTH + 6, y: middle + 4, fill: INK, 'font-size': FONT_SIZE }, item.label);
      cursor += itemWidth(item) + GAP;
    }
  });
  return el('g', { class: 'legend' }, out);
}

function itemWidth(item: LegendItem): number {
  return SAMPLE_WIDTH + 6 + textWidth(item.label, FONT_SIZE);
}

function sample(kind: LegendSample, x: number, y: number): string {
  const mid = x + SAMPLE_WIDTH / 2;
  switch (kind.kind) {
    case 'line':
      return (
        el('line', {
          x1: x,
          y1: y,
          x2: x + SAMPLE_WIDTH,
          y2: y,
          stroke: kind.style.colour,
          'stroke-width': 2,
          'stroke-dasharray': kind.style.dash,
        }) + marker({ shape: kind.style.marker, x: mid, y, colour: kind.style.colour, hollow: false })
      );
    case 'band':
      return el('rect', { x, y: y - 6, width: SAMPLE_WIDTH, height: 12, fill: INK, 'fill-opacity': 0.14 });
    case 'hollow':
      return marker({ shape: 'circle', x: mid, y, colour: INK, hollow: true });
    case 'reference':
      return el('line', { x1: x, y1: y, x2: x + SAMPLE_WIDTH, y2: y, stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' });
    case 'goal':
      return goalSample(x, y, SAMPLE_WIDTH);
    case 'swatch':
      return el('rect', { x: x + 4, y: y - 7, width: SAMPLE_WIDTH - 8, height: 14, fill: kind.pattern ?? kind.colour, stroke: '#0b2545' });
  }
}
