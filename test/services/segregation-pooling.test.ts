/**
 * Segregation over all residents: areas with a suppressed count are pooled into one unit whose
 * counts are the municipality's minus the published areas' (figures a reader can already derive).
 *
 * Hand case (target, comparison, other per area; the municipality 80, 120, 30 = 230 residents):
 *   A 40, 10, 10 (60)   B 10, 40, 10 (60)   C 20, 20, 0 (40)   D 3, 30, 7 (40)   E 7, 20, 3 (30)
 * D's target count (3) and E's 'other' (3) are suppressed, so D and E are pooled:
 *   pool = (80 − 70, 120 − 70, 30 − 20) = (10, 50, 10), 70 residents (= D + E).
 * Over the units A, B, C, pool:
 *   D  = ½(|40/80 − 10/120| + |10/80 − 40/120| + |20/80 − 20/120| + |10/80 − 50/120|)
 *      = ½(0.416667 + 0.208333 + 0.083333 + 0.291667) = 0.5
 *   isolation = (40/80)(40/60) + (10/80)(10/60) + (20/80)(20/40) + (10/80)(10/70)
 *      = 1/3 + 1/48 + 1/8 + 1/56 = 167/336 = 0.497024
 *   exposure (target to comparison) = (40/80)(10/60) + (10/80)(40/60) + (20/80)(20/40) + (10/80)(50/70)
 *      = 1/12 + 1/12 + 1/8 + 5/56 = 8/21 = 0.380952
 *   Theil's H: E = entropy(80, 120, 30)/230 = 0.972440; Eᵢ = 0.867563, 0.867563, 0.693147, 0.796312;
 *      H = Σ tᵢ(E − Eᵢ)/(230 E) = 0.161342
 *   mean Simpson: 1 − Σp² = 0.5 (A), 0.5 (B), 0.5 (C), 1 − 27/49 = 22/49 (pool);
 *      (60·0.5 + 60·0.5 + 40·0.5 + 70·22/49)/230 = 78/161 = 0.484472
 *   coverage = (60 + 60 + 40)/230 = 0.695652, 2 areas pooled.
 * Leaving D and E out (the old behaviour) gives D = ½(30/70 + 30/70 + 0) = 0.428571 over 160 of
 * the 230 residents. (With D and E exact, D is also 0.5: pooling lost nothing here.)
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { computeResults } from '../../src/services/compute/index.ts';
import { areaIndices } from '../../src/services/compute/housing-areas.ts';
import type { Cell } from '../../src/cells/index.ts';
import { delivery, share } from '../report/fixtures.ts';

const AREAS: Record<string, [number, number, number]> = {
  A: [40, 10, 10],
  B: [10, 40, 10],
  C: [20, 20, 0],
  D: [3, 30, 7],
  E: [7, 20, 3],
};
const GROUPS = ['target', 'comparison', 'other'] as const;

function cells(areas: Record<string, [number, number, number]>, whole: [number, number, number]): Cell[] {
  const of = (counts: [number, number, number], breakdown: string) => {
    const t = counts[0] + counts[1] + counts[2];
    return [...GROUPS.map((g, i) => share(g, counts[i] ?? 0, t, breakdown)), share('total', t, t, breakdown)];
  };
  return [...of(whole, ''), ...Object.entries(areas).flatMap(([area, counts]) => of(counts, `area=${area}`))];
}

const SUPPRESSED = new Set(['999|target|area=D', '999|other|area=E', '999|other|area=D', '999|target|area=E']);

describe('segregation over all residents: suppressed areas pooled into one unit', () => {
  const result = areaIndices('999', '2025', cells(AREAS, [80, 120, 30]), SUPPRESSED);

  it('computes D, isolation, exposure and Theil over the published areas plus the pooled unit', () => {
    const s = result.segregation;
    expect(s.dissimilarity).toBeCloseTo(0.5, 12);
    expect(s.isolation).toBeCloseTo(167 / 336, 12);
    expect(s.exposure).toBeCloseTo(8 / 21, 12);
    expect(s.theil).toBeCloseTo(0.161_341_77, 7);
    expect(s.reason).toBeNull();
  });

  it('the headline mean Simpson diversity covers every resident: 78/161', () => {
    expect(result.meanSimpson).toBeCloseTo(78 / 161, 12);
  });

  it('states the coverage: 160 of 230 residents in published areas, 2 areas pooled', () => {
    expect(result.segregation.coverage).toBeCloseTo(160 / 230, 12);
    expect(result.segregation.pooledAreas).toBe(2);
  });

  it('a suppressed area has no over-50 % flag at all (null), never "no"', () => {
    const d = result.areas.find((a) => a.area === 'D');
    expect(d).toMatchObject({ suppressed: true, targetShare: null, aboveHalf: null });
    expect(result.areas.find((a) => a.area === 'A')?.aboveHalf).toBe(true);
    expect(result.areas.find((a) => a.area === 'B')?.aboveHalf).toBe(false);
    expect(result.areas.map((a) => a.area)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('residents without a published area are in the pooled unit too (the whole is every resident)', () => {
    // 5 more target residents with no area: pool (15, 50, 10); D over A, B, C, pool with T = 85:
    // ½(|40/85 − 1/12| + |10/85 − 1/3| + |20/85 − 1/6| + |15/85 − 5/12|) = 0.5
    const withNoArea = areaIndices('999', '2025', cells(AREAS, [85, 120, 30]), SUPPRESSED);
    const expected = 0.5 * (Math.abs(40 / 85 - 1 / 12) + Math.abs(10 / 85 - 1 / 3) + Math.abs(20 / 85 - 1 / 6) + Math.abs(15 / 85 - 5 / 12));
    expect(withNoArea.segregation.dissimilarity).toBeCloseTo(expected, 12);
    expect(withNoArea.segregation.coverage).toBeCloseTo(160 / 235, 12);
  });

  it('residents in a published remainder cell (no housing area) are taken out: they live in no area', () => {
    // The same 5 residents, now delivered as the remainder cell 'uden-omraade': the whole less
    // the remainder is the hand case again (D 0.5, coverage 160/230), and the remainder is no area.
    const withRemainder = cells({ ...AREAS, 'uden-omraade': [5, 0, 0] }, [85, 120, 30]);
    const result = areaIndices('999', '2025', withRemainder, SUPPRESSED, 'uden-omraade');
    expect(result.segregation.dissimilarity).toBeCloseTo(0.5, 12);
    expect(result.segregation.coverage).toBeCloseTo(160 / 230, 12);
    expect(result.meanSimpson).toBeCloseTo(78 / 161, 12);
    expect(result.areas.map((a) => a.area)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it("a group's count hidden only to protect another is known from the total: the area stays a unit", () => {
    // C's and the municipality's 'other' counts are hidden (as complements, never because they
    // are small: the rule keeps a small count from being derivable) but their totals and the two
    // other groups are published, so a reader knows them: 40 − 20 − 20 = 0 and 230 − 80 − 120 = 30.
    // Only D is pooled — a unit of its own — so the indices are exact: isolation = 1/3 + 1/48 +
    // 1/8 + (3/80)(3/40) + (7/80)(7/30) = 0.502396 (the pooled 0.497024 above is lower, as
    // pooling always makes it).
    const hidden = new Set(['999|target|area=D', '999|other|area=D', '999|total|area=D', '999|other|area=C', '999|other|']);
    const s = areaIndices('999', '2025', cells(AREAS, [80, 120, 30]), hidden).segregation;
    expect(s.isolation).toBeCloseTo(1 / 3 + 1 / 48 + 1 / 8 + 9 / 3200 + 49 / 2400, 12);
    expect(s.dissimilarity).toBeCloseTo(0.5, 12);
    expect([s.coverage, s.pooledAreas]).toEqual([190 / 230, 1]);
  });

  it("the municipality's own counts suppressed: no indices, and the reason", () => {
    const hidden = new Set([...SUPPRESSED, '999|target|', '999|other|']);
    const s = areaIndices('999', '2025', cells(AREAS, [80, 120, 30]), hidden).segregation;
    expect([s.dissimilarity, s.isolation, s.exposure, s.theil]).toEqual([null, null, null, null]);
    expect(s.reason).toBe('municipality_suppressed');
  });

  it('nothing suppressed: no pooled unit, coverage 1', () => {
    const whole = { A: AREAS.A, B: AREAS.B } as Record<string, [number, number, number]>;
    const s = areaIndices('999', '2025', cells(whole, [50, 50, 20]), new Set()).segregation;
    // ½(|40/50 − 10/50| + |10/50 − 40/50|) = 0.6
    expect(s.dissimilarity).toBeCloseTo(0.6, 12);
    expect([s.coverage, s.pooledAreas, s.reason]).toEqual([1, 0, null]);
  });

  it('a single unit with residents: not computable, with the reason', () => {
    const one = { A: AREAS.A } as Record<string, [number, number, number]>;
    const s = areaIndices('999', '2025', cells(one, [40, 10, 10]), new Set()).segregation;
    expect([s.dissimilarity, s.reason]).toEqual([null, 'too_few_units']);
  });
});

describe('index rows carry no significance flag: there is no test', () => {
  it('the change in an index is significant: null (not false) and pValue null', () => {
    const big = (k: number): Record<string, [number, number, number]> => ({ A: [400 + k, 100, 100], B: [100, 400, 100], C: [200, 200, 50] });
    const d = (period: string, k: number) => delivery('boligomraader-diversitet', period, cells(big(k), [700 + k, 700, 250]));
    const { rows } = computeResults(loadCatalogue(), [d('2024', 0), d('2025', 50)], { threshold: 5 });
    const dissimilarity = rows.find((r) => r.period === '2025' && r.breakdown === 'index=dissimilarity');
    expect(dissimilarity?.change.sincePrevious).toMatchObject({ significant: null, pValue: null });
  });
});
