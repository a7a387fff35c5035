/**
 * A second figure (another definition beside the default, docs/catalogue.md §3a) must never cost
 * the default a figure: the headline, the status and the comparison read the default's cells. The
 * one rule decides over the whole delivery, second figures and their relations included; when that
 * withholds a default cell the rule would have published without the second figures, the second
 * figures are withheld instead — all of them, so that none is left to be subtracted — and the
 * rule decides again with their counts unknown, which tells a reader nothing about the default. (Secondary suppression prefers the second
 * figures — they cost least — but it chooses locally, so a preference is no guarantee.)
 */
import { VARIANT_KEY } from '../../catalogue/index.ts';
import { withheld } from '../../stats/index.ts';
import type { Cell } from '../../store/index.ts';
import { breakdownKey, cellKey } from './delivery-table.ts';

/** Whether a cell belongs to a second figure (`variant=<id>`). */
export function isSecondFigure(cell: Pick<Cell, 'breakdown'>): boolean {
  return breakdownKey(cell.breakdown) === VARIANT_KEY;
}

/**
 * The keys to withhold: `decide(cells)` over every cell, unless that hides a default cell that
 * `decide` over the default's cells alone publishes; then `decide` over the cells with every second
 * figure withheld as if it had arrived so (counts unknown: it relates to nothing a reader can use).
 * `decided` is the cells the decision was made over, for the audit.
 */
export function withoutCostToDefault(cells: readonly Cell[], decide: (cells: readonly Cell[]) => Set<string>): { withheld: Set<string>; decided: readonly Cell[] } {
  const all = decide(cells);
  if (!cells.some(isSecondFigure)) return { withheld: all, decided: cells };
  const defaults = cells.filter((c) => !isSecondFigure(c));
  const alone = decide(defaults);
  if (!defaults.some((c) => all.has(cellKey(c)) && !alone.has(cellKey(c)))) return { withheld: all, decided: cells };
  const decided = cells.map((c) => (isSecondFigure(c) ? withheld(c) : c));
  return { withheld: decide(decided), decided };
}
