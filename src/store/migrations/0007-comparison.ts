/**
 * Comparison figures (`comparison_sets`, `comparison_figures`): other municipalities' and the
 * country's published figures, imported from an exchange file. They are kept apart from the
 * deliveries' cells on purpose: compute never reads them, so an imported figure can never take part
 * in (or undo) a suppression decision. A suppressed figure is stored without any number — the
 * database refuses one that carries a number — and nothing here is ever updated or deleted.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.ts';
import { forbidChanges } from './forbid-changes.ts';

/** Builds the comparison migration for one dialect. */
export function comparisonMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      let sets = db.schema
        .createTable('comparison_sets')
        .addColumn('id', 'integer', (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity()))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('file_hash', 'text', (c) => c.notNull())
        .addColumn('definitions_hash', 'text', (c) => c.notNull())
        .addColumn('product_version', 'text', (c) => c.notNull())
        .addColumn('exported_at', 'text', (c) => c.notNull())
        .addColumn('synthetic', t.bool, (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addColumn('imported_by', 'text', (c) => c.notNull())
        .addColumn('figure_count', 'integer', (c) => c.notNull())
        .addUniqueConstraint('comparison_sets_source_version', ['source', 'version']);
      if (dialect === 'sqlite') sets = sets.modifyEnd(sql`strict`);
      await sets.execute();

      let figures = db.schema
        .createTable('comparison_figures')
        .addColumn('set_id', 'integer', (c) => c.notNull().references('comparison_sets.id'))
        .addColumn('municipality', 'text', (c) => c.notNull())
        .addColumn('indicator', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('grp', 'text', (c) => c.notNull())
        .addColumn('breakdown', 'text', (c) => c.notNull())
        .addColumn('value', t.real)
        .addColumn('ci_low', t.real)
        .addColumn('ci_high', t.real)
        .addColumn('n', 'integer')
        .addColumn('gap', t.real)
        .addColumn('suppressed', t.bool, (c) => c.notNull())
        .addPrimaryKeyConstraint('comparison_figures_pk', ['set_id', 'municipality', 'indicator', 'period', 'grp', 'breakdown'])
        .addCheckConstraint(
          'comparison_figures_suppressed_empty',
          sql`suppressed = ${sql.raw(dialect === 'sqlite' ? '0' : 'false')} or (value is null and ci_low is null and ci_high is null and n is null and gap is null)`,
        );
      if (dialect === 'sqlite') figures = figures.modifyEnd(sql`strict`);
      await figures.execute();
      await forbidChanges(db, dialect, 'comparison_sets', { update: 'all', delete: true });
      await forbidChanges(db, dialect, 'comparison_figures', { update: 'all', delete: true });
    },
  };
}
