import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { directlyStandardise, standardFromComparison, wilsonInterval } from '../../src/stats/index.ts';
import { computed, expectClose } from './helpers.ts';

const target = [
  { band: 'u65', numerator: 10, denominator: 200 },
  { band: '65+', numerator: 30, denominator: 100 },
];

describe('directlyStandardise', () => {
  it('weights the band shares by the standard and computes the binomial variance', () => {
    // w = 200/1000, 800/1000 = 0.2, 0.8; p = 0.05, 0.30
    // DSR = 0.2·0.05 + 0.8·0.30 = 0.01 + 0.24 = 0.25; crude = 40/300
    // Var = 0.04·0.05·0.95/200 + 0.64·0.30·0.70/100 = 0.0000095 + 0.001344 = 0.0013535
    // n_eff = 0.25·0.75/0.0013535 = 138.52973771702992 (< 300, no truncation)
    // Wilson(0.25, n_eff) (mpmath): 0.18529883532084073, 0.3281921618545474
    const r = computed(
      directlyStandardise(target, [
        { band: 'u65', weight: 200 },
        { band: '65+', weight: 800 },
      ]),
    );
    expectClose(r.estimate, 0.25, 1e-15);
    expectClose(r.crude, 40 / 300, 1e-15);
    expectClose(r.variance, 0.0013535, 1e-15);
    expectClose(r.standardError, Math.sqrt(0.0013535), 1e-15);
    expectClose(r.effectiveN, 138.52973771702992, 1e-9);
    expectClose(r.low, 0.18529883532084074, 1e-12);
    expectClose(r.high, 0.3281921618545474, 1e-12);
  });

  it('truncates the design effect at 1 (n_eff ≤ n)', () => {
    // w = 0.6, 0.4: DSR = 0.03 + 0.12 = 0.15; Var = 0.36·0.0002375 + 0.16·0.0021 = 0.0004215
    // n_eff = 0.1275/0.0004215 = 302.49 > 300 → 300; Wilson(0.15, 300): 0.11403246871185318, 0.19481761114532904
    const r = computed(
      directlyStandardise(target, [
        { band: 'u65', weight: 600 },
        { band: '65+', weight: 400 },
      ]),
    );
    expectClose(r.estimate, 0.15, 1e-15);
    expect(r.effectiveN).toBe(300);
    expectClose(r.low, 0.11403246871185319, 1e-12);
    expectClose(r.high, 0.19481761114532903, 1e-12);
  });

  it('uses Kish’s effective n when every band is 0 %', () => {
    // w = ½, ½; n_eff = 1/(0.25/50 + 0.25/30) = 75; Wilson(0, 75) upper = z²/(75 + z²) = 0.048723842482805869
    const r = computed(
      directlyStandardise(
        [
          { band: 'a', numerator: 0, denominator: 50 },
          { band: 'b', numerator: 0, denominator: 30 },
        ],
        [
          { band: 'a', weight: 1 },
          { band: 'b', weight: 1 },
        ],
      ),
    );
    expect([r.estimate, r.low, r.variance]).toEqual([0, 0, 0]);
    expectClose(r.effectiveN, 75, 1e-12);
    expectClose(r.high, 0.04872384248280587, 1e-12);
  });

  it('takes the standard from the comparison group’s denominators', () => {
    const comparison = [
      { band: 'u65', numerator: 30, denominator: 600 },
      { band: '65+', numerator: 100, denominator: 400 },
    ];
    expect(standardFromComparison(comparison)).toEqual([
      { band: 'u65', weight: 600 },
      { band: '65+', weight: 400 },
    ]);
    expectClose(computed(directlyStandardise(target, standardFromComparison(comparison))).estimate, 0.15, 1e-15);
  });

  it('is not computable when the target has nobody in a band the standard weights', () => {
    const r = directlyStandardise(
      [
        { band: 'a', numerator: 3, denominator: 40 },
        { band: 'b', numerator: 0, denominator: 0 },
      ],
      [
        { band: 'a', weight: 10 },
        { band: 'b', weight: 5 },
        { band: 'c', weight: 1 },
      ],
    );
    expect(r).toEqual({ kind: 'not_computable', reason: 'empty_band', detail: 'b, c' });
  });

  it('ignores bands with zero weight, even if empty in the target', () => {
    const r = computed(
      directlyStandardise(
        [
          { band: 'a', numerator: 3, denominator: 40 },
          { band: 'b', numerator: 0, denominator: 0 },
        ],
        [
          { band: 'a', weight: 10 },
          { band: 'b', weight: 0 },
        ],
      ),
    );
    expectClose(r.estimate, 3 / 40, 1e-15);
  });

  it('is not computable when the target has persons in a band the standard lacks, or the standard is empty', () => {
    expect(directlyStandardise(target, [{ band: 'u65', weight: 1 }])).toEqual({ kind: 'not_computable', reason: 'band_mismatch', detail: '65+' });
    expect(
      directlyStandardise(target, [
        { band: 'u65', weight: 0 },
        { band: '65+', weight: 0 },
      ]).kind,
    ).toBe('not_computable');
  });

  it('rejects duplicate bands and negative weights', () => {
    expect(() => directlyStandardise([...target, target[0] as never], [])).toThrow(RangeError);
    expect(() => directlyStandardise(target, [{ band: 'u65', weight: -1 }])).toThrow(RangeError);
  });

  const band = fc.integer({ min: 1, max: 500 }).chain((n) => fc.record({ numerator: fc.integer({ min: 0, max: n }), denominator: fc.constant(n) }));

  it('property: one band gives exactly the Wilson interval', () => {
    fc.assert(
      fc.property(band, fc.integer({ min: 1, max: 1000 }), (b, w) => {
        const r = computed(directlyStandardise([{ band: 'x', ...b }], [{ band: 'x', weight: w }]));
        const wilson = computed(wilsonInterval(b.numerator, b.denominator));
        expectClose(r.estimate, wilson.estimate, 1e-15);
        expectClose(r.low, wilson.low, 1e-9);
        expectClose(r.high, wilson.high, 1e-9);
      }),
    );
  });

  it('property: lies between the smallest and largest band share, inside its interval; scale-free in the weights', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(band, fc.integer({ min: 1, max: 1000 })), { minLength: 1, maxLength: 8 }), fc.integer({ min: 2, max: 50 }), (rows, k) => {
        const bands = rows.map(([b], i) => ({ band: `b${i}`, ...b }));
        const standard = rows.map(([, w], i) => ({ band: `b${i}`, weight: w }));
        const r = computed(directlyStandardise(bands, standard));
        const shares = bands.map((b) => b.numerator / b.denominator);
        expect(r.estimate).toBeGreaterThanOrEqual(Math.min(...shares) - 1e-12);
        expect(r.estimate).toBeLessThanOrEqual(Math.max(...shares) + 1e-12);
        expect(r.low <= r.estimate + 1e-12 && r.estimate <= r.high + 1e-12 && r.low >= 0 && r.high <= 1).toBe(true);
        const scaled = computed(
          directlyStandardise(
            bands,
            standard.map((s) => ({ ...s, weight: s.weight * k })),
          ),
        );
        expectClose(scaled.estimate, r.estimate, 1e-12);
        expectClose(scaled.low, r.low, 1e-12);
      }),
    );
  });

  it('property: with equal band shares the result is that share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 6 }), (x, multipliers) => {
        // every band has share x/10
        const bands = multipliers.map((m, i) => ({ band: `b${i}`, numerator: x * m, denominator: 10 * m }));
        const standard = multipliers.map((_, i) => ({ band: `b${i}`, weight: (i + 1) * 7 }));
        expectClose(computed(directlyStandardise(bands, standard)).estimate, x / 10, 1e-12);
      }),
    );
  });
});
