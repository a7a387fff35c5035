/**
 * Finds one way the published cells give away a suppressed count, or null when there is none.
 *
 * 1. Single suppression: a margin with exactly one suppressed cell (total or part) — that cell is
 *    the total minus the published parts (or their sum), so it is recoverable. That is a
 *    disclosure when it reveals a count of 1..t−1 in a count the margin adds up in, or when the
 *    cell was suppressed at the source or as a complement and the margin holds in every count
 *    (recovering it undoes a protection). A margin that holds in some counts only (every kind of
 *    measure shares the whole group's denominator) reveals nothing that is not small and not
 *    already published; chains through it are caught by 2 and by the interval audit.
 * 2. Recoverable sums: in each count dimension, any sum of suppressed cells that the margins
 *    determine (see `linear-system.ts`) and that equals 1..threshold−1. This covers "published
 *    total minus published parts" within a margin and chains across margins (a suppressed
 *    subtotal that is itself a part of a larger total). All sums are checked within components of
 *    up to `MAX_ENUMERATED` suppressed cells; larger components are left to the interval audit,
 *    which subsumes this check (a determined sum of 1..t−1 bounds each member with a positive
 *    count below t, and such a member is a protected count).
 */

import { suppressedComponents } from './components.ts';
import { DIMENSIONS, type Dimension, dimensionValue, isSmall, marginHolds } from './dimensions.ts';
import { determinedValue, reduceSystem } from './linear-system.ts';
import { marginMembers, type SuppressionState } from './suppression-state.ts';
import type { Cell, Margin } from './types.ts';

/** Up to this many linked suppressed cells every subset is audited (2¹² − 1 sums). */
export const MAX_ENUMERATED = 12;

/** A recoverable suppressed count: the cells whose sum is exposed and the small sums per dimension. */
export interface Disclosure {
  cells: string[];
  margin: Margin | null;
  revealed: Partial<Record<Dimension, number>>;
}

/** The small counts a single suppressed cell would reveal through `margin`. */
function revealedBySingle(state: SuppressionState, margin: Margin, hidden: string): Partial<Record<Dimension, number>> {
  const revealed: Partial<Record<Dimension, number>> = {};
  for (const d of DIMENSIONS) {
    if (!marginHolds(margin, d)) continue;
    const values = marginMembers(margin)
      .filter((k) => k !== hidden)
      .map((k) => dimensionValue(state.cells.get(k) as Cell, d));
    if (values.some((v) => v === null)) continue;
    const parts = margin.parts.filter((k) => k !== hidden).reduce((s, k) => s + (dimensionValue(state.cells.get(k) as Cell, d) ?? 0), 0);
    const value = hidden === margin.total ? parts : (dimensionValue(state.cells.get(margin.total) as Cell, d) ?? 0) - parts;
    if (isSmall(value, state.threshold)) revealed[d] = value;
  }
  return revealed;
}

function singleSuppression(state: SuppressionState): Disclosure | null {
  for (const margin of state.margins) {
    const hidden = marginMembers(margin).filter((k) => state.suppressed.has(k));
    if (hidden.length !== 1) continue;
    const key = hidden[0] as string;
    const revealed = revealedBySingle(state, margin, key);
    const reason = state.suppressed.get(key);
    const protecting = (reason === 'source' || reason === 'secondary') && margin.dimensions === undefined;
    if (Object.keys(revealed).length > 0 || protecting) return { cells: [key], margin, revealed };
  }
  return null;
}

/** Masks 1 … 2ⁿ − 1 by number of members, then value: built once per n (at most 2¹² − 1 of them). */
const masksBySize = new Map<number, number[]>();

function masksOf(n: number): number[] {
  const known = masksBySize.get(n);
  if (known) return known;
  const size = (m: number) => m.toString(2).replaceAll('0', '').length;
  const masks = Array.from({ length: 2 ** n - 1 }, (_, i) => i + 1).sort((a, b) => size(a) - size(b) || a - b);
  masksBySize.set(n, masks);
  return masks;
}

/**
 * A recoverable small sum among the suppressed cells of one component (cells linked through
 * margins). The equations of the margins that touch it involve no other suppressed cell, so each
 * component is audited on its own — and one that was clean stays clean until it changes.
 */
export function exactInComponent(state: SuppressionState, keys: readonly string[]): Disclosure | null {
  // A larger component is left to the interval audit, which covers it: a determined sum of 1..t−1
  // bounds every member with a positive count to below t, and such a member is a protected count.
  if (keys.length > MAX_ENUMERATED) return null;
  const inComponent = new Set(keys);
  const margins = state.margins.filter((m) => marginMembers(m).some((k) => inComponent.has(k)));
  const systems = new Map(DIMENSIONS.map((d) => [d, reduceSystem(margins, d, state.cells, keys)] as const));
  for (const mask of masksOf(keys.length)) {
    const v = keys.map((_, i) => (mask >> i) & 1);
    const revealed: Partial<Record<Dimension, number>> = {};
    for (const [d, system] of systems) {
      const value = determinedValue(system, v);
      if (value !== null && isSmall(value, state.threshold)) revealed[d] = value;
    }
    if (Object.keys(revealed).length > 0) return { cells: keys.filter((_, i) => v[i] === 1), margin: null, revealed };
  }
  return null;
}

/** The first exact disclosure in the current state, or null when the published cells are safe. */
export function findDisclosure(state: SuppressionState): Disclosure | null {
  const single = singleSuppression(state);
  if (single) return single;
  for (const keys of suppressedComponents(state)) {
    const found = exactInComponent(state, keys);
    if (found) return found;
  }
  return null;
}

export { singleSuppression };
