import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gap, gapInterval, meanGapInterval, ratio, wilsonInterval } from '../../src/stats/index.ts';
import { computed, expectClose } from './helpers.ts';

describe('gap and ratio', () => {
  it('is target minus comparison, in the measure unit', () => {
    expectClose(gap(0.42, 0.55), -0.13, 1e-15);
    expect(gap(7.1, 6.4)).toBeCloseTo(0.7, 12);
  });

  it('is target over comparison, null when the comparison is 0', () => {
    expect(ratio(0.3, 0.6)).toBe(0.5);
    expect(ratio(0.3, 0)).toBeNull();
  });
});

describe('gapInterval (Newcombe 1998, method 10)', () => {
  // R. G. Newcombe, Stat Med 17:873–890, 1998, Table II, method 10: the printed 4 decimals, and
  // 1e-12 against the formula evaluated in mpmath at 40 digits.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339, 0.05243147240236488, 0.33387265403690597],
    [9, 10, 3, 10, 0.1705, 0.809, 0.17052272393450288, 0.809017973535488],
    [6, 7, 2, 7, 0.0582, 0.8062, 0.0582279274823122, 0.8062496375242277],
    [5, 56, 0, 29, -0.0381, 0.1926, -0.0381371479035369, 0.19256001385511162],
    [0, 10, 0, 20, -0.1611, 0.2775, -0.16112515805281938, 0.27753279986288926],
    [0, 10, 0, 10, -0.2775, 0.2775, -0.27753279986288926, 0.27753279986288926],
    [10, 10, 0, 20, 0.6791, 1, 0.6790860371419146, 1],
    [10, 10, 0, 10, 0.6075, 1, 0.6075093504305241, 1],
  ])('%s/%s − %s/%s', (x1, n1, x2, n2, low4, high4, low, high) => {
    const r = computed(gapInterval({ numerator: x1, denominator: n1 }, { numerator: x2, denominator: n2 }));
    expectClose(r.estimate, x1 / n1 - x2 / n2, 1e-15);
    expectClose(r.low, low4, 5e-5);
    expectClose(r.high, high4, 5e-5);
    expectClose(r.low, low, 1e-12);
    expectClose(r.high, high, 1e-12);
  });

  it('is not computable when either group is empty', () => {
    expect(gapInterval({ numerator: 0, denominator: 0 }, { numerator: 3, denominator: 9 }).kind).toBe('not_computable');
    expect(gapInterval({ numerator: 3, denominator: 9 }, { numerator: 0, denominator: 0 }).kind).toBe('not_computable');
  });

  it('property: contains the estimate, lies in [−1, 1], and swapping the groups mirrors it', () => {
    const counts = fc.integer({ min: 1, max: 400 }).chain((n) => fc.record({ numerator: fc.integer({ min: 0, max: n }), denominator: fc.constant(n) }));
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const r = computed(gapInterval(a, b));
        const s = computed(gapInterval(b, a));
        expect(-1 - 1e-12 <= r.low && r.low <= r.estimate && r.estimate <= r.high && r.high <= 1 + 1e-12).toBe(true);
        expectClose(r.low, -s.high, 1e-12);
        expectClose(r.high, -s.low, 1e-12);
      }),
    );
  });

  it('with an exact comparison (huge n) approaches the target Wilson interval shifted', () => {
    const target = computed(wilsonInterval(30, 100));
    const r = computed(gapInterval({ numerator: 30, denominator: 100 }, { numerator: 5e8, denominator: 1e9 }));
    expectClose(r.low, target.low - 0.5, 1e-4);
    expectClose(r.high, target.high - 0.5, 1e-4);
  });
});

describe('meanGapInterval (Welch)', () => {
  it('matches the Welch interval', () => {
    // 6 − 7 = −1; v₁ = 4/10, v₂ = 9/20; se = √0.85; ν = 0.85²/(0.4²/9 + 0.45²/19) = 25.408226221079692
    // −1 ± t(0.975, ν)·√0.85 (mpmath): −2.8972550216230726, 0.89725502162307264
    // (R: t.test(x, y)$conf.int for samples with these summaries)
    const r = computed(meanGapInterval({ n: 10, mean: 6, sd: 2 }, { n: 20, mean: 7, sd: 3 }));
    expectClose(r.estimate, -1, 1e-15);
    expectClose(r.low, -2.8972550216230726, 1e-10);
    expectClose(r.high, 0.8972550216230727, 1e-10);
  });

  it('is not computable with < 2 persons or no spread', () => {
    expect(meanGapInterval({ n: 1, mean: 6, sd: 0 }, { n: 20, mean: 7, sd: 3 }).kind).toBe('not_computable');
    expect(meanGapInterval({ n: 5, mean: 6, sd: 0 }, { n: 5, mean: 7, sd: 0 })).toEqual({ kind: 'not_computable', reason: 'zero_variance' });
  });
});
