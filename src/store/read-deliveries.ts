/**
 * Reading deliveries: the newest version per indicator × period (the dashboard's hot path: two
 * queries — one for the versions, one for all their cells, split only beyond 5,000 versions), every
 * version of one indicator × period, and one version by id.
 */
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import type { DeliveryMeta, DeliveryWithCells, LatestFilter } from '../cells/delivery.ts';
import { compareCells, compareMetas, toCell, toDeliveryMeta, type CellRow } from './rows.ts';

/** The ids of the newest version per indicator × period matching `filter`, as a subquery. */
function latestIds(db: Kysely<Database>, filter: LatestFilter) {
  const { indicator, period, status } = filter;
  return db
    .selectFrom('deliveries as d')
    .select('d.id')
    .$if(indicator !== undefined, (q) => q.where('d.indicator', '=', indicator as string))
    .$if(period !== undefined, (q) => q.where('d.period', '=', period as string))
    .where((eb) =>
      eb(
        'd.version',
        '=',
        eb
          .selectFrom('deliveries as v')
          .select((sub) => sub.fn.max('v.version').as('max_version'))
          .whereRef('v.indicator', '=', 'd.indicator')
          .whereRef('v.period', '=', 'd.period')
          .$if(status !== undefined, (q) => q.where('v.status', 'in', [...(status ?? [])])),
      ),
    );
}

/** Groups cell rows by delivery and attaches them, in canonical order. */
function attachCells(metas: DeliveryMeta[], rows: CellRow[]): DeliveryWithCells[] {
  const byDelivery = new Map<number, DeliveryWithCells>();
  const result = metas.map((m) => {
    const d: DeliveryWithCells = { ...m, cells: [] };
    byDelivery.set(m.id, d);
    return d;
  });
  for (const row of rows) byDelivery.get(row.delivery_id)?.cells.push(toCell(row));
  for (const d of result) d.cells.sort(compareCells);
  return result;
}

/** Delivery ids per cell query: far below SQLite's (32,766) and PostgreSQL's (65,535) parameter limits. */
const IDS_PER_QUERY = 5000;

/**
 * See `Store.latestDeliveries`. Sorted by indicator, then period. Cells are fetched by the ids just
 * read (not by re-running the subquery), so a version committed in between cannot mismatch them.
 */
export async function latestDeliveries(db: Kysely<Database>, filter: LatestFilter = {}): Promise<DeliveryWithCells[]> {
  if (filter.status !== undefined && filter.status.length === 0) return [];
  const metaRows = await db.selectFrom('deliveries').selectAll().where('id', 'in', latestIds(db, filter)).execute();
  const ids = metaRows.map((r) => r.id);
  const cellRows: CellRow[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const chunk = ids.slice(i, i + IDS_PER_QUERY);
    const rows = await db.selectFrom('delivery_cells').selectAll().where('delivery_id', 'in', chunk).execute();
    for (const row of rows) cellRows.push(row);
  }
  return attachCells(metaRows.map(toDeliveryMeta).sort(compareMetas), cellRows);
}

/** See `Store.deliveryVersions`. */
export async function deliveryVersions(db: Kysely<Database>, indicator: string, period: string): Promise<DeliveryMeta[]> {
  const rows = await db.selectFrom('deliveries').selectAll().where('indicator', '=', indicator).where('period', '=', period).orderBy('version').execute();
  return rows.map(toDeliveryMeta);
}

/** See `Store.getDelivery`. */
export async function getDelivery(db: Kysely<Database>, id: number): Promise<DeliveryWithCells | undefined> {
  const row = await db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return undefined;
  const cells = await db.selectFrom('delivery_cells').selectAll().where('delivery_id', '=', id).execute();
  return attachCells([toDeliveryMeta(row)], cells)[0];
}
