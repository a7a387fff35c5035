/** Exchanging published figures with other installations: export, and import as comparison figures. */
export { type ExportFormat, type ExportOptions, type ExportSummary, exportFigures, PRODUCT_VERSION } from './export-figures.ts';
export { ExchangeFileError, type ImportComparisonOptions, importComparison, looksLikeExchangeFile } from './import-comparison.ts';
export { EXCHANGE_MEASURES, type ExchangeMeta, exchangeFileSchema, figuresFromJsonStat, SUPPRESSED_STATUS, toJsonStat } from './jsonstat-figures.ts';
