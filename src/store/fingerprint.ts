/**
 * A hash over every row of deliveries, cells and the audit log, and row counts. Tests use the
 * fingerprint to prove that a refused or failed operation left the store exactly as it was; an
 * operator can use it to compare a backup with its source.
 */
import { createHash, type Hash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import { compareCells, toCell, toDeliveryMeta } from './rows.ts';
import type { StoreContext } from './store-context.ts';
import type { StoreStats } from './store.ts';

/** Deliveries whose cells are read per query while hashing. */
const DELIVERIES_PER_PAGE = 50;

function update(hash: Hash, tag: string, value: unknown): void {
  hash.update(`${tag}\t${JSON.stringify(value)}\n`);
}

async function hashDeliveriesAndCells(db: Kysely<Database>, hash: Hash): Promise<void> {
  const deliveries = (await db.selectFrom('deliveries').selectAll().orderBy('id').execute()).map(toDeliveryMeta);
  for (let i = 0; i < deliveries.length; i += DELIVERIES_PER_PAGE) {
    const page = deliveries.slice(i, i + DELIVERIES_PER_PAGE);
    const rows = await db
      .selectFrom('delivery_cells')
      .selectAll()
      .where(
        'delivery_id',
        'in',
        page.map((d) => d.id),
      )
      .execute();
    for (const d of page) {
      update(hash, 'delivery', d);
      const cells = rows
        .filter((r) => r.delivery_id === d.id)
        .map(toCell)
        .sort(compareCells);
      for (const c of cells) update(hash, 'cell', c);
    }
  }
}

/** See `Store.fingerprint`: read in one (snapshot) transaction. */
export function fingerprint(ctx: StoreContext): Promise<string> {
  const transaction = ctx.dialect === 'postgres' ? ctx.db.transaction().setIsolationLevel('repeatable read') : ctx.db.transaction();
  return transaction.execute(async (trx) => {
    const hash = createHash('sha256');
    await hashDeliveriesAndCells(trx, hash);
    const audit = await trx.selectFrom('audit_log').selectAll().orderBy('id').execute();
    for (const a of audit) update(hash, 'audit', [a.id, a.at, a.actor, a.action, a.object_type, a.object_id, a.details]);
    return hash.digest('hex');
  });
}

/** See `Store.stats`. */
export async function stats(db: Kysely<Database>): Promise<StoreStats> {
  const count = async (table: 'deliveries' | 'delivery_cells' | 'audit_log') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return { deliveries: await count('deliveries'), cells: await count('delivery_cells'), audit: await count('audit_log') };
}

/**
 * The audit actions written in the same transaction as a change to what the figures are computed
 * from: deliveries, their statuses, the StatBank context, the catalogue, imported comparison
 * figures and settings (the peers a page compares with). Logins, checks and
 * exports are audited too, but change no figure — counting them would let anyone who can reach the
 * login form empty the figures' cache at will.
 */
export const FIGURE_ACTIONS = ['delivery.import', 'delivery.status', 'statbank.fetch', 'catalogue.change', 'comparison.import', 'setting.set'] as const;

/**
 * See `Store.changeCounter`: the id of the newest audit entry among `FIGURE_ACTIONS`, so it grows
 * with every change to the figures and with nothing else. One index lookup per action.
 */
export async function changeCounter(db: Kysely<Database>): Promise<number> {
  const newest = FIGURE_ACTIONS.map((action) => sql`SELECT MAX(id) AS m FROM audit_log WHERE action = ${action}`);
  const result = await sql<{ latest: number | string | null }>`SELECT MAX(m) AS latest FROM (${sql.join(newest, sql` UNION ALL `)}) AS newest`.execute(db);
  return Number(result.rows[0]?.latest ?? 0);
}
