/**
 * Settings the coordinator chooses (`settings`), such as the municipalities to compare with. Every
 * change is a new version row, so the history is kept whole; the database refuses updates and deletes.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { forbidChanges } from './forbid-changes.ts';

/** Builds the settings migration for one dialect. */
export function settingsMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      let settings = db.schema
        .createTable('settings')
        .addColumn('id', 'integer', (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity()))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addUniqueConstraint('settings_name_version', ['name', 'version']);
      if (dialect === 'sqlite') settings = settings.modifyEnd(sql`strict`);
      await settings.execute();
      await forbidChanges(db, dialect, 'settings', { update: 'all', delete: true });
    },
  };
}
