/**
 * The one way a withheld figure leaves the product: every number it carries blanked (null, never
 * zero) and `suppressed: true`. Every shape that holds a figure — the rule's own cells, a stored
 * delivery cell, a StatBank context cell, a computed result row — blanks through here, so that no
 * path can forget a field (a kept `sd` or `n` would let a reader bound the hidden count).
 */

/** The counts and figures a cell may carry; a shape holds the ones it has. */
export const FIGURE_FIELDS = ['numerator', 'denominator', 'value', 'sd', 'n'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** Any shape with (some of) the figure fields. */
export type WithFigures = { [K in FigureField]?: number | null };

/** `cell` with each of its figure fields null and `suppressed: true`; fields it lacks stay absent. */
export function withheld<C extends WithFigures>(cell: C): C & { suppressed: true } {
  const blank: WithFigures = {};
  for (const field of FIGURE_FIELDS) if (field in cell) blank[field] = null;
  return { ...cell, ...blank, suppressed: true };
}
