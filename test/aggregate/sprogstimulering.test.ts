/**
 * sprogstimulering (issue 14): the age rule — children from age 3 until school start (1 August of
 * the year they turn 6) at the assessment, the others left out and noted — and the second figure
 * `by_language`: of each group's counted children those with a mother tongue other than Danish,
 * origin (the target group) as the fallback where the file gives none. Counts by hand.
 */
import { describe, expect, it } from 'vitest';
import { AggregationRowError, aggregate } from '../../src/counting/index.ts';
import { readMotherTongue } from '../../src/counting/mother-tongue.ts';
import { normalSchoolStart, ofAssessmentAge } from '../../src/counting/school-start.ts';
import { cell, input, ordinary, person, population, rows } from './helpers.ts';

const PERIOD = { start: '2024-10-01', end: '2025-09-30', label: '2024-10/2025-09' };
const SECOND = 'variant=by_language';

const assessed = (id: string, date: string, needs = '1', care = '0', language?: string) => ({
  person_id: id,
  assessment_date: date,
  needs_stimulation: needs,
  in_day_care: care,
  ...(language === undefined ? {} : { language }),
});

/** `[group, numerator]` of the whole-group cells of `breakdown`. */
function numerators(cells: ReturnType<typeof aggregate>['cells'], breakdown = ''): [string, number | null][] {
  return cells.filter((c) => c.breakdown === breakdown).map((c) => [c.group, c.numerator]);
}

describe('the age of the assessment: from the third birthday until the normal school start', () => {
  it('starts school on 1 August of the year the child turns 6', () => {
    expect(normalSchoolStart('2019-11-20')).toBe('2025-08-01');
    expect(normalSchoolStart('2019-01-01')).toBe('2025-08-01');
  });

  it('is of the age from the third birthday to the day before school start', () => {
    expect(ofAssessmentAge('2022-03-01', '2025-02-28')).toBe(false); // 2 years old
    expect(ofAssessmentAge('2022-03-01', '2025-03-01')).toBe(true); // the third birthday
    expect(ofAssessmentAge('2019-03-01', '2025-07-31')).toBe(true); // 6, not yet at school
    expect(ofAssessmentAge('2019-03-01', '2025-08-01')).toBe(false); // at school
    expect(ofAssessmentAge('2019-11-20', '2025-08-01')).toBe(false); // 5, but at school
    expect(ofAssessmentAge('2019-11-20', '2025-07-31')).toBe(true); // 5, before school
    expect(ofAssessmentAge('2021-02-28', '2024-02-29')).toBe(true); // leap day: 3 on 28 February
    expect(ofAssessmentAge('2020-02-29', '2023-02-28')).toBe(false); // born on a leap day: 3 on 1 March
  });
});

describe('sprogstimulering: the age rule', () => {
  const persons = population(
    person('T_AT3', '2021-11-10', 'target'),
    person('T_AT6', '2019-03-01', 'target'),
    person('T_BOTH', '2022-01-20', 'target'),
    person('T_YOUNG', '2022-03-01', 'target'),
    person('T_SCHOOL', '2019-11-20', 'target'),
    person('T_NONEED', '2018-01-01', 'target'),
    person('O_OLD', '2018-06-01', 'other'),
    person('C_AT3', '2021-12-01', 'comparison'),
  );
  const out = aggregate(
    input(
      'sprogstimulering',
      persons,
      rows(
        assessed('T_AT3', '2024-11-10'), // the third birthday: counted
        assessed('T_AT6', '2025-07-31'), // 6, school starts the next day: counted
        assessed('T_BOTH', '2025-01-10'), // 2: not of the age ...
        assessed('T_BOTH', '2025-02-01'), // ... but 3 at the next assessment: counted, not noted
        assessed('T_YOUNG', '2025-02-28'), // 2 years old: left out, noted
        assessed('T_SCHOOL', '2025-08-01'), // 5, at school since that day: left out, noted
        assessed('T_NONEED', '2025-01-01', '0'), // 7 and no need: not counted anyway, not noted
        assessed('O_OLD', '2025-03-01'), // 6 and at school since 1 August 2024: left out, noted
        assessed('C_AT3', '2025-01-15'), // 3: counted
      ),
      PERIOD,
    ),
  );

  it('counts only the children from age 3 until school start at the assessment', () => {
    // Without the rule: target 5 (also T_YOUNG, T_SCHOOL), other 1 (O_OLD), total 6.
    expect(numerators(ordinary(out.cells))).toEqual([
      ['target', 3],
      ['comparison', 1],
      ['other', 0],
      ['total', 4],
    ]);
    expect(cell(out.cells, 'target')).toMatchObject({ numerator: 3, value: 3, n: 3 });
  });

  it('notes the children left out only for their age, never an error', () => {
    expect(out.notes).toEqual([
      '3 barn/børn med behov for sprogstimulering uden for dagtilbud er ikke talt med, fordi de ved vurderingen ikke var i alderen fra 3 år til skolestart (1. august i det år, barnet fylder 6).',
    ]);
  });
});

describe('sprogstimulering: bilingual by language, the second figure', () => {
  const persons = population(
    person('T1', '2021-06-01', 'target'),
    person('T2', '2021-06-02', 'target'),
    person('T3', '2021-06-03', 'target'),
    person('T4', '2021-06-04', 'target'),
    person('T5', '2021-06-05', 'target'),
    person('C1', '2021-06-06', 'comparison'),
    person('C2', '2021-06-07', 'comparison'),
    person('C3', '2021-06-08', 'comparison'),
    person('O1', '2021-06-09', 'other'),
    person('O2', '2021-06-10', 'other'),
    person('O3', '2021-06-11', 'other'),
  );
  const data = rows(
    assessed('T1', '2024-12-01', '1', '0', 'arabisk'), // another mother tongue: bilingual
    assessed('T2', '2024-12-01', '1', '0', 'Dansk'), // Danish
    assessed('T3', '2024-12-01', '1', '0', ''), // none given: the target group's, so bilingual
    assessed('T4', '2024-12-01', '1', '0', 'uoplyst'), // "not stated": as none, bilingual
    assessed('T5', '2024-12-01', '1', '0', 'da'), // Danish on one row ...
    assessed('T5', '2025-03-01', '0', '0', 'so'), // ... Somali on another: another mother tongue
    assessed('C1', '2024-12-01', '1', '0', 'DA-dk'), // Danish
    assessed('C2', '2024-12-01', '1', '0', 'grønlandsk'), // Danish origin, Greenlandic: bilingual by the law
    assessed('C3', '2024-12-01', '1', '0', ''), // none given, not the target group: not bilingual
    assessed('O1', '2024-12-01', '1', '0', 'pl'), // Polish: bilingual, though of Western origin
    assessed('O2', '2024-12-01', '1', '0', 'DAN'), // Danish
    assessed('O3', '2024-12-01', '1', '1', 'tysk'), // in day care: not counted at all
  );
  const out = aggregate({ ...input('sprogstimulering', persons, data, PERIOD), secondFigures: ['by_language'] });

  it('keeps the default by origin as without the column', () => {
    expect(numerators(ordinary(out.cells))).toEqual([
      ['target', 5],
      ['comparison', 3],
      ['other', 2],
      ['total', 10],
    ]);
  });

  it('counts, of each group, the children with another mother tongue, the target group where none is given', () => {
    expect(numerators(out.cells, SECOND)).toEqual([
      ['target', 4], // T1, T3, T4, T5
      ['comparison', 1], // C2
      ['other', 1], // O1
      ['total', 6], // the law's bilingual children
    ]);
    expect(cell(out.cells, 'total', SECOND)).toMatchObject({ numerator: 6, denominator: null, value: 6, n: 6 });
    // Whole groups only: no person breakdowns of the second figure.
    expect(out.cells.filter((c) => c.breakdown.startsWith('variant=')).map((c) => c.breakdown)).toEqual([SECOND, SECOND, SECOND, SECOND]);
  });

  it('notes the counted children without a mother tongue in the file', () => {
    expect(out.notes).toEqual(['3 af de talte børn har intet modersmål i filen; i tallet efter sprog er de tosprogede, hvis de er i målgruppen.']);
  });

  it('writes no second figure from an extract without the column, which counts as before', () => {
    const plain = rows(...data.map((r) => Object.fromEntries(Object.entries(r.values).filter(([k]) => k !== 'language'))));
    const without = aggregate({ ...input('sprogstimulering', persons, plain, PERIOD), secondFigures: ['by_language'] });
    expect(without.cells).toEqual(out.cells.filter((c) => c.breakdown !== SECOND));
    expect(without.notes).toEqual([]);
  });

  it('writes no second figure when it is not asked for', () => {
    const alone = aggregate(input('sprogstimulering', persons, data, PERIOD));
    expect(alone.cells.some((c) => c.breakdown.startsWith('variant='))).toBe(false);
  });

  it('refuses a language cell that is no language (a digit: a shifted date, flag or id), naming row and column', () => {
    for (const bad of ['1', '2020-03-12', '12.5']) {
      const attempt = () => aggregate(input('sprogstimulering', persons, rows(assessed('T1', '2024-12-01', '1', '0', bad)), PERIOD));
      expect(attempt).toThrow(AggregationRowError);
      expect(attempt).toThrow('Række 2, kolonne "language"');
      try {
        attempt();
      } catch (error) {
        expect((error as Error).message).not.toContain(bad);
      }
    }
  });
});

describe('the mother tongue as Danish offices write it', () => {
  const read = (language: string) => readMotherTongue({ rowNumber: 2, values: { language } });

  it('reads Danish in words, ISO 639 codes and the country code', () => {
    for (const danish of ['dansk', 'Dansk', ' DANSK ', 'danish', 'da', 'DA', 'dan', 'da-DK', 'da_dk', 'DK']) expect(read(danish), danish).toBe('danish');
  });

  it('reads any other language name or code as another language', () => {
    for (const other of ['arabisk', 'Somali', 'tyrkisk', 'ar', 'ara', 'so', 'tur', 'færøsk', 'grønlandsk', 'kl', 'dari/persisk', 'andet sprog', 'other'])
      expect(read(other), other).toBe('other');
  });

  it('reads a blank or "unknown" as no language (the fallback applies)', () => {
    for (const none of ['', '  ', 'ukendt', 'Uoplyst', 'ikke oplyst', 'ikke_oplyst', 'unknown', '-', '?']) expect(read(none), none).toBeNull();
  });
});
