/**
 * Groups the suppressed cells that are linked through margins (two suppressed cells in the same
 * margin are linked). Recoverable combinations never need to mix components, so the audit
 * enumerates combinations one component at a time.
 */

import { byInputOrder, marginMembers, type SuppressionState } from './suppression-state.ts';

/** Connected components of suppressed cells that appear in at least one margin, in input order. */
export function suppressedComponents(state: SuppressionState): string[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(k, root);
    return root;
  };
  for (const margin of state.margins) {
    const hidden = marginMembers(margin).filter((k) => state.suppressed.has(k));
    for (const k of hidden) if (!parent.has(k)) parent.set(k, k);
    for (const k of hidden.slice(1)) parent.set(find(k), find(hidden[0] as string));
  }
  const groups = new Map<string, string[]>();
  for (const k of byInputOrder(state, parent.keys())) {
    const root = find(k);
    groups.set(root, [...(groups.get(root) ?? []), k]);
  }
  return [...groups.values()];
}
