/**
 * One place that turns an error into text for a person at a terminal. Known user-facing errors carry
 * their own Danish and English wording; anything else is a programming error and says so tersely.
 */
export function reportError(error: unknown): number {
  if (error instanceof Error && 'messageDa' in error) {
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  if (error instanceof Error && error.name === 'UsageError') {
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`Intern fejl / internal error: ${message}\n`);
  return 1;
}
