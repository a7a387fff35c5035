/**
 * Delivery rounds: per round the period due for each period type (JSON text), the deadline, who
 * opened it and when, and when it was closed. Rounds are never deleted, and only their closing may
 * change, so the database refuses every other change.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { forbidChanges } from './forbid-changes.ts';

/** Builds the rounds migration for one dialect. */
export function roundsMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      let rounds = db.schema
        .createTable('rounds')
        .addColumn('id', 'integer', (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity()))
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('periods', 'text', (c) => c.notNull())
        .addColumn('deadline', 'text', (c) => c.notNull())
        .addColumn('opened_by', 'text', (c) => c.notNull())
        .addColumn('opened_at', 'text', (c) => c.notNull())
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text');
      if (dialect === 'sqlite') rounds = rounds.modifyEnd(sql`strict`);
      await rounds.execute();
      await forbidChanges(db, dialect, 'rounds', {
        update: ['id', 'name', 'periods', 'deadline', 'opened_by', 'opened_at'],
        delete: true,
      });
    },
  };
}
