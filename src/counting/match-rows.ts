/**
 * Pairs each parsed data row with its person in the population extract. Rows whose person is not
 * in the extract are returned as unmatched (row numbers only), so that they are reported rather
 * than silently dropped.
 */
import { AggregationRowError } from './aggregation-error.ts';
import { grownArray } from './grown-array.ts';
import { readPersonId } from './read-fields.ts';
import type { AggregationPerson, AggregationRow, PersonIndex } from './types.ts';

export interface Matched<T> {
  person: AggregationPerson;
  record: T;
  rowNumber: number;
}

export interface MatchResult<T> {
  matched: Matched<T>[];
  unmatched: { rowNumber: number }[];
}

/**
 * Parses every row with `parse` (which throws on unreadable cells, matched or not) and looks the
 * row's `person_id` up in `persons`.
 */
export function matchRows<T>(
  rows: ReadonlyArray<AggregationRow>,
  persons: PersonIndex,
  parse: (row: AggregationRow) => T & { personId: string },
): MatchResult<T> {
  const matched: Matched<T>[] = [];
  const unmatched: { rowNumber: number }[] = [];
  for (const row of rows) {
    const record = parse(row);
    const person = persons.get(record.personId);
    if (person === undefined) unmatched.push({ rowNumber: row.rowNumber });
    else matched.push({ person, record, rowNumber: row.rowNumber });
  }
  return { matched, unmatched };
}

/** Groups matched rows by person id, keeping first-seen order. */
export function byPerson<T>(matched: readonly Matched<T>[]): Map<string, Matched<T>[]> {
  const result = new Map<string, Matched<T>[]>();
  for (const m of matched) {
    const list = result.get(m.person.id);
    if (list === undefined) result.set(m.person.id, [m]);
    else list.push(m);
  }
  return result;
}

/**
 * Throws on the second row of any person id. Rows that carry a `personNumber` are told apart by a
 * bitset over those numbers (an electoral roll of 4.6 M lines held a set of 4.6 M ids, 300 MB at
 * the peak of a national run); the others by their ids. The two never meet: a person numbered in
 * one row is numbered in every row.
 */
export function rejectDuplicates(rows: ReadonlyArray<AggregationRow>): void {
  let seenNumbers = new Uint8Array(1024);
  const seenIds = new Set<string>();
  for (const row of rows) {
    const n = row.personNumber;
    let repeated: boolean;
    if (n === undefined) {
      const id = readPersonId(row);
      repeated = seenIds.has(id);
      seenIds.add(id);
    } else {
      // Doubling, so that growing stays linear.
      if (n >> 3 >= seenNumbers.length) seenNumbers = grownArray(seenNumbers, Math.max((n >> 3) + 1, 2 * seenNumbers.length));
      const bit = 1 << (n & 7);
      repeated = ((seenNumbers[n >> 3] as number) & bit) !== 0;
      seenNumbers[n >> 3] = (seenNumbers[n >> 3] as number) | bit;
    }
    if (repeated) throw new AggregationRowError(row.rowNumber, 'person_id', 'duplicate_person');
  }
}
