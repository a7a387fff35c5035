/**
 * Targets the council sets for an indicator. Every change is a new version row (a removal is a
 * version with action `remove`), so the history of targets is kept whole; the database refuses
 * every update and delete.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.ts';
import { forbidChanges } from './forbid-changes.ts';

/** Builds the targets migration for one dialect. */
export function targetsMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      let targets = db.schema
        .createTable('targets')
        .addColumn('id', 'integer', (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity()))
        .addColumn('indicator', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
        .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('set', 'remove')`))
        .addColumn('measure', 'text', (c) => c.check(sql`measure in ('level', 'gap')`))
        .addColumn('grp', 'text', (c) => c.check(sql`grp in ('target')`))
        .addColumn('value', t.real)
        .addColumn('target_year', 'integer')
        .addColumn('baseline', 'text')
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addUniqueConstraint('targets_indicator_version', ['indicator', 'version']);
      if (dialect === 'sqlite') targets = targets.modifyEnd(sql`strict`);
      await targets.execute();
      await forbidChanges(db, dialect, 'targets', { update: 'all', delete: true });
    },
  };
}
