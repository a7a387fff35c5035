/**
 * The report's rows pass the product's one last check on small cells (`services/publish-guard`),
 * indicator by indicator, exactly as the dashboard's do.
 */
import { guardAreas, guardResults, scrubNote } from '../../services/publish-guard.ts';
import type { AreaRow, ResultRow } from '../../cells/index.ts';

export { scrubNote };

/** Every row checked; `countIds` are the indicators whose value is itself a number of persons. */
export function publishableRows(rows: readonly ResultRow[], threshold: number, countIds: ReadonlySet<string>): ResultRow[] {
  const byIndicator = new Map<string, ResultRow[]>();
  for (const row of rows) byIndicator.set(row.indicator, [...(byIndicator.get(row.indicator) ?? []), row]);
  return [...byIndicator].flatMap(([id, own]) => guardResults(own, { threshold, valueIsCount: countIds.has(id) }));
}

export function publishableAreas(areas: readonly AreaRow[], threshold: number): AreaRow[] {
  return guardAreas(areas, threshold);
}
