import { describe, expect, it } from 'vitest';
import { normalCdf, normalCriticalValue, normalQuantile, normalTwoSidedP, normalUpperTail } from '../../src/stats/index.ts';
import { expectClose, expectRelClose } from './helpers.ts';

// References: mpmath 1.3 at 40 digits, √2·erfinv(2p − 1) and ncdf; scipy.special.ndtri for 1e-300.
describe('normalQuantile (Wichura AS 241)', () => {
  it('gives qnorm(0.975) = 1.959963984540054', () => {
    // R: qnorm(0.975) = 1.959963984540054; mpmath √2·erfinv(0.95) = 1.959963984540054235…
    expectClose(normalQuantile(0.975), 1.959963984540054, 1e-15);
    expectClose(normalCriticalValue(0.95), 1.959963984540054, 1e-15);
  });

  it.each([
    [0.5, 0], // centre
    [0.3, -0.5244005127080408], // central branch |q| ≤ 0.425
    [0.9, 1.2815515655446004], // tail branch r ≤ 5
    [1e-10, -6.361340902404057], // tail branch r ≤ 5
    [1e-20, -9.262340089798409], // far tail r > 5 (scipy.special.ndtri(1e-20))
    [1e-300, -37.0470962993612], // scipy.special.ndtri(1e-300)
  ])('qnorm(%s) = %s to 1e-14 relative', (p, expected) => {
    expect(Math.abs(normalQuantile(p) - expected)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(expected)));
  });

  it('is antisymmetric and monotone', () => {
    for (const p of [0.001, 0.02, 0.07, 0.2, 0.45]) expectClose(normalQuantile(p), -normalQuantile(1 - p), 1e-13);
    const grid = Array.from({ length: 999 }, (_, i) => (i + 1) / 1000).map(normalQuantile);
    for (let i = 1; i < grid.length; i++) expect(grid[i]).toBeGreaterThan(grid[i - 1] as number);
  });

  it('returns ±∞ at 0 and 1 and rejects probabilities outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(1.1)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });

  it('inverts normalCdf', () => {
    for (const z of [-7, -3.2, -1, 0.3, 2.5, 4]) expectClose(normalQuantile(normalCdf(z)), z, 1e-9);
  });
});

describe('normalCdf / normalUpperTail', () => {
  it.each([
    [1.96, 0.9750021048517795], // mpmath ncdf(1.96)
    [1, 0.8413447460685429], // ncdf(1)
    [0, 0.5],
    [-3, 0.0013498980316300946], // ncdf(−3), continued-fraction branch
  ])('Φ(%s) = %s', (z, expected) => {
    expectClose(normalCdf(z), expected, 1e-15);
  });

  it('keeps relative accuracy far in the tail', () => {
    expectRelClose(normalUpperTail(10), 7.619853024160525e-24, 1e-13); // mpmath ncdf(−10)
    expectRelClose(normalUpperTail(3), 0.0013498980316300946, 1e-13);
    expect(normalUpperTail(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('is continuous where the series hands over to the continued fraction (z = 3)', () => {
    expectRelClose(normalUpperTail(3 - 1e-12), normalUpperTail(3), 1e-10);
  });

  it('two-sided p-value: 2·Q(1.959963984540054) = 0.05', () => {
    expectClose(normalTwoSidedP(-1.959963984540054), 0.05, 1e-15);
  });
});
