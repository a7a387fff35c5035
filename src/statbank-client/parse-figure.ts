/**
 * One figure (`INDHOLD`) as StatBank writes it: an integer or a decimal (point in English answers,
 * comma in Danish ones, never a thousands separator), or `..` where the figure is not available.
 */

/** Texts StatBank uses for "no figure". */
const MISSING = new Set(['..', '.', '']);

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * The figure as a number, null when it is missing, undefined when the text is not a figure at all.
 * @example parseFigure('233454') // 233454
 * @example parseFigure('74,1')   // 74.1
 * @example parseFigure('..')     // null
 */
export function parseFigure(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (MISSING.has(trimmed)) return null;
  if (!NUMBER.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}
