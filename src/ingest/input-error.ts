/**
 * The one error class users see for bad input files. It always names the file and, where it makes
 * sense, the row (numbered as a spreadsheet shows it: the header is row 1) and the column, and it
 * carries the message in Danish and English plus a stable `code` that scripts and tests can rely on.
 */
import { UserError } from '../errors/user-error.ts';
import { columnLetter } from './column-letter.ts';
import type { Lang } from '../language/index.ts';

/** Stable identifiers of input problems; never renamed once released. */
export type InputErrorCode =
  | 'file_not_found'
  | 'file_unreadable'
  | 'empty_file'
  | 'header_only'
  | 'binary_file'
  | 'not_xlsx'
  | 'xls_not_supported'
  | 'unsupported_encoding'
  | 'invalid_encoding'
  | 'unsupported_separator'
  | 'wrong_field_count'
  | 'cell_outside_header'
  | 'unclosed_quote'
  | 'malformed_quote'
  | 'unreadable_xlsx'
  | 'xlsx_too_large'
  | 'too_many_rows'
  // The check of an upload was stopped (services/upload): past its time or memory limit.
  | 'check_timeout'
  | 'check_out_of_memory'
  | 'value_too_long'
  | 'identifier_in_text'
  | 'unexpected_column'
  | 'invalid_backup'
  | 'missing_sheet'
  | 'empty_sheet'
  | 'missing_column'
  | 'duplicate_column'
  | 'missing_value'
  | 'invalid_value'
  | 'duplicate_value'
  // Aggregated deliveries checked against the catalogue (services/import):
  | 'unknown_indicator'
  | 'invalid_period'
  | 'unknown_breakdown'
  | 'numerator_above_denominator'
  | 'catalogue_mismatch'
  | 'inconsistent_cell';

/** What an `InputError` is built from. `column` is the header text; `columnNumber` is 1-based. */
export interface InputErrorInit {
  readonly code: InputErrorCode;
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
  readonly columnNumber?: number;
  readonly messageDa: string;
  readonly messageEn: string;
}

/** A problem with an input file, with its location and a Danish and an English message. */
export class InputError extends UserError {
  override readonly name = 'InputError';
  readonly code: InputErrorCode;
  readonly file: string;
  readonly row: number | undefined;
  readonly column: string | undefined;
  readonly columnNumber: number | undefined;

  constructor(init: InputErrorInit) {
    super(init.messageDa, init.messageEn, { message: `${locatedMessage(init, 'da')}\n${locatedMessage(init, 'en')}`, httpStatus: 422 });
    this.code = init.code;
    this.file = init.file;
    this.row = init.row;
    this.column = init.column;
    this.columnNumber = init.columnNumber;
  }

  /** The message in one language, with the file, row and column. */
  override text(lang: Lang): string {
    return locatedMessage(this, lang);
  }
}

/**
 * "file, row 7, column C (koen): message" in one language.
 * @example locatedMessage({ file: 'a.csv', row: 2, messageDa: 'x', messageEn: 'y', code: 'invalid_value' }, 'en')
 *   === 'a.csv, row 2: y'
 */
export function locatedMessage(init: InputErrorInit, lang: Lang): string {
  const words = lang === 'da' ? { row: 'række', column: 'kolonne' } : { row: 'row', column: 'column' };
  const parts = [init.file];
  if (init.row !== undefined) parts.push(`${words.row} ${init.row}`);
  const column = columnText(init);
  if (column !== undefined) parts.push(`${words.column} ${column}`);
  return `${parts.join(', ')}: ${lang === 'da' ? init.messageDa : init.messageEn}`;
}

function columnText(init: InputErrorInit): string | undefined {
  const letter = init.columnNumber === undefined ? undefined : columnLetter(init.columnNumber);
  if (letter !== undefined && init.column !== undefined) return `${letter} (${init.column})`;
  return letter ?? init.column;
}
