/**
 * Confidence interval for the gap between two shares (target minus comparison): Newcombe's
 * hybrid score interval, method 10 of R. G. Newcombe, "Interval estimation for the difference
 * between independent proportions: comparison of eleven methods", Statistics in Medicine
 * 17:873–890, 1998. It combines the two Wilson intervals (l₁, u₁), (l₂, u₂):
 *
 *   δ = p₁ − p₂,  L = δ − √((p₁ − l₁)² + (u₂ − p₂)²),  U = δ + √((u₁ − p₁)² + (p₂ − l₂)²)
 */

import type { Interval, NotComputable, ProportionCounts } from './result-types.ts';
import { wilsonInterval } from './wilson-interval.ts';

/**
 * The gap target − comparison between two independent shares with Newcombe's interval.
 * @example gapInterval({ numerator: 56, denominator: 70 }, { numerator: 48, denominator: 80 }) // 0.2 [0.0524, 0.3339]
 */
export function gapInterval(target: ProportionCounts, comparison: ProportionCounts, level = 0.95): Interval | NotComputable {
  const first = wilsonInterval(target.numerator, target.denominator, level);
  if (first.kind === 'not_computable') return first;
  const second = wilsonInterval(comparison.numerator, comparison.denominator, level);
  if (second.kind === 'not_computable') return second;
  return differenceInterval(first, second);
}

/**
 * The difference first − second of two independent estimates from their own intervals (the
 * "method of variance estimates recovery", MOVER: G. Y. Zou & A. Donner, Statistical Methods in
 * Medical Research 17:497–512, 2008, of which Newcombe's method 10 is the case of two Wilson
 * intervals). Used for the gap between an age-standardised share and the comparison group's share.
 * @example differenceInterval({ estimate: 0.3, low: 0.2, high: 0.4, … }, { estimate: 0.1, low: 0.07, high: 0.14, … })
 *   // 0.2 [0.2 − √(0.1² + 0.04²), 0.2 + √(0.1² + 0.03²)]
 */
export function differenceInterval(first: Interval, second: Interval): Interval {
  const p1 = first.estimate;
  const p2 = second.estimate;
  const estimate = p1 - p2;
  const low = estimate - Math.hypot(p1 - first.low, second.high - p2);
  const high = estimate + Math.hypot(first.high - p1, p2 - second.low);
  return { kind: 'interval', estimate, low, high, level: first.level };
}
