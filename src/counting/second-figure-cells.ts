/**
 * A second figure's cells beside the default's: its whole-group cells renamed `variant=<id>`. In a
 * national run the default may hand over every municipality's cells from its one pass
 * (`cellsOf`, `MunicipalTally`); the second figure's must then go along for each municipality,
 * or the municipalities would lack the cells the country has.
 */
import type { CountedCell, IndicatorOutput } from './types.ts';

/** The cells (and per-municipality cells) a second figure's rules produced. */
export type SecondFigureCounts = Pick<IndicatorOutput, 'cells' | 'cellsOf'>;

function renamed(cells: readonly CountedCell[], id: string): CountedCell[] {
  return cells.map((c) => ({ ...c, breakdown: `variant=${id}` }));
}

/**
 * `output` with the second figure `id` beside. When only one side counted per municipality in its
 * pass, `cellsOf` is dropped and the rules run again per municipality (the same cells, slower).
 */
export function withSecondFigure(output: IndicatorOutput, id: string, second: SecondFigureCounts): IndicatorOutput {
  const cells = [...output.cells, ...renamed(second.cells, id)];
  const own = output.cellsOf;
  const its = second.cellsOf;
  if (own === undefined || its === undefined) return { cells, unmatched: output.unmatched, notes: output.notes };
  return { ...output, cells, cellsOf: (municipality) => [...own(municipality), ...renamed(its(municipality), id)] };
}
