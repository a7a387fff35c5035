/**
 * The store's own export and import, for backup and restore on both databases (and from one to the
 * other). Every table but the sessions is read in one transaction — a consistent snapshot while
 * the product runs (repeatable read on PostgreSQL; on SQLite the transaction holds the write lock,
 * so writers wait until the export is done) — and handed out a batch at a time. Rows are made
 * dialect-neutral on the way out (booleans 0/1) and back on the way in. Restoring goes into an
 * empty store in one transaction, keeping every id, so the audit log and the delivery versions
 * are exactly what they were; PostgreSQL's id sequences are moved past the restored ids.
 * A table this module does not know (a new migration) makes the export fail rather than miss it.
 */
import { type Kysely, sql } from 'kysely';
import { UserError } from '../errors/user-error.ts';
import type { Database } from './database.ts';
import type { StoreContext } from './store-context.ts';

/** The tables a backup holds, in the order a restore inserts them (parents first). */
export const BACKUP_TABLES = [
  'users',
  'deliveries',
  'delivery_cells',
  'audit_log',
  'rounds',
  'targets',
  'statbank_cache',
  'context_series',
  'comparison_sets',
  'comparison_figures',
  'settings',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Tables deliberately left out: live session hashes (a restored store starts signed out), migration bookkeeping. */
const NOT_BACKED_UP = new Set(['sessions', 'kysely_migration', 'kysely_migration_lock']);

const BOOLEAN_COLUMNS: Readonly<Partial<Record<BackupTable, readonly string[]>>> = {
  users: ['disabled'],
  deliveries: ['third_generation'],
  delivery_cells: ['suppressed'],
  context_series: ['suppressed'],
  comparison_sets: ['synthetic'],
  comparison_figures: ['suppressed'],
};

/** Tables with a generated integer `id` (PostgreSQL's sequences must follow a restore). */
const ID_TABLES: readonly BackupTable[] = ['users', 'deliveries', 'audit_log', 'rounds', 'targets', 'comparison_sets', 'settings'];

const BATCH = 2_000;
const CONTEXT_KEY = ['municipality', 'table_id', 'scope', 'series', 'breakdown', 'period', 'grp', 'category'] as const;
/** Deliveries whose cells are read together (a delivery holds at most tens of thousands of cells). */
const DELIVERY_BATCH = 50;

export type BackupRow = Record<string, unknown>;

/** What `exportRows` tells about the snapshot. */
export interface BackupInfo {
  /** Applied migrations, oldest first. */
  migrations: string[];
}

/** Thrown when a restore is asked to overwrite data, or the backup does not fit this store (exit code 2, HTTP 409). */
export class RestoreRefusedError extends UserError {
  override name = 'RestoreRefusedError';
  constructor(messageDa: string, messageEn: string) {
    super(messageDa, messageEn, { httpStatus: 409 });
  }
}

/**
 * Reads every backed-up table in one transaction and calls `emit` with each batch of rows.
 * @example await exportRows(ctx, async (table, rows) => write(table, rows));
 */
export async function exportRows(ctx: StoreContext, emit: (table: BackupTable, rows: BackupRow[]) => Promise<void>): Promise<BackupInfo> {
  const trx = ctx.dialect === 'postgres' ? ctx.db.transaction().setIsolationLevel('repeatable read') : ctx.db.transaction();
  return trx.execute(async (db) => {
    await refuseUnknownTables(db, ctx.dialect);
    const neutral = (table: BackupTable, rows: BackupRow[]) => rows.map((r) => neutralRow(table, r));
    for (const table of ['users', 'deliveries', 'audit_log', 'rounds', 'targets', 'comparison_sets', 'settings'] as const) {
      for await (const rows of byId(db, table)) await emit(table, neutral(table, rows));
    }
    for await (const rows of cellsByDelivery(db)) await emit('delivery_cells', neutral('delivery_cells', rows));
    await emit('statbank_cache', await db.selectFrom('statbank_cache').selectAll().orderBy('table_id').orderBy('request_hash').execute());
    let context = db.selectFrom('context_series').selectAll();
    for (const column of CONTEXT_KEY) context = context.orderBy(column);
    const contextRows = await context.execute();
    await emit('context_series', neutral('context_series', contextRows));
    // After their sets (the foreign key); one set's figures at a time.
    for (const { id } of await db.selectFrom('comparison_sets').select('id').orderBy('id').execute()) {
      const figures = await db
        .selectFrom('comparison_figures')
        .selectAll()
        .where('set_id', '=', id)
        .orderBy('municipality')
        .orderBy('indicator')
        .orderBy('period')
        .orderBy('grp')
        .orderBy('breakdown')
        .execute();
      await emit('comparison_figures', neutral('comparison_figures', figures));
    }
    return { migrations: await appliedMigrations(db) };
  });
}

async function* byId(
  db: Kysely<Database>,
  table: 'users' | 'deliveries' | 'audit_log' | 'rounds' | 'targets' | 'comparison_sets' | 'settings',
): AsyncGenerator<BackupRow[]> {
  let after = 0;
  for (;;) {
    const rows: BackupRow[] = await db.selectFrom(table).selectAll().where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (rows.length === 0) return;
    yield rows;
    after = Number(rows[rows.length - 1]?.id);
  }
}

async function* cellsByDelivery(db: Kysely<Database>): AsyncGenerator<BackupRow[]> {
  let after = 0;
  for (;;) {
    const ids = (await db.selectFrom('deliveries').select('id').where('id', '>', after).orderBy('id').limit(DELIVERY_BATCH).execute()).map((r) => r.id);
    if (ids.length === 0) return;
    yield await db
      .selectFrom('delivery_cells')
      .selectAll()
      .where('delivery_id', 'in', ids)
      .orderBy('delivery_id')
      .orderBy('municipality')
      .orderBy('grp')
      .orderBy('breakdown')
      .execute();
    after = ids[ids.length - 1] as number;
  }
}

async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const result = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return result.rows.map((r) => r.name);
}

async function refuseUnknownTables(db: Kysely<Database>, dialect: StoreContext['dialect']): Promise<void> {
  const result =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`.execute(db)
      : await sql<{
          name: string;
        }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(db);
  const known = new Set<string>([...BACKUP_TABLES, ...NOT_BACKED_UP]);
  const unknown = result.rows.map((r) => r.name).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`the backup does not know the table(s) ${unknown.join(', ')}: add them to BACKUP_TABLES in src/store/backup.ts`);
}

function neutralRow(table: BackupTable, row: BackupRow): BackupRow {
  const booleans = BOOLEAN_COLUMNS[table];
  if (booleans === undefined) return row;
  const out = { ...row };
  for (const column of booleans) out[column] = out[column] === true || out[column] === 1 ? 1 : 0;
  return out;
}

function dialectRow(table: BackupTable, row: BackupRow, dialect: StoreContext['dialect']): BackupRow {
  const booleans = BOOLEAN_COLUMNS[table];
  if (booleans === undefined || dialect === 'sqlite') return row;
  const out = { ...row };
  for (const column of booleans) out[column] = out[column] === 1 || out[column] === true;
  return out;
}

/**
 * Inserts `batches` into this store, which must be empty and have applied at least the backup's
 * migrations, in one transaction: all rows or none.
 */
export async function importRows(
  ctx: StoreContext,
  info: BackupInfo,
  batches: AsyncIterable<{ table: BackupTable; rows: BackupRow[] }>,
): Promise<Record<BackupTable, number>> {
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as Record<BackupTable, number>;
  await ctx.db.transaction().execute(async (db) => {
    await refuseUnfit(db, info);
    for await (const { table, rows } of batches) {
      for (let i = 0; i < rows.length; i += 500) {
        const part = rows.slice(i, i + 500).map((r) => dialectRow(table, r, ctx.dialect));
        // Rows come from a backup of this same schema; the table name is one of BACKUP_TABLES.
        if (part.length > 0)
          await db
            .insertInto(table as never)
            .values(part as never)
            .execute();
      }
      counts[table] += rows.length;
    }
    if (ctx.dialect === 'postgres') {
      for (const table of ID_TABLES) {
        await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), COALESCE((SELECT MAX(id) FROM ${sql.table(table)}), 0) + 1, false)`.execute(db);
      }
    }
  });
  return counts;
}

async function refuseUnfit(db: Kysely<Database>, info: BackupInfo): Promise<void> {
  for (const table of [...BACKUP_TABLES, 'sessions'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(row.n) > 0) {
      throw new RestoreRefusedError(
        `lageret er ikke tomt (tabellen ${table} har rækker); gendan i et nyt, tomt lager`,
        `the store is not empty (table ${table} has rows); restore into a new, empty store`,
      );
    }
  }
  const here = await appliedMigrations(db);
  const fits = info.migrations.length <= here.length && info.migrations.every((m, i) => here[i] === m);
  if (!fits) {
    throw new RestoreRefusedError(
      `sikkerhedskopien er fra en nyere eller anden udgave (${info.migrations.join(', ')}); opdatér programmet først`,
      `the backup comes from a newer or different version (${info.migrations.join(', ')}); update the program first`,
    );
  }
}
