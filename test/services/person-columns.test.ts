/**
 * The population as typed columns: the open-addressing pseudonym index (every row found by its 128
 * bits, also when many share the bits the table is addressed by, and after it has grown), and the
 * reader's columns giving back each person's facts and links as the rows said.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createPseudonymiser, InputErrors, PSEUDONYM_WORDS, type Pseudonymiser } from '../../src/ingest/index.ts';
import { PseudonymIndex } from '../../src/services/population/pseudonym-index.ts';
import { readPopulation } from '../../src/services/population/read-population.ts';
import { useTempDir } from '../ingest/helpers.ts';

const temp = useTempDir();

/** Pseudonym words of `rows` persons whose first word (the table's address) is the same for all. */
function clashingWords(rows: number): Uint32Array {
  const words = new Uint32Array(rows * PSEUDONYM_WORDS);
  for (let r = 0; r < rows; r++) {
    words[r * PSEUDONYM_WORDS] = 0xdead_beef;
    words[r * PSEUDONYM_WORDS + 3] = r;
  }
  return words;
}

describe('PseudonymIndex', () => {
  it('finds every row by all four words when they share the first, through several growths', () => {
    const words = clashingWords(300);
    const index = new PseudonymIndex(() => words, 4);
    for (let r = 0; r < 300; r++) expect(index.add(r)).toBe(-1);
    for (let r = 0; r < 300; r++) expect(index.find(words, r * PSEUDONYM_WORDS)).toBe(r);
    expect(index.find(new Uint32Array([0xdead_beef, 0, 0, 300]), 0)).toBe(-1);
    expect(index.find(new Uint32Array([0xdead_beef, 1, 0, 0]), 0)).toBe(-1);
  });

  it('refuses a second row with the same pseudonym, naming the first', () => {
    const words = new Uint32Array([1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4]);
    const index = new PseudonymIndex(() => words);
    expect(index.add(0)).toBe(-1);
    expect(index.add(1)).toBe(-1);
    expect(index.add(2)).toBe(0);
    expect(index.find(words, 8)).toBe(0);
  });
});

/** The pseudonymiser with its batches on a second thread that is already up, so that every batch goes there. */
async function onReadyThread(pseudonymiser: Pseudonymiser): Promise<Pseudonymiser> {
  const batches = pseudonymiser.batches({ thread: true });
  expect(await batches.threaded).toBe(true);
  return { ...pseudonymiser, batches: () => batches };
}

const HASHING = [
  ['on the reading thread', (p: Pseudonymiser) => Promise.resolve(p)],
  ['on a second thread', onReadyThread],
] as const;

describe.each(HASHING)('readPopulation into columns, ids pseudonymised %s', (_, hashing) => {
  it('keeps each person as the row gave them, and links a parent whose row comes later', async () => {
    const file = temp.path('population.csv');
    await writeFile(
      file,
      [
        'person_id;birth_date;sex;birth_country;citizenship;mother_id;father_id;mother_birth_country;refugee;area;municipality;arrival_date',
        'C1;2010-05-01;K;DK;DK;C3;X9;;0;0101;101;',
        'C2;1990-01-31;M;Tyrkiet;TR;;;TR;1;;0147;2001-02-03',
        'C3;1970-07-07;K;SY;SY;;;SY;nej;0101;101;1999-12-31',
      ].join('\n'),
    );
    const pseudonymiser = createPseudonymiser({ dataDir: temp.dir, key: '4d'.repeat(32) });
    const { persons } = await readPopulation(file, await hashing(pseudonymiser));
    expect(persons.size).toBe(3);
    expect(persons.row(0)).toMatchObject({
      rowNumber: 2,
      id: pseudonymiser.pseudonymise('C1'),
      birthDate: '2010-05-01',
      sex: 'K',
      birthCountry: 'DK',
      area: '0101',
      municipality: '101',
      arrivalDate: null,
      refugee: false,
    });
    expect(persons.row(1)).toMatchObject({
      rowNumber: 3,
      birthDate: '1990-01-31',
      sex: 'M',
      birthCountry: 'TR',
      citizenship: 'TR',
      area: null,
      municipality: '147',
      arrivalDate: '2001-02-03',
      refugee: true,
    });
    expect(persons.row(1).mother).toEqual({ ref: null, birthCountry: 'TR', citizenship: null, originGroup: null, originCountry: null, status: null });
    // The mother's row is row 2 of the columns (the file's fourth line), read after her child.
    expect(persons.parentRow.mother[0]).toBe(2);
    expect(persons.parentRef(0, 'mother')).toBe(pseudonymiser.pseudonymise('C3'));
    // A father id that is no row of the extract keeps its pseudonym for the output, unlinked.
    expect(persons.parentRow.father[0]).toBe(-2);
    expect(persons.parentRef(0, 'father')).toBe(pseudonymiser.pseudonymise('X9'));
    expect(persons.hasParentRef(1, 'mother')).toBe(false);
    expect(persons.parentRef(1, 'mother')).toBeNull();
  });

  it('reads a line with quotes (cells as strings) as a plain line (cells as ranges of the text), problems included', async () => {
    const file = temp.path('quoted.csv');
    await writeFile(
      file,
      [
        'person_id;birth_date;sex;birth_country;citizenship;area',
        'Q1;1990-01-31;M;Tyrkiet;TR;Vest',
        '"Q2";"1990-01-31";M;"Tyrkiet";TR;"Vest; nord"',
        'Q3;1990-01-31;M;Atlantis;TR;Vest',
        '"Q4";1990-01-31;M;"Atlantis";TR;"Vest"',
      ].join('\r\n'),
    );
    const pseudonymiser = createPseudonymiser({ dataDir: temp.dir, key: '4d'.repeat(32) });
    const error = await readPopulation(file, await hashing(pseudonymiser)).catch((e: unknown) => e);
    expect((error as InputErrors).errors.map((e) => `${e.row}:${e.column}`)).toEqual(['4:birth_country', '5:birth_country']);
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('Atlantis', 'Syrien'));
    const { persons } = await readPopulation(file, await hashing(pseudonymiser));
    const facts = (i: number) => {
      const { birthDate, birthCountry, citizenship, area } = persons.row(i);
      return [birthDate, birthCountry, citizenship, area];
    };
    expect([0, 1, 2, 3].map(facts)).toEqual([
      ['1990-01-31', 'TR', 'TR', 'Vest'],
      ['1990-01-31', 'TR', 'TR', 'Vest; nord'],
      ['1990-01-31', 'SY', 'TR', 'Vest'],
      ['1990-01-31', 'SY', 'TR', 'Vest'],
    ]);
    expect(persons.row(1).id).toBe(pseudonymiser.pseudonymise('Q2'));
  });

  it('reports a row without a person id (blank or spaces) by row and column, before its other problems', async () => {
    const file = temp.path('no-id.csv');
    await writeFile(
      file,
      ['person_id;birth_date;sex;birth_country;citizenship', 'E1;2000-01-01;M;DK;DK', ';2000-01-01;M;DK;DK', '  ;2000-13-01;M;DK;DK'].join('\n'),
    );
    const pseudonymiser = createPseudonymiser({ dataDir: temp.dir, key: '4d'.repeat(32) });
    const error = await readPopulation(file, await hashing(pseudonymiser)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputErrors);
    expect((error as InputErrors).errors.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual([
      '3:person_id:missing_value',
      '4:person_id:missing_value',
      '4:birth_date:invalid_value',
    ]);
  });

  it('reports a repeated person at the second row, naming the first, and every bad cell with its row and column', async () => {
    const file = temp.path('repeated.csv');
    await writeFile(
      file,
      ['person_id;birth_date;sex;birth_country;citizenship', 'D1;2000-01-01;M;DK;DK', 'D2;2000-13-01;M;DK;DK', 'D1;2001-01-01;X;Atlantis;DK'].join('\n'),
    );
    const pseudonymiser = createPseudonymiser({ dataDir: temp.dir, key: '4d'.repeat(32) });
    const error = await readPopulation(file, await hashing(pseudonymiser)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputErrors);
    const errors = (error as InputErrors).errors;
    expect(errors.map((e) => `${e.file === file ? 'file' : e.file}:${e.row}:${e.column}`)).toEqual([
      'file:3:birth_date',
      'file:4:sex',
      'file:4:birth_country',
      'file:4:person_id',
    ]);
    expect(errors[3]?.messageDa).toMatch(/række 2/);
    // The id is never quoted.
    for (const e of errors) expect(`${e.messageDa} ${e.messageEn}`).not.toContain('D1');
  });
});

describe('readPopulation, ids pseudonymised on a second thread', () => {
  it('gives the same persons, links and problems as on the reading thread, batch after batch', async () => {
    // 2,600 persons (three batches of the reader), each the child of the person 1,000 rows on,
    // and a person repeated across batches.
    const rows = Array.from({ length: 2600 }, (_, i) => `P${i};2000-01-01;K;DK;DK;${i + 1000 < 2600 ? `P${i + 1000}` : 'Q1'};;${i % 997 === 3 ? 'x' : '0'}`);
    rows[2500] = 'P7;2000-01-01;K;DK;DK;;;0';
    const file = temp.path('batches.csv');
    await writeFile(file, ['person_id;birth_date;sex;birth_country;citizenship;mother_id;father_id;refugee', ...rows].join('\n'));
    const pseudonymiser = createPseudonymiser({ dataDir: temp.dir, key: '4d'.repeat(32) });
    const outcome = async (p: Pseudonymiser) => {
      const error = (await readPopulation(file, p).catch((e: unknown) => e)) as InputErrors;
      return error.errors.map((e) => `${e.row}:${e.column}:${e.messageEn}`);
    };
    const here = await outcome(pseudonymiser);
    expect(here).toHaveLength(4); // three bad refugee cells and the repeated person
    expect(await outcome(await onReadyThread(pseudonymiser))).toEqual(here);
    await writeFile(
      file,
      ['person_id;birth_date;sex;birth_country;citizenship;mother_id;father_id', ...rows.map((r) => r.replace(/;[^;]*$/, ''))]
        .filter((_, i) => i !== 2501)
        .join('\n'),
    );
    const a = (await readPopulation(file, pseudonymiser)).persons;
    const b = (await readPopulation(file, await onReadyThread(pseudonymiser))).persons;
    expect(b.size).toBe(2599);
    for (let i = 0; i < a.size; i += 1) {
      expect([b.idText(i), b.parentRow.mother[i], b.parentRef(i, 'mother')]).toEqual([a.idText(i), a.parentRow.mother[i], a.parentRef(i, 'mother')]);
    }
    expect(b.parentRow.mother[0]).toBe(1000);
    expect(b.parentRef(1700, 'mother')).toBe(pseudonymiser.pseudonymise('Q1'));
  });
});
