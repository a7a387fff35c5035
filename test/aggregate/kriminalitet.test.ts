import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/counting/index.ts';
import type { Group } from '../../src/origin/types.ts';
import { catalogueBands, cell, counts, input, person, population, rows, ordinary } from './helpers.ts';

const persons = population(
  person('T1', '2010-12-31', 'target'), // 15 on the reference date
  person('T2', '2011-01-01', 'target'), // 14: outside
  person('T3', '2007-12-31', 'target'), // 18 on the reference date: adult
  person('T4', '1980-01-01', 'target'),
  person('C1', '2009-05-05', 'comparison'),
  person('C2', '1960-01-01', 'comparison'), // 65
  person('C3', '1995-01-01', 'comparison'),
  person('O1', '1990-01-01', 'other'),
);
const offence = (id: string, date: string) => ({ person_id: id, offence_date: date });

describe('kriminalitet', () => {
  const out = aggregate(
    input(
      'kriminalitet',
      persons,
      rows(
        offence('T1', '2025-06-01'),
        offence('T2', '2025-03-01'),
        offence('T3', '2025-01-01'), // committed at 17, adult at the reference date
        offence('T4', '2024-12-31'),
        offence('C2', '2025-02-02'),
        offence('C2', '03.03.2025'), // a second conviction: the person counts once
        offence('O1', '2025-12-31'),
      ),
    ),
  );

  it('counts residents aged 15+ with at least one offence in the period, per 1,000 as the catalogue says', () => {
    expect(counts(out.cells, 'target')).toEqual([2, 3]);
    expect(cell(out.cells, 'target').value).toBeCloseTo(2000 / 3, 9);
    expect(counts(out.cells, 'comparison')).toEqual([1, 3]);
    expect(counts(out.cells, 'other')).toEqual([1, 1]);
    expect(cell(out.cells, 'other').value).toBe(1000);
    expect(counts(out.cells, 'total')).toEqual([4, 7]);
    expect(cell(out.cells, 'total').value).toBeCloseTo(4000 / 7, 9);
  });

  it('splits under 18 and adults by age at the reference date, for every group', () => {
    expect(counts(out.cells, 'target', 'age=under18')).toEqual([1, 1]);
    expect(counts(out.cells, 'target', 'age=adult')).toEqual([1, 2]);
    expect(counts(out.cells, 'comparison', 'age=under18')).toEqual([0, 1]);
    expect(counts(out.cells, 'comparison', 'age=adult')).toEqual([1, 2]);
    expect(counts(out.cells, 'other', 'age=under18')).toEqual([0, 0]);
    expect(counts(out.cells, 'total', 'age=under18')).toEqual([1, 2]);
    expect(counts(out.cells, 'total', 'age=adult')).toEqual([3, 5]);
  });

  it("writes the catalogue's crime age bands for target and comparison", () => {
    expect(catalogueBands('kriminalitet').map((b) => b.code)).toEqual(['15-17', '18-29', '30-49', '50-64', '65+']);
    expect(counts(out.cells, 'target', 'ageband=15-17')).toEqual([1, 1]);
    expect(counts(out.cells, 'target', 'ageband=18-29')).toEqual([1, 1]);
    expect(counts(out.cells, 'target', 'ageband=30-49')).toEqual([0, 1]);
    expect(counts(out.cells, 'target', 'ageband=65+')).toEqual([0, 0]);
    expect(counts(out.cells, 'comparison', 'ageband=15-17')).toEqual([0, 1]);
    expect(counts(out.cells, 'comparison', 'ageband=30-49')).toEqual([0, 1]);
    expect(counts(out.cells, 'comparison', 'ageband=50-64')).toEqual([0, 0]);
    expect(counts(out.cells, 'comparison', 'ageband=65+')).toEqual([1, 1]);
    expect(counts(out.cells, 'comparison', 'ageband=18-29')).toEqual([0, 0]);
    expect(ordinary(out.cells)).toHaveLength(4 * 3 + 2 * 5);
  });

  it('writes no age bands when the caller passes none', () => {
    const crude = aggregate({ ...input('kriminalitet', persons, []), ageBands: [] });
    expect(crude.cells.some((c) => c.breakdown.startsWith('ageband='))).toBe(false);
    expect(ordinary(crude.cells)).toHaveLength(4 * 3);
  });

  it('notes the offender below 15 at the reference date', () => {
    expect(out.notes).toHaveLength(1);
    expect(out.notes[0]).toContain('15 år og derover');
  });
});

describe('kriminalitet: convicted under the Criminal Code, the second figure', () => {
  const judged = (id: string, date: string, convicted: string, law: string) => ({ ...offence(id, date), conviction_date: convicted, law });
  const data = rows(
    judged('T1', '2025-06-01', '2025-11-01', 'straffeloven'), // convicted under the Criminal Code
    judged('T3', '2025-01-01', '', ''), // no conviction (yet)
    judged('T4', '2024-12-31', '2025-03-01', 'criminal_code'), // committed before the period: not this year's offence
    judged('C2', '2025-02-02', '2025-05-05', 'våbenloven'), // the weapons act
    judged('C2', '2025-03-03', '2026-01-15', 'Straffeloven'), // convicted the year after, under the Criminal Code: counts
    judged('C3', '2025-04-04', '2025-06-06', 'lov_om_euforiserende_stoffer'),
    judged('O1', '2025-12-31', '2026-02-01', 'criminal_code'),
  );
  const out = aggregate({ ...input('kriminalitet', persons, data), secondFigures: ['convictions_criminal_code'] });
  const second = 'variant=convictions_criminal_code';

  it('counts, among residents 15+, those whose offence of the period led to a conviction under the Criminal Code', () => {
    // Default: T1, T3 of T1, T3, T4 (T2 is 14); C2, C3 of C1–C3; O1 of O1.
    expect(counts(out.cells, 'target')).toEqual([2, 3]);
    expect(counts(out.cells, 'comparison')).toEqual([2, 3]);
    // Convicted under the Criminal Code: T1 (1 of 3); C2 by her second offence (1 of 3); O1 (1 of 1).
    expect(counts(out.cells, 'target', second)).toEqual([1, 3]);
    expect(cell(out.cells, 'target', second).value).toBeCloseTo(1000 / 3, 9);
    expect(counts(out.cells, 'comparison', second)).toEqual([1, 3]);
    expect(counts(out.cells, 'other', second)).toEqual([1, 1]);
    expect(counts(out.cells, 'total', second)).toEqual([3, 7]);
    // Whole groups only: no age bands or person breakdowns of the second figure.
    expect(out.cells.filter((c) => c.breakdown.startsWith('variant=')).map((c) => c.group)).toEqual(['target', 'comparison', 'other', 'total']);
  });

  it('writes no second figure without the columns, or when it is not asked for', () => {
    const plain = rows(offence('T1', '2025-06-01'));
    expect(
      aggregate({ ...input('kriminalitet', persons, plain), secondFigures: ['convictions_criminal_code'] }).cells.some((c) =>
        c.breakdown.startsWith('variant='),
      ),
    ).toBe(false);
    expect(aggregate(input('kriminalitet', persons, data)).cells.some((c) => c.breakdown.startsWith('variant='))).toBe(false);
  });

  it('refuses a law it does not know and a conviction date that is no date, naming the column', () => {
    expect(() => aggregate(input('kriminalitet', persons, rows(judged('T1', '2025-06-01', '2025-07-01', 'grundloven'))))).toThrow(/law|lov/);
    expect(() => aggregate(input('kriminalitet', persons, rows(judged('T1', '2025-06-01', '2025-13-01', 'straffeloven'))))).toThrow(/conviction_date|domsdato/);
  });
});

describe("kriminalitet: the Integrationsbarometer's men 15-29 convicted under the Criminal Code", () => {
  const man = (id: string, birthDate: string, group: Group) => ({ ...person(id, birthDate, group), sex: 'M' as const });
  const people = population(
    man('M1', '2010-12-31', 'target'), // 15
    man('M2', '1996-01-01', 'target'), // 29
    man('M3', '1995-12-31', 'target'), // 30 on the reference date: outside
    man('M4', '2000-01-01', 'target'), // 25
    person('W1', '2000-01-01', 'target'), // a woman
    man('C1', '2005-05-05', 'comparison'), // 20
    man('C2', '2011-01-01', 'comparison'), // 14: outside
    man('O1', '1990-01-01', 'other'), // 35: outside
    man('O2', '2008-01-01', 'other'), // 17
  );
  const judged = (id: string, date: string, convicted: string, law: string) => ({ ...offence(id, date), conviction_date: convicted, law });
  const data = rows(
    judged('M1', '2025-06-01', '2025-11-01', 'straffeloven'),
    judged('M2', '2025-02-01', '2025-04-01', 'våbenloven'), // the weapons act
    judged('M3', '2025-02-01', '2025-04-01', 'criminal_code'),
    judged('M4', '2024-12-31', '2025-03-01', 'criminal_code'), // committed before the period
    judged('W1', '2025-05-01', '2025-09-01', 'criminal_code'),
    judged('C1', '2025-03-03', '2026-01-15', 'Straffeloven'), // convicted the year after: counts
    judged('O1', '2025-07-07', '2025-08-08', 'criminal_code'),
  );
  const second = 'variant=men_15_29_criminal_code';
  const out = aggregate({ ...input('kriminalitet', people, data), secondFigures: ['convictions_criminal_code', 'men_15_29_criminal_code'] });

  it('counts, among the men aged 15-29, those whose offence of the period led to a conviction under the Criminal Code', () => {
    // Target: M1, M2, M4 are men 15-29; M1 convicted under the Criminal Code for an offence of 2025.
    expect(counts(out.cells, 'target', second)).toEqual([1, 3]);
    expect(cell(out.cells, 'target', second).value).toBeCloseTo(1000 / 3, 9);
    expect(counts(out.cells, 'comparison', second)).toEqual([1, 1]);
    expect(counts(out.cells, 'other', second)).toEqual([0, 1]);
    expect(counts(out.cells, 'total', second)).toEqual([2, 5]);
  });

  it('leaves the default and the other second figure as they were (all residents 15+)', () => {
    // Default: M1, M2, M3, W1 had an offence in 2025, of M1-M4 and W1.
    expect(counts(out.cells, 'target')).toEqual([4, 5]);
    // Convicted under the Criminal Code: M1, M3, W1.
    expect(counts(out.cells, 'target', 'variant=convictions_criminal_code')).toEqual([3, 5]);
    expect(counts(out.cells, 'target', 'sex=M')).toEqual([3, 4]);
  });

  it('is written only when asked for and the file has the columns', () => {
    const plain = aggregate({ ...input('kriminalitet', people, rows(offence('M1', '2025-06-01'))), secondFigures: ['men_15_29_criminal_code'] });
    expect(plain.cells.some((c) => c.breakdown === second)).toBe(false);
    const alone = aggregate({ ...input('kriminalitet', people, data), secondFigures: ['men_15_29_criminal_code'] });
    expect(alone.cells.filter((c) => c.breakdown.startsWith('variant=')).map((c) => c.breakdown)).toEqual([second, second, second, second]);
  });
});
