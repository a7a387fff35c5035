/**
 * The indicator catalogue: the eleven indicators of the memo as data (`indicators/*.yaml`), the
 * schema and rules that validate them, the loader, the words for their codes, and periods.
 */
export { type AgeBand, ageBandOf, ageBands, parseAgeBand } from './age-band.ts';
export { type BuildCatalogueResult, buildCatalogue, type CatalogueEntry } from './build-catalogue.ts';
export { type Catalogue, createCatalogue } from './catalogue.ts';
export { type DefinitionHashes, definitionHashes } from './definition-hash.ts';
export { type DefinitionUsed, definitionUsed, definitionUsedStatement, shortHash } from './definition-used.ts';
export { CatalogueError, type CatalogueProblem, type FieldProblem, formatProblem } from './catalogue-problem.ts';
export { type CatalogueSummaryRow, catalogueSummary } from './catalogue-summary.ts';
export {
  comparisonLabel,
  measureLabel,
  officialDefinitionStatement,
  periodTypeLabel,
  SERIES_BREAK_MARK,
  seriesBreakAt,
  type SeriesBreakSpan,
  secondFigureStatement,
  seriesBreakSpans,
  seriesBreakStatement,
  statusLabel,
  thirdGenerationStatement,
  variantsStatement,
  wantedLabel,
} from './labels.ts';
export {
  isPersonBreakdownKey,
  PERSON_BREAKDOWN_KEYS,
  PERSON_BREAKDOWNS,
  type PersonBreakdownKey,
  type PersonBreakdownSpec,
  personBreakdownKeys,
  RESIDENCE_BANDS,
  residenceBand,
} from './person-breakdowns.ts';
export { DEFAULT_CATALOGUE_DIR, loadCatalogue } from './load-catalogue.ts';
export type { Lang, Localized } from '../language/index.ts';
export * from './periods/index.ts';
export {
  AGEBAND_KEY,
  type Breakdown,
  BreakdownSchema,
  type BreakdownValue,
} from './schema/breakdown-schema.ts';
export {
  COMPARISONS,
  type Comparison,
  type Indicator,
  IndicatorSchema,
  STANDARD_POPULATIONS,
  INDICATOR_STATUSES,
  type StandardPopulation,
  type IndicatorStatus,
  type ThirdGeneration,
  WANTED,
  type Wanted,
} from './schema/indicator-schema.ts';
export {
  OFFICIAL_DEFINITION_STATUSES,
  type OfficialDefinition,
  type OfficialDefinitionStatus,
  type SeriesBreak,
  type Variant,
  VARIANT_KEY,
  VARIANT_RELATIONS,
  type VariantRelation,
} from './schema/definition-schema.ts';
export { secondFigureOf, secondFigures } from './variant-breakdown.ts';
export {
  type CountMeasure,
  DISPLAY_UNITS,
  DIVERSITY_INDICES,
  type Display,
  type DisplayUnit,
  type DiversityIndex,
  type IndexMeasure,
  MEASURE_KINDS,
  type MeanMeasure,
  type Measure,
  type MeasureKind,
  type RateMeasure,
  type ShareMeasure,
  UNIT_OF_MEASURE,
} from './schema/measure-schema.ts';
export {
  COLUMN_TYPES,
  type ColumnCode,
  type ColumnType,
  type PersonLevelColumn,
} from './schema/person-level-schema.ts';
export { type ValidateIndicatorResult, validateIndicator } from './validate-indicator.ts';
