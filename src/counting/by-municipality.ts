/**
 * National runs: one extract, every municipality's cells and the whole country's. The indicator's
 * rules run once over every person (the country, `000`, and the rows' errors, unmatched rows and
 * notes); rules that tally per municipality in that pass (`MunicipalTally`) hand each
 * municipality's cells over with it, the others run again per municipality over its own residents
 * and the data rows of those residents.
 * A person counts in the municipality the population extract gives them — the extract is the
 * status at the reference date, so the reference date's municipality decides.
 */
import { getOrCreate } from './get-or-create.ts';
import { cellText } from './read-fields.ts';
import {
  type AggregatedCell,
  type AggregationInput,
  type AggregationPerson,
  type AggregationRow,
  type CountedCell,
  type PersonIndex,
  WHOLE_COUNTRY,
} from './types.ts';

/** The persons of one extract split by municipality, in code order. */
export interface MunicipalitySplit {
  codes: readonly string[];
  persons: ReadonlyMap<string, PersonIndex>;
}

/**
 * Breakdowns that name a place inside one municipality: the same housing-area code means different
 * streets in different municipalities, so the country has no such cells.
 */
const LOCAL_BREAKDOWN_KEYS: readonly string[] = ['area'];

const splits = new WeakMap<PersonIndex, MunicipalitySplit | null>();

/**
 * The extract's persons by municipality, or null when no person has one (an extract without a
 * `municipality` column). Cached per index: the eleven indicators of a year share one split, and
 * with it the residents per reference date that `residentsAt` keeps per index.
 */
export function municipalitySplit(persons: PersonIndex): MunicipalitySplit | null {
  return getOrCreate(splits, persons, () => split(persons));
}

function split(persons: PersonIndex): MunicipalitySplit | null {
  const byCode = new Map<string, AggregationPerson[]>();
  let without = 0;
  for (const person of persons.values()) {
    const code = person.municipality ?? null;
    if (code === null) without += 1;
    else getOrCreate(byCode, code, () => []).push(person);
  }
  if (byCode.size === 0) return null;
  // The reader refuses this with the row and column; a country that is not the sum of its
  // municipalities would let a small count be recovered by subtraction.
  if (without > 0) throw new Error(`${without} person(er) uden kommune i et udtræk med kommuner`);
  const codes = [...byCode.keys()].sort();
  const indexes = new Map<string, PersonIndex>();
  for (const code of codes) indexes.set(code, municipalityIndex(persons, code, byCode.get(code) ?? []));
  return { codes, persons: indexes };
}

/** The residents of one municipality, looked up through the whole extract's index. */
function municipalityIndex(all: PersonIndex, code: string, residents: readonly AggregationPerson[]): PersonIndex {
  return {
    get: (id) => {
      const person = all.get(id);
      return person?.municipality === code ? person : undefined;
    },
    values: () => residents,
  };
}

/** The data rows of each municipality's residents; rows of unknown persons belong to none. */
function rowsByMunicipality(rows: readonly AggregationRow[], persons: PersonIndex): Map<string, AggregationRow[]> {
  const result = new Map<string, AggregationRow[]>();
  for (const row of rows) {
    const code = persons.get(cellText(row, 'person_id'))?.municipality;
    if (code !== undefined && code !== null) getOrCreate(result, code, () => []).push(row);
  }
  return result;
}

function tagged(cells: readonly CountedCell[], municipality: string): AggregatedCell[] {
  return cells.map((c) => ({ municipality, ...c }));
}

function isLocal(cell: CountedCell): boolean {
  const i = cell.breakdown.indexOf('=');
  return i > 0 && LOCAL_BREAKDOWN_KEYS.includes(cell.breakdown.slice(0, i));
}

/**
 * Every municipality's cells, then the country's: `whole` is the rules' result over every person,
 * `run` runs the rules on a part of the input. An extract of one municipality — with or without the
 * column (the demo's says `999`) — is the own municipality's, as before municipalities existed:
 * its cells get '' and there is no country.
 */
export function byMunicipality(
  input: AggregationInput,
  whole: readonly CountedCell[],
  run: (part: AggregationInput) => readonly CountedCell[],
  counted?: (municipality: string) => readonly CountedCell[],
): AggregatedCell[] {
  const parts = municipalitySplit(input.persons);
  if (parts === null || parts.codes.length === 1) return tagged(whole, '');
  // Rules that counted every municipality in their one pass (`MunicipalTally`) are not run again.
  const cellsOf = counted ?? runPerPart(input, parts, run);
  const cells = parts.codes.flatMap((code) => tagged(cellsOf(code), code));
  return [
    ...cells,
    ...tagged(
      whole.filter((c) => !isLocal(c)),
      WHOLE_COUNTRY,
    ),
  ];
}

/** The rules run again on each municipality's residents and those residents' rows. */
function runPerPart(
  input: AggregationInput,
  parts: MunicipalitySplit,
  run: (part: AggregationInput) => readonly CountedCell[],
): (municipality: string) => readonly CountedCell[] {
  const rows = rowsByMunicipality(input.rows, input.persons);
  return (code) => run({ ...input, persons: parts.persons.get(code) as PersonIndex, rows: rows.get(code) ?? [] });
}
