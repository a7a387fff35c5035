/**
 * Reads a population extract (DATA.md §4) into memory as pseudonymised person rows. Every bad cell
 * is collected with its file, row and column and reported together; identifiers are pseudonymised
 * the moment they are read and never kept in clear.
 */
import {
  createErrorCollector,
  createRecordReader,
  openTable,
  parseBoolean,
  parseDate,
  parseFreeText,
  parseSex,
  POPULATION_COLUMNS,
  type Pseudonymiser,
  type RecordReader,
  type RecordRow,
} from '../../ingest/index.ts';
import { getOrCreate } from '../../counting/index.ts';
import type { CountryCode, OriginGroup, ParentStatus } from '../../origin/index.ts';
import { checkParentStatuses } from './parent-status.ts';
import { memoParser, parseCountry, parseIdentifier, parseMunicipality, parseOriginGroup, parseParentStatus } from './parsers.ts';
import { type ParentFactsColumns, PersonColumns } from './person-columns.ts';

export interface ReadPopulationOptions {
  sheet?: string | number;
  /** Called now and then with the number of rows read, for progress output. */
  onProgress?: (rows: number) => void;
}

type Column = (typeof POPULATION_COLUMNS)[number]['name'];

// A register extract repeats a few thousand distinct dates and codes a million times: parse each once.
const parseDateMemo = memoParser(parseDate);
const parseSexMemo = memoParser(parseSex);
const parseBooleanMemo = memoParser(parseBoolean);
const parseOriginGroupMemo = memoParser(parseOriginGroup);
const parseParentStatusMemo = memoParser(parseParentStatus);
// An extract names a few hundred areas; the CPR-shape check on each cell was 10 % of `classify`.
const parseAreaMemo = memoParser(parseFreeText);

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
  const persons = new PersonColumns();
  // With a municipality column every person needs one: the country's cells are the sum of the
  // municipalities', and a person counted in neither would break that sum.
  const readPerson = personReader(reader, pseudonymiser, persons, reader.columns.municipality !== undefined);
  for await (const batch of reader.batches()) {
    for (const row of batch) {
      const earlier = readPerson(row);
      if (earlier >= 0) row.fail('person_id', repeatedPerson(persons.rowNumber[earlier] ?? 0));
    }
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

function repeatedPerson(firstRow: number) {
  return {
    da: `personen står også i række ${firstRow}; hver person må kun stå én gang`,
    en: `the person also appears in row ${firstRow}; each person may appear only once`,
  };
}

/**
 * Appends one row's cells to the columns (every column found once per extract, see
 * `RecordReader.field`); returns the earlier row of the same person, or −1.
 */
type PersonReader = (row: RecordRow<Column>) => number;

function personReader(reader: RecordReader<typeof POPULATION_COLUMNS>, pseudonymiser: Pseudonymiser, persons: PersonColumns, hasMunicipality: boolean): PersonReader {
  const id = reader.field('person_id', parseIdentifier, { required: true });
  const birthDate = reader.field('birth_date', parseDateMemo, { required: true });
  const sex = reader.field('sex', parseSexMemo);
  const birthCountry = reader.field('birth_country', parseCountry);
  const citizenship = reader.field('citizenship', parseCountry);
  const mother = parentReader(reader, MOTHER);
  const father = parentReader(reader, FATHER);
  const refugee = reader.field('refugee', parseBooleanMemo);
  const area = reader.field('area', parseAreaMemo);
  const municipality = reader.field('municipality', parseMunicipality, { required: hasMunicipality });
  const arrivalDate = reader.field('arrival_date', parseDateMemo);
  return (row) => {
    // The pseudonyms go straight into the columns' words: no string per id.
    const offset = persons.nextIdOffset();
    const given = id(row);
    const hasId = given !== null && pseudonymiser.pseudonymiseWords(given, persons.id, offset);
    const motherRef = row.text(MOTHER.id).trim();
    const motherHasRef = motherRef !== '' && pseudonymiser.pseudonymiseWords(motherRef, persons.parentRefWords('mother'), offset);
    const fatherRef = row.text(FATHER.id).trim();
    const fatherHasRef = fatherRef !== '' && pseudonymiser.pseudonymiseWords(fatherRef, persons.parentRefWords('father'), offset);
    // Cells in the order they were always read, so that a row's problems are listed as before.
    const values = {
      rowNumber: row.rowNumber,
      hasId,
      birthDate: birthDate(row) ?? '',
      sex: sex(row),
      birthCountry: birthCountry(row),
      citizenship: citizenship(row),
      mother: mother(row),
      father: father(row),
      refugee: refugee(row) ?? false,
      area: area(row),
      municipality: municipality(row),
      arrivalDate: arrivalDate(row),
    };
    return persons.push(values, values.mother, motherHasRef, values.father, fatherHasRef);
  };
}

/**
 * Parents repeat a few combinations of countries and statuses a million times: those share one
 * frozen object per combination (the id, when given, is kept apart in the columns).
 */
type ByFact<K, V> = Map<K | null, V>;
const parentFactsCache: ByFact<CountryCode, ByFact<CountryCode, ByFact<OriginGroup, ByFact<CountryCode, ByFact<ParentStatus, ParentFactsColumns>>>>> = new Map();

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

/** A parent's columns other than the id, as one shared frozen object per combination of values. */
function parentReader(reader: RecordReader<typeof POPULATION_COLUMNS>, names: ParentColumnNames): (row: RecordRow<Column>) => ParentFactsColumns {
  const birth = reader.field(names.birth, parseCountry);
  const citizenshipOf = reader.field(names.citizenship, parseCountry);
  const originGroupOf = reader.field(names.originGroup, parseOriginGroupMemo);
  const originCountryOf = reader.field(names.originCountry, parseCountry);
  const statusOf = reader.field(names.status, parseParentStatusMemo);
  return (row) => {
    const birthCountry = birth(row);
    const citizenship = citizenshipOf(row);
    const originGroup = originGroupOf(row);
    const originCountry = originCountryOf(row);
    const status = statusOf(row);
    // Nested by value rather than one joined key: no string is built per row.
    const byCitizenship = getOrCreate(parentFactsCache, birthCountry, () => new Map());
    const byOriginGroup = getOrCreate(byCitizenship, citizenship, () => new Map());
    const byOriginCountry = getOrCreate(byOriginGroup, originGroup, () => new Map());
    const byStatus = getOrCreate(byOriginCountry, originCountry, () => new Map());
    return getOrCreate(byStatus, status, () => Object.freeze({ ref: null, birthCountry, citizenship, originGroup, originCountry, status }));
  };
}
