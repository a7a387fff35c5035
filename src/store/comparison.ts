/**
 * Imported comparison figures: each import is a new version of its source's set, written with its
 * figures and an audit entry in one transaction. Readers see the latest set of every source.
 */
import type { Kysely, Selectable } from 'kysely';
import { insertAudit } from './audit.ts';
import type { ComparisonFigure, ComparisonSet, ComparisonSetMeta, SaveComparisonResult, StoredComparisonFigure } from './comparison-types.ts';
import { type ComparisonSetsTable, type Database, fromDbBool, toDbBool } from './database.ts';
import { inTransaction, type StoreContext } from './store-context.ts';
import type { DeliveryGroup } from '../origin/types.ts';

function toSet(row: Selectable<ComparisonSetsTable>): ComparisonSet {
  return {
    id: row.id,
    source: row.source,
    version: row.version,
    fileName: row.file_name,
    fileHash: row.file_hash,
    definitionsHash: row.definitions_hash,
    productVersion: row.product_version,
    exportedAt: row.exported_at,
    synthetic: fromDbBool(row.synthetic),
    importedAt: row.imported_at,
    importedBy: row.imported_by,
    figureCount: row.figure_count,
  };
}

/** Rows per insert statement: well under SQLite's and PostgreSQL's parameter limits. */
const BATCH = 500;

/** Stores a set as its source's next version, audited; the same file as the latest version writes nothing. */
export function saveComparisonSet(
  ctx: StoreContext,
  meta: ComparisonSetMeta,
  figures: readonly ComparisonFigure[],
  actor: string,
  actorNote?: string,
): Promise<SaveComparisonResult> {
  return inTransaction(ctx, async (trx) => {
    const before = await trx.selectFrom('comparison_sets').selectAll().where('source', '=', meta.source).orderBy('version', 'desc').limit(1).executeTakeFirst();
    if (before !== undefined && before.file_hash === meta.fileHash) return { set: toSet(before), outcome: 'unchanged' };
    const row = await trx
      .insertInto('comparison_sets')
      .values({
        source: meta.source,
        version: (before?.version ?? 0) + 1,
        file_name: meta.fileName,
        file_hash: meta.fileHash,
        definitions_hash: meta.definitionsHash,
        product_version: meta.productVersion,
        exported_at: meta.exportedAt,
        synthetic: toDbBool(meta.synthetic),
        imported_at: ctx.now(),
        imported_by: actor,
        figure_count: figures.length,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    for (let i = 0; i < figures.length; i += BATCH) {
      await trx
        .insertInto('comparison_figures')
        .values(
          figures.slice(i, i + BATCH).map((f) => ({
            set_id: row.id,
            municipality: f.municipality,
            indicator: f.indicator,
            period: f.period,
            grp: f.group,
            breakdown: f.breakdown,
            // A suppressed figure is stored without numbers, whatever the file said.
            value: f.suppressed ? null : f.value,
            ci_low: f.suppressed ? null : f.ciLow,
            ci_high: f.suppressed ? null : f.ciHigh,
            n: f.suppressed ? null : f.n,
            gap: f.suppressed ? null : f.gap,
            suppressed: toDbBool(f.suppressed),
          })),
        )
        .execute();
    }
    const set = toSet(row);
    await insertAudit(
      trx,
      {
        actor,
        action: 'comparison.import',
        objectType: 'comparison_set',
        objectId: String(set.id),
        details: {
          source: set.source,
          version: set.version,
          file: set.fileName,
          fileHash: set.fileHash,
          definitionsHash: set.definitionsHash,
          productVersion: set.productVersion,
          exportedAt: set.exportedAt,
          synthetic: set.synthetic,
          figures: set.figureCount,
          ...(actorNote ? { actorNote } : {}),
        },
      },
      ctx.now,
    );
    return { set, outcome: 'created' };
  });
}

/** Every stored set, oldest first. */
export async function comparisonSets(db: Kysely<Database>): Promise<ComparisonSet[]> {
  const rows = await db.selectFrom('comparison_sets').selectAll().orderBy('id').execute();
  return rows.map(toSet);
}

/** The figures of the latest set of every source (of one indicator, or all), in a stable order. */
export async function listComparisonFigures(db: Kysely<Database>, indicator?: string): Promise<StoredComparisonFigure[]> {
  const sets = await comparisonSets(db);
  const latest = new Map<string, ComparisonSet>();
  for (const s of sets) latest.set(s.source, s);
  const ids = [...latest.values()].map((s) => s.id);
  if (ids.length === 0) return [];
  let query = db.selectFrom('comparison_figures').selectAll().where('set_id', 'in', ids);
  if (indicator !== undefined) query = query.where('indicator', '=', indicator);
  const rows = await query.orderBy('set_id').orderBy('municipality').orderBy('indicator').orderBy('period').orderBy('grp').orderBy('breakdown').execute();
  const byId = new Map([...latest.values()].map((s) => [s.id, s]));
  return rows.map((r) => ({
    setId: r.set_id,
    source: byId.get(r.set_id)?.source ?? '',
    synthetic: byId.get(r.set_id)?.synthetic ?? false,
    municipality: r.municipality,
    indicator: r.indicator,
    period: r.period,
    group: r.grp as DeliveryGroup,
    breakdown: r.breakdown,
    value: r.value,
    ciLow: r.ci_low,
    ciHigh: r.ci_high,
    n: r.n,
    gap: r.gap,
    suppressed: fromDbBool(r.suppressed),
  }));
}
