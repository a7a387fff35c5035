/**
 * Builds the error about one cell — invalid or missing — with file, row and column, and with the
 * value quoted only when that is safe: never for an identifying column, never for anything shaped
 * like a CPR number. This is the only place that puts a cell's value into a message.
 */
import type { ColumnSpec } from './column-spec.ts';
import { InputError, type InputErrorCode } from './input-error.ts';
import type { Localized } from '../language/index.ts';
import { showableName, showableValue } from './mask-value.ts';

/** Where a cell is and what its column is. */
export interface CellLocation {
  readonly file: string;
  readonly row: number;
  /** 0-based index of the column in the header. */
  readonly index: number;
  /** The header text as written in the file. */
  readonly header: string;
  readonly spec: Pick<ColumnSpec, 'identifying' | 'freeText'>;
}

/**
 * An `invalid_value` error for `value` at `at`, explaining `problem`.
 * @example cellError(at, '12,5', { da: 'forventet et helt tal', en: 'expected a whole number' })
 */
export function cellError(at: CellLocation, value: string, problem: Localized, code: InputErrorCode = 'invalid_value') {
  const shown = showableValue(value, at.spec.identifying === true || at.spec.freeText === true);
  const hidden =
    at.spec.freeText === true && at.spec.identifying !== true
      ? { da: 'ugyldig værdi (fritekst vises ikke)', en: 'invalid value (free text is not shown)' }
      : { da: 'ugyldig værdi (vises ikke, da den kan identificere en person)', en: 'invalid value (not shown, as it may identify a person)' };
  const da = shown === undefined ? hidden.da : `ugyldig værdi "${shown}"`;
  const en = shown === undefined ? hidden.en : `invalid value "${shown}"`;
  return located(at, code, `${da}: ${problem.da}`, `${en}: ${problem.en}`);
}

/** A `missing_value` error: the cell is empty but a value is required. */
export function missingValueError(at: CellLocation) {
  return located(at, 'missing_value', 'værdien mangler', 'the value is missing');
}

function located(at: CellLocation, code: InputErrorCode, messageDa: string, messageEn: string): InputError {
  return new InputError({
    code,
    file: at.file,
    row: at.row,
    column: showableName(at.header),
    columnNumber: at.index + 1,
    messageDa,
    messageEn,
  });
}
