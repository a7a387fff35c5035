/**
 * A persistent cache of StatBank responses, keyed by table and request, so that the dashboard does
 * not depend on Statistics Denmark answering and repeated requests cost nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

/** One cached StatBank response. */
export interface StatbankCacheEntry {
  tableId: string;
  /** Hash of the normalised request (table, variables, selection). */
  requestHash: string;
  /** The table's own `updated` stamp as StatBank reports it. */
  updated: string;
  fetchedAt: string;
  body: string;
}

/** See `Store.getStatbankCache`. */
export async function getStatbankCache(db: Kysely<Database>, tableId: string, requestHash: string): Promise<StatbankCacheEntry | undefined> {
  const row = await db.selectFrom('statbank_cache').selectAll().where('table_id', '=', tableId).where('request_hash', '=', requestHash).executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    tableId: row.table_id,
    requestHash: row.request_hash,
    updated: row.updated,
    fetchedAt: row.fetched_at,
    body: row.body,
  };
}

/** See `Store.putStatbankCache`: inserts or replaces the entry. */
export async function putStatbankCache(db: Kysely<Database>, e: StatbankCacheEntry): Promise<void> {
  await db
    .insertInto('statbank_cache')
    .values({ table_id: e.tableId, request_hash: e.requestHash, updated: e.updated, fetched_at: e.fetchedAt, body: e.body })
    .onConflict((oc) => oc.columns(['table_id', 'request_hash']).doUpdateSet({ updated: e.updated, fetched_at: e.fetchedAt, body: e.body }))
    .execute();
}
