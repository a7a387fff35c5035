/**
 * Confidence interval for the gap between two means (target minus comparison, e.g. grade point
 * averages), Welch's t-interval: (m₁ − m₂) ± t_{1−α/2, ν} · √(s₁²/n₁ + s₂²/n₂).
 * R: t.test(x, y, var.equal = FALSE)$conf.int.
 */

import { assertLevel, assertMeanSummary } from './checks.ts';
import { type Interval, type MeanSummary, type NotComputable, notComputable } from './result-types.ts';
import { studentTCriticalValue } from './student-t-quantile.ts';
import { welchParts } from './welch.ts';

/**
 * The gap target − comparison between two means with Welch's interval; each group needs n ≥ 2,
 * and two groups without any spread give no interval.
 * @example meanGapInterval({ n: 10, mean: 6, sd: 2 }, { n: 20, mean: 7, sd: 3 })
 */
export function meanGapInterval(target: MeanSummary, comparison: MeanSummary, level = 0.95): Interval | NotComputable {
  assertLevel(level);
  assertMeanSummary(target);
  assertMeanSummary(comparison);
  if (target.n < 2 || comparison.n < 2) return notComputable('too_few_observations');
  const { standardError, df } = welchParts([target, comparison]);
  if (standardError === 0) return notComputable('zero_variance');
  const estimate = target.mean - comparison.mean;
  const half = studentTCriticalValue(level, df) * standardError;
  return { kind: 'interval', estimate, low: estimate - half, high: estimate + half, level };
}
