/** Shared option parsing for commands. */
export { usageProblem } from '../../services/problems.ts';

/** `--sheet 2` is the second sheet, `--sheet Data` the sheet named Data. */
export function parseSheet(sheet: string | undefined): { sheet?: string | number } {
  if (sheet === undefined) return {};
  return { sheet: /^\d+$/.test(sheet) ? Number(sheet) : sheet };
}
