/**
 * A second figure (another definition beside the default, docs/catalogue.md §3a) must never change
 * the default's figures: the headline, the status and the comparison read them. So the default's
 * cells are withheld exactly as the one rule withholds them without any second figure, and the
 * second figures as the rule withholds them over the whole delivery, their relations included —
 * unless protecting them there would hide a default cell; then the second figures are withheld
 * instead, all of them, so that none is left to be subtracted. (Secondary suppression prefers the
 * second figures — they cost least — but it chooses locally, so a preference is no guarantee.)
 */
import { VARIANT_KEY } from '../../catalogue/index.ts';
import { withheld } from '../../stats/index.ts';
import type { Cell } from '../../cells/index.ts';
import { breakdownKey, cellKey } from './delivery-table.ts';

/** Whether a cell belongs to a second figure (`variant=<id>`). */
export function isSecondFigure(cell: Pick<Cell, 'breakdown'>): boolean {
  return breakdownKey(cell.breakdown) === VARIANT_KEY;
}

/**
 * The keys to withhold: the default's cells exactly as `decide` withholds them over the default's
 * cells alone, and the second figures as `decide` withholds them over every cell — unless that
 * hides a default cell the default alone publishes; then every second figure is withheld, as if it
 * had arrived so (counts unknown: it relates to nothing a reader can use). Withholding more cells
 * never shows a reader more, so adding the default's own decision keeps every decision sound.
 * `decided` is the cells the decision was made over, for the audit.
 */
export function withoutCostToDefault(
  cells: readonly Cell[],
  decide: (cells: readonly Cell[]) => Set<string>,
): { withheld: Set<string>; decided: readonly Cell[] } {
  const all = decide(cells);
  if (!cells.some(isSecondFigure)) return { withheld: all, decided: cells };
  const defaults = cells.filter((c) => !isSecondFigure(c));
  const alone = decide(defaults);
  const costly = defaults.some((c) => all.has(cellKey(c)) && !alone.has(cellKey(c)));
  const decided = costly ? cells.map((c) => (isSecondFigure(c) ? withheld(c) : c)) : cells;
  const withheldKeys = costly ? decide(decided) : all;
  for (const key of alone) withheldKeys.add(key);
  return { withheld: withheldKeys, decided };
}
