/**
 * The StatBank context the dashboard shows beside an indicator: the stored rows of the tables that
 * belong to it (`contextTablesFor`), in that order, for one municipality — the configured one, or
 * else the one fetched most recently.
 */
import type { Indicator } from '../../catalogue/index.ts';
import type { Store } from '../../store/index.ts';
import type { ContextRow } from '../../cells/index.ts';
import { contextTablesFor } from './context-tables.ts';

/** The municipality whose context was fetched last (latest `fetchedAt`), or undefined. */
function latestMunicipality(rows: readonly ContextRow[]): string | undefined {
  let latest: ContextRow | undefined;
  for (const r of rows) if (latest === undefined || r.fetchedAt > latest.fetchedAt) latest = r;
  return latest?.municipality;
}

/**
 * The context rows for `indicator`, grouped by table in `contextTablesFor` order.
 * @example await indicatorContext(store, selvforsoergelse) // RAS200 rows, then FOLK1E rows
 */
export async function indicatorContext(
  store: Pick<Store, 'listContext'>,
  indicator: Pick<Indicator, 'id' | 'third_generation'>,
  municipality?: string,
): Promise<ContextRow[]> {
  const tables = contextTablesFor(indicator);
  const rows = await store.listContext({ tableIds: tables, ...(municipality === undefined ? {} : { municipality }) });
  const chosen = municipality ?? latestMunicipality(rows);
  const mine = rows.filter((r) => r.municipality === chosen);
  return tables.flatMap((t) => mine.filter((r) => r.tableId === t));
}
