/**
 * Rates per 1,000 (e.g. children placed outside the home per 1,000 children): the share of persons
 * with the event, with its Wilson interval, scaled by 1,000. Only rates of persons (each counted
 * at most once, numerator ≤ denominator) are meant; event rates would need a Poisson interval.
 */

import type { Interval, NotComputable } from './result-types.ts';
import { wilsonInterval } from './wilson-interval.ts';

/** A rate per `per` persons with its interval on the same scale. */
export interface RateInterval extends Interval {
  per: number;
}

/**
 * x persons out of n, per 1,000, with the Wilson interval × 1,000.
 * @example rateIntervalPer1000(12, 4000) // estimate 3 per 1,000
 */
export function rateIntervalPer1000(x: number, n: number, level = 0.95): RateInterval | NotComputable {
  const share = wilsonInterval(x, n, level);
  if (share.kind === 'not_computable') return share;
  const per = 1000;
  return { kind: 'interval', estimate: share.estimate * per, low: share.low * per, high: share.high * per, level, per };
}
