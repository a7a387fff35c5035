/**
 * What an indicator measures, as a tagged union by `kind`: a share of a population, a rate per
 * 1,000, a count, a mean on a stated scale, or a set of diversity indices. The kind decides how
 * the statistics are computed and how the value is shown (`display`).
 */
import { z } from 'zod';
import { NonBlank } from './text-schema.ts';

export const MEASURE_KINDS = ['share', 'rate', 'count', 'mean', 'index'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/**
 * The diversity indices `boligomraader-diversitet` can show: the target group's share per area,
 * Simpson's and Shannon's diversity, and the segregation indices dissimilarity, isolation,
 * exposure and Theil's H.
 */
export const DIVERSITY_INDICES = ['target_share', 'simpson', 'shannon', 'dissimilarity', 'isolation', 'exposure', 'theil'] as const;
export type DiversityIndex = (typeof DIVERSITY_INDICES)[number];

const ShareSchema = z.strictObject({ kind: z.literal('share') }).readonly();
const RateSchema = z.strictObject({ kind: z.literal('rate'), per: z.literal(1000) }).readonly();
const CountSchema = z.strictObject({ kind: z.literal('count') }).readonly();
const MeanSchema = z.strictObject({ kind: z.literal('mean'), scale: NonBlank, min: z.number(), max: z.number() }).readonly();
const IndexSchema = z
  .strictObject({
    kind: z.literal('index'),
    indices: z.array(z.enum(DIVERSITY_INDICES)).min(1).readonly(),
    /** The index that the wanted direction and the status refer to. */
    headline: z.enum(DIVERSITY_INDICES),
  })
  .readonly();

export const MeasureSchema = z.discriminatedUnion('kind', [ShareSchema, RateSchema, CountSchema, MeanSchema, IndexSchema]);

export type Measure = z.infer<typeof MeasureSchema>;
export type ShareMeasure = z.infer<typeof ShareSchema>;
export type RateMeasure = z.infer<typeof RateSchema>;
export type CountMeasure = z.infer<typeof CountSchema>;
export type MeanMeasure = z.infer<typeof MeanSchema>;
export type IndexMeasure = z.infer<typeof IndexSchema>;

export const DISPLAY_UNITS = ['percent', 'per1000', 'count', 'grade', 'index'] as const;
export type DisplayUnit = (typeof DISPLAY_UNITS)[number];

/** The only display unit that fits each measure kind. */
export const UNIT_OF_MEASURE: Readonly<Record<MeasureKind, DisplayUnit>> = {
  share: 'percent',
  rate: 'per1000',
  count: 'count',
  mean: 'grade',
  index: 'index',
};

/** How a value is formatted: its unit and the number of decimals shown. */
export const DisplaySchema = z.strictObject({ unit: z.enum(DISPLAY_UNITS), decimals: z.int().min(0).max(4) }).readonly();
export type Display = z.infer<typeof DisplaySchema>;
