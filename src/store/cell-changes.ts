/**
 * What changed between two versions of a delivery, cell by cell — for the caller (full lists) and
 * for the audit log (counts plus a bounded sample, since a delivery can hold tens of thousands of
 * cells; the full difference can always be recomputed from the two stored versions).
 */
import type { JsonValue } from '../accounts/audit.ts';
import type { Cell, CellChanges } from '../cells/index.ts';
import { cellKey, compareCells } from './rows.ts';

const VALUE_FIELDS = ['numerator', 'denominator', 'value', 'sd', 'n', 'suppressed', 'note'] as const;

/** The value fields in which two cells with the same key differ. */
function differingFields(a: Cell, b: Cell): (typeof VALUE_FIELDS)[number][] {
  return VALUE_FIELDS.filter((f) => !Object.is(a[f], b[f]));
}

/**
 * Cells added, removed and changed going from `before` to `after` (each list in canonical order).
 * @example diffCells([], [cell]) // { added: [cell], removed: [], changed: [] }
 */
export function diffCells(before: readonly Cell[], after: readonly Cell[]): CellChanges {
  const old = new Map(before.map((c) => [cellKey(c), c]));
  const changes: CellChanges = { added: [], removed: [], changed: [] };
  for (const cell of after) {
    const prev = old.get(cellKey(cell));
    if (prev === undefined) changes.added.push(cell);
    else if (differingFields(prev, cell).length > 0) changes.changed.push({ before: prev, after: cell });
    old.delete(cellKey(cell));
  }
  changes.removed = [...old.values()];
  changes.added.sort(compareCells);
  changes.removed.sort(compareCells);
  changes.changed.sort((x, y) => compareCells(x.after, y.after));
  return changes;
}

/** True when nothing was added, removed or changed. */
export function isUnchanged(changes: CellChanges): boolean {
  return changes.added.length === 0 && changes.removed.length === 0 && changes.changed.length === 0;
}

function pick(cell: Cell, fields: readonly (typeof VALUE_FIELDS)[number][]): { [key: string]: JsonValue } {
  return Object.fromEntries(fields.map((f) => [f, cell[f]]));
}

/**
 * The audit form of `changes`: counts, then at most `limit` cells (added, removed, changed — changed
 * ones with only their differing fields before and after), and how many were left out.
 */
export function summariseChanges(changes: CellChanges, limit: number): { [key: string]: JsonValue } {
  const all: JsonValue[] = [
    ...changes.added.map((c) => ({ change: 'added', municipality: c.municipality, group: c.group, breakdown: c.breakdown })),
    ...changes.removed.map((c) => ({ change: 'removed', municipality: c.municipality, group: c.group, breakdown: c.breakdown })),
    ...changes.changed.map(({ before, after }) => {
      const fields = differingFields(before, after);
      return {
        change: 'changed',
        municipality: after.municipality,
        group: after.group,
        breakdown: after.breakdown,
        before: pick(before, fields),
        after: pick(after, fields),
      };
    }),
  ];
  const cells = all.slice(0, Math.max(0, limit));
  return {
    added: changes.added.length,
    removed: changes.removed.length,
    changed: changes.changed.length,
    cells,
    omitted: all.length - cells.length,
  };
}
