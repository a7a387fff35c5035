/**
 * Renders input problems in one language, for the command line and the web app, so that neither
 * builds its own wording.
 */
import { InputError, locatedMessage } from './input-error.ts';
import type { InputErrors } from './input-errors.ts';
import type { Lang } from '../language/index.ts';

/**
 * One line per problem in the chosen language, each naming file, row and column.
 * @example formatInputError(e, 'da') // 'befolkning.csv, række 7, kolonne C (koen): ugyldig værdi "X" …'
 */
export function formatInputError(error: InputError | InputErrors, lang: Lang): string {
  if (error instanceof InputError) return locatedMessage(error, lang);
  const lines = error.errors.map((e) => locatedMessage(e, lang));
  if (error.omitted > 0) {
    lines.push(lang === 'da' ? `… og ${error.omitted} fejl mere` : `… and ${error.omitted} more`);
  }
  return lines.join('\n');
}
