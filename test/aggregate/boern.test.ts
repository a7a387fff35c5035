import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/counting/index.ts';
import { cell, counts, input, person, population, rows } from './helpers.ts';

const spell = (id: string, start: string, end = '') => ({ person_id: id, start_date: start, end_date: end });

describe('boern-anbringelse', () => {
  const persons = population(
    person('T1', '2020-01-01', 'target'),
    person('T2', '2008-01-01', 'target'), // 17
    person('T3', '2007-12-31', 'target'), // 18 on the reference date: not a child
    person('T4', '2014-06-01', 'target'),
    person('C1', '2012-01-01', 'comparison'),
    person('C2', '2019-01-01', 'comparison'),
    person('C3', '2022-01-01', 'comparison'),
    person('C4', '2016-01-01', 'comparison'),
    person('C5', '1980-01-01', 'comparison'),
    person('O1', '2015-01-01', 'other'),
  );
  const out = aggregate(
    input(
      'boern-anbringelse',
      persons,
      rows(spell('T1', '2024-01-01', '2025-02-01'), spell('T2', '2023-01-01', '2024-12-31'), spell('T3', '2020-01-01'), spell('C1', '2025-12-31')),
    ),
  );

  it('gives rates per 1,000 residents aged 0-17', () => {
    expect(counts(out.cells, 'target')).toEqual([1, 3]);
    expect(cell(out.cells, 'target').value).toBeCloseTo(1000 / 3, 9);
    expect(counts(out.cells, 'comparison')).toEqual([1, 4]);
    expect(cell(out.cells, 'comparison').value).toBe(250);
    expect(cell(out.cells, 'other').value).toBe(0);
    expect(counts(out.cells, 'total')).toEqual([2, 8]);
    expect(cell(out.cells, 'total').value).toBe(250);
  });

  it('writes child age bands and notes the placed 18-year-old', () => {
    expect(counts(out.cells, 'target', 'ageband=0-5')).toEqual([1, 1]);
    expect(cell(out.cells, 'target', 'ageband=0-5').value).toBe(1000);
    expect(counts(out.cells, 'target', 'ageband=6-11')).toEqual([0, 1]);
    expect(counts(out.cells, 'target', 'ageband=12-17')).toEqual([0, 1]);
    expect(counts(out.cells, 'comparison', 'ageband=6-11')).toEqual([0, 2]);
    expect(counts(out.cells, 'comparison', 'ageband=12-17')).toEqual([1, 1]);
    expect(out.notes).toEqual([expect.stringContaining('0-17 år')]);
  });

  describe('the second figures (Statistics Denmark): 0-22 incl. after-care, and at 31 December', () => {
    const data = rows(spell('T1', '2024-01-01', '2025-02-01'), spell('T2', '2023-01-01', '2024-12-31'), spell('T3', '2020-01-01'), spell('C1', '2025-12-31'));
    const both = aggregate({ ...input('boern-anbringelse', persons, data), secondFigures: ['children_0_22', 'at_31_december'] });

    it('children_0_22: the 18-year-old placed (after-care) counts, per 1,000 residents aged 0-22', () => {
      // Target: T1, T2, T3 (18), T4 aged 0-22; T1 and T3 placed in 2025. Comparison: C1-C4 (C5 is 45); C1.
      expect(counts(both.cells, 'target', 'variant=children_0_22')).toEqual([2, 4]);
      expect(cell(both.cells, 'target', 'variant=children_0_22').value).toBe(500);
      expect(counts(both.cells, 'comparison', 'variant=children_0_22')).toEqual([1, 4]);
      expect(counts(both.cells, 'other', 'variant=children_0_22')).toEqual([0, 1]);
      expect(counts(both.cells, 'total', 'variant=children_0_22')).toEqual([3, 9]);
    });

    it('at_31_december: the children 0-17 placed on the last day (T1 left in February; C1 placed that day)', () => {
      expect(counts(both.cells, 'target', 'variant=at_31_december')).toEqual([0, 3]);
      expect(counts(both.cells, 'comparison', 'variant=at_31_december')).toEqual([1, 4]);
      expect(counts(both.cells, 'total', 'variant=at_31_december')).toEqual([1, 8]);
    });

    it('leaves the default as it was, and writes whole groups only', () => {
      expect(counts(both.cells, 'target')).toEqual([1, 3]);
      expect(both.cells.filter((c) => c.breakdown.startsWith('variant=')).map((c) => `${c.breakdown}:${c.group}`)).toEqual([
        'variant=children_0_22:target',
        'variant=children_0_22:comparison',
        'variant=children_0_22:other',
        'variant=children_0_22:total',
        'variant=at_31_december:target',
        'variant=at_31_december:comparison',
        'variant=at_31_december:other',
        'variant=at_31_december:total',
      ]);
      expect(out.cells.some((c) => c.breakdown.startsWith('variant='))).toBe(false);
    });
  });

  describe('the number of placements 0-22 (measures_0_22): one per row in force in the year, of the children 0-22 counted', () => {
    const data = rows(
      spell('T1', '2024-01-01', '2025-02-01'),
      spell('T1', '2025-06-01', '2025-08-01'), // T1's second placement in 2025
      spell('T2', '2023-01-01', '2024-12-31'), // ended before the year
      spell('T3', '2020-01-01'), // 18: after-care, ongoing
      spell('T3', '2019-01-01', '2019-06-01'), // an old placement: not in the year
      spell('C1', '2025-12-31'),
      spell('C5', '2025-03-01'), // 45: outside 0-22
    );
    const out22 = aggregate({ ...input('boern-anbringelse', persons, data), secondFigures: ['children_0_22', 'measures_0_22'] });

    it('counts T1 twice and T3 once: 3 placements of 2 children, per 1,000 of the 4 residents aged 0-22', () => {
      expect(counts(out22.cells, 'target', 'variant=children_0_22')).toEqual([2, 4]);
      expect(counts(out22.cells, 'target', 'variant=measures_0_22')).toEqual([3, 4]);
      expect(cell(out22.cells, 'target', 'variant=measures_0_22').value).toBe(750);
      expect(counts(out22.cells, 'comparison', 'variant=measures_0_22')).toEqual([1, 4]);
      expect(counts(out22.cells, 'other', 'variant=measures_0_22')).toEqual([0, 1]);
      expect(counts(out22.cells, 'total', 'variant=measures_0_22')).toEqual([4, 9]);
    });

    it('leaves the default and the children 0-22 as they were', () => {
      expect(counts(out22.cells, 'target')).toEqual([1, 3]);
      expect(counts(out22.cells, 'total', 'variant=children_0_22')).toEqual([3, 9]);
    });
  });
});

describe('boern-kontaktperson', () => {
  const persons = population(
    person('T1', '2020-01-01', 'target'),
    person('T2', '2013-01-01', 'target'),
    person('T3', '2017-01-01', 'target'),
    person('C1', '2010-01-01', 'comparison'),
    person('C2', '2023-01-01', 'comparison'),
  );
  const measure = (id: string, m: string, start: string, end = '') => ({ ...spell(id, start, end), measure: m });
  const out = aggregate(
    input(
      'boern-kontaktperson',
      persons,
      rows(
        measure('T1', 'child', '2025-01-01', '2025-03-01'),
        measure('T1', 'family', '2025-06-01'),
        measure('T2', 'family', '2024-01-01'),
        measure('T3', 'child', '2023-01-01', '2024-12-31'),
        measure('C1', 'Barn', '2025-05-05', '2025-06-06'),
      ),
    ),
  );

  it('counts each child once in the whole group and once in a partition of the kinds (child only, family only, both)', () => {
    expect(counts(out.cells, 'target')).toEqual([2, 3]);
    expect(cell(out.cells, 'target').value).toBeCloseTo(2000 / 3, 9);
    // T1 had both kinds in 2025, T2 the family kind only; T3's spell ended in 2024.
    expect(counts(out.cells, 'target', 'measure=both')).toEqual([1, 3]);
    expect(counts(out.cells, 'target', 'measure=family_only')).toEqual([1, 3]);
    expect(counts(out.cells, 'target', 'measure=child_only')).toEqual([0, 3]);
    expect(counts(out.cells, 'comparison')).toEqual([1, 2]);
    expect(counts(out.cells, 'comparison', 'measure=child_only')).toEqual([1, 2]);
    expect(counts(out.cells, 'comparison', 'measure=family_only')).toEqual([0, 2]);
    expect(counts(out.cells, 'other', 'measure=family_only')).toEqual([0, 0]);
    expect(counts(out.cells, 'total', 'measure=family_only')).toEqual([1, 5]);
    expect(counts(out.cells, 'target', 'ageband=6-11')).toEqual([0, 1]);
    expect(counts(out.cells, 'target', 'ageband=12-17')).toEqual([1, 1]);
  });

  it('writes the second figures from the same rows: at 31 December, T1 (family, ongoing) and T2', () => {
    const data = rows(
      measure('T1', 'child', '2025-01-01', '2025-03-01'),
      measure('T1', 'family', '2025-06-01'),
      measure('T2', 'family', '2024-01-01'),
      measure('T3', 'child', '2023-01-01', '2024-12-31'),
      measure('C1', 'Barn', '2025-05-05', '2025-06-06'),
    );
    const both = aggregate({ ...input('boern-kontaktperson', persons, data), secondFigures: ['at_31_december', 'children_0_22'] });
    expect(counts(both.cells, 'target', 'variant=at_31_december')).toEqual([2, 3]);
    expect(counts(both.cells, 'comparison', 'variant=at_31_december')).toEqual([0, 2]);
    expect(counts(both.cells, 'target', 'variant=children_0_22')).toEqual([2, 3]);
  });

  it('counts the contact-person measures 0-22: T1 had one for the child and one for the family in 2025, T2 one', () => {
    const data = rows(
      measure('T1', 'child', '2025-01-01', '2025-03-01'),
      measure('T1', 'family', '2025-06-01'),
      measure('T2', 'family', '2024-01-01'),
      measure('T3', 'child', '2023-01-01', '2024-12-31'),
      measure('C1', 'Barn', '2025-05-05', '2025-06-06'),
    );
    const both = aggregate({ ...input('boern-kontaktperson', persons, data), secondFigures: ['measures_0_22'] });
    expect(counts(both.cells, 'target', 'variant=measures_0_22')).toEqual([3, 3]);
    expect(counts(both.cells, 'comparison', 'variant=measures_0_22')).toEqual([1, 2]);
    expect(counts(both.cells, 'total', 'variant=measures_0_22')).toEqual([4, 5]);
  });

  it("reads the catalogue's Danish measure aliases", () => {
    const danish = aggregate(input('boern-kontaktperson', persons, rows(measure('T1', 'Familie', '2025-01-01'), measure('T2', 'barn', '2025-01-01'))));
    expect(counts(danish.cells, 'target', 'measure=family_only')).toEqual([1, 3]);
    expect(counts(danish.cells, 'target', 'measure=child_only')).toEqual([1, 3]);
  });

  it('refuses an unknown or missing measure', () => {
    const call = (m: string) => () => aggregate(input('boern-kontaktperson', persons, rows(measure('T1', m, '2025-01-01'))));
    expect(call('nabo')).toThrow(/kolonne "measure": ukendt værdi/);
    expect(call('')).toThrow(/kolonne "measure": værdien mangler/);
  });
});
