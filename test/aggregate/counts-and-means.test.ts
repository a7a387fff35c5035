import { describe, expect, it } from 'vitest';
import { AggregationRowError, aggregate } from '../../src/counting/index.ts';
import { cell, input, person, population, rows, YEAR_2025, ordinary } from './helpers.ts';

describe('igu-forloeb', () => {
  const persons = population(
    person('T1', '1995-01-01', 'target'),
    person('T2', '1996-01-01', 'target'),
    person('T3', '1997-01-01', 'target'),
    person('O1', '1998-01-01', 'other'),
  );
  const course = (id: string, start: string, end = '') => ({ person_id: id, start_date: start, end_date: end });
  const data = rows(
    course('T1', '2023-01-01', '2025-01-15'), // started before the period, still running in it
    course('T1', '2025-03-01', '2025-08-01'),
    course('T1', '2025-09-01'),
    course('T2', '2025-12-31'),
    course('T3', '2024-01-01', '2024-12-31'), // ended before the period
    course('T3', '2026-01-01'), // starts after the period
    course('O1', '2025-01-01'),
    course('GONE', '2025-02-01'),
  );
  const YEAR_2024 = { start: '2024-01-01', end: '2024-12-31', label: '2024' };
  const out = aggregate(input('igu-forloeb', persons, data));
  const running = (period = YEAR_2025) => aggregate({ ...input('igu-forloeb', persons, data, period), variant: 'running' });

  it("by default counts the courses started in the period (the catalogue's default, as Jobindsats), with the number of persons as n", () => {
    // T1's courses of 2025-03-01 and 2025-09-01, T2's of 2025-12-31; not T1's of 2023 (still running), not T3's.
    expect(cell(out.cells, 'target')).toEqual({ municipality: '', group: 'target', breakdown: '', numerator: 3, denominator: null, value: 3, sd: null, n: 2 });
    expect(cell(out.cells, 'comparison')).toMatchObject({ numerator: 0, value: 0, n: 0 });
    expect(cell(out.cells, 'other')).toMatchObject({ numerator: 1, value: 1, n: 1 });
    expect(cell(out.cells, 'total')).toMatchObject({ numerator: 4, value: 4, n: 3 });
    expect(out.unmatched).toEqual([{ rowNumber: 9 }]);
  });

  it('counts a course that spans two years only in the year it starts', () => {
    const year2024 = aggregate(input('igu-forloeb', persons, data, YEAR_2024));
    expect(cell(year2024.cells, 'target')).toMatchObject({ numerator: 1, value: 1, n: 1 });
    expect(cell(year2024.cells, 'total')).toMatchObject({ numerator: 1, n: 1 });
  });

  it('the variant `running` counts courses in progress, a two-year course once in each year', () => {
    expect(cell(running().cells, 'target')).toMatchObject({ numerator: 4, value: 4, n: 2 });
    expect(cell(running().cells, 'total')).toMatchObject({ numerator: 5, value: 5, n: 3 });
    expect(cell(running(YEAR_2024).cells, 'target')).toMatchObject({ numerator: 2, value: 2, n: 2 });
  });

  it("without a variant from the caller, counts by the shipped catalogue's default (started)", () => {
    const { variant: _given, ...without } = input('igu-forloeb', persons, data);
    expect(cell(aggregate(without).cells, 'target')).toMatchObject({ numerator: 3, n: 2 });
  });

  it('refuses to count by a variant it does not know', () => {
    expect(() => aggregate({ ...input('igu-forloeb', persons, data), variant: 'ongoing' })).toThrow(/needs one of its variants \(started, running\)/);
  });

  it('writes the second figure `running` beside the default as whole-group cells variant=running, the default unchanged', () => {
    const both = aggregate({ ...input('igu-forloeb', persons, data), secondFigures: ['running'] });
    // Default: T1's two 2025 starts + T2's = 3 courses of 2 persons, as without the second figure.
    expect(cell(both.cells, 'target')).toMatchObject({ numerator: 3, n: 2 });
    // Running: those 3 + T1's course of 2023 still running in January = 4, of the same 2 persons.
    expect(cell(both.cells, 'target', 'variant=running')).toEqual({
      municipality: '',
      group: 'target',
      breakdown: 'variant=running',
      numerator: 4,
      denominator: null,
      value: 4,
      sd: null,
      n: 2,
    });
    expect(cell(both.cells, 'other', 'variant=running')).toMatchObject({ numerator: 1, n: 1 });
    expect(cell(both.cells, 'comparison', 'variant=running')).toMatchObject({ numerator: 0, n: 0 });
    expect(cell(both.cells, 'total', 'variant=running')).toMatchObject({ numerator: 5, n: 3 });
    // Whole groups only: no second figure by sex, generation, …
    expect(both.cells.filter((c) => c.breakdown.startsWith('variant=')).map((c) => c.group)).toEqual(['target', 'comparison', 'other', 'total']);
    expect(out.cells.some((c) => c.breakdown.startsWith('variant='))).toBe(false);
  });

  describe("the optional employer column: the municipality's own IGU posts apart", () => {
    const withEmployer = rows(
      { ...course('T1', '2025-03-01', '2025-08-01'), employer: 'kommune' },
      { ...course('T1', '2025-09-01'), employer: 'privat' },
      { ...course('T2', '2025-12-31'), employer: '' },
      { ...course('O1', '2025-01-01'), employer: 'municipality' },
      { ...course('T3', '2024-01-01'), employer: 'kommunen' }, // started before the period: not a started course
    );
    const split = aggregate(input('igu-forloeb', persons, withEmployer));

    it('splits the courses started by employer; a course without one is in neither (the unwritten remainder)', () => {
      expect(cell(split.cells, 'target', 'employer=municipality')).toMatchObject({ numerator: 1, n: 1 });
      expect(cell(split.cells, 'target', 'employer=private')).toMatchObject({ numerator: 1, n: 1 });
      expect(cell(split.cells, 'target')).toMatchObject({ numerator: 3, n: 2 });
      expect(cell(split.cells, 'total', 'employer=municipality')).toMatchObject({ numerator: 2, n: 2 });
      expect(cell(split.cells, 'comparison', 'employer=private')).toMatchObject({ numerator: 0, n: 0 });
    });

    it('writes no employer cells for a file without the column, and names the column of a code it does not know', () => {
      expect(out.cells.some((c) => c.breakdown.startsWith('employer='))).toBe(false);
      const bad = rows({ ...course('T1', '2025-03-01'), employer: 'staten' });
      expect(() => aggregate(input('igu-forloeb', persons, bad))).toThrow(AggregationRowError);
      try {
        aggregate(input('igu-forloeb', persons, bad));
      } catch (error) {
        expect(error).toMatchObject({ rowNumber: 2, column: 'employer' });
      }
    });
  });
});

describe('sprogstimulering', () => {
  const period = { start: '2024-10-01', end: '2025-09-30', label: '2024-10/2025-09' };
  const persons = population(
    person('T1', '2021-09-01', 'target'),
    person('T2', '2022-01-01', 'target'),
    person('T3', '2022-06-01', 'target'),
    person('T4', '2021-12-01', 'target'),
    person('T5', '2021-11-01', 'target'),
    person('O1', '2022-02-01', 'other'),
    person('C1', '2022-03-01', 'comparison'),
  );
  const assessed = (id: string, date: string, needs: string, care: string) => ({
    person_id: id,
    assessment_date: date,
    needs_stimulation: needs,
    in_day_care: care,
  });
  const out = aggregate(
    input(
      'sprogstimulering',
      persons,
      rows(
        assessed('T1', '2024-10-01', '1', '0'),
        assessed('T2', '2025-09-30', 'ja', 'nej'),
        assessed('T3', '2025-10-01', '1', '0'), // after the period
        assessed('T4', '2025-01-01', '1', '1'), // in day care
        assessed('T5', '2025-02-02', '0', '0'), // no need
        assessed('O1', '2025-03-03', '1', '0'),
        assessed('O1', '2025-06-01', '1', '0'), // assessed twice: one child
        assessed('C1', '2025-04-04', '1', '0'),
      ),
      period,
    ),
  );

  it('counts children needing stimulation outside day care, in the four ordinary cells (besides sex and generation)', () => {
    expect(cell(out.cells, 'target')).toEqual({ municipality: '', group: 'target', breakdown: '', numerator: 2, denominator: null, value: 2, sd: null, n: 2 });
    expect(cell(out.cells, 'other')).toMatchObject({ numerator: 1, n: 1 });
    expect(cell(out.cells, 'comparison')).toMatchObject({ numerator: 1 });
    expect(cell(out.cells, 'total')).toMatchObject({ numerator: 4, value: 4, n: 4 });
    expect(ordinary(out.cells).map((c) => [c.group, c.breakdown])).toEqual([
      ['target', ''],
      ['comparison', ''],
      ['other', ''],
      ['total', ''],
    ]);
  });
});

describe('karaktergennemsnit', () => {
  const period = { start: '2024-08-01', end: '2025-07-31', label: '2024/2025' };
  const persons = population(
    person('T1', '2009-01-01', 'target'),
    person('T2', '2009-02-01', 'target'),
    person('T3', '2009-03-01', 'target'),
    person('C1', '2009-04-01', 'comparison'),
    person('C2', '2009-05-01', 'comparison'),
    person('O1', '2009-06-01', 'other'),
  );
  const grade = (id: string, g: string) => ({ person_id: id, grade: g });
  const run = (...data: Record<string, string>[]) => aggregate(input('karaktergennemsnit', persons, rows(...data), period));

  it('writes one cell per group: the mean, the sample standard deviation in sd, and n pupils', () => {
    const out = run(grade('T1', '4'), grade('T2', '7,0'), grade('T3', '10'), grade('C1', '12'), grade('C2', '2'), grade('O1', '2'), grade('X', '7'));
    expect(ordinary(out.cells)).toHaveLength(4);
    expect(cell(out.cells, 'target')).toEqual({ municipality: '', group: 'target', breakdown: '', numerator: null, denominator: null, value: 7, sd: 3, n: 3 });
    expect(cell(out.cells, 'comparison')).toMatchObject({ value: 7, n: 2 });
    expect(cell(out.cells, 'comparison').sd).toBeCloseTo(Math.sqrt(50), 12);
    expect(cell(out.cells, 'other')).toMatchObject({ value: 2, sd: null, n: 1 });
    expect(cell(out.cells, 'total').value).toBeCloseTo(37 / 6, 12);
    expect(cell(out.cells, 'total').sd).toBeCloseTo(4.215052391924289, 12);
    expect(out.unmatched).toEqual([{ rowNumber: 8 }]);
  });

  it("refuses grades off the catalogue's scale, text and duplicate pupils", () => {
    expect(() => run(grade('T1', '13'))).toThrow(/kolonne "grade": tallet ligger uden for det tilladte interval \(-3 til 12\)/);
    expect(() => run(grade('T1', '-3,5'))).toThrow(/kolonne "grade": tallet ligger uden for/);
    expect(cell(run(grade('T1', '12'), grade('T2', '-3')).cells, 'target')).toMatchObject({ value: 4.5, n: 2 });
    expect(() => run(grade('T1', 'syv'))).toThrow(/ugyldigt tal/);
    expect(() => run(grade('T1', '-3'), grade('T1', '4'))).toThrow(AggregationRowError);
  });

  it('gives an empty group a null mean', () => {
    const out = run(grade('T1', '4'));
    expect(cell(out.cells, 'comparison')).toMatchObject({ value: null, sd: null, n: 0 });
  });
});
