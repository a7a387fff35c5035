/**
 * Reads an indicator's person-level file with the columns the catalogue declares for it,
 * pseudonymising `person_id` on read so that it joins the (pseudonymised) population: `keys`
 * turn the id into what the population's persons are keyed by (`joinKeys`; the pseudonym itself
 * when no population is at hand). The rows are kept compactly (`StoredRows`).
 */
import { type AggregationRow, INDICATOR_COLUMNS } from '../../counting/index.ts';
import { createErrorCollector, createRecordReader, InputError, openTable, type Pseudonymiser } from '../../ingest/index.ts';
import type { JoinKeys } from './classified-population.ts';
import { StoredRows } from './stored-rows.ts';

/** A data file's rows, and the columns it has (none when it has no rows: `file-columns.ts`). */
export interface IndicatorRows {
  rows: AggregationRow[];
  columns: ReadonlySet<string>;
}

/** Joins on pseudonyms, for a file read without a population at hand. */
export function pseudonymKeys(pseudonymiser: Pseudonymiser): JoinKeys {
  return { of: (id) => pseudonymiser.pseudonymise(id), handle: () => '' };
}

export async function readIndicatorRows(
  indicatorId: string,
  file: string,
  pseudonymiser: Pseudonymiser,
  sheet?: string | number,
  keys: JoinKeys = pseudonymKeys(pseudonymiser),
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
  const cells: (string | number)[] = [];
  for await (const batch of reader.batches()) {
    for (const record of batch) {
      present.forEach((name, i) => {
        const text = record.text(name);
        if (name !== 'person_id') cells[i] = text;
        else cells[i] = text.trim() === '' ? '' : keys.of(text.trim());
      });
      stored.add(record.rowNumber, cells);
    }
  }
  errors.throwIfAny();
  const rows = stored.rows();
  return { rows, columns: new Set(rows.length === 0 ? [] : present) };
}
