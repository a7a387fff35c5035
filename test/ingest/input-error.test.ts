import { describe, expect, it } from 'vitest';
import { columnLetter, formatInputError, InputError, InputErrors, isInputProblem } from '../../src/ingest/index.ts';

const error = new InputError({
  code: 'invalid_value',
  file: 'befolkning.csv',
  row: 7,
  column: 'koen',
  columnNumber: 3,
  messageDa: 'ugyldig værdi "X": forventet M/K eller 1/2',
  messageEn: 'invalid value "X": expected M/K (male/female) or 1/2',
});

describe('InputError', () => {
  it('carries its location and both languages; message holds Danish then English', () => {
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InputError');
    expect(error.message).toBe(
      'befolkning.csv, række 7, kolonne C (koen): ugyldig værdi "X": forventet M/K eller 1/2\n' +
        'befolkning.csv, row 7, column C (koen): invalid value "X": expected M/K (male/female) or 1/2',
    );
    expect(formatInputError(error, 'en')).toBe('befolkning.csv, row 7, column C (koen): invalid value "X": expected M/K (male/female) or 1/2');
  });

  it('leaves out what it does not know', () => {
    const fileOnly = new InputError({ code: 'empty_file', file: 'a.csv', messageDa: 'filen er tom', messageEn: 'the file is empty' });
    expect(formatInputError(fileOnly, 'da')).toBe('a.csv: filen er tom');
    const columnOnly = new InputError({ code: 'duplicate_column', file: 'a.csv', row: 1, column: 'sex', messageDa: 'x', messageEn: 'y' });
    expect(formatInputError(columnOnly, 'en')).toBe('a.csv, row 1, column sex: y');
  });

  it('InputErrors lists every problem', () => {
    const errors = new InputErrors([error, error], 3);
    expect(errors.total).toBe(5);
    expect(errors.message.split('\n')[0]).toBe('5 fejl i inddata / 5 input errors');
    expect(formatInputError(errors, 'en').split('\n')).toEqual([formatInputError(error, 'en'), formatInputError(error, 'en'), '… and 3 more']);
    expect(isInputProblem(errors)).toBe(true);
    expect(isInputProblem(new Error('x'))).toBe(false);
  });

  it('columnLetter follows the spreadsheet', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
