import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countChangeTest, meanGapChangeTest, proportionGapChangeTest, twoMeanTest, twoProportionTest } from '../../src/stats/index.ts';
import { computed, expectClose } from './helpers.ts';

describe('twoProportionTest (pooled z)', () => {
  it('matches prop.test(c(45,30), c(100,100), correct = FALSE)', () => {
    // p̄ = 75/200 = 0.375; var = 0.375·0.625·(1/100 + 1/100) = 0.0046875
    // z = (0.30 − 0.45)/√0.0046875 = −2.1908902300206644; z² = 4.8 = R's X-squared
    // p = 2·Φ(−2.19089…) = 0.028459736916310583 (R prints 0.02846)
    const r = computed(twoProportionTest(45, 100, 30, 100));
    expectClose(r.z, -2.1908902300206643, 1e-12);
    expectClose(r.z * r.z, 4.8, 1e-12);
    expectClose(r.pValue, 0.028459736916310582, 1e-12);
    expect(r.significant).toBe(true);
    expectClose(r.difference, -0.15, 1e-15);
  });

  it('is not significant for 30/100 → 35/100', () => {
    // p̄ = 0.325; z = 0.05/√(0.325·0.675·0.02) = 0.7552…; p = 0.45033817550821096
    const r = computed(twoProportionTest(30, 100, 35, 100));
    expectClose(r.pValue, 0.450338175508211, 1e-12);
    expect(r.significant).toBe(false);
  });

  it('gives z = 0, p = 1 when both shares are 0 % (or both 100 %)', () => {
    expect(computed(twoProportionTest(0, 50, 0, 80))).toMatchObject({ z: 0, pValue: 1, significant: false });
    expect(computed(twoProportionTest(50, 50, 80, 80))).toMatchObject({ z: 0, pValue: 1, significant: false });
  });

  it('is not computable for an empty group and honours alpha', () => {
    expect(twoProportionTest(0, 0, 3, 10).kind).toBe('not_computable');
    expect(computed(twoProportionTest(45, 100, 30, 100, 0.01)).significant).toBe(false);
  });

  it('property: symmetric in the two samples (z changes sign, p does not)', () => {
    const counts = fc.integer({ min: 1, max: 300 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(counts, counts, ([x1, n1], [x2, n2]) => {
        const a = computed(twoProportionTest(x1, n1, x2, n2));
        const b = computed(twoProportionTest(x2, n2, x1, n1));
        expectClose(a.z, -b.z, 1e-12);
        expectClose(a.pValue, b.pValue, 1e-12);
        expect(a.pValue >= 0 && a.pValue <= 1).toBe(true);
      }),
    );
  });
});

describe('twoMeanTest (Welch)', () => {
  it('matches scipy.stats.ttest_ind_from_stats(5, 2, 10, 7, 3, 12, equal_var=False)', () => {
    // scipy: statistic −1.8650096164806276 (first − second), pvalue 0.07754643868205859
    // here t = (7 − 5)/√(4/10 + 9/12) = 2/√1.15; ν = 1.15²/(0.4²/9 + 0.75²/11) = 19.190545987541224
    const r = computed(twoMeanTest({ n: 10, mean: 5, sd: 2 }, { n: 12, mean: 7, sd: 3 }));
    expectClose(r.t, 1.8650096164806276, 1e-12);
    expectClose(r.df, 19.190545987541224, 1e-10);
    expectClose(r.pValue, 0.07754643868205867, 1e-12);
    expect(r.significant).toBe(false);
  });

  it('is significant for a larger sample', () => {
    // 5 (sd 2, n 50) → 6.2 (sd 2.5, n 60): t = 1.2/√(0.08 + 0.1041667) = 2.7962482945702225,
    // ν = 107.83769204861273, p = 0.0061227326594166992 (mpmath)
    const r = computed(twoMeanTest({ n: 50, mean: 5, sd: 2 }, { n: 60, mean: 6.2, sd: 2.5 }));
    expectClose(r.t, 2.7962482945702223, 1e-12);
    expectClose(r.pValue, 0.006122732659416699, 1e-12);
    expect(r.significant).toBe(true);
  });

  it('is not computable below two persons or without spread', () => {
    expect(twoMeanTest({ n: 1, mean: 5, sd: 0 }, { n: 12, mean: 7, sd: 3 }).kind).toBe('not_computable');
    expect(twoMeanTest({ n: 4, mean: 5, sd: 0 }, { n: 4, mean: 7, sd: 0 })).toEqual({ kind: 'not_computable', reason: 'zero_variance' });
  });
});

describe('countChangeTest (exact conditional Poisson)', () => {
  // p = min(1, 2·Σ_{k ≤ min(x₁,x₂)} C(N,k)/2ᴺ), N = x₁ + x₂, computed in exact fractions;
  // R: poisson.test(c(x1, x2))$p.value, binom.test(x2, N)$p.value agree.
  it.each([
    [10, 20, 26504551 / 268435456], // 2·Σ_{k≤10} C(30,k)/2³⁰ = 26504551/268435456 = 0.098737146705389…
    [3, 12, 9 / 256], // 2·(1 + 15 + 105 + 455)/2¹⁵ = 1152/32768
    [0, 6, 1 / 32], // 2/2⁶
    [0, 5, 1 / 16], // 2/2⁵
    [50, 50, 1],
    [100, 140, 0.011664092317677663], // exact fraction evaluated to double
  ])('x₁ = %s, x₂ = %s → p = %s', (x1, x2, p) => {
    expectClose(countChangeTest(x1, x2).pValue, p, 1e-14);
  });

  it('says significant only below alpha and treats 0 → 0 as no change', () => {
    expect(countChangeTest(3, 12).significant).toBe(true);
    expect(countChangeTest(10, 20).significant).toBe(false);
    expect(countChangeTest(0, 0)).toMatchObject({ pValue: 1, significant: false, difference: 0 });
  });

  it('rejects non-integer or negative counts', () => {
    expect(() => countChangeTest(1.5, 3)).toThrow(RangeError);
    expect(() => countChangeTest(-1, 3)).toThrow(RangeError);
  });
});

describe('gap change tests', () => {
  const share = (numerator: number, denominator: number) => ({ numerator, denominator });

  it('proportions: z on the change in the gap with four binomial variances', () => {
    // gap −0.30 (30 % vs 60 %) → −0.05 (55 % vs 60 %); var = (0.21 + 0.24 + 0.2475 + 0.24)/100 = 0.009375
    // z = 0.25/√0.009375 = 2.5819888974716113; p = 0.009823274507519248
    const r = computed(proportionGapChangeTest({ target: share(30, 100), comparison: share(60, 100) }, { target: share(55, 100), comparison: share(60, 100) }));
    expectClose(r.previousGap, -0.3, 1e-15);
    expectClose(r.currentGap, -0.05, 1e-15);
    expectClose(r.statistic, 2.581988897471611, 1e-12);
    expectClose(r.pValue, 0.009823274507519249, 1e-12);
    expect(r.significant).toBe(true);
  });

  it('proportions: no variance and no change → p = 1; no variance but a change → not computable', () => {
    const zero = share(0, 10);
    expect(computed(proportionGapChangeTest({ target: zero, comparison: zero }, { target: zero, comparison: zero })).pValue).toBe(1);
    expect(proportionGapChangeTest({ target: zero, comparison: zero }, { target: share(10, 10), comparison: zero }).kind).toBe('not_computable');
  });

  it('means: Welch–Satterthwaite over four groups', () => {
    // gap 5.0 − 7.0 = −2.0 → 6.5 − 7.1 = −0.6; change 1.4
    // se² = 2.5²/40 + 2.4²/200 + 2.6²/45 + 2.5²/210; t = 2.3171881637094615, ν = 116.14341793861115,
    // p = 0.022245489154091121 (mpmath)
    const r = computed(
      meanGapChangeTest(
        { target: { n: 40, mean: 5.0, sd: 2.5 }, comparison: { n: 200, mean: 7.0, sd: 2.4 } },
        { target: { n: 45, mean: 6.5, sd: 2.6 }, comparison: { n: 210, mean: 7.1, sd: 2.5 } },
      ),
    );
    expectClose(r.statistic, 2.3171881637094613, 1e-12);
    expectClose(r.df as number, 116.14341793861115, 1e-9);
    expectClose(r.pValue, 0.022245489154091122, 1e-12);
  });
});
