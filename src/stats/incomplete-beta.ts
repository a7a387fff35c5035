/**
 * The regularised incomplete beta function I_x(a, b) and its complement: the distribution
 * function of the beta distribution, and through it of Student's t and the binomial.
 *
 * Method: the continued fraction of Abramowitz & Stegun 26.5.8 evaluated by the modified Lentz
 * algorithm (Press et al., Numerical Recipes, 3rd ed., §6.4), applied to whichever of
 * I_x(a, b) and I_{1−x}(b, a) converges fast (x below the mean (a+1)/(a+b+2)). Both x and
 * y = 1 − x are accepted, so callers that know y exactly (Student t: y = t²/(ν+t²)) lose no digits.
 */

import { logBeta } from './log-gamma.ts';

const TINY = 1e-300;
const EPSILON = 1e-16;
const MAX_ITERATIONS = 100_000;

/** The continued fraction part of I_x(a, b) (Numerical Recipes `betacf`). */
function continuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  d = Math.abs(d) < TINY ? TINY : d;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    d = Math.abs(d) < TINY ? TINY : d;
    c = 1 + aa / c;
    c = Math.abs(c) < TINY ? TINY : c;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    d = Math.abs(d) < TINY ? TINY : d;
    c = 1 + aa / c;
    c = Math.abs(c) < TINY ? TINY : c;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return h;
  }
  throw new Error(`incomplete beta continued fraction did not converge (a=${a}, b=${b}, x=${x})`);
}

/** ln x computed from whichever of x and y = 1 − x is given more precisely. */
function logOf(x: number, y: number): number {
  return x > 0.5 ? Math.log1p(-y) : Math.log(x);
}

/** Both tails of the beta distribution at x: lower = I_x(a, b), upper = 1 − I_x(a, b). */
export interface BetaTails {
  lower: number;
  upper: number;
}

/**
 * The regularised incomplete beta function, both tails, for a, b > 0 and x + y = 1.
 * @example betaTails(0.5, 2, 3) // { lower: 0.6875, upper: 0.3125 }
 */
export function betaTails(x: number, a: number, b: number, y: number = 1 - x): BetaTails {
  if (!(a > 0 && b > 0)) throw new RangeError(`beta parameters must be > 0, got ${a}, ${b}`);
  if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) throw new RangeError(`x must be in [0, 1], got ${x}`);
  if (x === 0) return { lower: 0, upper: 1 };
  if (y === 0) return { lower: 1, upper: 0 };
  const logFront = a * logOf(x, y) + b * logOf(y, x) - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (Math.exp(logFront) * continuedFraction(x, a, b)) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = (Math.exp(logFront) * continuedFraction(y, b, a)) / b;
  return { lower: 1 - upper, upper };
}

/** I_x(a, b), the regularised incomplete beta function. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  return betaTails(x, a, b).lower;
}
