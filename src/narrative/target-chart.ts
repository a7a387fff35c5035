/**
 * Where a chart draws the council's target: the periods extended to the target year and the goal's
 * place among them. Presentation of a target, shared by the dashboard's and the report's charts.
 */
import { formatPeriod, nextPeriod, parseAnyPeriod } from '../catalogue/index.ts';
import type { Target, TargetMeasure } from '../cells/index.ts';

/** The year of a period's reference date: 2025, 2024-10/2025-09 and 2024/2025 are all 2025. */
export function periodYear(period: string): number {
  const match = /(\d{4})(?!.*\d{4})/.exec(period.trim());
  return match === null ? Number.NaN : Number(match[1]);
}

/**
 * The chart's periods extended to the target year, and the index of the target year among them,
 * so the target is drawn where it belongs in time (at most 20 periods are added).
 */
export function periodsToTargetYear(periods: readonly string[], year: number): { periods: string[]; index: number } {
  const out = [...periods];
  const found = out.findIndex((p) => periodYear(p) >= year);
  if (found >= 0) return { periods: out, index: found };
  let last = out.at(-1);
  for (let added = 0; last !== undefined && added < 20 && periodYear(last) < year; added += 1) {
    const parsed = parseAnyPeriod(last);
    const next = parsed.ok ? nextPeriod(parsed.period) : undefined;
    if (next === undefined) break;
    last = formatPeriod(next);
    out.push(last);
  }
  return { periods: out, index: Math.max(0, out.length - 1) };
}

/**
 * Where a chart draws the target: the chart's periods extended to the target year (`periods`), the
 * periods with data (`data`, for the text alternative) and the goal, when `target` is for `measure`.
 */
export function chartGoal(
  periods: readonly string[],
  target: Pick<Target, 'measure' | 'value' | 'year'> | null | undefined,
  measure: TargetMeasure,
  label: string,
): { periods: string[]; data: string[]; goal: { value: number; index: number; label: string } | undefined } {
  if (target === undefined || target === null || target.measure !== measure || periods.length === 0)
    return { periods: [...periods], data: [...periods], goal: undefined };
  const extended = periodsToTargetYear(periods, target.year);
  return { periods: extended.periods, data: [...periods], goal: { value: target.value, index: extended.index, label } };
}
