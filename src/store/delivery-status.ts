/**
 * Moving a delivery version through its workflow (delivered → approved → published, or returned).
 * Which transitions are allowed, and who may make them, is the services' business; the store makes
 * the change and records it, with before and after, in the audit log — in one transaction.
 */
import { insertAudit } from './audit.ts';
import type { DeliveryMeta, DeliveryStatus } from '../cells/delivery.ts';
import { DeliveryNotFoundError } from './errors.ts';
import { toDeliveryMeta } from './rows.ts';
import { inTransaction, type StoreContext } from './store-context.ts';

/** See `Store.setDeliveryStatus`. */
export function setDeliveryStatus(ctx: StoreContext, id: number, status: DeliveryStatus, comment: string, actor: string): Promise<DeliveryMeta> {
  return inTransaction(ctx, async (trx) => {
    const before = await trx
      .selectFrom('deliveries')
      .selectAll()
      .where('id', '=', id)
      .$if(ctx.dialect === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst();
    if (before === undefined) throw new DeliveryNotFoundError(id);
    const after = await trx.updateTable('deliveries').set({ status, status_comment: comment }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await insertAudit(
      trx,
      {
        actor,
        action: 'delivery.status',
        objectType: 'delivery',
        objectId: String(id),
        details: {
          indicator: before.indicator,
          period: before.period,
          version: before.version,
          before: { status: before.status, comment: before.status_comment },
          after: { status, comment },
        },
      },
      ctx.now,
    );
    return toDeliveryMeta(after);
  });
}
