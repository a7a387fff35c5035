/**
 * Builds the file-level errors (no row, no column) that opening a table can raise, keeping their
 * wording in one place.
 */
import { InputError, type InputErrorCode } from './input-error.ts';
import type { Localized } from '../language/index.ts';

/**
 * An `InputError` about the file as a whole (or a row, when `row` is given).
 * @example fileError('a.csv', 'empty_file', { da: 'filen er tom', en: 'the file is empty' })
 */
export function fileError(file: string, code: InputErrorCode, text: Localized, row?: number): InputError {
  return new InputError({ code, file, row, messageDa: text.da, messageEn: text.en });
}
