/**
 * The persons of a population extract as typed columns (a struct of arrays) instead of one object
 * per person: at national scale (5.9 M persons) a `PersonRow`, its 32-character pseudonym and its
 * `Map` entry cost ≈ 2.5 µs and a few hundred bytes per person, and their garbage collection much
 * of the rest. Here a person is a row number into arrays of small numbers; dates, countries, areas
 * and municipalities are numbers into `Interned` tables of their distinct values, pseudonyms their
 * HMAC's 128 bits (`PSEUDONYM_WORDS` words), never a string until one is written out.
 */
import { PSEUDONYM_WORDS, pseudonymText } from '../../ingest/index.ts';
import type { CountryCode, OriginGroup, ParentStatus } from '../../origin/index.ts';
import { grownArray, Interned, sharedArray } from '../../counting/index.ts';
import type { ParentColumns, PersonRow } from './person-row.ts';
import { PseudonymIndex } from './pseudonym-index.ts';

const HAS_ID = 1;
/** `parentRow` of a row that gives no parent id, and of one whose parent id is no row. */
const NO_PARENT_ID = -1;
const UNLINKED = -2;
const REFUGEE = 2;

/** The two parents, in the order the columns keep them. */
export const SIDES = ['mother', 'father'] as const;
export type Side = (typeof SIDES)[number];

/**
 * One row as the reader hands it over: every value already a number into the columns' tables
 * (0: null), its id already written by `addIds`. The reader fills one such object again for every row.
 */
export interface PersonNumbers {
  rowNumber: number;
  hasId: boolean;
  birthDate: number;
  sex: number;
  birthCountry: number;
  citizenship: number;
  refugee: number;
  area: number;
  municipality: number;
  arrivalDate: number;
  /** `parentFactsNumberOf` of each parent's columns. */
  mother: number;
  father: number;
}

/** The columns `coded` gives out. */
export type CodedColumnName = 'birthDate' | 'sex' | 'birthCountry' | 'citizenship' | 'area' | 'municipality';

/** A column as numbers into its values (`PersonColumns.coded`). */
export interface CodedColumn {
  readonly numbers: Int32Array | Uint16Array | Uint8Array;
  readonly values: readonly (string | null)[];
}

/** A parent's columns without the id: a few shared frozen objects for a whole extract. */
export type ParentFactsColumns = ParentColumns & { readonly ref: null };

export class PersonColumns {
  size = 0;
  #capacity: number;
  rowNumber: Int32Array;
  /** Pseudonyms, `PSEUDONYM_WORDS` words per row (meaningful where `hasId`). */
  id: Uint32Array;
  #flags: Uint8Array;
  #birthDate: Int32Array;
  #arrivalDate: Int32Array;
  #sex: Uint8Array;
  birthCountryNumber: Uint16Array;
  citizenshipNumber: Uint16Array;
  #area: Int32Array;
  #municipality: Uint16Array;
  /** Each parent's columns other than the id: numbers into `parentFacts`. */
  readonly parentFactsNumber: Record<Side, Int32Array>;
  /**
   * Each parent's linked row (filled by `linkParents` once every row is read): −1 when the row gives
   * no parent id, −2 when the id is no row of the extract (`unlinkedRefs`).
   */
  readonly parentRow: Record<Side, Int32Array>;
  /** While reading: the parents' pseudonyms (only rows that give one), kept until `linkParents` resolves them. */
  #parentRefs: Record<Side, ParentRefs> | null = { mother: new ParentRefs(), father: new ParentRefs() };
  /** A parent id that is no row of the extract: its pseudonym's text, for the output (few). */
  readonly #unlinkedRef: Record<Side, Map<number, string>> = { mother: new Map(), father: new Map() };

  readonly dates = new Interned<string>();
  readonly sexes = new Interned<'M' | 'K'>();
  readonly booleans = new Interned<boolean>();
  readonly countries = new Interned<CountryCode>();
  readonly areas = new Interned<string>();
  readonly municipalities = new Interned<string>();
  readonly originGroups = new Interned<OriginGroup>();
  readonly statuses = new Interned<ParentStatus>();
  readonly parentFacts = new Interned<ParentFactsColumns>();
  /** A parent's five column numbers, packed into one (`parentFactsNumberOf`) → its number in `parentFacts`. */
  readonly #parentFactsByKey = new Map<number, number>();
  readonly index: PseudonymIndex;

  /** `expectedRows`: a guess at the extract's size, so that the pseudonym index seldom has to grow (each time is a rehash of every row). */
  constructor(expectedRows = 1 << 16, capacity = 1 << 16) {
    this.#capacity = capacity;
    this.rowNumber = new Int32Array(capacity);
    // The columns a writer hands to a second thread (`coded`, `id`, `parentRow`) are shared memory:
    // handed over, not copied (at 5.9 M persons a copy was 240 MB).
    this.id = sharedArray(Uint32Array, capacity * PSEUDONYM_WORDS);
    this.#flags = new Uint8Array(capacity);
    this.#birthDate = sharedArray(Int32Array, capacity);
    this.#arrivalDate = new Int32Array(capacity);
    this.#sex = sharedArray(Uint8Array, capacity);
    this.birthCountryNumber = sharedArray(Uint16Array, capacity);
    this.citizenshipNumber = sharedArray(Uint16Array, capacity);
    this.#area = sharedArray(Int32Array, capacity);
    this.#municipality = sharedArray(Uint16Array, capacity);
    this.parentFactsNumber = { mother: new Int32Array(capacity), father: new Int32Array(capacity) };
    this.parentRow = { mother: new Int32Array(0), father: new Int32Array(0) };
    this.index = new PseudonymIndex(() => this.id, expectedRows);
  }

  /**
   * The person ids of the next `count` rows, before their cells: the words of a batch's ids
   * (`PSEUDONYM_WORDS` each, `stride` ids per row, the person's first; `present[k]` 1 where id `k`
   * was given) are written into the columns and added to the index in one pass: a loop that does
   * only this reads the index's random slots back to back instead of one among each row's other
   * work (for a million persons 0.12 → 0.10 s). Returns per row the earlier row with the same
   * pseudonym, or −1; `push` then appends the rows' cells.
   */
  addIds(words: Uint32Array, present: Uint8Array, stride: number, count: number): Int32Array {
    while (this.size + count > this.#capacity) this.#grow();
    const earlier = new Int32Array(count).fill(-1);
    const id = this.id;
    for (let r = 0; r < count; r++) {
      const at = r * stride;
      if (present[at] !== 1) continue;
      // Word by word: a `subarray` view per row would be an object per person.
      const from = at * PSEUDONYM_WORDS;
      const to = (this.size + r) * PSEUDONYM_WORDS;
      for (let w = 0; w < PSEUDONYM_WORDS; w++) id[to + w] = words[from + w] as number;
    }
    for (let r = 0; r < count; r++) {
      // A person without an id is never a parent and never repeated (the reader reports the id missing).
      if (present[r * stride] === 1) earlier[r] = this.index.add(this.size + r);
    }
    return earlier;
  }

  /** Room for `rows` rows in all (an estimate once the first rows are read): one allocation instead of growing step by step. */
  reserve(rows: number): void {
    if (rows > this.#capacity) this.#resize(rows);
  }

  /** The next row's parent has the pseudonym in `words` at `offset` (call before `push`). */
  addParentRef(side: Side, words: Uint32Array, offset: number): void {
    if (this.#parentRefs === null) throw new Error('the parents are already linked');
    this.#parentRefs[side].add(this.size, words, offset);
  }

  /**
   * The number in `parentFacts` of a parent's columns other than the id, given as numbers into
   * `countries`, `originGroups` and `statuses`: one shared frozen object per combination.
   */
  parentFactsNumberOf(birthCountry: number, citizenship: number, originGroup: number, originCountry: number, status: number): number {
    // Countries < 2^16 each (Uint16Array), origin groups < 4, statuses < 3: 52 bits, an exact double.
    const key = ((birthCountry * 65_536 + citizenship) * 65_536 + originCountry) * 16 + originGroup * 4 + status;
    let n = this.#parentFactsByKey.get(key);
    if (n === undefined) {
      const facts: ParentFactsColumns = Object.freeze({
        ref: null,
        birthCountry: this.countries.valueOf(birthCountry),
        citizenship: this.countries.valueOf(citizenship),
        originGroup: this.originGroups.valueOf(originGroup),
        originCountry: this.countries.valueOf(originCountry),
        status: this.statuses.valueOf(status),
      });
      n = this.parentFacts.numberOf(facts);
      this.#parentFactsByKey.set(key, n);
    }
    return n;
  }

  /** Appends the next row's cells (its id is already in, by `addIds`). */
  push(values: PersonNumbers): void {
    const i = this.size;
    this.rowNumber[i] = values.rowNumber;
    this.#flags[i] = (values.hasId ? HAS_ID : 0) | (this.booleans.valueOf(values.refugee) === true ? REFUGEE : 0);
    this.#birthDate[i] = values.birthDate;
    this.#arrivalDate[i] = values.arrivalDate;
    this.#sex[i] = values.sex;
    this.birthCountryNumber[i] = values.birthCountry;
    this.citizenshipNumber[i] = values.citizenship;
    this.#area[i] = values.area;
    this.#municipality[i] = values.municipality;
    this.parentFactsNumber.mother[i] = values.mother;
    this.parentFactsNumber.father[i] = values.father;
    this.size++;
  }

  /**
   * Once every row is read: each parent id becomes its row (a parent's row may come after the
   * child's), the pseudonyms of ids that are no row are kept as text for the output, and the
   * reading buffers are let go.
   */
  linkParents(): void {
    if (this.#parentRefs === null) return;
    for (const side of SIDES) {
      const rows = sharedArray(Int32Array, this.size).fill(NO_PARENT_ID);
      const refs = this.#parentRefs[side];
      for (let k = 0; k < refs.count; k++) {
        const i = refs.rows[k] as number;
        const row = this.index.find(refs.words, k * PSEUDONYM_WORDS);
        if (row >= 0) rows[i] = row;
        else {
          rows[i] = UNLINKED;
          this.#unlinkedRef[side].set(i, pseudonymText(refs.words, k * PSEUDONYM_WORDS));
        }
      }
      this.parentRow[side] = rows;
    }
    this.#parentRefs = null;
  }

  /** Whether the row's parent has an id (linked to a row or not). */
  hasParentRef(i: number, side: Side): boolean {
    return (this.parentRow[side][i] as number) !== NO_PARENT_ID;
  }

  /** The parent's pseudonym as text; null when the row gives no parent id. */
  parentRef(i: number, side: Side): string | null {
    const row = this.parentRow[side][i] as number;
    if (row >= 0) return this.idText(row);
    return this.#unlinkedRef[side].get(i) ?? null;
  }

  /** The side's parent ids that are no row of the extract, as pseudonym text by the child's row. */
  unlinkedRefs(side: Side): ReadonlyMap<number, string> {
    return this.#unlinkedRef[side];
  }

  /** The parent's columns other than the id (a shared frozen object). */
  parentFactsOf(i: number, side: Side): ParentFactsColumns {
    return this.parentFacts.valueOf(this.parentFactsNumber[side][i] as number) as ParentFactsColumns;
  }

  /** The row's pseudonym as `Pseudonymiser.pseudonymise` writes it; '' without an id. */
  idText(i: number): string {
    return ((this.#flags[i] as number) & HAS_ID) === 0 ? '' : pseudonymText(this.id, i * PSEUDONYM_WORDS);
  }

  birthDate(i: number): string {
    return this.dates.valueOf(this.#birthDate[i] as number) ?? '';
  }

  arrivalDate(i: number): string | null {
    return this.dates.valueOf(this.#arrivalDate[i] as number);
  }

  sex(i: number): 'M' | 'K' | null {
    return this.sexes.valueOf(this.#sex[i] as number);
  }

  birthCountry(i: number): CountryCode | null {
    return this.countries.valueOf(this.birthCountryNumber[i] as number);
  }

  citizenship(i: number): CountryCode | null {
    return this.countries.valueOf(this.citizenshipNumber[i] as number);
  }

  refugee(i: number): boolean {
    return ((this.#flags[i] as number) & REFUGEE) !== 0;
  }

  area(i: number): string | null {
    return this.areas.valueOf(this.#area[i] as number);
  }

  municipality(i: number): string | null {
    return this.municipalities.valueOf(this.#municipality[i] as number);
  }

  /** The row's municipality as its number in `municipalities` (0: none), for counting by number. */
  municipalityNumber(i: number): number {
    return this.#municipality[i] as number;
  }

  /** Whether the row gives an id (every other row has a pseudonym in `id`). */
  hasId(i: number): boolean {
    return ((this.#flags[i] as number) & HAS_ID) !== 0;
  }

  /**
   * A column as each row's number into its table (row `i` at `[i]`, 0: null) and the table's
   * values, for writers that format millions of rows without asking row by row.
   */
  coded(column: CodedColumnName): CodedColumn {
    const [numbers, table] = this.#codedColumns()[column];
    return { numbers: numbers.subarray(0, this.size), values: table.values() };
  }

  #codedColumns(): Record<CodedColumnName, [Int32Array | Uint16Array | Uint8Array, Interned<string>]> {
    return {
      birthDate: [this.#birthDate, this.dates],
      sex: [this.#sex, this.sexes],
      birthCountry: [this.birthCountryNumber, this.countries],
      citizenship: [this.citizenshipNumber, this.countries],
      area: [this.#area, this.areas],
      municipality: [this.#municipality, this.municipalities],
    };
  }

  /** One row as an object, for the few places that are not hot (tests, error reports). */
  row(i: number): PersonRow {
    return {
      rowNumber: this.rowNumber[i] as number,
      id: this.idText(i),
      birthDate: this.birthDate(i),
      sex: this.sex(i),
      birthCountry: this.birthCountry(i),
      citizenship: this.citizenship(i),
      mother: this.#parentColumns(i, 'mother'),
      father: this.#parentColumns(i, 'father'),
      refugee: this.refugee(i),
      area: this.area(i),
      municipality: this.municipality(i),
      arrivalDate: this.arrivalDate(i),
    };
  }

  #parentColumns(i: number, side: Side): ParentColumns {
    const facts = this.parentFactsOf(i, side);
    const ref = this.parentRef(i, side);
    return ref === null ? facts : { ...facts, ref };
  }

  #grow(): void {
    // By half again rather than double: at 5.9 M persons doubling left up to half the arrays unused.
    this.#resize(Math.ceil(this.#capacity * 1.5));
  }

  #resize(capacity: number): void {
    this.rowNumber = grownArray(this.rowNumber, capacity);
    this.id = grownArray(this.id, capacity * PSEUDONYM_WORDS);
    this.#flags = grownArray(this.#flags, capacity);
    this.#birthDate = grownArray(this.#birthDate, capacity);
    this.#arrivalDate = grownArray(this.#arrivalDate, capacity);
    this.#sex = grownArray(this.#sex, capacity);
    this.birthCountryNumber = grownArray(this.birthCountryNumber, capacity);
    this.citizenshipNumber = grownArray(this.citizenshipNumber, capacity);
    this.#area = grownArray(this.#area, capacity);
    this.#municipality = grownArray(this.#municipality, capacity);
    for (const side of SIDES) this.parentFactsNumber[side] = grownArray(this.parentFactsNumber[side], capacity);
    this.#capacity = capacity;
  }
}

/** The parent ids of one side while reading, only for the rows that give one (a fifth, say). */
class ParentRefs {
  count = 0;
  rows = new Int32Array(1 << 12);
  words = new Uint32Array((1 << 12) * PSEUDONYM_WORDS);

  add(row: number, words: Uint32Array, offset: number): void {
    if (this.count === this.rows.length) {
      const capacity = Math.ceil(this.rows.length * 1.5);
      this.rows = grownArray(this.rows, capacity);
      this.words = grownArray(this.words, capacity * PSEUDONYM_WORDS);
    }
    this.rows[this.count] = row;
    this.words.set(words.subarray(offset, offset + PSEUDONYM_WORDS), this.count * PSEUDONYM_WORDS);
    this.count++;
  }
}
