import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  type AreaCounts,
  areaDiversity,
  dissimilarityIndex,
  diversityByArea,
  exposureIndex,
  type IndexValue,
  isolationIndex,
  theilIndex,
} from '../../../src/stats/index.ts';
import { computed, expectClose } from '../helpers.ts';

// A hand-computable municipality: three areas, three groups.
//   A: target 20, comparison 60, other 20 (100)
//   B: target 40, comparison 40, other 20 (100)
//   C: target  0, comparison 50, other  0 ( 50)
//   totals: target 60, comparison 150, other 40 (250)
const areas: AreaCounts[] = [
  { area: 'A', counts: { target: 20, comparison: 60, other: 20 } },
  { area: 'B', counts: { target: 40, comparison: 40, other: 20 } },
  { area: 'C', counts: { target: 0, comparison: 50, other: 0 } },
];
const value = (r: IndexValue | { kind: 'not_computable' }) => computed(r as IndexValue).value;

describe('areaDiversity', () => {
  it('computes share, Simpson, Shannon and normalised Shannon for area A', () => {
    // p = 0.2, 0.6, 0.2; Simpson = 1 − (0.04 + 0.36 + 0.04) = 0.56
    // Shannon = −(2·0.2 ln 0.2 + 0.6 ln 0.6) = 0.4·1.6094379 + 0.6·0.5108256 = 0.95027053923323456
    // normalised = 0.95027053923323456/ln 3 = 0.86497352071792717
    const d = computed(areaDiversity(areas[0] as AreaCounts, 'target'));
    expect(d.total).toBe(100);
    expectClose(d.targetShare, 0.2, 1e-15);
    expectClose(d.simpson, 0.56, 1e-15);
    expectClose(d.shannon, 0.9502705392332346, 1e-15);
    expectClose(d.normalisedShannon as number, 0.8649735207179272, 1e-15);
  });

  it('area C has one group: no diversity at all', () => {
    const d = computed(areaDiversity(areas[2] as AreaCounts, 'target'));
    expect([d.targetShare, d.simpson, d.shannon, d.normalisedShannon]).toEqual([0, 0, 0, 0]);
  });

  it('an even mix has normalised entropy 1 and Simpson 1 − 1/K', () => {
    const d = computed(areaDiversity({ area: 'x', counts: { a: 7, b: 7, c: 7, d: 7 } }, 'a'));
    expectClose(d.normalisedShannon as number, 1, 1e-15);
    expectClose(d.simpson, 0.75, 1e-15);
  });

  it('is not computable without residents; normalised entropy needs two groups', () => {
    expect(areaDiversity({ area: 'x', counts: { a: 0, b: 0 } }, 'a').kind).toBe('not_computable');
    expect(computed(areaDiversity({ area: 'x', counts: { a: 4 } }, 'a')).normalisedShannon).toBeNull();
  });

  it('diversityByArea normalises every area over all groups', () => {
    const rows = diversityByArea(
      [
        { area: 'x', counts: { a: 5, b: 5 } },
        { area: 'y', counts: { c: 3 } },
      ],
      'a',
    );
    expect(rows.map((r) => r.area)).toEqual(['x', 'y']);
    const first = rows[0];
    if (!first) throw new Error('no rows');
    // x: two groups of three in total (a, b, c): ln 2 / ln 3
    expectClose(computed(first.diversity).normalisedShannon as number, Math.log(2) / Math.log(3), 1e-15);
  });

  it('rejects negative counts', () => {
    expect(() => areaDiversity({ area: 'x', counts: { a: -1 } }, 'a')).toThrow(RangeError);
  });
});

describe('segregation indices', () => {
  it('dissimilarity D between target and comparison', () => {
    // ½(|20/60 − 60/150| + |40/60 − 40/150| + |0 − 50/150|) = ½(1/15 + 6/15 + 5/15) = 0.4
    expectClose(value(dissimilarityIndex(areas, 'target', 'comparison')), 0.4, 1e-15);
  });

  it('isolation and exposure of the target group', () => {
    // xPx = (20/60)(20/100) + (40/60)(40/100) + 0 = 1/15 + 4/15 = 1/3
    // xPy = (20/60)(60/100) + (40/60)(40/100) + 0 = 3/15 + 4/15 = 7/15
    // xP(other) = (1/3)(0.2) + (2/3)(0.2) = 0.2; 1/3 + 7/15 + 1/5 = 1
    expectClose(value(isolationIndex(areas, 'target')), 1 / 3, 1e-15);
    expectClose(value(exposureIndex(areas, 'target', 'comparison')), 7 / 15, 1e-15);
    expectClose(value(exposureIndex(areas, 'target', 'other')), 0.2, 1e-15);
  });

  it('Theil H (Reardon & Firebaugh 2002)', () => {
    // E = −(0.24 ln 0.24 + 0.6 ln 0.6 + 0.16 ln 0.16) = 0.94221633381295901
    // E_A = 0.95027053923323456, E_B = 1.0549201679861441, E_C = 0
    // H = [100(E − E_A) + 100(E − E_B) + 50(E − 0)]/(250·E) = 0.14873447412876943 (mpmath)
    expectClose(value(theilIndex(areas)), 0.14873447412876942, 1e-14);
  });

  it('not computable without the groups', () => {
    expect(dissimilarityIndex(areas, 'target', 'nobody')).toEqual({ kind: 'not_computable', reason: 'empty_denominator', detail: 'nobody' });
    expect(isolationIndex(areas, 'nobody').kind).toBe('not_computable');
    expect(
      theilIndex([
        { area: 'a', counts: { x: 5 } },
        { area: 'b', counts: { x: 9 } },
      ]),
    ).toEqual({ kind: 'not_computable', reason: 'single_group' });
    expect(theilIndex([{ area: 'a', counts: { x: 0 } }]).kind).toBe('not_computable');
  });

  // Random municipalities: 1..8 areas, 2..4 groups, counts 0..60, each group present somewhere.
  const groupNames = ['g0', 'g1', 'g2', 'g3'];
  const municipality = fc
    .integer({ min: 2, max: 4 })
    .chain((k) => fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: k, maxLength: k }), { minLength: 1, maxLength: 8 }))
    .map((rows) => rows.map((row, i) => ({ area: `a${i}`, counts: Object.fromEntries(row.map((c, j) => [groupNames[j] as string, c])) })))
    .filter((rows) => groupNames.slice(0, Object.keys(rows[0]?.counts ?? {}).length).every((g) => rows.some((r) => (r.counts[g] ?? 0) > 0)));

  it('property: D and H lie in [0, 1]; exposures of a group sum to 1', () => {
    fc.assert(
      fc.property(municipality, (m) => {
        const d = value(dissimilarityIndex(m, 'g0', 'g1'));
        const h = value(theilIndex(m));
        expect(d >= -1e-12 && d <= 1 + 1e-12).toBe(true);
        expect(h >= -1e-12 && h <= 1 + 1e-12).toBe(true);
        const groups = Object.keys(m[0]?.counts ?? {});
        const sum = groups.reduce((s, g) => s + value(exposureIndex(m, 'g0', g)), 0);
        expectClose(sum, 1, 1e-12);
      }),
    );
  });

  it('property: the same composition everywhere gives D = 0 and H = 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
        (mix, sizes) => {
          const m = sizes.map((s, i) => ({ area: `a${i}`, counts: Object.fromEntries(mix.map((c, j) => [`g${j}`, c * s])) }));
          expectClose(value(dissimilarityIndex(m, 'g0', 'g1')), 0, 1e-12);
          expectClose(value(theilIndex(m)), 0, 1e-12);
        },
      ),
    );
  });

  it('property: every area holding a single group gives D = 1 and H = 1', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 50 })), { minLength: 2, maxLength: 8 }), (rows) => {
        const m = [
          { area: 'first0', counts: { g0: 3 } },
          { area: 'first1', counts: { g1: 4 } },
          ...rows.map(([g, c], i) => ({ area: `a${i}`, counts: { [`g${g}`]: c } })),
        ];
        expectClose(value(dissimilarityIndex(m, 'g0', 'g1')), 1, 1e-12);
        expectClose(value(theilIndex(m)), 1, 1e-12);
        expectClose(value(isolationIndex(m, 'g0')), 1, 1e-12);
      }),
    );
  });
});
