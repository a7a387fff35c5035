/**
 * Context series from Statistics Denmark (`context_series`): public figures stored beside the
 * municipality's own deliveries so that the dashboard can show them without asking StatBank. The
 * rows of a table are replaced as a whole when StatBank updates it, so this table (unlike the
 * deliveries) may be updated and deleted; every replacement is audited (`statbank.fetch`).
 */
import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely';
import { CONTEXT_GROUPS } from '../../origin/types.ts';
import { CONTEXT_SCOPES, CONTEXT_UNITS } from '../../cells/context-row.ts';
import { columnTypes, type DialectName } from '../dialect.ts';

type Builder = CreateTableBuilder<string, string>;

function inList(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

/** Builds the context migration for one dialect. */
export function contextMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  const strict = (b: Builder): Builder => (dialect === 'sqlite' ? b.modifyEnd(sql`strict`) : b);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      let table = db.schema
        .createTable('context_series')
        .addColumn('table_id', 'text', (c) => c.notNull())
        .addColumn('updated', 'text', (c) => c.notNull())
        .addColumn('fetched_at', 'text', (c) => c.notNull())
        .addColumn('municipality', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull().check(inList('scope', CONTEXT_SCOPES)))
        .addColumn('series', 'text', (c) => c.notNull())
        .addColumn('breakdown', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('grp', 'text', (c) => c.notNull().check(inList('grp', CONTEXT_GROUPS)))
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('value', t.real)
        .addColumn('unit', 'text', (c) => c.notNull().check(inList('unit', CONTEXT_UNITS)))
        .addColumn('suppressed', t.bool, (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('context_series_pk', ['municipality', 'table_id', 'scope', 'series', 'breakdown', 'period', 'grp', 'category']);
      if (dialect === 'sqlite') table = table.addCheckConstraint('suppressed_is_bool', sql`suppressed in (0, 1)`);
      await strict(table).execute();
    },
  };
}
