/**
 * Status of the target group against the memo's wanted direction, from this period's and the
 * previous period's cells. The judgement itself (significance, parity on the gap) is
 * `stats/assessStatus`; this module only picks the cells that feed it.
 */
import type { Indicator } from '../../catalogue/index.ts';
import { assessStatus, type StatusInput } from '../../stats/index.ts';
import type { Cell } from '../../cells/index.ts';
import type { Status } from '../../stats/index.ts';
import { counts } from './gap.ts';

/** The target and comparison cells of one period (comparison absent where there is none). */
export interface PeriodCells {
  target: Cell;
  comparison: Cell | null;
}

export function statusOf(indicator: Indicator, current: PeriodCells, previous: PeriodCells | null): Status {
  const input = statusInput(indicator, current, previous);
  return input ? assessStatus(input).status : 'not_assessable';
}

function statusInput(indicator: Indicator, current: PeriodCells, previous: PeriodCells | null): StatusInput | null {
  const wanted = indicator.wanted;
  // As context only (valgdeltagelse), the comparison group does not enter the judgement.
  const useComparison = indicator.comparison === 'comparison_group';
  switch (indicator.measure.kind) {
    case 'share':
    case 'rate': {
      const now = proportionObservation(current, useComparison);
      if (!now) return null;
      return { kind: 'proportion', wanted, current: now, previous: previous ? proportionObservation(previous, useComparison) : null };
    }
    case 'mean': {
      const now = meanObservation(current, useComparison);
      if (!now) return null;
      return { kind: 'mean', wanted, current: now, previous: previous ? meanObservation(previous, useComparison) : null };
    }
    case 'count': {
      if (current.target.numerator === null) return null;
      return { kind: 'count', wanted, current: current.target.numerator, previous: previous?.target.numerator ?? null };
    }
    case 'index': {
      if (current.target.value === null) return null;
      const prev = previous?.target.value;
      return { kind: 'index', wanted, current: { value: current.target.value }, previous: prev == null ? null : { value: prev } };
    }
  }
}

function proportionObservation(cells: PeriodCells, useComparison: boolean) {
  const target = counts(cells.target);
  if (!target) return null;
  const comparison = useComparison && cells.comparison ? counts(cells.comparison) : null;
  return { target, comparison };
}

function meanObservation(cells: PeriodCells, useComparison: boolean) {
  const target = summary(cells.target);
  if (!target) return null;
  const comparison = useComparison && cells.comparison ? summary(cells.comparison) : null;
  return { target, comparison };
}

function summary(cell: Cell) {
  if (cell.value === null || cell.n === null || cell.sd === null) return null;
  return { n: cell.n, mean: cell.value, sd: cell.sd };
}
