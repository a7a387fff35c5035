/**
 * `classify`'s output (`CLASSIFY_COLUMNS`) as an `OutputTable`: the extract's columns as the
 * population keeps them (numbers into small tables), and the classification's six columns as the
 * number of their combination, which a register extract repeats a few thousand ways.
 */
import { csvField, csvRecord, PSEUDONYM_WORDS } from '../../ingest/index.ts';
import { type Group, GROUPS, ORIGIN_GROUPS, ORIGIN_REGIONS, type OriginResult } from '../../origin/index.ts';
import type { CodedColumnName, PersonColumns } from '../population/person-columns.ts';
import { type CodedTextColumn, type OutputTable, textBytes } from './output-table.ts';

/** What one number of `ClassificationColumns` stands for. */
export interface Classification {
  readonly origin: OriginResult;
  readonly refugee: boolean;
  readonly group: Group;
}

/**
 * Each row's `origin_group, origin_country, origin_region, third_generation, refugee, group`, as a
 * number into their distinct combinations, with how many rows have each.
 */
export class ClassificationColumns {
  readonly numbers: Int32Array;
  readonly #classifications: Classification[] = [];
  readonly #rows: number[] = [];
  /** Per origin (group, country, region, third generation, as `#originKey`): its number by refugee and group, −1 until seen. */
  readonly #byOrigin = new Map<number, number[]>();
  readonly #countries = new Map<string, number>();

  /** Each number's output text (six CSV fields), growing as combinations are found. */
  readonly texts: Uint8Array[] = [];

  /** The numbers are in shared memory, so that a format thread reads the rows done while the rest are classified. */
  constructor(rows: number) {
    this.numbers = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, rows)));
  }

  set(i: number, origin: OriginResult, refugee: boolean, group: Group): void {
    const variant = (refugee ? GROUPS.length : 0) + GROUPS.indexOf(group);
    const key = this.#originKey(origin);
    let known = this.#byOrigin.get(key);
    if (known === undefined) {
      known = [-1, -1, -1, -1, -1, -1];
      this.#byOrigin.set(key, known);
    }
    let n = known[variant] as number;
    if (n < 0) {
      n = this.#numberOf(origin, refugee, group);
      known[variant] = n;
    }
    this.numbers[i] = n;
    this.#rows[n] = (this.#rows[n] as number) + 1;
  }

  /** Every combination by its number, and how many rows have it. */
  tally(): { classification: Classification; rows: number }[] {
    return this.#classifications.map((classification, n) => ({ classification, rows: this.#rows[n] as number }));
  }

  /**
   * The origin's four output columns as one number: a person's own result (one linked to a parent
   * row) is an object of its own, so an object would be a key seen once; these values repeat.
   */
  #originKey(origin: OriginResult): number {
    let country = this.#countries.get(origin.originCountry);
    if (country === undefined) {
      country = this.#countries.size;
      this.#countries.set(origin.originCountry, country);
    }
    const group = ORIGIN_GROUPS.indexOf(origin.originGroup);
    const region = ORIGIN_REGIONS.indexOf(origin.originRegion);
    return ((country * ORIGIN_GROUPS.length + group) * ORIGIN_REGIONS.length + region) * 2 + (origin.thirdGeneration ? 1 : 0);
  }

  #numberOf(origin: OriginResult, refugee: boolean, group: Group): number {
    this.#classifications.push({ origin, refugee, group });
    this.#rows.push(0);
    this.texts.push(textBytes(csvRecord([origin.originGroup, origin.originCountry, origin.originRegion, origin.thirdGeneration, refugee, group])));
    return this.#classifications.length - 1;
  }
}

/**
 * The persons' columns of `CLASSIFY_COLUMNS` in order, then the classification's: `growing`, filled
 * in while the table is written (`TableWriter`).
 */
export function classifiedTable(persons: PersonColumns, classification: ClassificationColumns): { table: OutputTable; growing: number } {
  const coded = (name: CodedColumnName): CodedTextColumn => {
    const { numbers, values } = persons.coded(name);
    return { kind: 'coded', numbers, texts: values.map((value) => textBytes(csvField(value))) };
  };
  // Shared memory, as the columns: the format thread is handed it, not a copy.
  const hasId = new Uint8Array(new SharedArrayBuffer(Math.max(1, persons.size)));
  for (let i = 0; i < persons.size; i++) hasId[i] = persons.hasId(i) ? 1 : 0;
  const parent = (side: 'mother' | 'father') => ({ kind: 'pseudonym', rows: persons.parentRow[side], unlinked: persons.unlinkedRefs(side) }) as const;
  const table: OutputTable = {
    rows: persons.size,
    ids: persons.id.subarray(0, persons.size * PSEUDONYM_WORDS),
    idWords: PSEUDONYM_WORDS,
    hasId,
    columns: [
      { kind: 'pseudonym', rows: null, unlinked: new Map() },
      coded('birthDate'),
      coded('sex'),
      coded('birthCountry'),
      coded('citizenship'),
      parent('mother'),
      parent('father'),
      coded('area'),
      coded('municipality'),
      { kind: 'coded', numbers: classification.numbers, texts: classification.texts },
    ],
  };
  return { table, growing: table.columns.length - 1 };
}
