/**
 * Reads an indicator's person-level file with the columns the catalogue declares for it,
 * pseudonymising `person_id` on read so that it joins the (pseudonymised) population: `joinKey`
 * turns the id into what the population's persons are keyed by (`joinKeys`; the pseudonym itself
 * when no population is at hand).
 */
import { type AggregationRow, INDICATOR_COLUMNS } from '../../counting/index.ts';
import { createErrorCollector, createRecordReader, InputError, openTable, type Pseudonymiser } from '../../ingest/index.ts';

export async function readIndicatorRows(
  indicatorId: string,
  file: string,
  pseudonymiser: Pseudonymiser,
  sheet?: string | number,
  joinKey: (id: string) => string = (id) => pseudonymiser.pseudonymise(id),
): Promise<AggregationRow[]> {
  const spec = INDICATOR_COLUMNS[indicatorId] ?? [];
  const source = await openTable(file, sheet === undefined ? {} : { sheet }).catch((error: unknown) => {
    // No rows is a real answer for person-level data: nobody had a spell, nobody was convicted.
    if (error instanceof InputError && error.code === 'header_only') return null;
    throw error;
  });
  if (source === null) return [];
  const errors = createErrorCollector();
  const reader = createRecordReader(source, spec, errors);
  // Only the columns the file has: an optional column it lacks must stay absent, so that its
  // breakdowns and second figures are not written as if every cell said "none" (file-columns.ts).
  const indexes = reader.columns as Readonly<Record<string, number | undefined>>;
  const present = spec.filter((column) => indexes[column.name] !== undefined);
  const rows: AggregationRow[] = [];
  for await (const batch of reader.batches()) {
    for (const record of batch) {
      const values: Record<string, string> = {};
      for (const column of present) values[column.name] = record.text(column.name);
      const id = values.person_id?.trim() ?? '';
      values.person_id = id === '' ? '' : joinKey(id);
      rows.push({ rowNumber: record.rowNumber, values });
    }
  }
  errors.throwIfAny();
  return rows;
}
