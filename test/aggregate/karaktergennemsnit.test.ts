/**
 * karaktergennemsnit from exam rows (issue 14): the default (each pupil's weighted average of the
 * bound examinations delivered) and the ministry's average as the second figure `full_set`
 * (pupils with a grade in every obligatory examination, special classes excluded), with the
 * weights of the list of obligatory examinations: Danish reading and spelling ¼, written
 * composition ½, mathematics with and without aids ½ each, the other bound examinations and each
 * drawn one 1 — so a pupil's bound examinations weigh 5 in all, the full set 7.
 */
import { describe, expect, it } from 'vitest';
import { AggregationRowError, aggregate } from '../../src/counting/index.ts';
import { columnCodes } from '../../src/counting/column-codes.ts';
import { examListProblems, examSetFor } from '../../src/counting/obligatory-exams.ts';
import { cell, input, ordinary, person, population, rows } from './helpers.ts';

const SCHOOL_YEAR = { start: '2024-08-01', end: '2025-07-31', label: '2024/2025' };
const BOUND = ['danish_reading', 'danish_spelling', 'danish_writing', 'danish_oral', 'maths_without_aids', 'maths_with_aids', 'english_oral', 'science'];

const persons = population(
  person('T1', '2009-01-01', 'target'),
  person('T2', '2009-02-01', 'target'),
  person('T3', '2009-03-01', 'target'),
  person('T4', '2009-04-01', 'target'),
  person('C1', '2009-05-01', 'comparison'),
  person('C2', '2009-06-01', 'comparison'),
  person('O1', '2009-07-01', 'other'),
);

/** A pupil's rows: the bound examinations in BOUND's order, then the drawn ones. */
function pupil(id: string, bound: readonly string[], drawn: Record<string, string>, special = ''): Record<string, string>[] {
  const own = [...BOUND.map((exam, i) => [exam, bound[i] ?? ''] as const), ...Object.entries(drawn)];
  return own.map(([exam, grade]) => ({ person_id: id, exam, grade, special_class: special }));
}

const data = rows(
  // T1, a full set: bound 1 + 1.75 + 3.5 + 10 + 2 + 3.5 + 10 + 7 = 38.75 → 7.75; with history 12 and biology 2: 52.75 / 7.
  ...pupil('T1', ['4', '7', '7', '10', '4', '7', '10', '7'], { history: '12', biology_written: '2' }),
  // T2: bound 4 everywhere but English 7: 23 / 5 = 4.6; no drawn science examination, so no full set.
  ...pupil('T2', ['4', '4', '4', '4', '4', '4', '7', '4'], { social_studies: '2' }),
  // T3: a full set of 2s, but in a special class: 2 in the default, not in the ministry's.
  ...pupil('T3', ['2', '2', '2', '2', '2', '2', '2', '2'], { history: '2', maths_oral: '2' }, 'ja'),
  // T4: exempted from Danish oral (empty grade): 7 over the rest; no full set.
  ...pupil('T4', ['7', '7', '7', '', '7', '7', '7', '7'], { christian_studies: '7', geography_written: '7' }),
  ...pupil('C1', ['10', '10', '10', '10', '10', '10', '10', '10'], { english_written: '10', physics_chemistry_written: '10' }),
  // C2: bound 12 → 12; drawn 00 and 02: (60 + 0 + 2) / 7 = 62 / 7.
  ...pupil('C2', ['12', '12', '12', '12', '12', '12', '12', '12'], { german_french_oral: '00', physical_education: '02' }),
  // O1 sat a drawn examination only: no bound grade, in neither figure.
  { person_id: 'O1', exam: 'history', grade: '7', special_class: '' },
  { person_id: 'GONE', exam: 'danish_oral', grade: '7', special_class: '' },
);
const FULL = 'variant=full_set';
const run = (secondFigures: string[] = ['full_set'], file = data) => aggregate({ ...input('karaktergennemsnit', persons, file, SCHOOL_YEAR), secondFigures });

describe('karaktergennemsnit from exam rows: the default', () => {
  const out = run([]);

  it("averages each pupil's bound examinations with the list's weights, over every pupil with one", () => {
    // Target: 7.75, 4.6, 2, 7 → 21.35 / 4.
    expect(cell(out.cells, 'target')).toMatchObject({ numerator: null, denominator: null, n: 4 });
    expect(cell(out.cells, 'target').value).toBeCloseTo(5.3375, 12);
    expect(cell(out.cells, 'comparison')).toMatchObject({ value: 11, n: 2 });
    expect(cell(out.cells, 'comparison').sd).toBeCloseTo(Math.SQRT2, 12);
    expect(cell(out.cells, 'other')).toMatchObject({ value: null, sd: null, n: 0 });
    expect(cell(out.cells, 'total').value).toBeCloseTo(43.35 / 6, 12);
    expect(cell(out.cells, 'total').n).toBe(6);
  });

  it('reports the rows of unknown persons and notes the pupil without a bound examination', () => {
    expect(out.unmatched).toEqual([{ rowNumber: data.length + 1 }]);
    expect(out.notes).toEqual(['1 elev(er) uden karakter i nogen bunden prøve indgår ikke.']);
  });

  it('writes no second figure unless asked', () => {
    expect(out.cells.some((c) => c.breakdown.startsWith('variant='))).toBe(false);
  });
});

describe('karaktergennemsnit from exam rows: the ministry’s average, the second figure full_set', () => {
  const out = run();

  it('counts pupils with every obligatory examination graded, special classes left out, each by the weighted average of all of them', () => {
    // Target: T1 only (T2 lacks a drawn science examination, T3 is in a special class, T4 lacks Danish oral).
    expect(cell(out.cells, 'target', FULL)).toMatchObject({ sd: null, n: 1 });
    expect(cell(out.cells, 'target', FULL).value).toBeCloseTo(52.75 / 7, 12);
    // Comparison: 10 and 62/7.
    expect(cell(out.cells, 'comparison', FULL).value).toBeCloseTo(66 / 7, 12);
    expect(cell(out.cells, 'comparison', FULL).n).toBe(2);
    expect(cell(out.cells, 'other', FULL)).toMatchObject({ value: null, n: 0 });
    expect(cell(out.cells, 'total', FULL).value).toBeCloseTo((52.75 / 7 + 10 + 62 / 7) / 3, 12);
    expect(cell(out.cells, 'total', FULL).n).toBe(3);
  });

  it('is written for whole groups only, and leaves the default as it is', () => {
    expect(out.cells.filter((c) => c.breakdown.startsWith('variant=')).map((c) => c.group)).toEqual(['target', 'comparison', 'other', 'total']);
    expect(out.cells.filter((c) => !c.breakdown.startsWith('variant='))).toEqual(run([]).cells);
  });

  it('is not computed for a school year before the first list of obligatory examinations, and says so', () => {
    const early = { start: '2014-08-01', end: '2015-07-31', label: '2014/2015' };
    const before = aggregate({ ...input('karaktergennemsnit', persons, data, early), secondFigures: ['full_set'] });
    expect(before.cells.some((c) => c.breakdown.startsWith('variant='))).toBe(false);
    expect(before.notes.at(-1)).toMatch(/Ingen liste over obligatoriske prøver gælder for 2014\/2015/);
    expect(cell(before.cells, 'target').n).toBe(4);
  });
});

describe('karaktergennemsnit: a file of one row per pupil behaves as before', () => {
  it('takes the delivered average and writes no second figure even when asked', () => {
    const perPupil = rows({ person_id: 'T1', grade: '6,5' }, { person_id: 'T2', grade: '7.5' }, { person_id: 'C1', grade: '9' });
    const asked = run(['full_set'], perPupil);
    expect(asked.cells).toEqual(run([], perPupil).cells);
    expect(cell(asked.cells, 'target')).toMatchObject({ value: 7, n: 2 });
    expect(asked.cells.some((c) => c.breakdown.startsWith('variant='))).toBe(false);
    expect(ordinary(asked.cells)).toHaveLength(4);
  });
});

describe('karaktergennemsnit: what an exam-row file cannot hold', () => {
  const one = (exam: string, grade: string, special = '', id = 'T1') => ({ person_id: id, exam, grade, special_class: special });
  const refused =
    (...file: Record<string, string>[]) =>
    () =>
      run(['full_set'], rows(...file));

  it('accepts the Danish names of the examinations and of the flag', () => {
    const out = run([], rows(one('dansk læsning', '7', 'nej'), one('Engelsk_Mundtlig', '12', '0')));
    // (0.25 × 7 + 1 × 12) / 1.25
    expect(cell(out.cells, 'target').value).toBeCloseTo(11, 12);
  });

  it('refuses a grade off the 7-point scale, an unknown examination, an examination twice, two drawn ones of a block, a changing flag', () => {
    expect(refused(one('danish_oral', '5'))).toThrow(/Række 2, kolonne "grade": ikke en karakter på 7-trinsskalaen/);
    expect(refused(one('danish_oral', '13'))).toThrow(/tallet ligger uden for/);
    expect(refused(one('woodwork', '7'))).toThrow(/Række 2, kolonne "exam": ukendt værdi/);
    expect(refused(one('danish_oral', '7'), one('dansk mundtlig', '4'))).toThrow(/Række 3, kolonne "exam": eleven har prøven mere end én gang/);
    expect(refused(one('history', '7'), one('samfundsfag', '4'))).toThrow(/Row 3, column "exam": the pupil has two drawn examinations of the same block/);
    expect(refused(one('history', '7', '1'), one('danish_oral', '4', ''))).toThrow(/Række 3, kolonne "special_class": værdien er en anden/);
    expect(refused(one('history', '7', 'måske'))).toThrow(AggregationRowError);
    expect(refused({ person_id: 'T1', exam: '', grade: '7' })).toThrow(/kolonne "exam": værdien mangler/);
  });
});

describe('the list of obligatory examinations', () => {
  it("agrees with the catalogue's codes of the exam column", () => {
    expect(examListProblems(columnCodes('karaktergennemsnit', 'exam').codes)).toEqual([]);
    const problems = examListProblems([...columnCodes('karaktergennemsnit', 'exam').codes.filter((c) => c !== 'history'), 'woodwork']);
    expect(problems).toEqual(["history is not a code of the catalogue's exam column", "the catalogue's exam code woodwork is in no set"]);
  });

  it('applies from 2016/2017: 8 bound examinations weighing 5 and two drawn blocks', () => {
    const set = examSetFor('2024/2025');
    expect(set?.appliesFrom).toBe('2016/2017');
    expect([...(set?.bound.keys() ?? [])]).toEqual(BOUND);
    expect([...(set?.bound.values() ?? [])].reduce((a, b) => a + b, 0)).toBe(5);
    expect([...(set?.drawn.keys() ?? [])]).toEqual(['humanities', 'science']);
    expect(examSetFor('2015/2016')).toBeUndefined();
  });
});
