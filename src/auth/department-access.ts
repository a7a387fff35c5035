/**
 * The department rule behind every delivery: a user may deliver, and see unpublished figures of,
 * exactly the indicators whose catalogue owners include one of the user's departments. The
 * coordinator sees every department's deliveries (and delivers for the departments listed on the
 * coordinator's own account, e.g. Politisk Sekretariat); administrators and readers see no
 * unpublished figures at all.
 */
import type { Indicator } from '../catalogue/index.ts';
import type { UserRole } from '../accounts/index.ts';

/** Who is acting: enough of a user to decide what they may touch. */
export interface Actor {
  username: string;
  role: UserRole;
  departments: readonly string[];
}

/** True when one of the indicator's owners is one of the actor's departments. */
export function ownsIndicator(actor: Actor, indicator: Indicator): boolean {
  return indicator.owners.some((owner) => actor.departments.includes(owner));
}

/** May the actor upload deliveries for this indicator? Stewards and coordinators, own departments only. */
export function mayDeliver(actor: Actor, indicator: Indicator): boolean {
  return (actor.role === 'steward' || actor.role === 'coordinator') && ownsIndicator(actor, indicator);
}

/** May the actor see this indicator's unpublished deliveries (cells, status, comments)? */
export function maySeeUnpublished(actor: Actor, indicator: Indicator): boolean {
  if (actor.role === 'coordinator') return true;
  return actor.role === 'steward' && ownsIndicator(actor, indicator);
}
