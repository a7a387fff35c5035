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
import type { ParentColumns, PersonRow } from './person-row.ts';

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

/** The extract's rows in input order, and each pseudonym's position among them. */
export interface Population {
  file: string;
  rows: PersonRow[];
  indexById: Map<string, number>;
  /** The extract's columns (canonical names): an optional column's facts exist only where it does. */
  columns: ReadonlySet<string>;
}

/** Reads the whole extract; throws `InputErrors` listing every problem (bad cells, repeated persons). */
export async function readPopulation(file: string, pseudonymiser: Pseudonymiser, options: ReadPopulationOptions = {}): Promise<Population> {
  const source = await openTable(file, options.sheet === undefined ? {} : { sheet: options.sheet });
  const errors = createErrorCollector();
  const reader = createRecordReader(source, POPULATION_COLUMNS, errors);
  const persons: PersonRow[] = [];
  const indexById = new Map<string, number>();
  // With a municipality column every person needs one: the country's cells are the sum of the
  // municipalities', and a person counted in neither would break that sum.
  const personRow = personReader(reader, pseudonymiser, reader.columns.municipality !== undefined);
  for await (const batch of reader.batches()) {
    for (const row of batch) {
      const person = personRow(row);
      const earlier = indexById.get(person.id);
      if (earlier !== undefined && person.id !== '') {
        row.fail('person_id', repeatedPerson(persons[earlier]?.rowNumber ?? 0));
      }
      indexById.set(person.id, persons.length);
      persons.push(person);
    }
    options.onProgress?.(persons.length);
  }
  const columns = new Set(Object.keys(reader.columns).filter((name) => reader.columns[name as Column] !== undefined));
  const population = { file, rows: persons, indexById, columns };
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

/** One row's cells as a person: every column found once per extract (see `RecordReader.field`). */
type PersonReader = (row: RecordRow<Column>) => PersonRow;

function personReader(reader: RecordReader<typeof POPULATION_COLUMNS>, pseudonymiser: Pseudonymiser, hasMunicipality: boolean): PersonReader {
  const id = reader.field('person_id', parseIdentifier, { required: true });
  const birthDate = reader.field('birth_date', parseDateMemo, { required: true });
  const sex = reader.field('sex', parseSexMemo);
  const birthCountry = reader.field('birth_country', parseCountry);
  const citizenship = reader.field('citizenship', parseCountry);
  const mother = parentReader(reader, pseudonymiser, MOTHER);
  const father = parentReader(reader, pseudonymiser, FATHER);
  const refugee = reader.field('refugee', parseBooleanMemo);
  const area = reader.field('area', parseAreaMemo);
  const municipality = reader.field('municipality', parseMunicipality, { required: hasMunicipality });
  const arrivalDate = reader.field('arrival_date', parseDateMemo);
  return (row) => {
    const given = id(row);
    return {
      rowNumber: row.rowNumber,
      id: given === null ? '' : pseudonymiser.pseudonymise(given),
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
  };
}

/**
 * Parents without an id repeat a few combinations of countries a million times: those share one
 * frozen object per combination, which keeps a million-person extract in a few hundred MB.
 */
type ByFact<K, V> = Map<K | null, V>;
const unlinkedParents: ByFact<CountryCode, ByFact<CountryCode, ByFact<OriginGroup, ByFact<CountryCode, ByFact<ParentStatus, ParentColumns>>>>> = new Map();

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

function parentReader(
  reader: RecordReader<typeof POPULATION_COLUMNS>,
  pseudonymiser: Pseudonymiser,
  names: ParentColumnNames,
): (row: RecordRow<Column>) => ParentColumns {
  const birth = reader.field(names.birth, parseCountry);
  const citizenshipOf = reader.field(names.citizenship, parseCountry);
  const originGroupOf = reader.field(names.originGroup, parseOriginGroupMemo);
  const originCountryOf = reader.field(names.originCountry, parseCountry);
  const statusOf = reader.field(names.status, parseParentStatusMemo);
  return (row) => {
    const ref = row.text(names.id).trim();
    const birthCountry = birth(row);
    const citizenship = citizenshipOf(row);
    const originGroup = originGroupOf(row);
    const originCountry = originCountryOf(row);
    const status = statusOf(row);
    if (ref !== '') return { ref: pseudonymiser.pseudonymise(ref), birthCountry, citizenship, originGroup, originCountry, status };
    // Nested by value rather than one joined key: no string is built per row.
    const byCitizenship = getOrCreate(unlinkedParents, birthCountry, () => new Map());
    const byOriginGroup = getOrCreate(byCitizenship, citizenship, () => new Map());
    const byOriginCountry = getOrCreate(byOriginGroup, originGroup, () => new Map());
    const byStatus = getOrCreate(byOriginCountry, originCountry, () => new Map());
    return getOrCreate(byStatus, status, () => Object.freeze({ ref: null, birthCountry, citizenship, originGroup, originCountry, status }));
  };
}
