/** Exchanging published figures with other installations: export, and import as comparison figures. */
export { type ExportFormat, type ExportOptions, type ExportSummary, exportFigures, PRODUCT_VERSION } from './export-figures.ts';
export { CSV_META_COLUMNS, type CsvVariant } from './csv-figures.ts';
export {
  ExchangeFileError,
  type ExchangeKind,
  exchangeFileKind,
  type ImportComparisonOptions,
  importComparison,
  looksLikeExchangeFile,
} from './import-comparison.ts';
export { EXCHANGE_MEASURES, type ExchangeMeta, exchangeFileSchema, figuresFromJsonStat, SUPPRESSED_STATUS, toJsonStat } from './jsonstat-figures.ts';
