/**
 * The figure a cell shows and its 95 % interval, by the indicator's measure kind: Wilson for
 * shares, Wilson × 1,000 for rates, t-interval for means, none for plain counts (a count of the
 * whole population is not a sample estimate of anything smaller).
 */
import type { Measure } from '../../catalogue/index.ts';
import { meanFromSummary, rateIntervalPer1000, wilsonInterval } from '../../stats/index.ts';
import type { Cell } from '../../cells/index.ts';

export interface Estimate {
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number | null;
}

const NONE: Estimate = { value: null, ciLow: null, ciHigh: null, n: null };

/** Estimate for one (unsuppressed, internal) cell. */
export function estimateCell(measure: Measure, cell: Cell): Estimate {
  switch (measure.kind) {
    case 'share':
    case 'index':
      return proportion(cell, (x, n) => wilsonInterval(x, n), cell.value);
    case 'rate':
      return proportion(cell, (x, n) => rateIntervalPer1000(x, n), cell.value);
    case 'count':
      return { value: cell.numerator, ciLow: null, ciHigh: null, n: cell.numerator };
    case 'mean':
      return mean(cell);
  }
}

type IntervalFn = (x: number, n: number) => { kind: 'interval'; estimate: number; low: number; high: number } | { kind: 'not_computable' };

function proportion(cell: Cell, interval: IntervalFn, fallback: number | null): Estimate {
  const { numerator: x, denominator: n } = cell;
  if (x === null || n === null) return { ...NONE, value: fallback, n: cell.n };
  const result = interval(x, n);
  if (result.kind !== 'interval') return { ...NONE, n };
  return { value: result.estimate, ciLow: result.low, ciHigh: result.high, n };
}

function mean(cell: Cell): Estimate {
  const { value, n, sd } = cell;
  if (value === null || n === null) return { ...NONE, n };
  if (sd === null) return { value, ciLow: null, ciHigh: null, n };
  const result = meanFromSummary({ n, mean: value, sd });
  if (result.kind !== 'interval') return { value, ciLow: null, ciHigh: null, n };
  return { value, ciLow: result.low, ciHigh: result.high, n };
}
