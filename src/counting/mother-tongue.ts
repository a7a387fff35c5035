/**
 * The child's mother tongue in sprogstimulering's optional `language` [`modersmaal`] column, read
 * the way Danish offices write it: Danish is `dansk`, `danish`, the ISO 639 codes `da` / `dan`
 * (also `da-DK` and `DK`); a blank or "unknown" (`ukendt`, `uoplyst`, `-`, …) is no language; any
 * other language name or code (`arabisk`, `somali`, `ar`, `tur`) is another language. The
 * spellings are the catalogue's (`person_level` → `language` → `values`); only the rule that any
 * other word is another language lives here, because no list of the world's languages is needed
 * to tell Danish from the rest. A cell with a digit, or without a letter, is no language name but a
 * shifted column (a date, a flag, an id) and is refused rather than counted as "another language".
 */
import { AggregationRowError } from './aggregation-error.ts';
import { columnCodes } from './column-codes.ts';
import { cellText, foldChoice } from './read-fields.ts';
import type { AggregationRow } from './types.ts';

/** A stated mother tongue: Danish, or another language. */
export type MotherTongue = 'danish' | 'other';

const COLUMN = 'language';

/** Folds case, æ/ø/å and separators, so that `da-DK`, `da_dk` and `DA DK` meet. */
function spelling(text: string): string {
  return foldChoice(text).replace(/[\s_-]+/g, '_');
}

/** The catalogue's spellings of `danish`, `other` and `unknown`, by folded spelling. */
const SPELLINGS: ReadonlyMap<string, string> = (() => {
  const { codes, aliases } = columnCodes('sprogstimulering', COLUMN);
  const map = new Map<string, string>();
  for (const code of codes) map.set(spelling(code), code);
  for (const [alias, code] of Object.entries(aliases)) map.set(spelling(alias), code);
  return map;
})();

/** Whether the text can be a language's name or code: letters, no digits. */
function isLanguageWord(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Nd}/u.test(text);
}

/**
 * The mother tongue of a row, or null when the cell is blank, absent or says "unknown".
 *
 * @example readMotherTongue(row({ language: 'Dansk' })) // 'danish'
 * @example readMotherTongue(row({ language: 'ar' })) // 'other'
 * @example readMotherTongue(row({ language: 'uoplyst' })) // null
 */
export function readMotherTongue(row: AggregationRow): MotherTongue | null {
  const text = cellText(row, COLUMN);
  if (text === '') return null;
  const code = SPELLINGS.get(spelling(text));
  if (code === 'unknown') return null;
  if (code === 'danish') return 'danish';
  if (code === undefined && !isLanguageWord(text)) {
    throw new AggregationRowError(
      row.rowNumber,
      COLUMN,
      'invalid_choice',
      'forventet et sprogs navn eller kode, fx dansk, arabisk, da, ar / a language name or code',
    );
  }
  return 'other';
}

/**
 * A child's mother tongue from all its rows: another language wherever one is stated (the law's
 * bilingual child has a mother tongue other than Danish), else Danish where stated, else none.
 */
export function childMotherTongue(stated: MotherTongue | null | undefined, next: MotherTongue | null): MotherTongue | null {
  if (stated === 'other' || next === 'other') return 'other';
  return stated === 'danish' || next === 'danish' ? 'danish' : null;
}
