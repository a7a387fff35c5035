/**
 * The one way to get a `Store`: SQLite under the data directory by default, PostgreSQL when a
 * `postgres://` URL is given. Migrations run on every open, so a fresh directory or an empty
 * database is ready to use at once.
 */
import { migrateToLatest } from './migrate.ts';
import { isPostgresUrl, openPostgres } from './postgres-connection.ts';
import { openSqlite } from './sqlite-connection.ts';
import type { Store } from './store.ts';
import type { StoreContext } from './store-context.ts';
import { storeOver } from './store-over.ts';
import { isDiskFull, noSpaceLeftIn, StoreFullError, withDiskFullErrors } from './errors.ts';

export interface StoreOptions {
  /** Directory of the SQLite file `indikator.sqlite` (created on first use). */
  dataDir: string;
  /** A `postgres://` or `postgresql://` URL selects PostgreSQL; unset or '' selects SQLite. */
  databaseUrl?: string | undefined;
  /** Clock for timestamps (tests pass a fixed one); defaults to the system clock. */
  now?: () => Date;
  /**
   * The own municipality's three-digit code (`INDIKATOR_MUNICIPALITY_CODE`): cells stored before
   * the municipality dimension existed are migrated to it. Defaults to the demo's `999`.
   */
  ownMunicipality?: string;
}

/**
 * Opens (and migrates) the store.
 * @example const store = await openStore({ dataDir: './data', databaseUrl: config.databaseUrl });
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const url = options.databaseUrl === '' ? undefined : options.databaseUrl;
  if (url !== undefined && !isPostgresUrl(url)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql:// (unset it to use SQLite)');
  }
  const clock = options.now ?? (() => new Date());
  const now = () => clock().toISOString();
  const noSpaceLeft = isPostgresUrl(url) ? undefined : () => noSpaceLeftIn(options.dataDir);
  let ctx: StoreContext;
  try {
    ctx = isPostgresUrl(url) ? { db: openPostgres(url), dialect: 'postgres', now } : { db: openSqlite(options.dataDir).db, dialect: 'sqlite', now };
  } catch (error) {
    throw isDiskFull(error, noSpaceLeft) ? new StoreFullError({ cause: error }) : error;
  }
  try {
    await migrateToLatest(ctx.db, ctx.dialect, { now, ...(options.ownMunicipality ? { ownMunicipality: options.ownMunicipality } : {}) });
  } catch (error) {
    await ctx.db.destroy();
    throw isDiskFull(error, noSpaceLeft) ? new StoreFullError({ cause: error }) : error;
  }
  return withDiskFullErrors(storeOver(ctx), noSpaceLeft);
}
