/**
 * The shape of one indicator file (`indicators/<id>.yaml`). Strict: an unknown or misspelt key is
 * an error, so a typo can never silently drop a field. Rules that span several fields (the
 * third-generation justification, age bands, units) are checked afterwards in `rules/`.
 */
import { z } from 'zod';
import { DEFINITIONS } from '../../origin/types.ts';
import { WANTED_DIRECTIONS } from '../../stats/status-types.ts';
import { PERIOD_TYPES } from '../periods/period.ts';
import { BreakdownSchema } from './breakdown-schema.ts';
import { OfficialDefinitionSchema, SeriesBreakSchema, VariantSchema } from './definition-schema.ts';
import { DisplaySchema, MeasureSchema } from './measure-schema.ts';
import { PersonLevelColumnSchema } from './person-level-schema.ts';
import { IndicatorIdSchema, LocalizedSchema, NonBlank } from './text-schema.ts';

/** What the municipality wants to happen to the indicator (the memo's "der ønskes …"): the status rule's own list. */
export { WANTED_DIRECTIONS as WANTED, type Wanted } from '../../stats/status-types.ts';

/**
 * What the target group is held against: the comparison group (a gap is computed), the
 * comparison group shown as context only (no gap, no status from it), or nothing.
 */
export const COMPARISONS = ['comparison_group', 'context', 'none'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** `under_examination`: the memo's "det undersøges" — shown, marked, not yet computed. */
export const INDICATOR_STATUSES = ['active', 'under_examination'] as const;
/** Not a result's `Status` (improved / unchanged / worsened, `stats/`): whether the indicator is computed at all. */
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** The population whose age distribution weights an age-standardised rate. */
export const STANDARD_POPULATIONS = ['comparison', 'total'] as const;
export type StandardPopulation = (typeof STANDARD_POPULATIONS)[number];

/**
 * Whether the memo's third generation (children of descendants) is in the target group. The
 * justification is required when it is (checked in `rules/`, so the message can be precise).
 */
export const ThirdGenerationSchema = z
  .strictObject({
    included: z.boolean(),
    justification: z.strictObject({ da: z.string(), en: z.string() }).readonly().optional(),
  })
  .readonly();
export type ThirdGeneration = z.infer<typeof ThirdGenerationSchema>;

export const IndicatorSchema = z
  .strictObject({
    id: IndicatorIdSchema,
    /** Position in the memo, 1 first: the order of every listing and of the report. */
    order: z.int().min(1),
    title: LocalizedSchema,
    description: LocalizedSchema,
    owners: z.array(NonBlank).readonly(),
    status: z.enum(INDICATOR_STATUSES),
    measure: MeasureSchema,
    display: DisplaySchema,
    population: LocalizedSchema,
    numerator: LocalizedSchema,
    comparison: z.enum(COMPARISONS),
    wanted: z.enum(WANTED_DIRECTIONS),
    period_type: z.enum(PERIOD_TYPES),
    group_definition: z.enum(DEFINITIONS).default('origin'),
    third_generation: ThirdGenerationSchema,
    age_standardised: z.boolean(),
    standard_population: z.enum(STANDARD_POPULATIONS).optional(),
    breakdowns: z.array(BreakdownSchema).readonly(),
    source: LocalizedSchema,
    /** The official definition a national figure uses, and how this one relates to it (docs/catalogue.md §3a). */
    official_definition: OfficialDefinitionSchema,
    /** Named definitions where the memo's wording and the official one differ; empty when there is one. */
    variants: z.array(VariantSchema).readonly().default([]),
    /** Periods measured differently from those around them, marked on every chart, table and in the report. */
    series_breaks: z.array(SeriesBreakSchema).readonly().default([]),
    person_level: z.array(PersonLevelColumnSchema).readonly(),
  })
  .readonly();

/** One indicator of the catalogue, as validated from its YAML file. */
export type Indicator = z.infer<typeof IndicatorSchema>;
