/**
 * Statistics Denmark's origin classification for every person of an extract, with parents
 * resolved through `mother_id` / `father_id` when the parent is a row of the same extract (the
 * parent's own row, and its own classification, then supply the parent's facts). The rules
 * themselves are `origin/`; this module only wires the rows to them.
 */
import {
  classifyOrigin,
  type CountryCode,
  DATA_QUALITY_FLAGS,
  type DataQualityFlag,
  type OriginResult,
  type ParentFacts,
  parentFromRegister,
} from '../../origin/index.ts';
import { getOrCreate } from '../../counting/index.ts';
import { absentWithoutStatus, givenParent, type LinkedRows } from './parent-status.ts';
import type { ParentColumns, PersonRow } from './person-row.ts';

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

/** Classifies every row; `origins[i]` belongs to `rows[i]`. */
export function classifyRows(population: LinkedRows): ClassifiedRows {
  const { rows, indexById } = population;
  const origins: (OriginResult | undefined)[] = new Array(rows.length);
  let linkedParents = 0;

  const parentFacts = (columns: ParentColumns, depth: number): ParentFacts | null => {
    // Unknown in the register: the reader has checked that the extract gives nothing about the parent.
    if (columns.status === 'unknown') return null;
    const linked = columns.ref === null ? undefined : indexById.get(columns.ref);
    if (linked !== undefined) {
      linkedParents++;
      const row = rows[linked] as PersonRow;
      const origin = depth < MAX_GENERATIONS ? classify(linked, depth + 1) : null;
      return {
        birthCountry: row.birthCountry,
        citizenship: row.citizenship,
        originGroup: origin?.originGroup ?? null,
        originCountry: origin?.originCountry ?? null,
      };
    }
    return unlinkedParent(columns, population);
  };

  const unlinked = unlinkedMemo();
  const classify = (i: number, depth: number): OriginResult | null => {
    const done = origins[i];
    if (done) return done;
    const row = rows[i] as PersonRow;
    const result = unlinked(row, () =>
      classifyOrigin({
        birthCountry: row.birthCountry,
        citizenship: row.citizenship,
        mother: parentFacts(row.mother, depth),
        father: parentFacts(row.father, depth),
      }),
    );
    origins[i] = result;
    return result;
  };

  for (let i = 0; i < rows.length; i++) classify(i, 0);
  return {
    origins: origins as OriginResult[],
    quality: countFlags(origins as OriginResult[]),
    linkedParents,
    parentsWithoutStatus: countAbsentWithoutStatus(population),
  };
}

/** A parent who is not a row of the extract, from the parent columns and the register status. */
function unlinkedParent(columns: ParentColumns, population: LinkedRows): ParentFacts | null {
  const result = parentFromRegister(columns.status, givenParent(columns, population));
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
function countAbsentWithoutStatus(population: LinkedRows): number {
  // An unlinked parent's answer depends on its (shared, frozen) columns alone: once per object.
  const unlinked = new Map<ParentColumns, boolean>();
  const absent = (parent: ParentColumns): boolean =>
    isLinked(parent) ? absentWithoutStatus(parent, population) : getOrCreate(unlinked, parent, () => absentWithoutStatus(parent, population));
  let count = 0;
  for (const row of population.rows) {
    if (absent(row.mother) || absent(row.father)) count++;
  }
  return count;
}

/**
 * Persons whose parents are not rows of the extract are classified from their own columns alone,
 * and a register extract repeats a few thousand such combinations a million times. Those share one
 * (immutable) result, found by identity: the reader already shares one frozen `ParentColumns` per
 * unlinked combination. This saves a million result objects and classifications per extract.
 */
function unlinkedMemo(): (row: PersonRow, classify: () => OriginResult) => OriginResult {
  // Keyed by the values themselves, nested, so that no key string is built per person.
  const byBirth = new Map<CountryCode | null, Map<CountryCode | null, Map<ParentColumns, Map<ParentColumns, OriginResult>>>>();
  return (row, classify) => {
    if (isLinked(row.mother) || isLinked(row.father)) return classify();
    const byCitizenship = getOrCreate(byBirth, row.birthCountry, () => new Map<CountryCode | null, Map<ParentColumns, Map<ParentColumns, OriginResult>>>());
    const byMother = getOrCreate(byCitizenship, row.citizenship, () => new Map<ParentColumns, Map<ParentColumns, OriginResult>>());
    const byFather = getOrCreate(byMother, row.mother, () => new Map<ParentColumns, OriginResult>());
    return getOrCreate(byFather, row.father, classify);
  };
}

function isLinked(parent: ParentColumns): boolean {
  return parent.ref !== null;
}

function countFlags(origins: readonly OriginResult[]): Record<DataQualityFlag, number> {
  const counts = Object.fromEntries(DATA_QUALITY_FLAGS.map((f) => [f, 0])) as Record<DataQualityFlag, number>;
  for (const o of origins) for (const f of o.dataQuality) counts[f]++;
  return counts;
}
