/**
 * Connects to PostgreSQL through a `pg` pool. Used when `DATABASE_URL` (or the `databaseUrl`
 * option) is a `postgres://` or `postgresql://` URL: the multi-user, many-process installation.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';

/** True for URLs the store should open with PostgreSQL. */
export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

/** A Kysely over a new pool for `url`. */
export function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
