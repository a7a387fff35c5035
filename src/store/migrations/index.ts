/**
 * The migrations, listed in code (no directory globbing, so bundlers and `tsx` see the same set).
 * Add a new file `NNNN-name.ts` and one line below; never edit a migration that has shipped.
 */
import type { Migration, MigrationProvider } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { initialMigration } from './0001-initial.ts';
import { contextMigration } from './0002-context.ts';
import { roundsMigration } from './0003-rounds.ts';
import { hardeningMigration } from './0004-hardening.ts';
import { municipalityMigration } from './0005-municipality.ts';
import { targetsMigration } from './0006-targets.ts';
import { comparisonMigration } from './0007-comparison.ts';
import { settingsMigration } from './0008-settings.ts';
import { DEMO_MUNICIPALITY } from '../../municipalities/index.ts';

/** What the migrations need from the configuration. */
export interface MigrationOptions {
  /** The code that cells stored before the municipality dimension get (the configured own municipality). */
  ownMunicipality?: string;
  /** Clock for the migrations' audit entries. */
  now?: () => string;
}

/** Every migration by name; names sort in the order they must run. */
export function migrations(dialect: DialectName, options: MigrationOptions = {}): Record<string, Migration> {
  const own = options.ownMunicipality ?? DEMO_MUNICIPALITY.code;
  const now = options.now ?? (() => new Date().toISOString());
  return {
    '0001_initial': initialMigration(dialect),
    '0002_context': contextMigration(dialect),
    '0003_rounds': roundsMigration(dialect),
    '0004_hardening': hardeningMigration(dialect),
    '0005_municipality': municipalityMigration(dialect, own, now),
    '0006_targets': targetsMigration(dialect),
    '0007_comparison': comparisonMigration(dialect),
    '0008_settings': settingsMigration(dialect),
  };
}

/** A Kysely `MigrationProvider` over `migrations(dialect)`. */
export function migrationProvider(dialect: DialectName, options: MigrationOptions = {}): MigrationProvider {
  return { getMigrations: async () => migrations(dialect, options) };
}
