/**
 * The municipality as a dimension of delivery cells: `delivery_cells.municipality`, Statistics
 * Denmark's three-digit kommunekode (`000` = the whole country), part of the cell's primary key so
 * that one delivery (indicator × period) can hold the cells of many municipalities.
 *
 * Every cell stored before this migration belonged to the one municipality the product knew: it
 * gets the configured own code (`INDIKATOR_MUNICIPALITY_CODE`, passed in), and the migration
 * writes one audit entry saying which code and how many cells. No value changes.
 *
 * Cells are append-only (triggers refuse UPDATE and DELETE), so the column is not filled by an
 * UPDATE: PostgreSQL adds it with a default (DDL, no row trigger fires) and swaps the primary key;
 * SQLite cannot change a primary key in place, so the table is rebuilt (copy, drop, rename — the
 * implicit delete of DROP TABLE fires no trigger) and its triggers are installed again.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.ts';
import { forbidChanges } from './forbid-changes.ts';

const CODE = /^[0-9]{3}$/;

/**
 * Builds the municipality migration for one dialect; `ownMunicipality` is the code existing cells
 * get, `now` stamps the audit entry.
 */
export function municipalityMigration(dialect: DialectName, ownMunicipality: string, now: () => string): Migration {
  if (!CODE.test(ownMunicipality)) throw new TypeError(`own municipality must be a three-digit kommunekode: "${ownMunicipality}"`);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const before = await countCells(db);
      if (dialect === 'postgres') await alterPostgres(db, ownMunicipality);
      else await rebuildSqlite(db, ownMunicipality);
      if (before > 0) await auditMigration(db, ownMunicipality, before, now());
    },
  };
}

async function countCells(db: Kysely<unknown>): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from delivery_cells`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

async function alterPostgres(db: Kysely<unknown>, own: string): Promise<void> {
  await sql`alter table delivery_cells add column municipality text not null default ${sql.lit(own)}`.execute(db);
  await sql`alter table delivery_cells alter column municipality drop default`.execute(db);
  await sql`alter table delivery_cells add constraint delivery_cells_municipality_code check (municipality ~ '^[0-9]{3}$')`.execute(db);
  await sql`alter table delivery_cells drop constraint delivery_cells_pk`.execute(db);
  await sql`alter table delivery_cells add constraint delivery_cells_pk primary key (delivery_id, municipality, grp, breakdown)`.execute(db);
}

async function rebuildSqlite(db: Kysely<unknown>, own: string): Promise<void> {
  const t = columnTypes('sqlite');
  let cells = db.schema
    .createTable('delivery_cells_0005')
    .addColumn('delivery_id', 'integer', (c) => c.notNull().references('deliveries.id'))
    .addColumn('municipality', 'text', (c) => c.notNull().check(sql`length(municipality) = 3 and municipality not glob '*[^0-9]*'`))
    .addColumn('grp', 'text', (c) => c.notNull().check(sql`grp in ('target', 'comparison', 'other', 'total')`))
    .addColumn('breakdown', 'text', (c) => c.notNull())
    .addColumn('numerator', 'integer')
    .addColumn('denominator', 'integer')
    .addColumn('value', t.real)
    .addColumn('sd', t.real)
    .addColumn('n', 'integer')
    .addColumn('suppressed', t.bool, (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('delivery_cells_pk', ['delivery_id', 'municipality', 'grp', 'breakdown'])
    .addCheckConstraint('suppressed_is_bool', sql`suppressed in (0, 1)`);
  cells = cells.modifyEnd(sql`strict`);
  await cells.execute();
  await sql`insert into delivery_cells_0005
              (delivery_id, municipality, grp, breakdown, numerator, denominator, value, sd, n, suppressed, note)
            select delivery_id, ${sql.lit(own)}, grp, breakdown, numerator, denominator, value, sd, n, suppressed, note
            from delivery_cells`.execute(db);
  await sql`drop table delivery_cells`.execute(db);
  await sql`alter table delivery_cells_0005 rename to delivery_cells`.execute(db);
  await forbidChanges(db, 'sqlite', 'delivery_cells', { update: 'all', delete: true });
}

async function auditMigration(db: Kysely<unknown>, own: string, cells: number, at: string): Promise<void> {
  const details = JSON.stringify({ municipality: own, cells });
  await sql`insert into audit_log (at, actor, action, object_type, object_id, details)
            values (${at}, 'system', 'store.migrate', 'store', '0005_municipality', ${details})`.execute(db);
}
