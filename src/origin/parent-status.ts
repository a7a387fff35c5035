/**
 * A parent's register status, and what the origin rules may make of a parent an extract describes.
 *
 * Statistics Denmark's one-parent branch ("with one parent known, that parent alone decides")
 * applies only to a parent *unknown in the register* — no mother or father registered in CPR. A
 * parent who is registered but simply not in a municipality's extract (a Danish father living
 * elsewhere) is known to Statistics Denmark, so his facts still count: treating him as unknown
 * would make his child a descendant of the other parent's country. The extract therefore says,
 * per parent, which of the two it is (docs/origin.md §1a):
 *
 * - `unknown` — unknown in the register: the parent is unknown, and the extract must give nothing
 *   about him or her (no id, no facts).
 * - `known` — registered: the parent's facts come from his or her own row of the extract (through
 *   the id) or from the parent columns, which must then hold a birth country or a citizenship.
 * - no status (an older extract, or an empty cell): as before the status existed — a parent
 *   without facts is taken as unknown — but the caller counts and reports such persons, because
 *   the extract cannot tell an unregistered parent from one who was left out.
 */
import type { ParentFacts } from './facts.ts';
import { isParentKnown } from './parent-rules.ts';

export const PARENT_STATUSES = ['unknown', 'known'] as const;
/** A parent's status in the register: unknown there, or registered (known). */
export type ParentStatus = (typeof PARENT_STATUSES)[number];

/** Why a parent's status and the extract's facts about the parent cannot both be true. */
export type ParentStatusProblem =
  /** Status `unknown`, yet the extract names the parent (an id) or gives facts. */
  | 'unknown_parent_with_facts'
  /** Status `known`, yet neither the parent's row nor the parent columns give a birth country or citizenship. */
  | 'known_parent_without_facts';

/** What the origin rules make of one parent of an extract. */
export type ParentFromRegister =
  /** Unknown in the register (status `unknown`): the one-parent branch applies. */
  | { readonly kind: 'unknown' }
  /** A known parent with facts (status `known`, or no status but facts given). */
  | { readonly kind: 'known'; readonly parent: ParentFacts }
  /**
   * No status and no birth country or citizenship: taken as unknown, as before the status
   * existed. `parent` keeps a given origin group or origin country (a child of descendants is
   * still recognised through them), else null. The caller counts these persons.
   */
  | { readonly kind: 'absent_without_status'; readonly parent: ParentFacts | null }
  | { readonly kind: 'contradiction'; readonly problem: ParentStatusProblem };

/**
 * Decides what a parent is from the register status (null = not stated) and what the extract gives
 * about the parent: `given` is null when the extract names no parent at all (no id, no facts), else
 * the facts from the parent's own row or from the parent columns (possibly all null: an id alone).
 *
 * @example parentFromRegister('known', { birthCountry: 'DK', citizenship: 'DK', originGroup: null })
 *   // { kind: 'known', parent: { birthCountry: 'DK', citizenship: 'DK', originGroup: null } }
 * @example parentFromRegister(null, null) // { kind: 'absent_without_status', parent: null }
 */
export function parentFromRegister(status: ParentStatus | null, given: ParentFacts | null): ParentFromRegister {
  if (status === 'unknown') {
    return given === null ? UNKNOWN : { kind: 'contradiction', problem: 'unknown_parent_with_facts' };
  }
  if (isParentKnown(given)) return { kind: 'known', parent: given };
  if (status === 'known') return { kind: 'contradiction', problem: 'known_parent_without_facts' };
  return { kind: 'absent_without_status', parent: given !== null && hasOriginFacts(given) ? given : null };
}

const UNKNOWN: ParentFromRegister = Object.freeze({ kind: 'unknown' });

/** Whether the parent's own origin (group or country) is given, which the third-generation rule reads. */
function hasOriginFacts(parent: ParentFacts): boolean {
  return parent.originGroup !== null || (parent.originCountry !== undefined && parent.originCountry !== null);
}
