import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  electionDay,
  FIRST_ELECTION_YEAR,
  FIRST_YEAR,
  formatPeriod,
  isElectionYear,
  LAST_YEAR,
  nextPeriod,
  type Period,
  type PeriodType,
  parseAnyPeriod,
  parsePeriod,
  periodErrorMessage,
  periodLabel,
  periodRange,
  previousPeriod,
  referenceDate,
} from '../../src/catalogue/index.ts';

const year = fc.integer({ min: FIRST_YEAR, max: LAST_YEAR - 1 });
const electionYear = fc.integer({ min: 0, max: Math.floor((LAST_YEAR - FIRST_ELECTION_YEAR) / 4) }).map((k) => FIRST_ELECTION_YEAR + 4 * k);
const anyPeriod: fc.Arbitrary<Period> = fc.oneof(
  year.map((y): Period => ({ kind: 'calendar_year', year: y })),
  year.map((y): Period => ({ kind: 'oct_sep', startYear: y })),
  year.map((y): Period => ({ kind: 'school_year', startYear: y })),
  electionYear.map((y): Period => ({ kind: 'election', year: y })),
);

describe('parsePeriod', () => {
  it.each<[string, PeriodType, Period]>([
    ['2025', 'calendar_year', { kind: 'calendar_year', year: 2025 }],
    ['2024-10/2025-09', 'oct_sep', { kind: 'oct_sep', startYear: 2024 }],
    ['2024/2025', 'school_year', { kind: 'school_year', startYear: 2024 }],
    ['KV2025', 'election', { kind: 'election', year: 2025 }],
    [' kv2021 ', 'election', { kind: 'election', year: 2021 }],
    ['KV2005', 'election', { kind: 'election', year: 2005 }],
  ])('reads %j as a %s', (text, type, period) => {
    expect(parsePeriod(text, type)).toEqual({ ok: true, period });
  });

  it.each<[string, PeriodType, object]>([
    ['2024/2026', 'school_year', { kind: 'not_consecutive', periodType: 'school_year' }],
    ['2024-10/2026-09', 'oct_sep', { kind: 'not_consecutive', periodType: 'oct_sep' }],
    ['2024-09/2025-08', 'oct_sep', { kind: 'wrong_months' }],
    ['KV2024', 'election', { kind: 'not_election_year', year: 2024, before: 2021, after: 2025 }],
    ['KV1977', 'election', { kind: 'not_election_year', year: 1977, before: null, after: 1981 }],
    ['2024/2025', 'calendar_year', { kind: 'wrong_type', found: 'school_year' }],
    ['KV2025', 'school_year', { kind: 'wrong_type', found: 'election' }],
    ['2025-01', 'calendar_year', { kind: 'malformed' }],
    ['25', 'calendar_year', { kind: 'malformed' }],
    ['1899', 'calendar_year', { kind: 'year_out_of_range', year: 1899 }],
  ])('refuses %j as a %s', (text, type, error) => {
    const result = parsePeriod(text, type);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.error).toMatchObject({ text, ...error });
  });

  it('round-trips every valid period: parse(format(p)) = p', () => {
    fc.assert(
      fc.property(anyPeriod, (period) => {
        const text = formatPeriod(period);
        expect(parsePeriod(text, period.kind)).toEqual({ ok: true, period });
        expect(parseAnyPeriod(text)).toEqual({ ok: true, period });
      }),
    );
  });

  it('round-trips the text: format(parse(x)) = x for canonical texts', () => {
    fc.assert(
      fc.property(anyPeriod, (period) => {
        const text = formatPeriod(period);
        const parsed = parsePeriod(text, period.kind);
        expect(parsed.ok && formatPeriod(parsed.period)).toBe(text);
      }),
    );
  });

  it('accepts exactly the years 1981, 1985, … as election years', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), (y) => {
        expect(parsePeriod(`KV${y}`, 'election').ok).toBe(y >= 1981 && (y - 1981) % 4 === 0);
      }),
    );
    expect([2001, 2005, 2009, 2013, 2017, 2021, 2025, 2029].every(isElectionYear)).toBe(true);
  });

  it('words its errors in Danish and English', () => {
    const error = (text: string, type: PeriodType) => {
      const result = parsePeriod(text, type);
      if (result.ok) throw new Error('expected an error');
      return result.error;
    };
    expect(periodErrorMessage(error('KV2024', 'election'), 'da')).toBe(
      '»KV2024«: der er ikke kommunalvalg i 2024; kommunalvalg holdes hvert fjerde år fra 1981 (nærmeste: KV2021 eller KV2025).',
    );
    expect(periodErrorMessage(error('2024-09/2025-08', 'oct_sep'), 'en')).toBe(
      '"2024-09/2025-08": the period must run from October to September (e.g. 2024-10/2025-09).',
    );
    expect(periodErrorMessage(error('2024/2025', 'calendar_year'), 'da')).toBe('»2024/2025« er ikke en periode af typen kalenderår; skriv fx 2025.');
    expect(periodErrorMessage(error('2024/2026', 'school_year'), 'da')).toBe('»2024/2026«: det andet år skal være året efter det første (fx 2024/2025).');
  });
});

describe('periodLabel', () => {
  it.each<[Period, string, string]>([
    [{ kind: 'calendar_year', year: 2025 }, '2025', '2025'],
    [{ kind: 'oct_sep', startYear: 2024 }, '1. oktober 2024 – 30. september 2025', '1 October 2024 – 30 September 2025'],
    [{ kind: 'school_year', startYear: 2024 }, 'skoleåret 2024/25', 'school year 2024/25'],
    [{ kind: 'school_year', startYear: 1999 }, 'skoleåret 1999/00', 'school year 1999/00'],
    [{ kind: 'election', year: 2025 }, 'kommunalvalget 2025 (KV2025)', 'municipal election 2025 (KV2025)'],
  ])('names %j', (period, da, en) => {
    expect(periodLabel(period, 'da')).toBe(da);
    expect(periodLabel(period, 'en')).toBe(en);
  });
});

describe('periodRange and referenceDate', () => {
  it.each<[Period, string, string]>([
    [{ kind: 'calendar_year', year: 2025 }, '2025-01-01', '2025-12-31'],
    [{ kind: 'oct_sep', startYear: 2024 }, '2024-10-01', '2025-09-30'],
    [{ kind: 'school_year', startYear: 2024 }, '2024-08-01', '2025-07-31'],
    [{ kind: 'election', year: 2021 }, '2021-11-16', '2021-11-16'],
  ])('%j runs %s – %s and measures age at its end', (period, start, end) => {
    expect(periodRange(period)).toEqual({ start, end });
    expect(referenceDate(period)).toBe(end);
  });
});

describe('electionDay', () => {
  it.each([
    [1981, '1981-11-17'],
    [1985, '1985-11-19'],
    [1997, '1997-11-18'],
    [2001, '2001-11-20'],
    [2005, '2005-11-15'],
    [2017, '2017-11-21'],
    [2021, '2021-11-16'],
    [2025, '2025-11-18'],
  ])('KV%i was on %s', (y, day) => {
    expect(electionDay(y)).toBe(day);
  });

  it('is always a Tuesday from 15 to 21 November', () => {
    fc.assert(
      fc.property(electionYear, (y) => {
        const day = new Date(`${electionDay(y)}T12:00:00Z`);
        expect(day.getUTCDay()).toBe(2);
        expect(day.getUTCMonth()).toBe(10);
        expect(day.getUTCDate()).toBeGreaterThanOrEqual(15);
        expect(day.getUTCDate()).toBeLessThanOrEqual(21);
      }),
    );
  });
});

describe('ordering', () => {
  it('sorts periods by their dates', () => {
    const periods: Period[] = [
      { kind: 'election', year: 2025 },
      { kind: 'school_year', startYear: 2024 },
      { kind: 'calendar_year', year: 2025 },
      { kind: 'oct_sep', startYear: 2024 },
      { kind: 'calendar_year', year: 2024 },
    ];
    expect([...periods].sort(comparePeriods).map(formatPeriod)).toEqual(['2024', '2024/2025', '2024-10/2025-09', '2025', 'KV2025']);
    expect(comparePeriods({ kind: 'calendar_year', year: 2025 }, { kind: 'calendar_year', year: 2025 })).toBe(0);
  });

  it.each<[Period, Period | undefined, Period | undefined]>([
    [
      { kind: 'calendar_year', year: 2025 },
      { kind: 'calendar_year', year: 2024 },
      { kind: 'calendar_year', year: 2026 },
    ],
    [
      { kind: 'oct_sep', startYear: 2024 },
      { kind: 'oct_sep', startYear: 2023 },
      { kind: 'oct_sep', startYear: 2025 },
    ],
    [
      { kind: 'school_year', startYear: 2024 },
      { kind: 'school_year', startYear: 2023 },
      { kind: 'school_year', startYear: 2025 },
    ],
    [
      { kind: 'election', year: 2025 },
      { kind: 'election', year: 2021 },
      { kind: 'election', year: 2029 },
    ],
    [{ kind: 'election', year: 1981 }, undefined, { kind: 'election', year: 1985 }],
    [{ kind: 'calendar_year', year: FIRST_YEAR }, undefined, { kind: 'calendar_year', year: FIRST_YEAR + 1 }],
  ])('steps back and forth from %j', (period, previous, next) => {
    expect(previousPeriod(period)).toEqual(previous);
    expect(nextPeriod(period)).toEqual(next);
  });

  it('has previous before and next after every period', () => {
    fc.assert(
      fc.property(anyPeriod, (period) => {
        const previous = previousPeriod(period);
        if (previous !== undefined) {
          expect(comparePeriods(previous, period)).toBeLessThan(0);
          expect(nextPeriod(previous)).toEqual(period);
        }
      }),
    );
  });
});
