import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rateIntervalPer1000, type Interval, wilsonInterval } from '../../src/stats/index.ts';
import { computed, expectClose } from './helpers.ts';

describe('wilsonInterval', () => {
  it('computes 45/100 by the formula', () => {
    // z = 1.959963984540054, z² = 3.841458820694124, n = 100, p̂ = 0.45
    // centre = (0.45 + z²/200)/(1 + z²/100) = 0.46920729410347062/1.03841458820694124 = 0.451849675…
    // half = z/1.03841458820694124 · √(0.45·0.55/100 + z²/40000) = 0.095704295…
    // mpmath 40 digits: low 0.35614537979511983, high 0.54755397002557874
    const r = computed(wilsonInterval(45, 100));
    expect(r).toMatchObject({ kind: 'interval', estimate: 0.45, level: 0.95 });
    expectClose(r.low, 0.35614537979511984, 1e-12);
    expectClose(r.high, 0.5475539700255787, 1e-12);
  });

  // Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
  // methods", Stat Med 17:857–872, 1998, Table I, method 3 (score): to the 4 decimals printed; to
  // 1e-12 against mpmath.
  it.each([
    [81, 263, 0.2553, 0.3662, 0.2552885198782742, 0.36620957698280004],
    [15, 148, 0.0624, 0.1605, 0.06238639953073628, 0.16048724172330803],
    [0, 20, 0, 0.1611, 0, 0.16112515805281938],
    [1, 29, 0.0061, 0.1718, 0.00611321429276266, 0.17175521879320288],
    [29, 29, 0.883, 1, 0.8830302015002592, 1],
  ])('%s/%s matches Newcombe 1998 Table I', (x, n, low4, high4, low, high) => {
    const r = computed(wilsonInterval(x, n));
    expectClose(r.low, low4, 5e-5);
    expectClose(r.high, high4, 5e-5);
    expectClose(r.low, low, 1e-12);
    expectClose(r.high, high, 1e-12);
  });

  it('is exactly 0 below at x = 0 and exactly 1 above at x = n', () => {
    expect(computed(wilsonInterval(0, 20)).low).toBe(0);
    expect(computed(wilsonInterval(29, 29)).high).toBe(1);
    expect(computed(wilsonInterval(1, 1)).high).toBe(1);
  });

  it('is not computable with no persons', () => {
    expect(wilsonInterval(0, 0)).toEqual({ kind: 'not_computable', reason: 'empty_denominator' });
  });

  it('rejects impossible counts and levels', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 1)).toThrow(RangeError);
  });

  it('narrows with a lower level', () => {
    const wide = computed(wilsonInterval(30, 80, 0.99));
    const narrow = computed(wilsonInterval(30, 80, 0.9));
    expect(wide.low).toBeLessThan(narrow.low);
    expect(wide.high).toBeGreaterThan(narrow.high);
  });

  it('property: 0 ≤ low ≤ estimate ≤ high ≤ 1, and x ↔ n − x mirrors the interval', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([x, n]) => {
          const r = computed(wilsonInterval(x, n)) as Interval;
          const m = computed(wilsonInterval(n - x, n)) as Interval;
          expect(0 <= r.low && r.low <= r.estimate && r.estimate <= r.high && r.high <= 1).toBe(true);
          expectClose(r.low, 1 - m.high, 1e-12);
          expectClose(r.high, 1 - m.low, 1e-12);
        },
      ),
    );
  });
});

describe('rateIntervalPer1000', () => {
  it('scales the Wilson interval by 1,000', () => {
    // 12 of 4,000 = 3 per 1,000; Wilson(12, 4000) × 1000 (mpmath): 1.7169926319576998, 5.2366939980055779
    const r = computed(rateIntervalPer1000(12, 4000));
    expect(r.per).toBe(1000);
    expectClose(r.estimate, 3, 1e-12);
    expectClose(r.low, 1.7169926319576998, 1e-10);
    expectClose(r.high, 5.2366939980055776, 1e-10);
  });

  it('is not computable with no persons', () => {
    expect(rateIntervalPer1000(0, 0).kind).toBe('not_computable');
  });
});
