/** Shared option parsing for commands. */

/** An error in how a command was called (exit code 2, message as written). */
export function usageError(message: string): Error {
  const error = new Error(message);
  error.name = 'UsageError';
  return error;
}

/** `--sheet 2` is the second sheet, `--sheet Data` the sheet named Data. */
export function parseSheet(sheet: string | undefined): { sheet?: string | number } {
  if (sheet === undefined) return {};
  return { sheet: /^\d+$/.test(sheet) ? Number(sheet) : sheet };
}
