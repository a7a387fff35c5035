/**
 * ingest/ — reading tabular input files in the Danish habits (CSV with ';' or ',', UTF-8 or
 * Windows-1252, decimal comma or point; XLSX), matching headers with their Danish aliases, parsing
 * cell values, reporting problems by file, row and column, pseudonymising person identifiers the
 * moment they are read, and writing CSV. See docs/file-formats.md.
 */

export type { CellLocation } from './cell-error.ts';
export { cellError, missingValueError } from './cell-error.ts';
export { columnLetter } from './column-letter.ts';
export type { ColumnSpec, ResolvedColumns } from './column-spec.ts';
export type { CsvDialect, CsvValue } from './csv-field.ts';
export type { CsvLine } from './csv-line.ts';
export { csvField, csvLine, csvRecord, DANISH_EXCEL_CSV, MACHINE_CSV, neutralised, restored } from './csv-field.ts';
export type { CsvWriter } from './csv-writer.ts';
export { createCsvWriter } from './csv-writer.ts';
export type { DeliveryColumn } from './delivery-columns.ts';
export { DELIVERY_COLUMNS } from './delivery-columns.ts';
export type { ErrorCollector } from './error-collector.ts';
export { createErrorCollector } from './error-collector.ts';
export { formatInputError } from './format-input-error.ts';
export type { InputErrorCode, InputErrorInit } from './input-error.ts';
export { InputError } from './input-error.ts';
export { InputErrors, isInputProblem } from './input-errors.ts';
export { containsCprShape, withoutIdentifiers } from './mask-value.ts';
export { normaliseHeader } from './normalise-header.ts';
export { normalisePersonId } from './normalise-person-id.ts';
export { openTable } from './open-table.ts';
export { parseBoolean } from './parse-boolean.ts';
export { parseCount } from './parse-count.ts';
export { parseDate } from './parse-date.ts';
export { parseDecimal } from './parse-decimal.ts';
export { parseFreeText, parseTrimmed } from './parse-free-text.ts';
export type { ParseResult, ValueParser } from './parse-result.ts';
export { EMPTY, invalid, ok } from './parse-result.ts';
export type { Sex } from './parse-sex.ts';
export { parseSex } from './parse-sex.ts';
export type { PopulationColumn } from './population-columns.ts';
export { POPULATION_COLUMNS } from './population-columns.ts';
export { PSEUDONYM_KEY_ENV, PSEUDONYM_KEY_FILE } from './pseudonym-key.ts';
export type { Pseudonymiser, PseudonymiserOptions } from './pseudonymiser.ts';
export { type PseudonymBatch, type PseudonymBatches, threadPays, withPseudonyms } from './pseudonym-batches.ts';
export { workerStart } from './worker-start.ts';
export { createPseudonymiser, PSEUDONYM_WORDS, pseudonymText, pseudonymWords } from './pseudonymiser.ts';
export type { FieldReader, RecordReader, RecordRow } from './record-reader.ts';
export { createRecordReader } from './record-reader.ts';
export { resolveColumns } from './resolve-columns.ts';
export type { DecimalMark, Encoding, OpenTableOptions, Separator, TableRow, TableSource } from './table-source.ts';
export { TextNumbers } from './text-numbers.ts';
export { toCsv } from './to-csv.ts';
export type { XlsxLimits } from './xlsx-limits.ts';
export { XLSX_LIMITS } from './xlsx-limits.ts';
