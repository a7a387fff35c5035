/**
 * The state of a delivery round: which indicators are expected (every active, owned indicator whose
 * period type the round names), how far each has come — expected → delivered → approved →
 * published, or returned — and what is overdue. The coordinator sees every department; a steward
 * sees only their own departments' indicators.
 */
import { type Actor, maySeeUnpublished } from '../auth/index.ts';
import type { Catalogue, Indicator } from '../catalogue/index.ts';
import type { Round, Store } from '../store/index.ts';
import type { DeliveryMeta, DeliveryStatus } from '../cells/index.ts';

/** Where one expected indicator stands in the round. */
export type ItemState = 'expected' | DeliveryStatus;

export const ITEM_STATES: readonly ItemState[] = ['expected', 'delivered', 'returned', 'approved', 'published'];

export interface RoundItem {
  indicator: Indicator;
  period: string;
  state: ItemState;
  /** The newest version, if any. */
  latest: DeliveryMeta | undefined;
  /** Still expected or returned after the deadline. */
  overdue: boolean;
}

export interface DepartmentStatus {
  department: string;
  items: RoundItem[];
  overdue: number;
  /** True when every item is published. */
  done: boolean;
}

export interface RoundOverview {
  round: Round;
  open: boolean;
  deadlinePassed: boolean;
  items: RoundItem[];
  departments: DepartmentStatus[];
}

/** Today's date in Copenhagen, `YYYY-MM-DD`. */
export function copenhagenDate(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/** The indicators a round expects, with the period due for each (no actor filter). */
export function expectedIndicators(catalogue: Catalogue, round: Round): { indicator: Indicator; period: string }[] {
  return catalogue.indicators.flatMap((indicator) => {
    const period = round.periods[indicator.period_type];
    if (indicator.status !== 'active' || indicator.owners.length === 0 || period === undefined) return [];
    return [{ indicator, period }];
  });
}

/**
 * The round as `actor` may see it, on `today` (`YYYY-MM-DD`).
 * @example const o = await roundOverview({ store, catalogue }, round, coordinator, '2026-03-02'); o.departments[0].overdue
 */
export async function roundOverview(deps: { store: Store; catalogue: Catalogue }, round: Round, actor: Actor, today: string): Promise<RoundOverview> {
  const deadlinePassed = today > round.deadline;
  const visible = expectedIndicators(deps.catalogue, round).filter(({ indicator }) => maySeeUnpublished(actor, indicator));
  const items = await Promise.all(
    visible.map(async ({ indicator, period }): Promise<RoundItem> => {
      const latest = (await deps.store.deliveryVersions(indicator.id, period)).at(-1);
      const state: ItemState = latest?.status ?? 'expected';
      return { indicator, period, state, latest, overdue: deadlinePassed && (state === 'expected' || state === 'returned') };
    }),
  );
  const names = [...new Set(items.flatMap((i) => i.indicator.owners))]
    .filter((d) => actor.role === 'coordinator' || actor.departments.includes(d))
    .sort((a, b) => a.localeCompare(b, 'da'));
  const departments = names.map((department) => {
    const own = items.filter((i) => i.indicator.owners.includes(department));
    return {
      department,
      items: own,
      overdue: own.filter((i) => i.overdue).length,
      done: own.every((i) => i.state === 'published'),
    };
  });
  return { round, open: round.closedAt === null, deadlinePassed, items, departments };
}
