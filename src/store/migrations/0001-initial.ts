/**
 * The first schema: versioned deliveries and their cells, the append-only audit log, users, sessions
 * and the StatBank cache. SQLite tables are STRICT so that both databases reject a wrongly typed value.
 * Triggers make the audit log append-only and stored deliveries immutable except for their status.
 */
import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely';
import { DELIVERY_GROUPS, DEFINITIONS } from '../../origin/types.ts';
import { DELIVERY_STATUSES } from '../../cells/delivery.ts';
import { columnTypes, type DialectName } from '../dialect.ts';
import { forbidChanges } from './forbid-changes.ts';

type Builder = CreateTableBuilder<string, string>;

function inList(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

/** Builds the initial migration for one dialect. */
export function initialMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  const strict = (b: Builder): Builder => (dialect === 'sqlite' ? b.modifyEnd(sql`strict`) : b);
  const id = (b: Builder): Builder =>
    b.addColumn('id', 'integer', (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity()));
  const boolCheck = (b: Builder, column: string): Builder =>
    dialect === 'sqlite' ? b.addCheckConstraint(`${column}_is_bool`, sql`${sql.ref(column)} in (0, 1)`) : b;

  return {
    async up(db: Kysely<unknown>): Promise<void> {
      let deliveries = id(db.schema.createTable('deliveries'))
        .addColumn('indicator', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('file_hash', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull().check(inList('definition', DEFINITIONS)))
        .addColumn('third_generation', t.bool, (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(inList('status', DELIVERY_STATUSES)))
        .addColumn('status_comment', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('cell_count', 'integer', (c) => c.notNull().check(sql`cell_count >= 0`))
        .addUniqueConstraint('deliveries_indicator_period_version', ['indicator', 'period', 'version']);
      deliveries = boolCheck(deliveries, 'third_generation');
      await strict(deliveries).execute();

      let cells = db.schema
        .createTable('delivery_cells')
        .addColumn('delivery_id', 'integer', (c) => c.notNull().references('deliveries.id'))
        .addColumn('grp', 'text', (c) => c.notNull().check(inList('grp', DELIVERY_GROUPS)))
        .addColumn('breakdown', 'text', (c) => c.notNull())
        .addColumn('numerator', 'integer')
        .addColumn('denominator', 'integer')
        .addColumn('value', t.real)
        .addColumn('sd', t.real)
        .addColumn('n', 'integer')
        .addColumn('suppressed', t.bool, (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addPrimaryKeyConstraint('delivery_cells_pk', ['delivery_id', 'grp', 'breakdown']);
      cells = boolCheck(cells, 'suppressed');
      await strict(cells).execute();

      await strict(
        id(db.schema.createTable('audit_log'))
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('object_type', 'text', (c) => c.notNull())
          .addColumn('object_id', 'text', (c) => c.notNull())
          .addColumn('details', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('audit_log_object').on('audit_log').columns(['object_type', 'object_id']).execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

      await strict(
        boolCheck(
          id(db.schema.createTable('users'))
            .addColumn('username', 'text', (c) => c.notNull().unique())
            .addColumn('display_name', 'text', (c) => c.notNull())
            .addColumn('password_hash', 'text', (c) => c.notNull())
            .addColumn('role', 'text', (c) => c.notNull())
            .addColumn('departments', 'text', (c) => c.notNull().defaultTo('[]'))
            .addColumn('disabled', t.bool, (c) => c.notNull())
            .addColumn('created_at', 'text', (c) => c.notNull()),
          'disabled',
        ),
      ).execute();

      await strict(
        db.schema
          .createTable('sessions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('csrf_token', 'text', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

      await strict(
        db.schema
          .createTable('statbank_cache')
          .addColumn('table_id', 'text', (c) => c.notNull())
          .addColumn('request_hash', 'text', (c) => c.notNull())
          .addColumn('updated', 'text', (c) => c.notNull())
          .addColumn('fetched_at', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('statbank_cache_pk', ['table_id', 'request_hash']),
      ).execute();

      await forbidChanges(db, dialect, 'audit_log', { update: 'all', delete: true });
      await forbidChanges(db, dialect, 'delivery_cells', { update: 'all', delete: true });
      await forbidChanges(db, dialect, 'deliveries', {
        update: [
          'id',
          'indicator',
          'period',
          'version',
          'file_name',
          'file_hash',
          'source',
          'definition',
          'third_generation',
          'created_at',
          'created_by',
          'cell_count',
        ],
        delete: true,
      });
    },
  };
}
