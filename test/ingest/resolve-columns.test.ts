import { describe, expect, expectTypeOf, it } from 'vitest';
import { type ColumnSpec, DELIVERY_COLUMNS, InputError, InputErrors, normaliseHeader, POPULATION_COLUMNS, resolveColumns } from '../../src/ingest/index.ts';

const source = (header: string[]) => ({ file: 'befolkning.csv', header });
const SPEC = [
  { name: 'person_id', aliases: ['cpr'], required: true },
  { name: 'birth_country', aliases: ['foedeland'], required: true },
  { name: 'mother_birth_country', aliases: ['mor_foedeland'], required: false },
] as const satisfies readonly ColumnSpec[];

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('normaliseHeader', () => {
  it('ignores case, surrounding spaces, æøå spelling and space/underscore/hyphen', () => {
    expect(['fødeland', 'foedeland', 'FOEDELAND', ' Fødeland ', 'FØDELAND'].map(normaliseHeader)).toEqual(Array(5).fill('foedeland'));
    expect(['mor id', 'mor_id', 'Mor-Id', 'MOR  ID'].map(normaliseHeader)).toEqual(Array(4).fill('mor_id'));
    expect(normaliseHeader('Boligområde')).toBe('boligomraade');
    expect(normaliseHeader('Tæller')).toBe('taeller');
    // decomposed å (a + combining ring), as some Mac exports write it
    expect(normaliseHeader('Boligomra\u030ade')).toBe('boligomraade');
  });
});

describe('resolveColumns', () => {
  it('finds columns by name or alias in any spelling and leaves absent optional columns undefined', () => {
    expect(resolveColumns(source(['CPR', 'navn', 'Fødeland']), SPEC)).toEqual({
      person_id: 0,
      birth_country: 2,
      mother_birth_country: undefined,
    });
    expect(resolveColumns(source(['MOR FØDELAND', 'person_id', 'foedeland']), SPEC)).toEqual({
      person_id: 1,
      birth_country: 2,
      mother_birth_country: 0,
    });
  });

  it('lists every missing required column with its aliases, in Danish and English, on row 1', () => {
    const error = thrown(() => resolveColumns(source(['navn', 'alder']), SPEC));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'missing_column', file: 'befolkning.csv', row: 1 });
    const e = error as InputError;
    expect(e.messageDa).toBe('kolonnerne mangler: person_id (eller cpr), birth_country (eller foedeland). Filens kolonner er: navn, alder');
    expect(e.messageEn).toBe("missing columns: person_id (or cpr), birth_country (or foedeland). The file's columns are: navn, alder");
    expect(e.message).toContain('befolkning.csv, række 1: kolonnerne mangler');
  });

  it('refuses a column given twice under two spellings, naming both places', () => {
    const error = thrown(() => resolveColumns(source(['cpr', 'fødeland', 'foedeland']), SPEC));
    expect(error).toMatchObject({ code: 'duplicate_column', row: 1, column: 'birth_country' });
    expect((error as InputError).messageEn).toBe('column birth_country appears more than once: B (fødeland), C (foedeland); delete or rename the extra ones');
  });

  it('reports missing and duplicate columns together', () => {
    const error = thrown(() => resolveColumns(source(['foedeland', 'Foedeland']), SPEC));
    expect(error).toBeInstanceOf(InputErrors);
    expect((error as InputErrors).errors.map((e) => e.code)).toEqual(['missing_column', 'duplicate_column']);
  });

  it('does not echo a header that looks like a CPR number (a file without a header row)', () => {
    const cprLike = `${'0'.repeat(2)}1${'3'.repeat(3)}4${'9'.repeat(3)}`;
    const error = thrown(() => resolveColumns(source([cprLike, 'M']), SPEC)) as InputError;
    expect(error.message).not.toContain(cprLike);
    expect(error.messageDa).toContain('(skjult / hidden), M');
  });
});

describe('shipped column specs', () => {
  it('POPULATION_COLUMNS accepts the Danish header of an extract', () => {
    const header = [
      'CPR',
      'Fødselsdato',
      'Køn',
      'Fødeland',
      'Statsborgerskab',
      'Mor_ID',
      'Far ID',
      'Mor fødeland',
      'mor_statsborgerskab',
      'far_foedeland',
      'FAR_STATSBORGERSKAB',
      'mother_origin_group',
      'far_herkomst',
      'Mor oprindelsesland',
      'far_oprindelsesland',
      'Mor status',
      'FAR_STATUS',
      'Flygtning',
      'Boligområde',
      'Indrejsedato',
      'Kommune',
    ];
    const columns = resolveColumns(source(header), POPULATION_COLUMNS);
    expect(Object.values(columns)).toEqual(header.map((_, i) => i));
    expect(POPULATION_COLUMNS.filter((c) => 'identifying' in c && c.identifying).map((c) => c.name)).toEqual(['person_id', 'mother_id', 'father_id']);
  });

  it('POPULATION_COLUMNS requires the five person columns only', () => {
    const columns = resolveColumns(source(['person_id', 'birth_date', 'sex', 'birth_country', 'citizenship']), POPULATION_COLUMNS);
    expect(columns.person_id).toBe(0);
    expect(columns.mother_id).toBeUndefined();
    expectTypeOf(columns.person_id).toEqualTypeOf<number>();
    expectTypeOf(columns.mother_id).toEqualTypeOf<number | undefined>();
  });

  it('DELIVERY_COLUMNS accepts the Danish header of a delivery', () => {
    const header = [
      'Kommune',
      'Indikator',
      'Periode',
      'Gruppe',
      'Opdeling',
      'Tæller',
      'Nævner',
      'Værdi',
      'Spredning',
      'Antal',
      'Definition',
      'Tredje generation',
      'Diskretioneret',
      'Note',
    ];
    const columns = resolveColumns(source(header), DELIVERY_COLUMNS);
    expect(Object.values(columns)).toEqual(header.map((_, i) => i));
    expect(Object.keys(columns)).toEqual([
      'municipality',
      'indicator',
      'period',
      'group',
      'breakdown',
      'numerator',
      'denominator',
      'value',
      'sd',
      'n',
      'definition',
      'third_generation',
      'suppressed',
      'note',
    ]);
  });
});
