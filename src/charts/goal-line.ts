/**
 * The council's target on a line chart: a dotted horizontal line at the target value from the
 * first period to the target year, ending in a hollow diamond at the target year, with the label
 * written beside it — so the reader sees both the level and the year the council aims for.
 */
import { marker } from './marker.ts';
import { el, INK, text } from './svg.ts';

/** A target drawn on the chart. */
export interface ChartGoal {
  readonly value: number;
  /** The category (period) index of the target year; may lie after the last period with data. */
  readonly index: number;
  /** E.g. "Mål 2028: 60,0 %". */
  readonly label: string;
}

/** The goal's dash pattern (distinct from the series' dashes and the gap chart's reference). */
export const GOAL_DASH = '1 4';

/** Draws the goal in the chart's coordinates. */
export function drawGoal(goal: ChartGoal, frame: { left: number; x: (index: number) => number; y: (value: number) => number }): string {
  const x = frame.x(goal.index);
  const y = frame.y(goal.value);
  const line = el('line', { x1: frame.left, x2: x, y1: y, y2: y, stroke: INK, 'stroke-width': 2, 'stroke-dasharray': GOAL_DASH, 'stroke-linecap': 'round' });
  const label = text({ x: x - 8, y: y - 8, fill: INK, 'font-size': 11, 'text-anchor': 'end', 'font-weight': 'bold' }, goal.label);
  return el('g', { class: 'goal' }, line + marker({ shape: 'diamond', x, y, colour: INK, hollow: true }) + label);
}

/** The legend's sample for the goal. */
export function goalSample(x: number, y: number, width: number): string {
  return (
    el('line', { x1: x, y1: y, x2: x + width - 8, y2: y, stroke: INK, 'stroke-width': 2, 'stroke-dasharray': GOAL_DASH, 'stroke-linecap': 'round' }) +
    marker({ shape: 'diamond', x: x + width - 4, y, colour: INK, hollow: true })
  );
}
