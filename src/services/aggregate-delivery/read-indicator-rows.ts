/**
 * Reads an indicator's person-level file with the columns the catalogue declares for it,
 * pseudonymising `person_id` on read so that it joins the (pseudonymised) population: `keys`
 * turn the id into what the population's persons are keyed by (`joinKeys`; the pseudonym itself
 * when no population is at hand). The rows are kept compactly (`StoredRows`).
 */
import { type AggregationRow, INDICATOR_COLUMNS } from '../../counting/index.ts';
import {
  createErrorCollector,
  createRecordReader,
  InputError,
  openTable,
  PSEUDONYM_WORDS,
  type PseudonymBatch,
  type Pseudonymiser,
  pseudonymText,
  type RecordRow,
  threadPays,
  withPseudonyms,
} from '../../ingest/index.ts';
import type { JoinKeys } from './classified-population.ts';
import { StoredRows } from './stored-rows.ts';

/** A data file's rows, and the columns it has (none when it has no rows: `file-columns.ts`). */
export interface IndicatorRows {
  rows: AggregationRow[];
  columns: ReadonlySet<string>;
}

/** Joins on pseudonyms, for a file read without a population at hand. */
const PSEUDONYM_KEYS: JoinKeys = { of: (words, offset) => pseudonymText(words, offset), handle: () => '' };

export async function readIndicatorRows(
  indicatorId: string,
  file: string,
  pseudonymiser: Pseudonymiser,
  sheet?: string | number,
  keys: JoinKeys = PSEUDONYM_KEYS,
): Promise<IndicatorRows> {
  const spec = INDICATOR_COLUMNS[indicatorId] ?? [];
  const source = await openTable(file, sheet === undefined ? {} : { sheet }).catch((error: unknown) => {
    // No rows is a real answer for person-level data: nobody had a spell, nobody was convicted.
    if (error instanceof InputError && error.code === 'header_only') return null;
    throw error;
  });
  if (source === null) return { rows: [], columns: new Set() };
  const errors = createErrorCollector();
  const reader = createRecordReader(source, spec, errors);
  // Only the columns the file has: an optional column it lacks must stay absent, so that its
  // breakdowns and second figures are not written as if every cell said "none" (file-columns.ts).
  const indexes = reader.columns as Readonly<Record<string, number | undefined>>;
  const present = spec.filter((column) => indexes[column.name] !== undefined).map((column) => column.name);
  const stored = new StoredRows(present, keys);
  const storeBatch = batchStorer(present, keys, stored);
  // As the population's reader does: a batch's ids are hashed (on a second thread for a large
  // file) while the batch before is stored.
  const hashing = pseudonymiser.batches({ thread: threadPays(file) });
  const idsOf = (batch: readonly RecordRow<string>[]) => batch.map((record) => record.text('person_id'));
  for await (const [batch, pseudonyms] of withPseudonyms(reader.batches(), hashing, idsOf)) storeBatch(batch, pseudonyms);
  errors.throwIfAny();
  const rows = stored.rows();
  return { rows, columns: new Set(rows.length === 0 ? [] : present) };
}

/** Stores a batch's rows: each cell as read, the person id as its join key ('' for an empty id). */
function batchStorer(present: readonly string[], keys: JoinKeys, stored: StoredRows) {
  const cells: (string | number)[] = [];
  return (batch: readonly RecordRow<string>[], { words, present: given }: PseudonymBatch): void => {
    batch.forEach((record, r) => {
      present.forEach((name, i) => {
        if (name !== 'person_id') cells[i] = record.text(name);
        else cells[i] = given[r] === 1 ? keys.of(words, r * PSEUDONYM_WORDS) : '';
      });
      stored.add(record.rowNumber, cells);
    });
  };
}
