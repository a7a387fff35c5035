/**
 * Saving deliveries as new versions: all of them in one transaction, each compared with the latest
 * stored version of its indicator × period, each new version written with its cells and an audit
 * entry. A delivery identical to the latest version (same file hash, or same content) writes nothing.
 */
import type { Kysely } from 'kysely';
import { insertAudit } from './audit.ts';
import { diffCells, isUnchanged, summariseChanges } from './cell-changes.ts';
import { toDbBool, type Database } from './database.ts';
import type { Cell, DeliveryWithCells, NewDelivery, SaveResult } from '../cells/index.ts';
import { DuplicateCellError, isUniqueViolation } from './errors.ts';
import { validateNewDeliveries } from './new-delivery-schema.ts';
import { getDelivery } from './read-deliveries.ts';
import { compareCells, toCellRow, toDeliveryMeta } from './rows.ts';
import { inTransaction, lockKeys, type StoreContext } from './store-context.ts';

/** Rows per INSERT: 9 parameters each stays far below SQLite's and PostgreSQL's parameter limits. */
const CELLS_PER_INSERT = 1000;

/** At most this many changed cells are listed in an audit entry (all are counted). */
export const AUDIT_CELL_LIMIT = 100;

/** See `Store.saveDeliveries`. Deliveries for the same indicator × period are applied in order. */
export async function saveDeliveries(ctx: StoreContext, input: readonly NewDelivery[]): Promise<SaveResult[]> {
  const ds = validateNewDeliveries(input);
  if (ds.length === 0) return [];
  return inTransaction(ctx, async (trx) => {
    await lockKeys(
      trx,
      ctx.dialect,
      ds.map((d) => JSON.stringify(['delivery', d.indicator, d.period])),
    );
    const results: SaveResult[] = [];
    for (const d of ds) results.push(await saveOne(ctx, trx, d));
    return results;
  });
}

async function latestVersion(trx: Kysely<Database>, d: NewDelivery) {
  return trx
    .selectFrom('deliveries')
    .selectAll()
    .where('indicator', '=', d.indicator)
    .where('period', '=', d.period)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

function sameSettings(previous: DeliveryWithCells, d: NewDelivery): boolean {
  return previous.definition === d.definition && previous.thirdGeneration === d.thirdGeneration;
}

async function saveOne(ctx: StoreContext, trx: Kysely<Database>, d: NewDelivery): Promise<SaveResult> {
  const latest = await latestVersion(trx, d);
  if (latest !== undefined && latest.file_hash === d.fileHash) {
    return { kind: 'unchanged', delivery: toDeliveryMeta(latest) };
  }
  const previous = latest === undefined ? undefined : await getDelivery(trx, latest.id);
  const cells = [...d.cells].sort(compareCells);
  const changes = diffCells(previous?.cells ?? [], cells);
  if (previous !== undefined && sameSettings(previous, d) && isUnchanged(changes)) {
    const { cells: _previousCells, ...meta } = previous;
    return { kind: 'unchanged', delivery: meta };
  }
  const row = await trx
    .insertInto('deliveries')
    .values({
      indicator: d.indicator,
      period: d.period,
      version: (previous?.version ?? 0) + 1,
      file_name: d.fileName,
      file_hash: d.fileHash,
      source: d.source,
      definition: d.definition,
      third_generation: toDbBool(d.thirdGeneration),
      created_at: ctx.now(),
      created_by: d.createdBy,
      status: 'delivered',
      status_comment: '',
      cell_count: cells.length,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await insertCells(trx, row.id, cells, d);
  const delivery = toDeliveryMeta(row);
  await insertAudit(
    trx,
    {
      actor: d.createdBy,
      action: 'delivery.import',
      objectType: 'delivery',
      objectId: String(delivery.id),
      at: delivery.createdAt,
      details: {
        indicator: d.indicator,
        period: d.period,
        version: delivery.version,
        fileName: d.fileName,
        fileHash: d.fileHash,
        source: d.source,
        definition: d.definition,
        thirdGeneration: d.thirdGeneration,
        cellCount: cells.length,
        ...(d.actorNote === undefined ? {} : { actorNote: d.actorNote }),
        previous: previous === undefined ? null : { id: previous.id, version: previous.version, fileHash: previous.fileHash },
        changes: summariseChanges(changes, previous === undefined ? 0 : AUDIT_CELL_LIMIT),
      },
    },
    ctx.now,
  );
  return { kind: 'created', delivery, changes };
}

async function insertCells(trx: Kysely<Database>, deliveryId: number, cells: Cell[], d: NewDelivery): Promise<void> {
  try {
    for (let i = 0; i < cells.length; i += CELLS_PER_INSERT) {
      const chunk = cells.slice(i, i + CELLS_PER_INSERT).map((c) => toCellRow(deliveryId, c));
      await trx.insertInto('delivery_cells').values(chunk).execute();
    }
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateCellError(d.indicator, d.period, { cause: error });
    throw error;
  }
}
