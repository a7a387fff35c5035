/**
 * Brings a database to the newest schema with Kysely's `Migrator`. Runs on every open; a no-op when
 * the schema is current. On PostgreSQL the migrator's lock table keeps concurrent starters apart.
 */
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely';
import type { Database } from './database.ts';
import type { DialectName } from './dialect.ts';
import { type MigrationOptions, migrationProvider } from './migrations/index.ts';

/** Applies pending migrations; throws (naming the failed migration) if one fails. */
export async function migrateToLatest(db: Kysely<Database>, dialect: DialectName, options: MigrationOptions = {}): Promise<string[]> {
  // Migrations are independent of each other (new tables; 0005 only touches delivery_cells), so
  // one written later but numbered lower (work landed in parallel) is still applied to a store
  // that already has the higher ones.
  const migrator = new Migrator({ db, provider: migrationProvider(dialect, options), allowUnorderedMigrations: true });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`store migration ${failed ?? '(before any ran)'} failed: ${reason}`, { cause: error });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
