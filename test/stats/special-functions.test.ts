import { describe, expect, it } from 'vitest';
import { betaTails, binomialCdf, logBeta, logGamma, regularizedIncompleteBeta } from '../../src/stats/index.ts';
import { expectClose, expectRelClose } from './helpers.ts';

describe('logGamma and logBeta', () => {
  it('matches closed forms', () => {
    expectClose(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14); // Γ(½) = √π
    expectClose(logGamma(1), 0, 1e-14);
    expectClose(logGamma(10), Math.log(362880), 1e-13); // Γ(10) = 9!
    expectClose(logGamma(3.5), Math.log((15 / 8) * Math.sqrt(Math.PI)), 1e-14); // Γ(3.5) = 15√π/8
    expectClose(logBeta(3, 4), Math.log(1 / 60), 1e-14); // B(3,4) = 2!·3!/6! = 1/60
    expectClose(logBeta(0.5, 0.5), Math.log(Math.PI), 1e-14); // B(½,½) = π
  });

  it('stays accurate for large arguments (mpmath 40 digits)', () => {
    expectRelClose(logGamma(200), 857.9336698258575, 1e-15);
    expectRelClose(logBeta(1000, 2000), -1911.8746142144516, 1e-15);
    expectRelClose(logBeta(50, 0.5), -1.3811466014510412, 1e-14);
  });

  it('rejects non-positive arguments', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logBeta(-1, 2)).toThrow(RangeError);
  });
});

describe('regularised incomplete beta I_x(a, b)', () => {
  it('matches closed forms', () => {
    // I_x(2,3) = P(Bin(4,x) ≥ 2); at x = ½: (6 + 4 + 1)/16 = 11/16
    expectClose(regularizedIncompleteBeta(0.5, 2, 3), 11 / 16, 1e-15);
    // I_x(2,5) = P(Bin(6,x) ≥ 2) = 1 − 0.7⁶ − 6·0.3·0.7⁵ = 1 − 0.117649 − 0.302526 = 0.579825
    expectClose(regularizedIncompleteBeta(0.3, 2, 5), 0.579825, 1e-14);
    for (const x of [0.01, 0.3, 0.77]) {
      expectClose(regularizedIncompleteBeta(x, 1, 1), x, 1e-15); // uniform
      expectClose(regularizedIncompleteBeta(x, 3.5, 1), x ** 3.5, 1e-15); // I_x(a,1) = xᵃ
      expectClose(regularizedIncompleteBeta(x, 1, 2.5), 1 - (1 - x) ** 2.5, 1e-15); // I_x(1,b) = 1 − (1−x)ᵇ
    }
  });

  it('matches mpmath betainc for large parameters, both tails', () => {
    expectRelClose(regularizedIncompleteBeta(0.999, 500, 0.5), 0.31731044730971736, 1e-13);
    const tails = betaTails(0.5, 200, 300);
    expectRelClose(tails.lower, 0.9999964565197356, 1e-14);
    expectRelClose(tails.upper, 3.543480264392538e-6, 1e-10); // upper tail computed directly, not 1 − lower
  });

  it('has I_x(a,b) = 1 − I_{1−x}(b,a) and the end points 0 and 1', () => {
    for (const [x, a, b] of [
      [0.2, 3, 7],
      [0.9, 0.5, 12],
      [0.45, 30, 40],
    ] as const) {
      expectClose(regularizedIncompleteBeta(x, a, b), 1 - regularizedIncompleteBeta(1 - x, b, a), 1e-14);
    }
    expect(betaTails(0, 2, 3)).toEqual({ lower: 0, upper: 1 });
    expect(betaTails(1, 2, 3)).toEqual({ lower: 1, upper: 0 });
  });
});

describe('binomialCdf', () => {
  it('matches exact sums', () => {
    expectClose(binomialCdf(2, 4, 0.5), 11 / 16, 1e-15); // (1 + 4 + 6)/16
    expectClose(binomialCdf(3, 10, 0.3), 0.6496107184, 1e-14); // Σ_{k≤3} C(10,k)·0.3ᵏ·0.7¹⁰⁻ᵏ
    expect(binomialCdf(-1, 10, 0.3)).toBe(0);
    expect(binomialCdf(10, 10, 0.3)).toBe(1);
  });
});
