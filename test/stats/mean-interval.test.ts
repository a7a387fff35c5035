import { describe, expect, it } from 'vitest';
import { meanFromSummary, meanInterval, summariseValues } from '../../src/stats/index.ts';
import { computed, expectClose } from './helpers.ts';

describe('summariseValues', () => {
  it('computes n, mean and the sample standard deviation', () => {
    // 2,4,4,4,5,5,7,9: mean 40/8 = 5; Σ(x−5)² = 9+1+1+1+0+0+4+16 = 32; sd = √(32/7)
    const s = summariseValues([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.n).toBe(8);
    expectClose(s.mean, 5, 1e-15);
    expectClose(s.sd, Math.sqrt(32 / 7), 1e-15);
  });

  it('is exact for large offsets (two-pass, no cancellation)', () => {
    // 1e9 + {4, 7, 13, 16}: mean 1e9 + 10, deviations −6,−3,3,6 → Σ = 90, sd = √30
    const s = summariseValues([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    expectClose(s.sd, Math.sqrt(30), 1e-9);
  });

  it('has NaN spread below two values', () => {
    expect(summariseValues([]).n).toBe(0);
    expect(Number.isNaN(summariseValues([3]).sd)).toBe(true);
  });
});

describe('meanFromSummary / meanInterval', () => {
  it('computes the t-interval from a summary', () => {
    // 7 ± t(0.975, 9)·2/√10 = 7 ± 2.2621571627982055·0.6324555320336759 = 7 ± 1.4307138119413298
    const r = computed(meanFromSummary({ n: 10, mean: 7, sd: 2 }));
    expect(r).toMatchObject({ kind: 'interval', estimate: 7, n: 10, df: 9, sd: 2 });
    expectClose(r.standardError, 2 / Math.sqrt(10), 1e-15);
    expectClose(r.low, 5.56928618805867, 1e-12);
    expectClose(r.high, 8.43071381194133, 1e-12);
  });

  it('computes the t-interval from values', () => {
    // 4, 7, 10: mean 7, sd 3, se = √3; 7 ± 4.3026527297494639·√3 (R: t.test(c(4,7,10))$conf.int)
    const r = computed(meanInterval([4, 7, 10]));
    expectClose(r.low, -0.4524131352509932, 1e-12);
    expectClose(r.high, 14.452413135250993, 1e-12);
  });

  it('gives a zero-width interval when everyone has the same value', () => {
    const r = computed(meanInterval([6, 6, 6]));
    expect([r.low, r.high]).toEqual([6, 6]);
  });

  it('is not computable with fewer than two persons', () => {
    expect(meanInterval([5])).toEqual({ kind: 'not_computable', reason: 'too_few_observations' });
    expect(meanFromSummary({ n: 0, mean: Number.NaN, sd: Number.NaN }).kind).toBe('not_computable');
  });

  it('rejects impossible summaries', () => {
    expect(() => meanFromSummary({ n: 5, mean: 1, sd: -1 })).toThrow(RangeError);
    expect(() => meanFromSummary({ n: 2.5, mean: 1, sd: 1 })).toThrow(RangeError);
  });
});
