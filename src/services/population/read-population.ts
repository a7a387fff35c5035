/**
 * Reads a population extract (DATA.md §4) into memory as pseudonymised person rows. Every bad cell
 * is collected with its file, row and column and reported together; identifiers are pseudonymised
 * the moment they are read and never kept in clear.
 */
import { statSync } from 'node:fs';
import {
  createErrorCollector,
  createRecordReader,
  openTable,
  parseBoolean,
  parseDate,
  parseFreeText,
  parseSex,
  POPULATION_COLUMNS,
  PSEUDONYM_WORDS,
  type PseudonymBatch,
  type Pseudonymiser,
  threadPays,
  withPseudonyms,
  type RecordReader,
  type RecordRow,
} from '../../ingest/index.ts';
import { checkParentStatuses } from './parent-status.ts';
import { numberedField } from './numbered-field.ts';
import { parseCountry, parseIdentifier, parseMunicipality, parseOriginGroup, parseParentStatus } from './parsers.ts';
import { PersonColumns, type PersonNumbers, type Side, SIDES } from './person-columns.ts';

export interface ReadPopulationOptions {
  sheet?: string | number;
  /** Called now and then with the number of rows read, for progress output. */
  onProgress?: (rows: number) => void;
  /** Pseudonymise on a second thread (`Pseudonymiser.batches`); default: when the file is large enough (`threadPays`). */
  pseudonymThread?: boolean;
}

type Column = (typeof POPULATION_COLUMNS)[number]['name'];

// A register extract repeats a few thousand distinct dates and codes a million times: each column
// is read to the number of its value (`numberedField`), each distinct text parsed once. That also
// keeps the area column's CPR-shape check (10 % of `classify` once) to one per distinct area.

/** The extract's persons in input order, as typed columns with their pseudonym index. */
export interface Population {
  file: string;
  persons: PersonColumns;
  /** The extract's columns (canonical names): an optional column's facts exist only where it does. */
  columns: ReadonlySet<string>;
}

/** Reads the whole extract; throws `InputErrors` listing every problem (bad cells, repeated persons). */
export async function readPopulation(file: string, pseudonymiser: Pseudonymiser, options: ReadPopulationOptions = {}): Promise<Population> {
  const source = await openTable(file, options.sheet === undefined ? {} : { sheet: options.sheet });
  const errors = createErrorCollector();
  const reader = createRecordReader(source, POPULATION_COLUMNS, errors);
  const persons = new PersonColumns(expectedRows(file));
  // With a municipality column every person needs one: the country's cells are the sum of the
  // municipalities', and a person counted in neither would break that sum.
  const readPerson = personReader(reader, persons, reader.columns.municipality !== undefined);
  const hashing = pseudonymiser.batches({ thread: options.pseudonymThread ?? threadPays(file) });
  // A batch's cells are read while the thread hashes the next batches' ids. Rows are still read one
  // by one, in order, so every problem is reported as before.
  let reserved = false;
  for await (const [batch, pseudonyms] of withPseudonyms(reader.batches(), hashing, idsOf)) {
    if (!reserved) {
      persons.reserve(rowsInFile(file, batch));
      reserved = true;
    }
    readBatch(batch, pseudonyms, readPerson, persons);
    options.onProgress?.(persons.size);
  }
  persons.linkParents();
  const columns = new Set(Object.keys(reader.columns).filter((name) => reader.columns[name as Column] !== undefined));
  const population = { file, persons, columns };
  // Only a whole extract can say whether a parent's id links to the parent's own row.
  checkParentStatuses(population, source, reader.columns, errors);
  errors.throwIfAny();
  return population;
}

/** The ids of a batch for the hashing thread: each row's person, mother and father, in that order. */
function idsOf(batch: readonly RecordRow<Column>[]): string[] {
  const ids: string[] = new Array(batch.length * ID_COLUMNS.length);
  // Plain loops here and in the row reader: a closure per row is garbage a million times over.
  for (let r = 0; r < batch.length; r++) {
    const row = batch[r] as RecordRow<Column>;
    for (let c = 0; c < ID_COLUMNS.length; c++) ids[r * ID_COLUMNS.length + c] = row.text(ID_COLUMNS[c] as Column);
  }
  return ids;
}

const ID_COLUMNS = ['person_id', 'mother_id', 'father_id'] as const;

/** Reads a batch's rows in order, with their ids' pseudonyms. */
function readBatch(batch: readonly RecordRow<Column>[], pseudonyms: PseudonymBatch, readPerson: PersonReader, persons: PersonColumns): void {
  const earlier = persons.addIds(pseudonyms.words, pseudonyms.present, ID_COLUMNS.length, batch.length);
  batch.forEach((row, r) => {
    readPerson(row, pseudonyms, r * ID_COLUMNS.length);
    // Reported after the row's other cells' problems, as when the index was asked row by row.
    const first = earlier[r] as number;
    if (first >= 0) row.fail('person_id', repeatedPerson(persons.rowNumber[first] ?? 0));
  });
}

/**
 * About how many persons a file holds, from its size: a CSV row of an extract is rarely under 48
 * bytes (id, date, sex, countries, separators), so the pseudonym index is seldom too small. A
 * workbook, compressed, is guessed low; the index then grows as it goes.
 */
function expectedRows(file: string): number {
  return Math.min(Math.ceil(statSync(file).size / 48), 16_000_000);
}

/**
 * The file's rows estimated from its size and the first batch's characters per row (a few percent
 * over, for longer rows later), so that the columns are allocated about once. A workbook's size says
 * little (it is compressed): the columns then grow as they go.
 */
function rowsInFile(file: string, batch: readonly { readonly values: readonly string[] }[]): number {
  if (batch.length === 0) return 0;
  let chars = 0;
  for (const row of batch) for (const value of row.values) chars += value.length + 1;
  return Math.min(Math.ceil((1.05 * statSync(file).size * batch.length) / chars), 16_000_000);
}

function repeatedPerson(firstRow: number) {
  return {
    da: `personen står også i række ${firstRow}; hver person må kun stå én gang`,
    en: `the person also appears in row ${firstRow}; each person may appear only once`,
  };
}

/**
 * Appends one row's cells to the columns (every column found once per extract, see
 * `RecordReader.field`), its parents' pseudonyms taken from `pseudonyms` at `at` (person, mother,
 * father; the person's own is in already, `PersonColumns.addIds`).
 */
type PersonReader = (row: RecordRow<Column>, pseudonyms: PseudonymBatch, at: number) => void;

function personReader(reader: RecordReader<typeof POPULATION_COLUMNS>, persons: PersonColumns, hasMunicipality: boolean): PersonReader {
  const id = reader.field('person_id', parseIdentifier, { required: true });
  const birthDate = numberedField(reader, 'birth_date', parseDate, persons.dates, { required: true });
  const sex = numberedField(reader, 'sex', parseSex, persons.sexes);
  const birthCountry = numberedField(reader, 'birth_country', parseCountry, persons.countries);
  const citizenship = numberedField(reader, 'citizenship', parseCountry, persons.countries);
  const mother = parentReader(reader, persons, MOTHER);
  const father = parentReader(reader, persons, FATHER);
  const refugee = numberedField(reader, 'refugee', parseBoolean, persons.booleans);
  const area = numberedField(reader, 'area', parseFreeText, persons.areas);
  const municipality = numberedField(reader, 'municipality', parseMunicipality, persons.municipalities, { required: hasMunicipality });
  const arrivalDate = numberedField(reader, 'arrival_date', parseDate, persons.dates);
  const values: PersonNumbers = {
    rowNumber: 0,
    hasId: false,
    birthDate: 0,
    sex: 0,
    birthCountry: 0,
    citizenship: 0,
    refugee: 0,
    area: 0,
    municipality: 0,
    arrivalDate: 0,
    mother: 0,
    father: 0,
  };
  return (row, { words, present }, at) => {
    // An id is given exactly when it has a pseudonym (both trim it): only a row without one has
    // its id cell read again, for the problem (a required cell left empty).
    values.hasId = present[at] === 1;
    if (!values.hasId) id(row);
    values.rowNumber = row.rowNumber;
    for (let s = 0; s < SIDES.length; s++) {
      const ref = at + 1 + s;
      if (present[ref] === 1) persons.addParentRef(SIDES[s] as Side, words, ref * PSEUDONYM_WORDS);
    }
    // Cells in the order they were always read, so that a row's problems are listed as before.
    values.birthDate = birthDate(row);
    values.sex = sex(row);
    values.birthCountry = birthCountry(row);
    values.citizenship = citizenship(row);
    values.mother = mother(row);
    values.father = father(row);
    values.refugee = refugee(row);
    values.area = area(row);
    values.municipality = municipality(row);
    values.arrivalDate = arrivalDate(row);
    persons.push(values);
  };
}

/** The columns that describe one parent. */
interface ParentColumnNames {
  readonly id: Column;
  readonly birth: Column;
  readonly citizenship: Column;
  readonly originGroup: Column;
  readonly originCountry: Column;
  readonly status: Column;
}

const MOTHER: ParentColumnNames = {
  id: 'mother_id',
  birth: 'mother_birth_country',
  citizenship: 'mother_citizenship',
  originGroup: 'mother_origin_group',
  originCountry: 'mother_origin_country',
  status: 'mother_status',
};
const FATHER: ParentColumnNames = {
  id: 'father_id',
  birth: 'father_birth_country',
  citizenship: 'father_citizenship',
  originGroup: 'father_origin_group',
  originCountry: 'father_origin_country',
  status: 'father_status',
};

/** A parent's columns other than the id, as the number of their combination (`PersonColumns.parentFactsNumberOf`). */
function parentReader(reader: RecordReader<typeof POPULATION_COLUMNS>, persons: PersonColumns, names: ParentColumnNames): (row: RecordRow<Column>) => number {
  const birth = numberedField(reader, names.birth, parseCountry, persons.countries);
  const citizenshipOf = numberedField(reader, names.citizenship, parseCountry, persons.countries);
  const originGroupOf = numberedField(reader, names.originGroup, parseOriginGroup, persons.originGroups);
  const originCountryOf = numberedField(reader, names.originCountry, parseCountry, persons.countries);
  const statusOf = numberedField(reader, names.status, parseParentStatus, persons.statuses);
  return (row) => {
    const birthCountry = birth(row);
    const citizenship = citizenshipOf(row);
    const originGroup = originGroupOf(row);
    const originCountry = originCountryOf(row);
    return persons.parentFactsNumberOf(birthCountry, citizenship, originGroup, originCountry, statusOf(row));
  };
}
