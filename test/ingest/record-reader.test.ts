import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createErrorCollector,
  createRecordReader,
  formatInputError,
  InputError,
  InputErrors,
  openTable,
  parseBoolean,
  parseCount,
  POPULATION_COLUMNS,
} from '../../src/ingest/index.ts';
import { collect, rejection, useTempDir } from './helpers.ts';

const temp = useTempDir();

async function population(name: string, text: string) {
  const file = temp.path(name);
  writeFileSync(file, text);
  return openTable(file);
}

describe('createRecordReader', () => {
  it('reads cells by canonical name whatever the header spelling, absent columns as ""', async () => {
    const source = await population('names.csv', 'CPR;Fødselsdato;Køn;Fødeland;Statsborgerskab;Flygtning;ekstra\nP1;1980-05-17;M;TR;TR;ja;x\n');
    const reader = createRecordReader(source, POPULATION_COLUMNS);
    expect(reader.columns.refugee).toBe(5);
    const [row] = await collect(reader.rows());
    expect(row?.text('birth_country')).toBe('TR');
    expect(row?.text('mother_id')).toBe('');
    expect(row?.parse('refugee', parseBoolean)).toBe(true);
    expect(row?.parse('mother_id', parseBoolean, { required: true })).toBeNull();
    expect(row?.values).toEqual(['P1', '1980-05-17', 'M', 'TR', 'TR', 'ja', 'x']);
  });

  it('throws the first bad cell when no collector is given', async () => {
    const source = await population('fail-fast.csv', 'person_id;n\nP1;12\nP2;12,5\n');
    const reader = createRecordReader(source, [
      { name: 'person_id', required: true },
      { name: 'n', aliases: ['antal'], required: true },
    ]);
    const error = await rejection(
      (async () => {
        for await (const row of reader.rows()) row.parse('n', (t) => parseCount(t, source.decimal));
      })(),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(formatInputError(error as InputError, 'en')).toBe(
      `${source.file}, row 3, column B (n): invalid value "12,5": expected a whole number, 0 or more (e.g. 1234)`,
    );
  });

  it('collects every problem, missing required values included, up to a limit', async () => {
    const lines = ['person_id;n'];
    for (let i = 0; i < 30; i++) lines.push(`P${i};${i % 2 === 0 ? '' : 'x'}`);
    const source = await population('collect.csv', `${lines.join('\n')}\n`);
    const errors = createErrorCollector(10);
    const reader = createRecordReader(
      source,
      [
        { name: 'person_id', required: true },
        { name: 'n', required: true },
      ],
      errors,
    );
    for await (const row of reader.rows()) row.parse('n', parseCount, { required: true });
    expect(errors.count).toBe(30);
    expect(errors.errors).toHaveLength(10);
    expect(errors.errors.slice(0, 2).map((e) => [e.code, e.row])).toEqual([
      ['missing_value', 2],
      ['invalid_value', 3],
    ]);
    let thrown: unknown;
    try {
      errors.throwIfAny();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputErrors);
    expect((thrown as InputErrors).total).toBe(30);
    expect(formatInputError(thrown as InputErrors, 'da').split('\n')).toHaveLength(11);
    expect(formatInputError(thrown as InputErrors, 'da')).toContain('… og 20 fejl mere');
  });

  it('field() reads as row.parse does: values, absent columns, and the same errors in the same order', async () => {
    const text = 'person_id;n;flygtning\nP1;12;ja\nP2;;nej\nP3;x;kanske\nP4;7;\n';
    const count = (t: string) => parseCount(t, ',');
    const read = async (viaField: boolean) => {
      const errors = createErrorCollector();
      const source = await population(`field-${viaField}.csv`, text);
      const reader = createRecordReader(
        source,
        [
          { name: 'person_id', required: true },
          { name: 'n', required: false },
          { name: 'refugee', aliases: ['flygtning'], required: false },
          { name: 'area', required: false },
        ],
        errors,
      );
      const n = reader.field('n', count, { required: true });
      const refugee = reader.field('refugee', parseBoolean);
      const area = reader.field('area', parseBoolean, { required: true });
      const values: unknown[] = [];
      for await (const row of reader.rows()) {
        values.push(
          viaField
            ? [n(row), refugee(row), area(row)]
            : [row.parse('n', count, { required: true }), row.parse('refugee', parseBoolean), row.parse('area', parseBoolean, { required: true })],
        );
      }
      return { values, errors: errors.errors.map((e) => formatInputError(e, 'en').replace(/field-(true|false)/, 'file')) };
    };
    const viaField = await read(true);
    expect(viaField.values).toEqual([
      [12, true, null],
      [null, false, null],
      [null, null, null],
      [7, null, null],
    ]);
    expect(viaField.errors).toHaveLength(3);
    expect(viaField.errors[0]).toContain('row 3, column B (n)');
    expect(viaField).toEqual(await read(false));
  });
});
