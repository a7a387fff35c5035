import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/counting/index.ts';
import { cell, counts, input, person, population, rows, ordinary } from './helpers.ts';

const spell = (id: string, start: string, end = '') => ({ person_id: id, start_date: start, end_date: end });

describe('socialpsykiatri', () => {
  const persons = population(
    person('A', '2007-12-31', 'target'), // 18 on the reference date itself
    person('B', '2008-01-01', 'target'), // 17: outside the denominator
    person('C', '1990-05-05', 'target'),
    person('D', '1950-01-01', 'target'),
    person('E', '1980-01-01', 'comparison'),
    person('F', '1960-06-30', 'comparison'),
    person('G', '2000-01-01', 'comparison'),
    person('H', '1970-01-01', 'other'),
  );
  const out = aggregate(
    input(
      'socialpsykiatri',
      persons,
      rows(
        spell('A', '2025-03-01', '2025-04-01'),
        spell('B', '2025-01-01'),
        spell('C', '2024-01-01', '2024-12-31'),
        spell('D', '2025-12-31'),
        spell('E', '2020-01-01'),
        spell('G', '2026-01-01'),
        spell('H', '2025-01-01', '2025-01-01'),
        spell('NOBODY', '2025-01-01'),
      ),
    ),
  );

  it('counts adults at the reference date with a spell overlapping the period', () => {
    expect(counts(out.cells, 'target')).toEqual([2, 3]);
    expect(cell(out.cells, 'target').value).toBeCloseTo(2 / 3, 12);
    expect(counts(out.cells, 'comparison')).toEqual([1, 3]);
    expect(counts(out.cells, 'other')).toEqual([1, 1]);
    expect(counts(out.cells, 'total')).toEqual([4, 7]);
  });

  it('writes age-band cells for target and comparison only', () => {
    expect(counts(out.cells, 'target', 'ageband=18-29')).toEqual([1, 1]);
    expect(counts(out.cells, 'target', 'ageband=30-49')).toEqual([0, 1]);
    expect(counts(out.cells, 'target', 'ageband=50-64')).toEqual([0, 0]);
    expect(counts(out.cells, 'target', 'ageband=65+')).toEqual([1, 1]);
    expect(counts(out.cells, 'comparison', 'ageband=18-29')).toEqual([0, 1]);
    expect(counts(out.cells, 'comparison', 'ageband=30-49')).toEqual([1, 1]);
    expect(counts(out.cells, 'comparison', 'ageband=65+')).toEqual([0, 1]);
    expect(ordinary(out.cells).filter((c) => c.group === 'other' || c.group === 'total')).toHaveLength(2);
    expect(ordinary(out.cells)).toHaveLength(2 + 2 * 5);
  });

  it('notes the person under 18 with a spell and reports the unknown person', () => {
    expect(out.notes).toHaveLength(1);
    expect(out.notes[0]).toMatch(/^1 person/);
    expect(out.unmatched).toEqual([{ rowNumber: 9 }]);
  });
});

describe('hjemmepleje', () => {
  const persons = population(
    person('T1', '1940-01-01', 'target'),
    person('T2', '2000-01-01', 'target'),
    person('T3', '1955-12-31', 'target'), // turns 70 on the reference date
    person('C1', '1945-07-01', 'comparison'),
    person('C2', '1930-01-01', 'comparison'),
    person('C3', '2010-01-01', 'comparison'),
    person('C4', '2025-12-31', 'comparison'), // born on the reference date: age 0, counted
    person('O1', '1960-01-01', 'other'),
  );
  const out = aggregate(
    input(
      'hjemmepleje',
      persons,
      rows(
        spell('T1', '2025-05-01', '2025-06-01'),
        spell('T3', '2023-01-01', '2025-01-01'),
        spell('C1', '2024-06-01', '2024-12-31'),
        spell('C2', '2019-01-01'),
      ),
    ),
  );

  it('counts every resident in the denominator', () => {
    expect(counts(out.cells, 'target')).toEqual([2, 3]);
    expect(counts(out.cells, 'comparison')).toEqual([1, 4]);
    expect(cell(out.cells, 'comparison').value).toBe(0.25);
    expect(counts(out.cells, 'other')).toEqual([0, 1]);
    expect(counts(out.cells, 'total')).toEqual([3, 8]);
    expect(out.notes).toEqual([]);
    expect(out.unmatched).toEqual([]);
  });

  it('uses the home-care age bands', () => {
    expect(counts(out.cells, 'target', 'ageband=0-64')).toEqual([0, 1]);
    expect(counts(out.cells, 'target', 'ageband=65-74')).toEqual([1, 1]);
    expect(counts(out.cells, 'target', 'ageband=75-84')).toEqual([0, 0]);
    expect(counts(out.cells, 'target', 'ageband=85+')).toEqual([1, 1]);
    expect(counts(out.cells, 'comparison', 'ageband=0-64')).toEqual([0, 2]);
    expect(counts(out.cells, 'comparison', 'ageband=75-84')).toEqual([0, 1]);
    expect(counts(out.cells, 'comparison', 'ageband=85+')).toEqual([1, 1]);
  });
});

describe('hjemmepleje: assessed home help in the own home, the second figure', () => {
  const persons = population(
    person('T1', '1940-01-01', 'target'),
    person('T2', '2000-01-01', 'target'),
    person('T3', '1955-12-31', 'target'),
    person('C1', '1945-07-01', 'comparison'),
    person('C2', '1930-01-01', 'comparison'),
    person('O1', '1960-01-01', 'other'),
  );
  const care = (id: string, start: string, end: string, kind: string) => ({ ...spell(id, start, end), help_kind: kind });
  const data = rows(
    care('T1', '2025-05-01', '2025-06-01', 'praktisk_hjælp'), // home help in the own home
    care('T3', '2023-01-01', '2025-01-01', 'plejebolig'), // care in a nursing home: not home help
    care('C1', '2024-06-01', '2024-12-31', 'personal_care'), // ended before the period
    care('C2', '2019-01-01', '', 'personlig_pleje'),
    care('C2', '2020-01-01', '', 'nursing_home'), // also in a nursing home: counts once
    care('O1', '2025-02-01', '2025-03-01', ''), // kind unknown: not counted as home help
  );
  const out = aggregate({ ...input('hjemmepleje', persons, data), secondFigures: ['dst_home_help'] });
  const second = 'variant=dst_home_help';

  it('counts, among all residents, those with personal care or practical help in their own home in the period', () => {
    // Default: T1, T3 of 3; C2 of 2; O1 of 1.
    expect(counts(out.cells, 'target')).toEqual([2, 3]);
    expect(counts(out.cells, 'other')).toEqual([1, 1]);
    // Home help: T1 (not T3 in a nursing home) of 3; C2 of 2; O1 not (kind unknown).
    expect(counts(out.cells, 'target', second)).toEqual([1, 3]);
    expect(counts(out.cells, 'comparison', second)).toEqual([1, 2]);
    expect(counts(out.cells, 'other', second)).toEqual([0, 1]);
    expect(counts(out.cells, 'total', second)).toEqual([2, 6]);
    expect(out.cells.filter((c) => c.breakdown.startsWith('variant=')).map((c) => c.group)).toEqual(['target', 'comparison', 'other', 'total']);
  });

  it('writes no second figure without the column, or when it is not asked for', () => {
    const plain = rows(spell('T1', '2025-05-01', '2025-06-01'));
    expect(aggregate({ ...input('hjemmepleje', persons, plain), secondFigures: ['dst_home_help'] }).cells.some((c) => c.breakdown.startsWith('variant='))).toBe(
      false,
    );
    expect(aggregate(input('hjemmepleje', persons, data)).cells.some((c) => c.breakdown.startsWith('variant='))).toBe(false);
  });
});
