/**
 * What every store operation needs: the Kysely instance, which database it is, and a clock
 * (injectable so that tests get deterministic timestamps).
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import type { DialectName } from './dialect.ts';

export interface StoreContext {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Current time as ISO-8601 UTC text. */
  now: () => string;
}

/**
 * Runs `fn` in one transaction: committed if it resolves, rolled back if it throws. On SQLite the
 * transaction begins IMMEDIATE (holds the write lock from the start).
 */
export function inTransaction<T>(ctx: StoreContext, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(fn);
}

/**
 * Serialises writers of the same indicator × period on PostgreSQL with transaction-scoped advisory
 * locks (taken in sorted order, so two multi-delivery imports cannot deadlock). SQLite needs nothing:
 * BEGIN IMMEDIATE already admits one writer at a time.
 */
export async function lockKeys(trx: Kysely<Database>, dialect: DialectName, keys: readonly string[]): Promise<void> {
  if (dialect !== 'postgres') return;
  for (const key of [...new Set(keys)].sort()) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
  }
}
