/**
 * Statistics Denmark's origin classification for every person of an extract, with parents
 * resolved through `mother_id` / `father_id` when the parent is a row of the same extract (the
 * parent's own row, and its own classification, then supply the parent's facts). The rules
 * themselves are `origin/`; this module only wires the rows to them.
 */
import { classifyOrigin, DATA_QUALITY_FLAGS, type DataQualityFlag, type OriginResult, type ParentFacts, parentFromRegister } from '../../origin/index.ts';
import { getOrCreate } from '../../counting/index.ts';
import { absentWithoutStatus, givenUnlinkedParent, type LinkedRows } from './parent-status.ts';
import type { ParentFactsColumns, PersonColumns, Side } from './person-columns.ts';

/** Deeper parent chains than this are treated as having an unknown origin (guards cycles). */
const MAX_GENERATIONS = 25;

export interface ClassifiedRows {
  origins: OriginResult[];
  /** How many persons carry each data-quality flag (for the data-quality note). */
  quality: Record<DataQualityFlag, number>;
  /** Parent references that were found as rows of the extract. */
  linkedParents: number;
  /**
   * Persons with a parent the extract gives no facts for and no register status: taken as unknown
   * in the register, which may be wrong (docs/origin.md §1a); `classify` warns about them.
   */
  parentsWithoutStatus: number;
}

/**
 * Classifies every row; `origins[i]` belongs to row `i`. `onRow` is called for each row in order as
 * soon as it is classified, for callers that use the results while the rest are classified.
 */
export function classifyRows(population: LinkedRows, onRow?: (i: number, origin: OriginResult) => void): ClassifiedRows {
  const { persons } = population;
  const origins: (OriginResult | undefined)[] = new Array(persons.size);
  let linkedParents = 0;

  const parentFacts = (i: number, side: Side, depth: number): ParentFacts | null => {
    const columns = persons.parentFactsOf(i, side);
    // Unknown in the register: the reader has checked that the extract gives nothing about the parent.
    if (columns.status === 'unknown') return null;
    const linked = persons.parentRow[side][i] as number;
    if (linked >= 0) {
      linkedParents++;
      const origin = depth < MAX_GENERATIONS ? classify(linked, depth + 1) : null;
      return {
        birthCountry: persons.birthCountry(linked),
        citizenship: persons.citizenship(linked),
        originGroup: origin?.originGroup ?? null,
        originCountry: origin?.originCountry ?? null,
      };
    }
    return unlinkedParent(columns, persons.hasParentRef(i, side));
  };

  const unlinked = new UnlinkedResults(persons);
  const classify = (i: number, depth: number): OriginResult | null => {
    const done = origins[i];
    if (done) return done;
    let result = unlinked.find(i);
    if (result === undefined) {
      result = classifyOrigin({
        birthCountry: persons.birthCountry(i),
        citizenship: persons.citizenship(i),
        mother: parentFacts(i, 'mother', depth),
        father: parentFacts(i, 'father', depth),
      });
      unlinked.keep(i, result);
    }
    origins[i] = result;
    return result;
  };

  for (let i = 0; i < persons.size; i++) {
    const origin = classify(i, 0) as OriginResult;
    onRow?.(i, origin);
  }
  return {
    origins: origins as OriginResult[],
    quality: countFlags(origins as OriginResult[]),
    linkedParents,
    parentsWithoutStatus: countAbsentWithoutStatus(persons),
  };
}

/** A parent who is not a row of the extract, from the parent columns and the register status. */
function unlinkedParent(columns: ParentFactsColumns, hasRef: boolean): ParentFacts | null {
  const result = parentFromRegister(columns.status, givenUnlinkedParent(columns, hasRef));
  switch (result.kind) {
    case 'unknown':
      return null;
    case 'known':
    case 'absent_without_status':
      return result.parent;
    case 'contradiction':
      // readPopulation refuses such an extract; reaching this is a programming error.
      throw new Error(`parent status contradiction (${result.problem}) in a checked extract`);
  }
}

/** Persons with at least one parent absent from the extract without a status (the warning's count). */
function countAbsentWithoutStatus(persons: PersonColumns): number {
  // A parent without an id: the answer depends on its (shared) columns alone, so once per combination.
  // (No closure per call: this runs twice per person.)
  const unlinked = new Map<number, boolean>();
  const absent = (i: number, side: Side): boolean => {
    if (persons.hasParentRef(i, side)) return absentWithoutStatus(persons, i, side);
    const facts = persons.parentFactsNumber[side][i] as number;
    let known = unlinked.get(facts);
    if (known === undefined) {
      known = absentWithoutStatus(persons, i, side);
      unlinked.set(facts, known);
    }
    return known;
  };
  let count = 0;
  for (let i = 0; i < persons.size; i++) {
    if (absent(i, 'mother') || absent(i, 'father')) count++;
  }
  return count;
}

/**
 * Persons whose parents give no id are classified from their own columns alone, and a register
 * extract repeats a few thousand such combinations a million times. Those share one (immutable)
 * result, keyed by the numbers of the four values (own birth country and citizenship, each
 * parent's shared columns) combined into one number, so that no key string is built per person.
 */
class UnlinkedResults {
  readonly #byCountries = new Map<number, Map<number, OriginResult>>();

  constructor(private readonly persons: PersonColumns) {}

  /** The result shared by row `i`'s combination, if known; undefined for a row with a parent id. */
  find(i: number): OriginResult | undefined {
    if (this.#linked(i)) return undefined;
    return this.#byCountries.get(this.#countries(i))?.get(this.#parents(i));
  }

  /** Keeps row `i`'s result for its combination (not for a row with a parent id). */
  keep(i: number, result: OriginResult): void {
    if (this.#linked(i)) return;
    getOrCreate(this.#byCountries, this.#countries(i), () => new Map<number, OriginResult>()).set(this.#parents(i), result);
  }

  #linked(i: number): boolean {
    return this.persons.hasParentRef(i, 'mother') || this.persons.hasParentRef(i, 'father');
  }

  // Country numbers are < 2^16 (Uint16Array), parent-column numbers < 2^26 at any size: both keys < 2^53.
  #countries(i: number): number {
    return (this.persons.birthCountryNumber[i] as number) * 65_536 + (this.persons.citizenshipNumber[i] as number);
  }

  #parents(i: number): number {
    return (this.persons.parentFactsNumber.mother[i] as number) * 2 ** 26 + (this.persons.parentFactsNumber.father[i] as number);
  }
}

function countFlags(origins: readonly OriginResult[]): Record<DataQualityFlag, number> {
  const counts = Object.fromEntries(DATA_QUALITY_FLAGS.map((f) => [f, 0])) as Record<DataQualityFlag, number>;
  // Indexed loops: an iterator per person was 50 MB of garbage a million persons.
  for (let i = 0; i < origins.length; i++) {
    const flags = (origins[i] as OriginResult).dataQuality;
    for (let k = 0; k < flags.length; k++) counts[flags[k] as DataQualityFlag]++;
  }
  return counts;
}
