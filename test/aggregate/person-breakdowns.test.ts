/**
 * The standard person breakdowns, sex and generation, on every kind of aggregation: shares
 * (valgdeltagelse), prevalences with age bands (kriminalitet), counts (igu-forloeb) and means
 * (karaktergennemsnit). Generation and years of residence are written for the target and other
 * groups only, refugee status for the target group; persons without a sex, persons of Danish
 * origin and persons without an arrival date are in no value (the catalogue's remainder).
 */
import { describe, expect, it } from 'vitest';
import { type AggregatedCell, type AggregationPerson, aggregate } from '../../src/counting/index.ts';
import type { Group, OriginGroup } from '../../src/origin/index.ts';
import { cell, counts, input, population, rows } from './helpers.ts';

function someone(
  id: string,
  group: Group,
  sex: 'M' | 'K' | null,
  originGroup: OriginGroup,
  birthDate = '1980-01-01',
  refugee = false,
  arrivalDate: string | null = null,
): AggregationPerson {
  return { id, birthDate, sex, group, refugee, area: null, originGroup, arrivalDate };
}

const persons = population(
  someone('T1', 'target', 'M', 'indvandrer', '1980-01-01', true, '2016-01-01'),
  someone('T2', 'target', 'M', 'efterkommer', '2009-06-01'),
  someone('T3', 'target', 'K', 'indvandrer', '1980-01-01', false, '2022-11-19'),
  someone('T4', 'target', 'K', 'dansk_oprindelse'), // a child of descendants: neither generation
  someone('T5', 'target', null, 'indvandrer', '2008-01-01', true, '2015-11-18'),
  someone('C1', 'comparison', 'M', 'dansk_oprindelse'),
  someone('C2', 'comparison', 'K', 'dansk_oprindelse', '2009-01-01'),
  someone('O1', 'other', 'K', 'efterkommer'),
  someone('O2', 'other', 'M', 'indvandrer', '1970-01-01', false, '2025-12-01'), // arrived after election day
);
const KV2025 = { start: '2025-11-18', end: '2025-11-18', label: 'KV2025' };

function breakdowns(cells: readonly AggregatedCell[], group: string, key: RegExp = /^(sex|generation)=/): string[] {
  return cells.filter((c) => c.group === group && key.test(c.breakdown)).map((c) => c.breakdown);
}

describe('valgdeltagelse by sex, generation, refugee status and years of residence', () => {
  const votes = rows(
    ...[
      ['T1', 1],
      ['T2', 0],
      ['T3', 1],
      ['T4', 1],
      ['T5', 1],
      ['C1', 1],
      ['C2', 0],
      ['O1', 1],
      ['O2', 0],
    ].map(([id, v]) => ({ person_id: String(id), voted: String(v) })),
  );
  const out = aggregate(input('valgdeltagelse', persons, votes, KV2025));

  it('splits every group by sex, the persons without one in neither value', () => {
    expect(counts(out.cells, 'target', 'sex=M')).toEqual([1, 2]);
    expect(counts(out.cells, 'target', 'sex=K')).toEqual([2, 2]);
    expect(counts(out.cells, 'target')).toEqual([4, 5]);
    expect(counts(out.cells, 'comparison', 'sex=M')).toEqual([1, 1]);
    expect(counts(out.cells, 'comparison', 'sex=K')).toEqual([0, 1]);
    expect(counts(out.cells, 'other', 'sex=K')).toEqual([1, 1]);
    expect(counts(out.cells, 'other', 'sex=M')).toEqual([0, 1]);
    expect(counts(out.cells, 'total', 'sex=M')).toEqual([2, 4]);
    expect(counts(out.cells, 'total', 'sex=K')).toEqual([3, 4]);
    expect(cell(out.cells, 'target', 'sex=M').value).toBe(0.5);
  });

  it('splits the target and other groups by generation; a child of descendants is in neither', () => {
    expect(counts(out.cells, 'target', 'generation=immigrant')).toEqual([3, 3]);
    expect(counts(out.cells, 'target', 'generation=descendant')).toEqual([0, 1]);
    expect(counts(out.cells, 'other', 'generation=descendant')).toEqual([1, 1]);
    expect(counts(out.cells, 'other', 'generation=immigrant')).toEqual([0, 1]);
  });

  it('splits the target group by refugee status, and no other group (every refugee is in it)', () => {
    expect(counts(out.cells, 'target', 'refugee=yes')).toEqual([2, 2]);
    expect(counts(out.cells, 'target', 'refugee=no')).toEqual([2, 3]);
    expect(breakdowns(out.cells, 'other', /^refugee=/)).toEqual([]);
    expect(breakdowns(out.cells, 'total', /^refugee=/)).toEqual([]);
  });

  it('bands years of residence at election day (2025-11-18) from the arrival date; no date or a later one is in none', () => {
    // T1 arrived 2016-01-01: 9 years; T3 2022-11-19: 2 years (one day short of 3); T5 2015-11-18: 10 years on the day.
    expect(counts(out.cells, 'target', 'residence=0-2')).toEqual([1, 1]);
    expect(counts(out.cells, 'target', 'residence=3-5')).toEqual([0, 0]);
    expect(counts(out.cells, 'target', 'residence=6-9')).toEqual([1, 1]);
    expect(counts(out.cells, 'target', 'residence=10+')).toEqual([1, 1]);
    expect(breakdowns(out.cells, 'other', /^residence=/)).toEqual(['residence=0-2', 'residence=3-5', 'residence=6-9', 'residence=10+']);
    expect(counts(out.cells, 'other', 'residence=0-2')).toEqual([0, 0]);
    expect(breakdowns(out.cells, 'comparison', /^residence=/)).toEqual([]);
  });

  it('writes generation for neither the comparison group nor the total', () => {
    expect(breakdowns(out.cells, 'target')).toEqual(['sex=M', 'sex=K', 'generation=immigrant', 'generation=descendant']);
    expect(breakdowns(out.cells, 'other')).toEqual(['sex=M', 'sex=K', 'generation=immigrant', 'generation=descendant']);
    expect(breakdowns(out.cells, 'comparison')).toEqual(['sex=M', 'sex=K']);
    expect(breakdowns(out.cells, 'total')).toEqual(['sex=M', 'sex=K']);
  });
});

describe('kriminalitet: the person breakdowns follow the whole group, beside the age bands', () => {
  // Ages at 2025-12-31: T2 16, T5 17, C2 16, the others 45.
  const offences = rows(
    { person_id: 'T1', offence_date: '2025-03-01' },
    { person_id: 'T5', offence_date: '2025-04-01' },
    { person_id: 'T1', offence_date: '2025-05-01' },
    { person_id: 'C2', offence_date: '2024-12-31' },
  );
  const out = aggregate(input('kriminalitet', persons, offences));

  it('counts each offender once in their sex and generation', () => {
    expect(counts(out.cells, 'target')).toEqual([2, 5]);
    expect(counts(out.cells, 'target', 'sex=M')).toEqual([1, 2]);
    expect(counts(out.cells, 'target', 'sex=K')).toEqual([0, 2]);
    expect(counts(out.cells, 'target', 'generation=immigrant')).toEqual([2, 3]);
    expect(counts(out.cells, 'target', 'generation=descendant')).toEqual([0, 1]);
    expect(cell(out.cells, 'target', 'generation=immigrant').value).toBeCloseTo(2000 / 3, 9);
    expect(counts(out.cells, 'comparison', 'sex=K')).toEqual([0, 1]);
  });

  it('leaves the age bands as they were', () => {
    expect(counts(out.cells, 'target', 'ageband=15-17')).toEqual([1, 2]);
    expect(counts(out.cells, 'target', 'ageband=30-49')).toEqual([1, 3]);
    expect(counts(out.cells, 'target', 'age=under18')).toEqual([1, 2]);
  });
});

describe('igu-forloeb: courses and persons by sex and generation', () => {
  const courses = rows(
    { person_id: 'T1', start_date: '2025-02-01', end_date: '' },
    { person_id: 'T1', start_date: '2025-09-01', end_date: '' },
    { person_id: 'T3', start_date: '2025-03-01', end_date: '' },
    { person_id: 'O1', start_date: '2025-04-01', end_date: '' },
  );
  const out = aggregate(input('igu-forloeb', persons, courses));

  it('counts courses (numerator) and persons (n) per value', () => {
    expect(cell(out.cells, 'target', 'sex=M')).toMatchObject({ numerator: 2, value: 2, n: 1 });
    expect(cell(out.cells, 'target', 'sex=K')).toMatchObject({ numerator: 1, n: 1 });
    expect(cell(out.cells, 'target', 'generation=immigrant')).toMatchObject({ numerator: 3, n: 2 });
    expect(cell(out.cells, 'target', 'generation=descendant')).toMatchObject({ numerator: 0, n: 0 });
    expect(cell(out.cells, 'total', 'sex=K')).toMatchObject({ numerator: 2, n: 2 });
    expect(cell(out.cells, 'other', 'generation=descendant')).toMatchObject({ numerator: 1, n: 1 });
  });
});

describe('karaktergennemsnit: mean, sd and n per value', () => {
  const period = { start: '2024-08-01', end: '2025-07-31', label: '2024/2025' };
  const grades = rows(
    { person_id: 'T1', grade: '4' },
    { person_id: 'T2', grade: '10' },
    { person_id: 'T3', grade: '7' },
    { person_id: 'T5', grade: '2' },
    { person_id: 'C1', grade: '12' },
    { person_id: 'C2', grade: '10' },
  );
  const out = aggregate(input('karaktergennemsnit', persons, grades, period));

  it("takes each value's pupils only", () => {
    expect(cell(out.cells, 'target', 'sex=M')).toMatchObject({ value: 7, n: 2 });
    expect(cell(out.cells, 'target', 'sex=M').sd).toBeCloseTo(Math.sqrt(18), 12);
    expect(cell(out.cells, 'target', 'sex=K')).toMatchObject({ value: 7, sd: null, n: 1 });
    expect(cell(out.cells, 'target', 'generation=immigrant')).toMatchObject({ value: 13 / 3, n: 3 });
    expect(cell(out.cells, 'total', 'sex=K')).toMatchObject({ value: 8.5, n: 2 });
  });
});

describe('valgdeltagelse by region of origin and MENAPT, from the origin country', () => {
  const from = (id: string, group: Group, originGroup: OriginGroup, originCountry: string | undefined, refugee = false): AggregationPerson => ({
    ...someone(id, group, 'K', originGroup, '1980-01-01', refugee),
    ...(originCountry === undefined ? {} : { originCountry }),
  });
  const voters = population(
    from('T1', 'target', 'indvandrer', 'SY'), // Asia, MENAPT
    from('T2', 'target', 'efterkommer', 'TR'), // other European, MENAPT
    from('T3', 'target', 'indvandrer', 'VN'), // Asia, not MENAPT
    from('T4', 'target', 'dansk_oprindelse', 'PK'), // a child of descendants of Pakistani origin
    from('T5', 'target', 'indvandrer', undefined), // no origin country given: unknown, no region, not MENAPT
    from('T6', 'target', 'indvandrer', 'UA', true), // a Ukrainian refugee: other European, not MENAPT
    from('C1', 'comparison', 'dansk_oprindelse', 'DK'),
    from('O1', 'other', 'efterkommer', 'DE'),
    from('O2', 'other', 'indvandrer', 'US'),
    from('O3', 'other', 'indvandrer', 'GL'), // the Danish Realm: no region
  );
  const votes = rows(
    ...[
      ['T1', 1],
      ['T2', 0],
      ['T3', 1],
      ['T4', 1],
      ['T5', 1],
      ['T6', 0],
      ['C1', 1],
      ['O1', 1],
      ['O2', 0],
      ['O3', 1],
    ].map(([id, v]) => ({ person_id: String(id), voted: String(v) })),
  );
  const out = aggregate(input('valgdeltagelse', voters, votes, KV2025));

  it("splits the target and other groups by Statistics Denmark's region of the origin country", () => {
    expect(counts(out.cells, 'target')).toEqual([4, 6]);
    expect(counts(out.cells, 'target', 'region=asia')).toEqual([3, 3]);
    expect(counts(out.cells, 'target', 'region=europe_other')).toEqual([0, 2]);
    expect(counts(out.cells, 'target', 'region=africa')).toEqual([0, 0]);
    expect(counts(out.cells, 'other', 'region=eu27')).toEqual([1, 1]);
    expect(counts(out.cells, 'other', 'region=north_america')).toEqual([0, 1]);
    expect(breakdowns(out.cells, 'other', /^region=/)).toEqual([
      'region=eu27',
      'region=europe_other',
      'region=africa',
      'region=north_america',
      'region=south_central_america',
      'region=asia',
      'region=oceania',
    ]);
    expect(breakdowns(out.cells, 'comparison', /^region=/)).toEqual([]);
    expect(breakdowns(out.cells, 'total', /^region=/)).toEqual([]);
  });

  it('splits the target group into MENAPT origin or not; every person of it is one of the two', () => {
    expect(counts(out.cells, 'target', 'menapt=yes')).toEqual([2, 3]);
    expect(counts(out.cells, 'target', 'menapt=no')).toEqual([2, 3]);
    expect(cell(out.cells, 'target', 'menapt=yes').value).toBeCloseTo(2 / 3, 12);
    expect(breakdowns(out.cells, 'other', /^menapt=/)).toEqual([]);
    expect(breakdowns(out.cells, 'total', /^menapt=/)).toEqual([]);
  });

  it('crosses the two for the target group: the regions with MENAPT countries split in two, so both are unions of these cells', () => {
    expect(breakdowns(out.cells, 'target', /^region_menapt=/)).toEqual([
      'region_menapt=eu27',
      'region_menapt=europe_other_menapt',
      'region_menapt=europe_other_other',
      'region_menapt=africa_menapt',
      'region_menapt=africa_other',
      'region_menapt=north_america',
      'region_menapt=south_central_america',
      'region_menapt=asia_menapt',
      'region_menapt=asia_other',
      'region_menapt=oceania',
    ]);
    expect(counts(out.cells, 'target', 'region_menapt=asia_menapt')).toEqual([2, 2]); // T1 (SY), T4 (PK)
    expect(counts(out.cells, 'target', 'region_menapt=asia_other')).toEqual([1, 1]); // T3 (VN)
    expect(counts(out.cells, 'target', 'region_menapt=europe_other_menapt')).toEqual([0, 1]); // T2 (TR)
    expect(counts(out.cells, 'target', 'region_menapt=europe_other_other')).toEqual([0, 1]); // T6 (UA)
    expect(breakdowns(out.cells, 'other', /^region_menapt=/)).toEqual([]);
  });
});
