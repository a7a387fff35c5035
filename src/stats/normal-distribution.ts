/**
 * The standard normal distribution: density, lower and upper tail. Used for z-tests and, through
 * the quantile, for every normal-theory interval. Written here because the standard library has
 * no `erf`, and the tails must stay accurate far out (p-values of 1e-12 are routine).
 *
 * Method: for |z| < 3 the Taylor series Φ(z) = ½ + φ(z)·(z + z³/3 + z⁵/(3·5) + …) (Marsaglia
 * 2004, "Evaluating the normal distribution", J. Stat. Software 11(4)); beyond, Laplace's
 * continued fraction for Mills' ratio, Q(z) = φ(z) / (z + 1/(z + 2/(z + 3/(z + …)))), evaluated
 * by the modified Lentz method (Press et al., Numerical Recipes, 3rd ed., §5.2).
 */

const INV_SQRT_2PI = 0.3989422804014327; // 1/√(2π)
const TINY = 1e-300;

/** Standard normal density φ(z). */
export function normalDensity(z: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
}

/** Φ(z) − ½ for 0 ≤ z < 3 by Marsaglia's series. */
function centralSeries(z: number): number {
  const z2 = z * z;
  let term = z;
  let sum = z;
  for (let k = 1; k < 500; k++) {
    term *= z2 / (2 * k + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return normalDensity(z) * sum;
}

/** Upper tail Q(z) for z ≥ 3 by Laplace's continued fraction. */
function tailContinuedFraction(z: number): number {
  let f = z;
  let c = z;
  let d = 0;
  for (let k = 1; k < 5000; k++) {
    d = z + k * d;
    d = Math.abs(d) < TINY ? TINY : d;
    c = z + k / c;
    c = Math.abs(c) < TINY ? TINY : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return normalDensity(z) / f;
}

/**
 * Upper tail P(Z > z) of the standard normal, accurate in relative terms far into the tail.
 * @example normalUpperTail(1.959963984540054) // ≈ 0.025
 */
export function normalUpperTail(z: number): number {
  if (Number.isNaN(z)) throw new RangeError('z is NaN');
  if (z < 0) return 1 - normalUpperTail(-z);
  if (z === Number.POSITIVE_INFINITY) return 0;
  return z < 3 ? 0.5 - centralSeries(z) : tailContinuedFraction(z);
}

/**
 * Standard normal distribution function Φ(z) = P(Z ≤ z).
 * @example normalCdf(0) // 0.5
 */
export function normalCdf(z: number): number {
  return normalUpperTail(-z);
}

/** Two-sided p-value 2·P(Z > |z|) for a standard normal test statistic. */
export function normalTwoSidedP(z: number): number {
  return Math.min(1, 2 * normalUpperTail(Math.abs(z)));
}
