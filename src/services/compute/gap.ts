/**
 * The gap between the target group and the comparison group (target minus comparison, in the
 * measure's unit) with its 95 % interval: Newcombe's hybrid score interval for shares and rates,
 * Welch for means. Counts and indexes have no gap.
 */
import type { Measure } from '../../catalogue/index.ts';
import { gapInterval, meanGapInterval } from '../../stats/index.ts';
import type { Cell } from '../../cells/index.ts';

export interface GapEstimate {
  gap: number;
  ciLow: number | null;
  ciHigh: number | null;
}

/** Gap for two unsuppressed cells, or null where the measure has none or the counts are missing. */
export function estimateGap(measure: Measure, target: Cell, comparison: Cell): GapEstimate | null {
  switch (measure.kind) {
    case 'share':
      return proportionGap(target, comparison, 1);
    case 'rate':
      return proportionGap(target, comparison, measure.per);
    case 'mean':
      return meanGap(target, comparison);
    case 'count':
    case 'index':
      return null;
  }
}

function proportionGap(target: Cell, comparison: Cell, scale: number): GapEstimate | null {
  const t = counts(target);
  const c = counts(comparison);
  if (!t || !c) return null;
  const interval = gapInterval(t, c);
  if (interval.kind !== 'interval') return null;
  return { gap: interval.estimate * scale, ciLow: interval.low * scale, ciHigh: interval.high * scale };
}

function meanGap(target: Cell, comparison: Cell): GapEstimate | null {
  if (target.value === null || comparison.value === null) return null;
  const gap = target.value - comparison.value;
  if (target.n === null || comparison.n === null || target.sd === null || comparison.sd === null) {
    return { gap, ciLow: null, ciHigh: null };
  }
  const interval = meanGapInterval({ n: target.n, mean: target.value, sd: target.sd }, { n: comparison.n, mean: comparison.value, sd: comparison.sd });
  if (interval.kind !== 'interval') return { gap, ciLow: null, ciHigh: null };
  return { gap, ciLow: interval.low, ciHigh: interval.high };
}

/** Numerator and denominator of a cell, when both are known and the denominator is positive. */
export function counts(cell: Cell): { numerator: number; denominator: number } | null {
  if (cell.numerator === null || cell.denominator === null || cell.denominator === 0) return null;
  return { numerator: cell.numerator, denominator: cell.denominator };
}
