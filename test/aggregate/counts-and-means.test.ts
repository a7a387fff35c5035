import { describe, expect, it } from 'vitest';
import { AggregationRowError, aggregate, BILINGUAL_BREAKDOWN, SD_BREAKDOWN } from '../../src/aggregate/index.ts';
import { cell, input, person, population, rows } from './helpers.ts';

describe('igu-forloeb', () => {
  const persons = population(
    person('T1', '1995-01-01', 'target'),
    person('T2', '1996-01-01', 'target'),
    person('T3', '1997-01-01', 'target'),
    person('O1', '1998-01-01', 'other'),
  );
  const course = (id: string, start: string, end = '') => ({ person_id: id, start_date: start, end_date: end });
  const out = aggregate(
    input(
      'igu-forloeb',
      persons,
      rows(
        course('T1', '2023-01-01', '2025-01-15'), // started before the period
        course('T1', '2025-03-01', '2025-08-01'),
        course('T1', '2025-09-01'),
        course('T2', '2025-12-31'),
        course('T3', '2024-12-31'),
        course('O1', '2025-01-01'),
        course('GONE', '2025-02-01'),
      ),
    ),
  );

  it('counts courses started in the period, with the number of persons as n', () => {
    expect(cell(out.cells, 'target')).toEqual({ group: 'target', breakdown: '', numerator: 3, denominator: null, value: 3, n: 2 });
    expect(cell(out.cells, 'comparison')).toMatchObject({ numerator: 0, value: 0, n: 0 });
    expect(cell(out.cells, 'other')).toMatchObject({ numerator: 1, value: 1, n: 1 });
    expect(cell(out.cells, 'total')).toMatchObject({ numerator: 4, value: 4, n: 3 });
    expect(out.unmatched).toEqual([{ rowNumber: 8 }]);
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

  it('counts children needing stimulation outside day care, and the bilingual headline', () => {
    expect(cell(out.cells, 'target')).toMatchObject({ numerator: 2, value: 2, n: 2, denominator: null });
    expect(cell(out.cells, 'other')).toMatchObject({ numerator: 1, n: 1 });
    expect(cell(out.cells, 'comparison')).toMatchObject({ numerator: 1 });
    expect(cell(out.cells, 'total')).toMatchObject({ numerator: 4 });
    expect(cell(out.cells, 'total', BILINGUAL_BREAKDOWN)).toMatchObject({ numerator: 3, value: 3, n: 3 });
    expect(out.cells).toHaveLength(5);
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

  it('writes the mean with n pupils and the sample standard deviation as stat=sd', () => {
    const out = run(grade('T1', '4'), grade('T2', '7,0'), grade('T3', '10'), grade('C1', '12'), grade('C2', '2'), grade('O1', '2'), grade('X', '7'));
    expect(cell(out.cells, 'target')).toEqual({ group: 'target', breakdown: '', numerator: null, denominator: null, value: 7, n: 3 });
    expect(cell(out.cells, 'target', SD_BREAKDOWN).value).toBeCloseTo(3, 12);
    expect(cell(out.cells, 'comparison').value).toBe(7);
    expect(cell(out.cells, 'comparison', SD_BREAKDOWN).value).toBeCloseTo(7.0710678118654755, 12);
    expect(cell(out.cells, 'other')).toMatchObject({ value: 2, n: 1 });
    expect(cell(out.cells, 'other', SD_BREAKDOWN)).toMatchObject({ value: null, n: 1 });
    expect(cell(out.cells, 'total').value).toBeCloseTo(37 / 6, 12);
    expect(cell(out.cells, 'total', SD_BREAKDOWN).value).toBeCloseTo(4.215052391924289, 12);
    expect(out.unmatched).toEqual([{ rowNumber: 8 }]);
  });

  it('refuses grades off the scale, text and duplicate pupils', () => {
    expect(() => run(grade('T1', '13'))).toThrow(/kolonne "grade": tallet ligger uden for/);
    expect(() => run(grade('T1', 'syv'))).toThrow(/ugyldigt tal/);
    expect(() => run(grade('T1', '-3'), grade('T1', '4'))).toThrow(AggregationRowError);
  });

  it('gives an empty group a null mean', () => {
    const out = run(grade('T1', '4'));
    expect(cell(out.cells, 'comparison')).toMatchObject({ value: null, n: 0 });
  });
});
