/**
 * Context series (StatBank figures) in the store: replaced per municipality × table in one
 * transaction with an audit entry (which also moves the dashboard's change counter), and read back
 * in a stable order. Input is checked with zod so that both databases refuse the same rows.
 */
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { CONTEXT_GROUPS } from '../origin/types.ts';
import { insertAudit } from './audit.ts';
import { CONTEXT_SCOPES, CONTEXT_UNITS, type ContextFilter, type ContextRow, type SaveContextInput } from '../cells/context-row.ts';
import { type ContextSeriesTable, type Database, fromDbBool, toDbBool } from './database.ts';
import { inTransaction, type StoreContext } from './store-context.ts';

const text = () => z.string().refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');

const rowSchema = z.strictObject({
  tableId: text().min(1),
  updated: text().min(1),
  fetchedAt: text().min(1),
  municipality: text().min(1),
  scope: z.enum(CONTEXT_SCOPES),
  series: text().min(1),
  breakdown: text(),
  period: text().min(1),
  group: z.enum(CONTEXT_GROUPS),
  category: text(),
  label: text(),
  value: z.number().refine(Number.isFinite, 'must be finite').nullable(),
  unit: z.enum(CONTEXT_UNITS),
  suppressed: z.boolean(),
  source: text(),
});

const inputSchema = z
  .strictObject({
    municipality: text().min(1),
    tableIds: z.array(text().min(1)),
    rows: z.array(rowSchema),
    actor: text().min(1),
  })
  .superRefine((input, ctx) => {
    input.rows.forEach((row, i) => {
      if (row.municipality !== input.municipality)
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'municipality'], message: 'must be the municipality saved' });
      if (!input.tableIds.includes(row.tableId)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'tableId'], message: 'must be one of tableIds' });
      if (row.suppressed && row.value !== null) ctx.addIssue({ code: 'custom', path: ['rows', i, 'value'], message: 'a suppressed row has no value' });
    });
  });

function toContextRow(row: Selectable<ContextSeriesTable>): ContextRow {
  return {
    tableId: row.table_id,
    updated: row.updated,
    fetchedAt: row.fetched_at,
    municipality: row.municipality,
    scope: row.scope as ContextRow['scope'],
    series: row.series,
    breakdown: row.breakdown,
    period: row.period,
    group: row.grp as ContextRow['group'],
    category: row.category,
    label: row.label,
    value: row.value,
    unit: row.unit as ContextRow['unit'],
    suppressed: fromDbBool(row.suppressed),
    source: row.source,
  };
}

function toDbRow(r: ContextRow) {
  return {
    table_id: r.tableId,
    updated: r.updated,
    fetched_at: r.fetchedAt,
    municipality: r.municipality,
    scope: r.scope,
    series: r.series,
    breakdown: r.breakdown,
    period: r.period,
    grp: r.group,
    category: r.category,
    label: r.label,
    value: r.value,
    unit: r.unit,
    suppressed: toDbBool(r.suppressed),
    source: r.source,
  };
}

/** Rows per INSERT statement (SQLite allows 32,766 parameters; 15 columns per row). */
const BATCH = 500;

/** See `Store.saveContext`. */
export async function saveContext(ctx: StoreContext, input: SaveContextInput): Promise<number> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw new TypeError(`invalid context series for the store:\n${z.prettifyError(parsed.error)}`);
  const { municipality, tableIds, rows, actor } = parsed.data;
  if (tableIds.length === 0) return 0;
  return inTransaction(ctx, async (trx) => {
    await trx.deleteFrom('context_series').where('municipality', '=', municipality).where('table_id', 'in', tableIds).execute();
    for (let i = 0; i < rows.length; i += BATCH) {
      await trx
        .insertInto('context_series')
        .values(rows.slice(i, i + BATCH).map(toDbRow))
        .execute();
    }
    const tables = tableIds.map((tableId) => ({
      tableId,
      updated: rows.find((r) => r.tableId === tableId)?.updated ?? null,
      rows: rows.filter((r) => r.tableId === tableId).length,
    }));
    await insertAudit(trx, { actor, action: 'statbank.fetch', objectType: 'context', objectId: municipality, details: { tables } }, ctx.now);
    return rows.length;
  });
}

/** See `Store.listContext`: ordered by municipality, table, scope, series, breakdown, period, group, category. */
export async function listContext(db: Kysely<Database>, filter: ContextFilter = {}): Promise<ContextRow[]> {
  const { municipality, tableIds } = filter;
  if (tableIds !== undefined && tableIds.length === 0) return [];
  const rows = await db
    .selectFrom('context_series')
    .selectAll()
    .$if(municipality !== undefined, (q) => q.where('municipality', '=', municipality as string))
    .$if(tableIds !== undefined, (q) => q.where('table_id', 'in', tableIds as string[]))
    .execute();
  return rows.map(toContextRow).sort(compareContextRows);
}

const KEY: readonly (keyof ContextRow)[] = ['municipality', 'tableId', 'scope', 'series', 'breakdown', 'period', 'group', 'category'];

/** Code-point order over the primary key: the same on both databases whatever their collation. */
export function compareContextRows(a: ContextRow, b: ContextRow): number {
  for (const key of KEY) {
    const x = String(a[key]);
    const y = String(b[key]);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
