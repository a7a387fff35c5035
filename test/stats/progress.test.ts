import { describe, expect, it } from 'vitest';
import { assessProgress, type ProgressPoint } from '../../src/stats/index.ts';
import { expectClose } from './helpers.ts';

/** t(0.975, 3 df), R: qt(0.975, 3). */
const T3 = 3.182446305284263;

const series = (values: readonly number[], standardError: number | null = 0.01, from = 2020, key = 'origin'): ProgressPoint[] =>
  values.map((value, i) => ({ time: from + i, value, standardError, series: key }));

/**
 * A straight rise of 2 points a year, 40 % in 2020 to 48 % in 2024, each with se = 1 point.
 * By hand: t̄ = 2022, Σw(t − t̄)² = 10/0.01² = 100,000, slope 0.02, χ² = 0 so φ = 1,
 * se(slope) = √(1/100,000) = 0.0031623, half-width 3.18245 · 0.0031623 = 0.0100638,
 * interval [0.0099362, 0.0300638]; the line reaches 0.44 + 0.02 · 6 = 0.56 in 2028.
 */
const rising = series([0.4, 0.42, 0.44, 0.46, 0.48]);

describe('assessProgress — the five statuses on a series with a known trend', () => {
  it('on_track: significant rise whose line reaches 55 % by 2028 (projected 56 %)', () => {
    const r = assessProgress({ points: rising, target: { value: 0.55, time: 2028 } });
    expect(r.status).toBe('on_track');
    expectClose(r.trend?.slope ?? Number.NaN, 0.02, 1e-12);
    expectClose(r.trend?.low ?? Number.NaN, 0.02 - T3 * Math.sqrt(1 / 100_000), 1e-12);
    expectClose(r.trend?.high ?? Number.NaN, 0.0300638, 1e-7);
    expectClose(r.trend?.projected ?? Number.NaN, 0.56, 1e-12);
    expectClose(r.remaining ?? Number.NaN, 0.07, 1e-12);
    expectClose(r.requiredSlope ?? Number.NaN, 0.07 / 4, 1e-12);
  });

  it('needs_acceleration: the same rise falls short of 60 % in 2028 (56 % < 60 %)', () => {
    expect(assessProgress({ points: rising, target: { value: 0.6, time: 2028 } }).status).toBe('needs_acceleration');
  });

  it('reached: the latest 48 % is already beyond a target of 45 % set from a 40 % baseline', () => {
    const r = assessProgress({ points: rising, target: { value: 0.45, time: 2028 } });
    expect(r.status).toBe('reached');
    expectClose(r.remaining ?? Number.NaN, -0.03, 1e-12);
  });

  it('moving_away: a target of 30 % (below the 40 % baseline) while the series rises significantly', () => {
    const r = assessProgress({ points: rising, target: { value: 0.3, time: 2028 } });
    expect(r.status).toBe('moving_away');
    expect(r.direction).toBe(-1);
  });

  it('not_assessable: two points give no trend with its own uncertainty', () => {
    const r = assessProgress({ points: rising.slice(0, 2), target: { value: 0.55, time: 2028 } });
    expect(r).toMatchObject({ status: 'not_assessable', reason: 'too_few_points', used: 2 });
    expect(assessProgress({ points: [], target: { value: 0.55, time: 2028 } })).toMatchObject({ status: 'not_assessable', reason: 'no_points' });
  });
});

describe('assessProgress — uncertainty, breaks and deadlines', () => {
  /**
   * 40, 44, 40, 44, 42 %: slope = Σw(t − t̄)(y − ȳ)/Σw(t − t̄)² = 400/100,000 = 0.004; residuals
   * −0.012, 0.024, −0.020, 0.016, −0.008, χ² = 0.00144 · 10,000 = 14.4, φ = 14.4/3 = 4.8,
   * se = √(4.8/100,000) = 0.0069282, interval 0.004 ± 0.022049 — includes 0.
   */
  const noisy = series([0.4, 0.44, 0.4, 0.44, 0.42]);

  it('scatter beyond sampling error widens the interval: a line that reaches the target is not enough', () => {
    const r = assessProgress({ points: noisy, target: { value: 0.43, time: 2028 } });
    expectClose(r.trend?.projected ?? Number.NaN, 0.444, 1e-12);
    expectClose(r.trend?.low ?? Number.NaN, 0.004 - T3 * Math.sqrt(4.8 / 100_000), 1e-12);
    expect(r.status).toBe('needs_acceleration');
  });

  it('without standard errors (an index) the residual scatter alone gives the same interval', () => {
    const r = assessProgress({ points: series([0.4, 0.44, 0.4, 0.44, 0.42], null), target: { value: 0.43, time: 2028 } });
    expectClose(r.trend?.high ?? Number.NaN, 0.004 + T3 * Math.sqrt(0.00048 / 10), 1e-12);
  });

  it('only the points after the last series break count', () => {
    const broken = [...series([0.1, 0.1], 0.01, 2018, 'citizenship'), ...rising.slice(2)];
    const r = assessProgress({ points: broken, target: { value: 0.55, time: 2028 } });
    expect(r.used).toBe(3);
    expectClose(r.trend?.slope ?? Number.NaN, 0.02, 1e-12);
    const short = assessProgress({ points: [...series([0.1, 0.1, 0.1], 0.01, 2017, 'citizenship'), ...rising.slice(3)], target: { value: 0.55, time: 2028 } });
    expect(short).toMatchObject({ status: 'not_assessable', reason: 'series_break' });
  });

  it('a target year that has passed without the target reached is not on track', () => {
    expect(assessProgress({ points: rising, target: { value: 0.5, time: 2024 } }).status).toBe('needs_acceleration');
  });

  it('a suppressed period is simply absent: the gap in time is fitted as it is', () => {
    const r = assessProgress({ points: rising.filter((p) => p.time !== 2022), target: { value: 0.55, time: 2028 } });
    expectClose(r.trend?.slope ?? Number.NaN, 0.02, 1e-12);
    expect(r.status).toBe('on_track');
  });
});
