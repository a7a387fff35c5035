/**
 * Setting and removing targets: each change is a new version, written with its audit entry in one
 * transaction; nothing is ever overwritten (the table refuses updates and deletes).
 */
import type { Kysely, Selectable } from 'kysely';
import { insertAudit } from './audit.ts';
import type { JsonValue } from '../accounts/audit.ts';
import type { Database, TargetsTable } from './database.ts';
import { inTransaction, type StoreContext } from './store-context.ts';
import type { NewTarget, Target, TargetMeasure, TargetVersion } from '../cells/target.ts';

function toVersion(row: Selectable<TargetsTable>): TargetVersion {
  const target: NewTarget | null =
    row.action === 'set'
      ? {
          indicator: row.indicator,
          measure: row.measure as TargetMeasure,
          group: 'target',
          value: row.value ?? 0,
          year: row.target_year ?? 0,
          baseline: row.baseline,
          decision: row.decision,
        }
      : null;
  return { id: row.id, indicator: row.indicator, version: row.version, target, createdAt: row.created_at, createdBy: row.created_by };
}

function auditable(t: NewTarget | null): JsonValue {
  if (t === null) return null;
  return { measure: t.measure, group: t.group, value: t.value, year: t.year, baseline: t.baseline, decision: t.decision };
}

async function latest(db: Kysely<Database>, indicator: string): Promise<TargetVersion | undefined> {
  const row = await db.selectFrom('targets').selectAll().where('indicator', '=', indicator).orderBy('version', 'desc').limit(1).executeTakeFirst();
  return row === undefined ? undefined : toVersion(row);
}

/** Writes a new version (a target, or `null` to remove it), audited; unchanged input writes nothing. */
export function writeTarget(ctx: StoreContext, indicator: string, target: NewTarget | null, actor: string): Promise<TargetVersion | null> {
  return inTransaction(ctx, async (trx) => {
    const before = await latest(trx, indicator);
    const previous = before?.target ?? null;
    if (JSON.stringify(auditable(previous)) === JSON.stringify(auditable(target))) return null;
    const row = await trx
      .insertInto('targets')
      .values({
        indicator,
        version: (before?.version ?? 0) + 1,
        action: target === null ? 'remove' : 'set',
        measure: target?.measure ?? null,
        grp: target?.group ?? null,
        value: target?.value ?? null,
        target_year: target?.year ?? null,
        baseline: target?.baseline ?? null,
        decision: target?.decision ?? '',
        created_at: ctx.now(),
        created_by: actor,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const created = toVersion(row);
    await insertAudit(
      trx,
      {
        actor,
        action: target === null ? 'target.remove' : 'target.set',
        objectType: 'target',
        objectId: indicator,
        details: { version: created.version, before: auditable(previous), after: auditable(target) },
      },
      ctx.now,
    );
    return created;
  });
}

/** Every version, oldest first (of one indicator, or of all). */
export async function targetVersions(db: Kysely<Database>, indicator?: string): Promise<TargetVersion[]> {
  let query = db.selectFrom('targets').selectAll();
  if (indicator !== undefined) query = query.where('indicator', '=', indicator);
  const rows = await query.orderBy('indicator').orderBy('version').execute();
  return rows.map(toVersion);
}

/** The targets in force: per indicator its latest version, unless that is a removal. */
export async function currentTargets(db: Kysely<Database>): Promise<Target[]> {
  const latestByIndicator = new Map<string, TargetVersion>();
  for (const v of await targetVersions(db)) latestByIndicator.set(v.indicator, v);
  return [...latestByIndicator.values()].flatMap((v) =>
    v.target === null ? [] : [{ ...v.target, version: v.version, createdAt: v.createdAt, createdBy: v.createdBy }],
  );
}
