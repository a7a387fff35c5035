/**
 * Free-text cells (area names, notes) are carried into outputs, so they are the one way a CPR
 * number typed into the wrong column could leave the product. Anything CPR-shaped is refused.
 */
import { containsCprShape } from './mask-value.ts';
import { EMPTY, invalid, ok, type ParseResult } from './parse-result.ts';

/**
 * The trimmed text, nothing else checked: for cells that are not carried into outputs as they are
 * (an id, pseudonymised at once; a plan's periods and file names, digits by nature).
 */
export function parseTrimmed(text: string): ParseResult<string> {
  const t = text.trim();
  return t === '' ? EMPTY : ok(t);
}

/** The trimmed text, or an error when it holds something shaped like a CPR number. */
export function parseFreeText(text: string): ParseResult<string> {
  const trimmed = parseTrimmed(text);
  if (trimmed.kind !== 'ok') return trimmed;
  if (containsCprShape(trimmed.value)) {
    return invalid(
      'feltet ligner et CPR-nummer; personnumre må kun stå i person-id-kolonnen',
      'the field looks like a CPR number; person numbers may only appear in the person id column',
    );
  }
  return trimmed;
}
