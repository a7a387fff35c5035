import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBoolean, parseCount, parseDate, parseDecimal, parseSex } from '../../src/ingest/index.ts';

const ok = (value: unknown) => ({ kind: 'ok', value });
const EMPTY = { kind: 'empty' };
const kindOf = (result: { kind: string }) => result.kind;

describe('parseCount', () => {
  it('reads whole non-negative numbers', () => {
    expect(parseCount('0')).toEqual(ok(0));
    expect(parseCount(' 1234 ')).toEqual(ok(1234));
    expect(parseCount('007')).toEqual(ok(7));
    expect(parseCount('1 234 567')).toEqual(ok(1234567));
    expect(parseCount('1\u00a0234')).toEqual(ok(1234));
    expect(parseCount('')).toEqual(EMPTY);
    expect(parseCount('   ')).toEqual(EMPTY);
  });

  it('accepts a thousands separator only where it cannot be the decimal mark', () => {
    expect(parseCount('1.234', ',')).toEqual(ok(1234));
    expect(parseCount('1.234.567', ',')).toEqual(ok(1234567));
    expect(parseCount('1,234', '.')).toEqual(ok(1234));
    expect(kindOf(parseCount('1.234', '.'))).toBe('invalid');
    expect(kindOf(parseCount('1,234', ','))).toBe('invalid');
    const ambiguous = parseCount('1.234');
    expect(ambiguous).toMatchObject({ kind: 'invalid', problem: { en: expect.stringContaining('ambiguous') } });
    expect(kindOf(parseCount('12.34', ','))).toBe('invalid');
  });

  it('rejects fractions, words and negative numbers with a reason', () => {
    expect(parseCount('12,5', ',')).toMatchObject({ kind: 'invalid', problem: { da: expect.stringContaining('helt tal') } });
    expect(kindOf(parseCount('12.5', '.'))).toBe('invalid');
    expect(kindOf(parseCount('abc'))).toBe('invalid');
    expect(parseCount('-3')).toMatchObject({ kind: 'invalid', problem: { en: 'a count cannot be negative' } });
    expect(kindOf(parseCount('+3'))).toBe('invalid');
    expect(parseCount('9'.repeat(20))).toMatchObject({ problem: { en: 'the number is too large (at most 2,147,483,647)' } });
    expect(parseCount(String(2 ** 31))).toMatchObject({ kind: 'invalid' });
    expect(parseCount(String(2 ** 31 - 1))).toEqual({ kind: 'ok', value: 2_147_483_647 });
  });

  it('reads back every count written plainly or with Danish grouping (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 31 - 1 }), (n) => {
        expect(parseCount(String(n))).toEqual(ok(n));
        expect(parseCount(n.toLocaleString('de-DE'), ',')).toEqual(ok(n));
      }),
      { seed: 7 },
    );
  });
});

describe('parseDecimal', () => {
  it('reads numbers in the detected mark', () => {
    expect(parseDecimal('0,352', ',')).toEqual(ok(0.352));
    expect(parseDecimal('0.352', '.')).toEqual(ok(0.352));
    expect(parseDecimal('-1,5', ',')).toEqual(ok(-1.5));
    expect(parseDecimal(',5', ',')).toEqual(ok(0.5));
    expect(parseDecimal('12', ',')).toEqual(ok(12));
    expect(parseDecimal('1.234,5', ',')).toEqual(ok(1234.5));
    expect(parseDecimal('1,234.5', '.')).toEqual(ok(1234.5));
    expect(parseDecimal(' ', '.')).toEqual(EMPTY);
  });

  it('rejects the other mark used as decimal mark, and non-numbers', () => {
    expect(parseDecimal('0.352', ',')).toMatchObject({ kind: 'invalid', problem: { en: expect.stringContaining('decimal comma') } });
    expect(kindOf(parseDecimal('0,352', '.'))).toBe('invalid');
    expect(kindOf(parseDecimal('1,2,3', ','))).toBe('invalid');
    expect(kindOf(parseDecimal('-', ','))).toBe('invalid');
    expect(kindOf(parseDecimal('1e5', '.'))).toBe('invalid');
    expect(kindOf(parseDecimal('abc', '.'))).toBe('invalid');
  });
});

describe('parseBoolean', () => {
  it('reads the Danish and English yes/no words', () => {
    for (const yes of ['1', 'ja', 'JA', 'j', 'true', 'TRUE', 'sand', 'SAND', 'yes', 'y', ' Ja ']) expect(parseBoolean(yes)).toEqual(ok(true));
    for (const no of ['0', 'nej', 'Nej', 'n', 'false', 'falsk', 'FALSK', 'no']) expect(parseBoolean(no)).toEqual(ok(false));
    expect(parseBoolean('')).toEqual(EMPTY);
    expect(kindOf(parseBoolean('måske'))).toBe('invalid');
    expect(kindOf(parseBoolean('2'))).toBe('invalid');
  });
});

describe('parseSex', () => {
  it('reads M/K, words, and digits by the CPR rule (odd = M, even = K)', () => {
    expect(parseSex('M')).toEqual(ok('M'));
    expect(parseSex('k')).toEqual(ok('K'));
    expect(parseSex('Mand')).toEqual(ok('M'));
    expect(parseSex('kvinde')).toEqual(ok('K'));
    expect(parseSex('female')).toEqual(ok('K'));
    expect(parseSex('1')).toEqual(ok('M'));
    expect(parseSex('2')).toEqual(ok('K'));
    expect(parseSex('7')).toEqual(ok('M'));
    expect(parseSex('0')).toEqual(ok('K'));
    expect(parseSex('')).toEqual(EMPTY);
    expect(parseSex('X')).toMatchObject({ kind: 'invalid', problem: { da: 'forventet M/K eller 1/2' } });
    expect(kindOf(parseSex('12'))).toBe('invalid');
  });
});

describe('parseDate', () => {
  it('reads ISO and day-first dates to ISO', () => {
    expect(parseDate('2023-02-28')).toEqual(ok('2023-02-28'));
    expect(parseDate('28-02-2023')).toEqual(ok('2023-02-28'));
    expect(parseDate('28.02.2023')).toEqual(ok('2023-02-28'));
    expect(parseDate('28/02/2023')).toEqual(ok('2023-02-28'));
    expect(parseDate('1.2.2023')).toEqual(ok('2023-02-01'));
    expect(parseDate('2023-02-28 00:00:00')).toEqual(ok('2023-02-28'));
    expect(parseDate('2023-02-28T00:00:00.000Z')).toEqual(ok('2023-02-28'));
    expect(parseDate('2024-02-29')).toEqual(ok('2024-02-29'));
    expect(parseDate(' ')).toEqual(EMPTY);
  });

  it('rejects dates that do not exist and unclear forms', () => {
    expect(parseDate('2023-02-30')).toMatchObject({ kind: 'invalid', problem: { en: 'no such date' } });
    expect(kindOf(parseDate('2023-02-29'))).toBe('invalid');
    expect(kindOf(parseDate('1900-02-29'))).toBe('invalid');
    expect(parseDate('2000-02-29')).toEqual(ok('2000-02-29'));
    expect(kindOf(parseDate('31.04.2023'))).toBe('invalid');
    expect(kindOf(parseDate('2023-13-01'))).toBe('invalid');
    expect(kindOf(parseDate('28-02.2023'))).toBe('invalid');
    expect(kindOf(parseDate('28.02.23'))).toBe('invalid');
    expect(kindOf(parseDate('20230228'))).toBe('invalid');
    expect(kindOf(parseDate('45000'))).toBe('invalid');
  });

  it('agrees with the calendar for every day of a leap and a common year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 730 }), (offset) => {
        const date = new Date(Date.UTC(2023, 0, 1 + offset));
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-');
        expect(parseDate(iso)).toEqual(ok(iso));
        expect(parseDate(`${d}.${m}.${y}`)).toEqual(ok(iso));
      }),
      { seed: 11 },
    );
  });
});

describe('a leading zero group is never a thousands group', () => {
  it('does not read 0.352 as 352', () => {
    expect(kindOf(parseCount('0.352', ','))).toBe('invalid');
    expect(kindOf(parseCount('0,352', '.'))).toBe('invalid');
    expect(kindOf(parseDecimal('0,352.5', '.'))).toBe('invalid');
  });
});
