/**
 * Progress towards a target the council has set: is the observed trend, with its uncertainty,
 * going to reach the target by the target year? Method (docs/statistics.md §9):
 *
 * 1. Only the points after the last series break count (a break is a change of `series`, e.g. the
 *    group definition); the trend is fitted to those points, in time order.
 * 2. `reached`: the latest point is at or beyond the target, in the direction from the baseline
 *    value (the first point used) to the target.
 * 3. Fewer than `minPoints` (3) points → `not_assessable`: a line through two points has no
 *    uncertainty of its own.
 * 4. Weighted least squares of value on time, weights 1/se² when every point has a standard error
 *    (else equal weights); the slope's standard error is √(φ / Σwᵢ(tᵢ − t̄)²) with dispersion
 *    φ = max(1, χ²/(n − 2)) for known standard errors (scatter beyond sampling error widens the
 *    interval, never narrows it), φ = RSS/(n − 2) without them; interval slope ± t₁₋α/₂,ₙ₋₂ · se.
 * 5. `moving_away`: the whole interval of the slope points away from the target;
 *    `on_track`: the whole interval points towards it and the fitted line reaches the target by
 *    the target year; otherwise `needs_acceleration`.
 */
import { assertAlpha } from './checks.ts';
import { studentTQuantile } from './student-t-quantile.ts';

export const PROGRESS_STATUSES = ['reached', 'on_track', 'needs_acceleration', 'moving_away', 'not_assessable'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** One published point of the series the target is set on (level or gap). */
export interface ProgressPoint {
  /** Time on a yearly scale (the year of the period's reference date). */
  time: number;
  value: number;
  /** Standard error of the value; null where the figure has none (an index). */
  standardError: number | null;
  /** Points with different keys are not comparable (a series break); only the last run counts. */
  series: string;
}

export interface ProgressInput {
  /** The published points from the baseline on (suppressed periods left out). */
  points: readonly ProgressPoint[];
  target: { value: number; time: number };
  /** Direction when the target equals the baseline value (hold the level): +1 up, −1 down. */
  fallbackDirection?: 1 | -1;
  alpha?: number;
  minPoints?: number;
}

export type ProgressReason = 'no_points' | 'too_few_points' | 'series_break' | null;

export interface ProgressAssessment {
  status: ProgressStatus;
  reason: ProgressReason;
  /** +1 when the target lies above the baseline value, −1 below. */
  direction: 1 | -1;
  /** The points the judgement used (after the last break). */
  used: number;
  latest: { time: number; value: number } | null;
  /** Target minus the latest value (signed, in the value's unit). */
  remaining: number | null;
  /** The fitted trend per year with its interval; null when no trend was fitted. */
  trend: { slope: number; low: number; high: number; projected: number } | null;
  /** The change per year still needed from the latest value to reach the target in time. */
  requiredSlope: number | null;
}

function lastRun(points: readonly ProgressPoint[]): ProgressPoint[] {
  const sorted = [...points].sort((a, b) => a.time - b.time);
  const last = sorted.at(-1);
  if (last === undefined) return [];
  let start = sorted.length - 1;
  while (start > 0 && sorted[start - 1]?.series === last.series) start -= 1;
  return sorted.slice(start);
}

/** Weighted least-squares line with the slope's interval (see the module comment, step 4). */
export function weightedTrend(
  points: readonly ProgressPoint[],
  alpha = 0.05,
): { slope: number; low: number; high: number; at: (time: number) => number } | null {
  const n = points.length;
  if (n < 3) return null;
  const known = points.every((p) => p.standardError !== null && p.standardError > 0);
  const weights = points.map((p) => (known ? 1 / (p.standardError as number) ** 2 : 1));
  const sw = weights.reduce((s, w) => s + w, 0);
  const tBar = points.reduce((s, p, i) => s + (weights[i] as number) * p.time, 0) / sw;
  const yBar = points.reduce((s, p, i) => s + (weights[i] as number) * p.value, 0) / sw;
  let sxx = 0;
  let sxy = 0;
  points.forEach((p, i) => {
    const w = weights[i] as number;
    sxx += w * (p.time - tBar) ** 2;
    sxy += w * (p.time - tBar) * (p.value - yBar);
  });
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  const at = (time: number) => yBar + slope * (time - tBar);
  const rss = points.reduce((s, p, i) => s + (weights[i] as number) * (p.value - at(p.time)) ** 2, 0);
  const dispersion = known ? Math.max(1, rss / (n - 2)) : rss / (n - 2);
  const half = studentTQuantile(1 - alpha / 2, n - 2) * Math.sqrt(dispersion / sxx);
  return { slope, low: slope - half, high: slope + half, at };
}

/**
 * Judges progress towards a target (module comment).
 * @example assessProgress({ target: { value: 0.55, time: 2028 }, points: [2020, 2021, 2022, 2023, 2024]
 *   .map((t, i) => ({ time: t, value: 0.4 + 0.02 * i, standardError: 0.01, series: 'origin' })) }).status // 'on_track'
 */
export function assessProgress(input: ProgressInput): ProgressAssessment {
  const alpha = input.alpha ?? 0.05;
  assertAlpha(alpha);
  const minPoints = input.minPoints ?? 3;
  const all = [...input.points].sort((a, b) => a.time - b.time);
  const used = lastRun(all);
  const first = used[0];
  const latest = used.at(-1);
  const none = { trend: null, requiredSlope: null };
  if (first === undefined || latest === undefined) {
    return { status: 'not_assessable', reason: 'no_points', direction: input.fallbackDirection ?? 1, used: 0, latest: null, remaining: null, ...none };
  }
  const { target } = input;
  const sign = Math.sign(target.value - (all[0] ?? first).value);
  const direction: 1 | -1 = sign === 0 ? (input.fallbackDirection ?? 1) : sign > 0 ? 1 : -1;
  const remaining = target.value - latest.value;
  const base = { direction, used: used.length, latest: { time: latest.time, value: latest.value }, remaining };
  if (direction * remaining <= 0) return { status: 'reached', reason: null, ...base, ...none };
  const trend = used.length >= minPoints ? weightedTrend(used, alpha) : null;
  if (trend === null) {
    const reason = all.length >= minPoints && used.length < minPoints ? 'series_break' : 'too_few_points';
    return { status: 'not_assessable', reason, ...base, ...none };
  }
  const projected = trend.at(target.time);
  const yearsLeft = target.time - latest.time;
  const summary = { trend: { slope: trend.slope, low: trend.low, high: trend.high, projected }, requiredSlope: yearsLeft > 0 ? remaining / yearsLeft : null };
  const towards = { low: direction === 1 ? trend.low : -trend.high, high: direction === 1 ? trend.high : -trend.low };
  if (towards.high < 0) return { status: 'moving_away', reason: null, ...base, ...summary };
  const reaches = yearsLeft > 0 && direction * (projected - target.value) >= 0;
  return { status: towards.low > 0 && reaches ? 'on_track' : 'needs_acceleration', reason: null, ...base, ...summary };
}
