/**
 * Yes/no cells as Danish files write them: 1/0, ja/nej, j/n, true/false, sand/falsk (Danish Excel's
 * TRUE/FALSE), yes/no. Case and surrounding spaces do not matter; an empty cell is "unknown".
 */
import { EMPTY, invalid, ok, type ParseResult } from './parse-result.ts';

const TRUE = new Set(['1', 'ja', 'j', 'true', 'sand', 'yes', 'y']);
const FALSE = new Set(['0', 'nej', 'n', 'false', 'falsk', 'no']);

/**
 * A yes/no value; an empty cell gives `{ kind: 'empty' }` (read it as null: unknown).
 * @example parseBoolean('Ja') → ok true; parseBoolean('falsk') → ok false; parseBoolean('') → empty
 */
export function parseBoolean(text: string): ParseResult<boolean> {
  const t = text.trim().toLowerCase();
  if (t.length === 0) return EMPTY;
  if (TRUE.has(t)) return ok(true);
  if (FALSE.has(t)) return ok(false);
  return invalid('forventet 1/0, ja/nej eller true/false', 'expected 1/0, ja/nej (yes/no) or true/false');
}
