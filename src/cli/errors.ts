/**
 * One place that turns an error into text for a person at a terminal. Input problems carry their
 * own Danish and English wording with file, row and column; usage errors are printed as written;
 * anything else is a programming error and says so tersely.
 */
import { isInputProblem } from '../ingest/index.ts';
import { CatalogueError } from '../catalogue/index.ts';

export function reportError(error: unknown): number {
  if (isInputProblem(error)) {
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  if (error instanceof CatalogueError || (error instanceof Error && error.name === 'UsageError')) {
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`Intern fejl / internal error: ${message}\n`);
  return 1;
}
