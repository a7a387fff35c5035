/**
 * Reading the cells of a person-level data row: dates, 1/0 flags, grades and fixed choices, in
 * the forms Danish spreadsheets produce. Dates and flags go through the file readers' own parsers
 * (`ingest/parse-*.ts`, pure), so a cell `aggregate` accepts is one `import` accepts and no other.
 * Every failure is an `AggregationRowError` naming the row and column; no value is ever echoed back.
 */
import { parseBoolean } from '../ingest/parse-boolean.ts';
import { parseDate } from '../ingest/parse-date.ts';
import { AggregationRowError } from './aggregation-error.ts';
import type { AggregationRow } from './types.ts';

/** The trimmed text of a cell; '' when the column is absent. */
export function cellText(row: AggregationRow, column: string): string {
  return (row.values[column] ?? '').trim();
}

/** The person id of a row; an empty id is an error. */
export function readPersonId(row: AggregationRow): string {
  const id = cellText(row, 'person_id');
  if (id === '') throw new AggregationRowError(row.rowNumber, 'person_id', 'missing');
  return id;
}

/** A date cell that may be empty (e.g. the end of an ongoing spell): ISO text or null. */
export function readOptionalDate(row: AggregationRow, column: string): string | null {
  const parsed = parseDate(cellText(row, column));
  if (parsed.kind === 'empty') return null;
  if (parsed.kind === 'invalid') throw new AggregationRowError(row.rowNumber, column, 'invalid_date');
  return parsed.value;
}

/** A required date cell, as `YYYY-MM-DD`. */
export function readDate(row: AggregationRow, column: string): string {
  const date = readOptionalDate(row, column);
  if (date === null) throw new AggregationRowError(row.rowNumber, column, 'missing');
  return date;
}

/** A required yes/no cell: 1/0, ja/nej, j/n, true/false, yes/no. */
export function readFlag(row: AggregationRow, column: string): boolean {
  const parsed = parseBoolean(cellText(row, column));
  if (parsed.kind === 'empty') throw new AggregationRowError(row.rowNumber, column, 'missing');
  if (parsed.kind === 'invalid') throw new AggregationRowError(row.rowNumber, column, 'invalid_flag');
  return parsed.value;
}

/** A required number with decimal point or comma, within `[min, max]`. */
export function readNumber(row: AggregationRow, column: string, min: number, max: number): number {
  const text = cellText(row, column);
  if (text === '') throw new AggregationRowError(row.rowNumber, column, 'missing');
  if (!/^[-+−]?\d+(?:[.,]\d+)?$/.test(text)) throw new AggregationRowError(row.rowNumber, column, 'invalid_number');
  const value = Number(text.replace(',', '.').replace('−', '-'));
  if (value < min || value > max) {
    throw new AggregationRowError(row.rowNumber, column, 'out_of_range', `${min} til ${max}`);
  }
  return value;
}

/** Folds Danish letters so that `død`, `doed` and `DØD` meet. */
export function foldChoice(text: string): string {
  return text.trim().toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
}

/**
 * A cell holding one of a fixed set of words; `aliases` maps folded alternative spellings
 * (e.g. Danish `barn`) to the canonical choice. Returns null for an empty optional cell.
 */
export function readChoice<T extends string>(row: AggregationRow, column: string, choices: readonly T[], aliases: Readonly<Record<string, T>> = {}): T | null {
  const text = foldChoice(cellText(row, column));
  if (text === '') return null;
  const direct = choices.find((c) => c === text);
  const chosen = direct ?? aliases[text];
  if (chosen === undefined) {
    throw new AggregationRowError(row.rowNumber, column, 'invalid_choice', `tilladt: ${choices.join(', ')}`);
  }
  return chosen;
}

/** Like `readChoice`, but an empty cell is an error. */
export function readRequiredChoice<T extends string>(row: AggregationRow, column: string, choices: readonly T[], aliases: Readonly<Record<string, T>> = {}): T {
  const chosen = readChoice(row, column, choices, aliases);
  if (chosen === null) throw new AggregationRowError(row.rowNumber, column, 'missing');
  return chosen;
}
