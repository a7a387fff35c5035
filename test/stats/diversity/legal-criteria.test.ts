import { describe, expect, it } from 'vitest';
import { type AreaCriteriaFigures, legalCriteria } from '../../../src/stats/index.ts';

/** An area that meets no criterion under either set of limits, with a national conviction share of 0.9 %. */
const QUIET: AreaCriteriaFigures = {
  area: 'A',
  residents: 1500,
  outsideWorkOrEducation: 0.2,
  convicted: 0.009,
  convictedNationally: 0.009,
  basicEducationOnly: 0.3,
  incomeOfRegion: 0.9,
  nonWestern: 0.1,
};

const area = (change: Partial<AreaCriteriaFigures>): AreaCriteriaFigures => ({ ...QUIET, ...change });

describe('legalCriteria (Almenboligloven § 61 a)', () => {
  it('an area below 1,000 residents is no official area, whatever its figures', () => {
    expect(legalCriteria(area({ residents: 999, outsideWorkOrEducation: 0.6, incomeOfRegion: 0.3, nonWestern: 0.8 }))).toEqual({
      kind: 'not_official',
      area: 'A',
      residents: 999,
    });
    expect(legalCriteria(area({ residents: 1000 })).kind).toBe('official');
  });

  it('2 of 4 criteria make a vulnerable area; above 50 % non-Western a parallel society', () => {
    // 45 % > 40 % outside work; 2.7 % convicted = 3 × 0.9 %: at least 3 times (on the limit).
    const figures = area({ outsideWorkOrEducation: 0.45, convicted: 0.027, nonWestern: 0.45 });
    const result = legalCriteria(figures);
    expect(result).toMatchObject({
      kind: 'official',
      vulnerable: { employment: true, crime: true, education: false, income: false },
      list: 'vulnerable',
      nonWesternAbove30: true,
      nonWesternAbove50: false,
    });
    expect(legalCriteria({ ...figures, nonWestern: 0.51 })).toMatchObject({ list: 'parallel_society', nonWesternAbove50: true });
  });

  it('a limit is strict where the law says "exceeds" / "below" and inclusive where it says "at least"', () => {
    // Exactly 40 %, 60 % and 55 % meet nothing; exactly 3 times meets the crime criterion (1.8 % = 3 × 0.6 %,
    // though 3 × 0.006 is 0.018000000000000002 in binary).
    const onLimits = legalCriteria(
      area({ outsideWorkOrEducation: 0.4, basicEducationOnly: 0.6, incomeOfRegion: 0.55, convicted: 0.018, convictedNationally: 0.006 }),
    );
    expect(onLimits).toMatchObject({ vulnerable: { employment: false, crime: true, education: false, income: false } });
    // Exactly 50 % non-Western is not "above 50 %".
    expect(legalCriteria(area({ nonWestern: 0.5 }))).toMatchObject({ nonWesternAbove50: false, nonWesternAbove30: true });
  });

  it('one criterion is not enough', () => {
    expect(legalCriteria(area({ incomeOfRegion: 0.5, nonWestern: 0.7 }))).toMatchObject({
      vulnerable: { employment: false, crime: false, education: false, income: true },
      list: 'none',
    });
  });

  it('a prevention area: above 30 % non-Western and 2 of 4 with the lower limits', () => {
    // 35 % outside work (> 30 %, not > 40 %), income 60 % of the region's (< 65 %, not < 55 %),
    // 1.9 % convicted (≥ 2 × 0.9 % = 1.8 %, not ≥ 2.7 %): 3 of 4 under the prevention limits, 0 of 4 otherwise.
    const figures = area({ outsideWorkOrEducation: 0.35, incomeOfRegion: 0.6, convicted: 0.019, nonWestern: 0.31 });
    expect(legalCriteria(figures)).toMatchObject({
      vulnerable: { employment: false, crime: false, education: false, income: false },
      prevention: { employment: true, crime: true, education: false, income: true },
      list: 'prevention',
    });
    // 30 % non-Western exactly: not above 30 %, so on no list.
    expect(legalCriteria({ ...figures, nonWestern: 0.3 })).toMatchObject({ list: 'none' });
  });

  it('a vulnerable area is on the vulnerable list, not also on the prevention list', () => {
    const figures = area({ outsideWorkOrEducation: 0.42, basicEducationOnly: 0.62, nonWestern: 0.4 });
    expect(legalCriteria(figures)).toMatchObject({ list: 'vulnerable', prevention: { employment: true, education: true } });
  });
});
