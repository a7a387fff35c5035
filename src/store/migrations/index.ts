/**
 * The migrations, listed in code (no directory globbing, so bundlers and `tsx` see the same set).
 * Add a new file `NNNN-name.ts` and one line below; never edit a migration that has shipped.
 */
import type { Migration, MigrationProvider } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { initialMigration } from './0001-initial.ts';
import { contextMigration } from './0002-context.ts';
import { roundsMigration } from './0003-rounds.ts';
import { targetsMigration } from './0006-targets.ts';

/** Every migration by name; names sort in the order they must run. */
export function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001_initial': initialMigration(dialect),
    '0002_context': contextMigration(dialect),
    '0003_rounds': roundsMigration(dialect),
    '0006_targets': targetsMigration(dialect),
  };
}

/** A Kysely `MigrationProvider` over `migrations(dialect)`. */
export function migrationProvider(dialect: DialectName): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}
