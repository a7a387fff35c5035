import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/counting/index.ts';
import { counts, input, person, population, rows } from './helpers.ts';

describe('boligomraader-diversitet', () => {
  const persons = population(
    person('A', '1980-01-01', 'target', '0101'),
    person('B', '1980-01-01', 'target', '0101'),
    person('C', '1980-01-01', 'comparison', '0101'),
    person('D', '1980-01-01', 'comparison', '0102'),
    person('E', '1980-01-01', 'comparison', '0102'),
    person('F', '1980-01-01', 'other', '0102'),
    person('G', '1980-01-01', 'target', null),
    person('H', '2026-01-01', 'target', '0101'), // not yet born at the reference date
  );
  const out = aggregate(input('boligomraader-diversitet', persons, []));

  it('gives every group as a share of all residents, for the municipality and each area', () => {
    expect(counts(out.cells, 'target')).toEqual([3, 7]);
    expect(counts(out.cells, 'comparison')).toEqual([3, 7]);
    expect(counts(out.cells, 'other')).toEqual([1, 7]);
    expect(counts(out.cells, 'total')).toEqual([7, 7]);
    expect(counts(out.cells, 'target', 'area=0101')).toEqual([2, 3]);
    expect(counts(out.cells, 'comparison', 'area=0101')).toEqual([1, 3]);
    expect(counts(out.cells, 'other', 'area=0101')).toEqual([0, 3]);
    expect(counts(out.cells, 'target', 'area=0102')).toEqual([0, 3]);
    expect(counts(out.cells, 'other', 'area=0102')).toEqual([1, 3]);
    expect(counts(out.cells, 'total', 'area=0102')).toEqual([3, 3]);
    expect(out.cells.map((c) => c.breakdown).filter((b, i, all) => all.indexOf(b) === i)).toEqual(['', 'area=0101', 'area=0102', 'area=uden-omraade']);
  });

  it('puts residents without an area in the remainder cell, so that the areas and the remainder add up to the whole', () => {
    expect(counts(out.cells, 'total', 'area=uden-omraade')).toEqual([1, 1]);
    const parts = ['area=0101', 'area=0102', 'area=uden-omraade'].map((b) => counts(out.cells, 'total', b));
    expect(parts.reduce((s, [n]) => s + (n ?? 0), 0)).toBe(7);
  });

  it('notes residents without an area and ignores (but notes) a data file', () => {
    expect(out.notes).toEqual([expect.stringMatching(/^1 beboer/)]);
    const withRows = aggregate(input('boligomraader-diversitet', persons, rows({ person_id: 'A' })));
    expect(withRows.notes).toHaveLength(2);
    expect(withRows.unmatched).toEqual([]);
  });
});
