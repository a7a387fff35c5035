/**
 * The counts of a cell that must never reveal 1..threshold−1 persons, and that add up along
 * margins: numerator, denominator, their complement (denominator − numerator, for shares and
 * rates of persons) and n (persons behind a mean or index).
 */

import type { Cell, Margin } from './types.ts';

export const DIMENSIONS = ['numerator', 'denominator', 'complement', 'n'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The count of `cell` in `dimension`, or null when the cell has none. */
export function dimensionValue(cell: Cell, dimension: Dimension): number | null {
  switch (dimension) {
    case 'numerator':
      return cell.numerator;
    case 'denominator':
      return cell.denominator;
    case 'n':
      return cell.n ?? null;
    case 'complement':
      return complementOf(cell);
  }
}

function complementOf(cell: Cell): number | null {
  if (cell.valueKind !== 'share' && cell.valueKind !== 'rate') return null;
  if (cell.numerator === null || cell.denominator === null || cell.numerator > cell.denominator) return null;
  return cell.denominator - cell.numerator;
}

/** True when a (possibly computed, hence rounded) count lies in 1..threshold−1. */
export function isSmall(count: number, threshold: number): boolean {
  const rounded = Math.abs(count - Math.round(count)) < 1e-6 ? Math.round(count) : count;
  return rounded > 0 && rounded < threshold;
}

/** True when `margin` adds up in `dimension` (the complement needs both numerator and denominator). */
export function marginHolds(margin: Margin, dimension: Dimension): boolean {
  const holds = margin.dimensions;
  if (holds === undefined) return true;
  if (dimension === 'complement') return holds.includes('numerator') && holds.includes('denominator');
  return holds.includes(dimension);
}
