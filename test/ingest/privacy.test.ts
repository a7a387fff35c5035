import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createErrorCollector,
  createRecordReader,
  formatInputError,
  type InputError,
  InputErrors,
  openTable,
  type ParseResult,
  parseDate,
  parseSex,
  POPULATION_COLUMNS,
} from '../../src/ingest/index.ts';
import { generatedCpr, readAll, rejection, useTempDir } from './helpers.ts';

const temp = useTempDir();
const HEADER = 'cpr;foedselsdato;koen;foedeland;statsborgerskab;mor_id';
const invalidForTest = (_text: string): ParseResult<string> => ({ kind: 'invalid', problem: { da: 'afvist', en: 'rejected' } });

/** Every text an error exposes, in every rendering. */
function allTexts(error: InputError | InputErrors): string {
  const parts = [error.message, formatInputError(error, 'da'), formatInputError(error, 'en'), JSON.stringify(error)];
  const errors = error instanceof InputErrors ? error.errors : [error];
  for (const e of errors) parts.push(e.messageDa, e.messageEn, String(e.column));
  return parts.join('\n');
}

function expectNoCpr(text: string, cprs: readonly string[]): void {
  for (const cpr of cprs) {
    expect(text).not.toContain(cpr);
    expect(text).not.toContain(`${cpr.slice(0, 6)}-${cpr.slice(6)}`);
  }
}

describe('errors never echo identifiers', () => {
  it('reports broken cells of a population file by file, row and column without any CPR number', async () => {
    const cprs = Array.from({ length: 6 }, (_, i) => generatedCpr(100 + i * 37));
    const file = temp.path('cpr-population.csv');
    const lines = [
      HEADER,
      `${cprs[0]};1980-05-17;M;TR;TR;${cprs[1]}`,
      `${cprs[1]};1955-02-30;K;TR;TR;`, // row 3: impossible date
      `${cprs[2]};${cprs[3]};M;DK;DK;`, // row 4: a CPR number shifted into the date column
      `${cprs[3]};2001-11-02;X;DK;DK;${cprs[4]}`, // row 5: invalid sex
      `${cprs[4]};2001-11-02;M;DK;DK;${cprs[5]}`, // row 6: mother_id rejected by the caller
      `${cprs[5]};2001-11-02;K;DK;DK;`,
    ];
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    const errors = createErrorCollector();
    const reader = createRecordReader(await openTable(file), POPULATION_COLUMNS, errors);
    for await (const row of reader.rows()) {
      row.parse('birth_date', parseDate, { required: true });
      row.parse('sex', parseSex, { required: true });
      if (row.rowNumber === 6) row.parse('mother_id', invalidForTest);
      if (row.rowNumber === 7) row.fail('person_id', { da: 'personen findes to gange', en: 'the person appears twice' });
    }
    expect(errors.errors.map((e) => [e.code, e.row, e.columnNumber])).toEqual([
      ['invalid_value', 3, 2],
      ['invalid_value', 4, 2],
      ['invalid_value', 5, 3],
      ['invalid_value', 6, 6],
      ['invalid_value', 7, 1],
    ]);
    const [date, shifted, sex, mother, person] = errors.errors;
    expect(formatInputError(date as InputError, 'en')).toBe(`${file}, row 3, column B (foedselsdato): invalid value "1955-02-30": no such date`);
    expect(formatInputError(shifted as InputError, 'da')).toBe(
      `${file}, række 4, kolonne B (foedselsdato): ugyldig værdi (vises ikke, da den kan identificere en person): forventet en dato som 2023-02-28 eller 28-02-2023`,
    );
    expect(formatInputError(sex as InputError, 'da')).toBe(`${file}, række 5, kolonne C (koen): ugyldig værdi "X": forventet M/K eller 1/2`);
    expect(formatInputError(mother as InputError, 'en')).toBe(
      `${file}, row 6, column F (mor_id): invalid value (not shown, as it may identify a person): rejected`,
    );
    expect(formatInputError(person as InputError, 'en')).toContain('row 7, column A (cpr)');
    const all = rejectionOf(() => errors.throwIfAny());
    expect(all).toBeInstanceOf(InputErrors);
    expectNoCpr(allTexts(all as InputErrors), cprs);
  });

  it('a row with the wrong number of fields names the row but not its content', async () => {
    const cpr = generatedCpr(5);
    const file = temp.path('cpr-short-row.csv');
    writeFileSync(file, `${HEADER}\n${generatedCpr(6)};1980-05-17;M;TR;TR;\n${cpr};1980-05-17;M\n`);
    const error = (await rejection(readAll(file))) as InputError;
    expect(error).toMatchObject({ code: 'wrong_field_count', row: 3 });
    expectNoCpr(allTexts(error), [cpr]);
  });

  it('an unclosed quote in the identifier column names the row but not its content', async () => {
    const cpr = generatedCpr(9);
    const file = temp.path('cpr-quote.csv');
    writeFileSync(file, `${HEADER}\n${generatedCpr(10)};1980-05-17;M;TR;TR;\n"${cpr};1980-05-17;M;TR;TR;\n`);
    const error = (await rejection(readAll(file))) as InputError;
    expect(error).toMatchObject({ code: 'unclosed_quote', row: 3 });
    expectNoCpr(allTexts(error), [cpr]);
  });

  it('a file without a header row: the missing-column error does not echo the CPR in row 1', async () => {
    const cpr = generatedCpr(12);
    const file = temp.path('cpr-no-header.csv');
    writeFileSync(file, `${cpr};1980-05-17;M;TR;TR;\n${generatedCpr(13)};1980-05-17;M;TR;TR;\n`);
    const source = await openTable(file);
    const thrown = rejectionOf(() => createRecordReader(source, POPULATION_COLUMNS)) as InputError;
    expect(thrown.code).toBe('missing_column');
    expectNoCpr(allTexts(thrown), [cpr]);
  });
});

function rejectionOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
