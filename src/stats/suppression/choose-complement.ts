/**
 * Secondary suppression: which published cell to suppress next to stop a disclosure. Candidates
 * are the published cells of the margins that hold the exposed cells, widened to every margin
 * of the exposed cells' component, then to every margin, if those have none left. Preference, in
 * order:
 * 1. the lowest cost (`Cell.cost`: the caller's order of what a reader can most easily do
 *    without — e.g. the 'other' group and totals before breakdowns, the target and comparison
 *    groups' headline figures last);
 * 2. a part rather than a total (hiding a total loses the most information);
 * 3. a cell whose counts lift every exposed sum to the threshold (so one cell is enough);
 * 4. the smallest cell (denominator, else n, else numerator) — least information lost;
 * 5. input order, so the result is deterministic.
 */

import { suppressedComponents } from './components.ts';
import { type Dimension, dimensionValue } from './dimensions.ts';
import type { Disclosure } from './find-disclosure.ts';
import { marginMembers, type SuppressionState } from './suppression-state.ts';
import type { Cell, Margin } from './types.ts';

function touchingMargins(state: SuppressionState, disclosure: Disclosure): Margin[] {
  if (disclosure.margin) return [disclosure.margin];
  const exposed = new Set(disclosure.cells);
  return state.margins.filter((m) => marginMembers(m).some((k) => exposed.has(k)));
}

function componentMargins(state: SuppressionState, disclosure: Disclosure): Margin[] {
  const component = new Set(suppressedComponents(state).find((c) => c.includes(disclosure.cells[0] as string)) ?? []);
  return state.margins.filter((m) => marginMembers(m).some((k) => component.has(k)));
}

function rank(state: SuppressionState, disclosure: Disclosure, margins: Margin[], key: string): number[] {
  const cell = state.cells.get(key) as Cell;
  const onlyTotal = margins.every((m) => !m.parts.includes(key)) ? 1 : 0;
  const fixes = Object.entries(disclosure.revealed).every(([d, v]) => {
    const own = dimensionValue(cell, d as Dimension);
    return own !== null && own + v >= state.threshold;
  });
  const size = cell.denominator ?? cell.n ?? cell.numerator ?? 0;
  return [cell.cost ?? 0, onlyTotal, fixes ? 0 : 1, size, state.order.get(key) ?? 0];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

function bestOf(state: SuppressionState, disclosure: Disclosure, margins: Margin[]): string | null {
  const candidates = [...new Set(margins.flatMap(marginMembers))].filter((k) => !state.suppressed.has(k));
  const ranked = candidates.map((k) => ({ k, r: rank(state, disclosure, margins, k) }));
  ranked.sort((a, b) => compareRanks(a.r, b.r));
  return ranked[0]?.k ?? null;
}

/** The published cell to suppress next, or null when no published cell is linked to the disclosure. */
export function chooseComplement(state: SuppressionState, disclosure: Disclosure): string | null {
  return (
    bestOf(state, disclosure, touchingMargins(state, disclosure)) ??
    bestOf(state, disclosure, componentMargins(state, disclosure)) ??
    bestOf(state, disclosure, [...state.margins])
  );
}
