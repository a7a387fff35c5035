/**
 * What an indicator's definition follows and which variants it has (issue 14): the official
 * definition a national figure uses — followed, deviated from (and how), or none — and the named
 * variants where the memo's wording and the national definition differ, one of them the default.
 * Rules that span fields (a deviation needs its note, exactly one default) are in `rules/`.
 */
import { z } from 'zod';
import { CodeSchema, LocalizedSchema, SnakeNameSchema } from './text-schema.ts';

/**
 * `followed`: the product computes the official definition; `deviates`: an official definition
 * exists and the product differs (the note says how and why); `none`: no national figure exists
 * (the source field says what was looked at).
 */
export const OFFICIAL_DEFINITION_STATUSES = ['followed', 'deviates', 'none'] as const;
export type OfficialDefinitionStatus = (typeof OFFICIAL_DEFINITION_STATUSES)[number];

export const OfficialDefinitionSchema = z
  .strictObject({
    status: z.enum(OFFICIAL_DEFINITION_STATUSES),
    /** The official source by name (publisher, statistic, law); for `none`, what was looked at. */
    source: LocalizedSchema,
    /** Where a reader finds it; required unless `none` (checked in `rules/`). */
    url: z.url({ protocol: /^https$/ }).optional(),
    /** How the product's definition differs and why; required for `deviates`. */
    note: LocalizedSchema.optional(),
  })
  .readonly();
export type OfficialDefinition = z.infer<typeof OfficialDefinitionSchema>;

/**
 * How a computed second figure's counts relate to the default's, so that the one suppression rule
 * knows the difference between the two is a count too (docs/statistics.md §8.1): `contains_default`
 * — the variant counts everything the default counts and more (running courses include the courses
 * started), in every count; `within_default` — the variant counts a part of the default's numerator
 * over the same denominator (lasting self-support among those who left benefits for self-support);
 * for a mean, which has no numerator, a part of the default's persons (the grade average of the
 * pupils with a full set of exams among all pupils: related in `n`).
 * Two more say how a figure relates to other cells than the default's whole group:
 * `measures_of` — the variant counts measures (spells), not persons, of the persons another figure
 * (`of`: a second figure or the default) counts: its numerator is theirs plus the measures beyond
 * each person's first, over the same denominator (the number of placements 0–22 beside the
 * children 0–22 placed); `within_default_among` — the variant's residents are the default's
 * residents in the values `among` names (`sex: [M]`, `ageband: [15-17, 18-29]`: men 15–29), its
 * numerator a part of the default's numerator among them (the Integrationsbarometer's convicted
 * men 15–29). Two definitions that merely overlap would need their intersection and cannot be
 * published side by side (docs/decisions.md).
 */
export const VARIANT_RELATIONS = ['contains_default', 'within_default', 'measures_of', 'within_default_among'] as const;
export type VariantRelation = (typeof VARIANT_RELATIONS)[number];

/** The breakdown key under which a computed non-default variant's cells are delivered: `variant=running`. */
export const VARIANT_KEY = 'variant';

/** One named definition of the indicator. */
export const VariantSchema = z
  .strictObject({
    id: SnakeNameSchema,
    label: LocalizedSchema,
    definition: LocalizedSchema,
    /** The definition the indicator's figures follow (exactly one variant). */
    default: z.boolean().default(false),
    /**
     * Whether the product computes this variant. The default is the indicator's figure; another
     * computed variant is published beside it as a second, named figure (the cells
     * `variant=<id>`, whole groups only); a variant not computed is stated for the reader, never
     * shown as a figure.
     */
    computed: z.boolean(),
    /** How a computed non-default variant's counts relate to the default's (required on it). */
    relation: z.enum(VARIANT_RELATIONS).optional(),
    /** For `relation: measures_of`: the variant whose persons the measures are of (required there, else absent). */
    of: SnakeNameSchema.optional(),
    /**
     * For `relation: within_default_among`: per breakdown of the indicator, the values whose
     * residents the variant counts among (the variant's persons are in one of them for every
     * breakdown named); required there, else absent.
     */
    among: z.record(SnakeNameSchema, z.array(CodeSchema).min(1).readonly()).optional(),
    /** For a variant not computed: the input column(s) it needs, in words. */
    needs: LocalizedSchema.optional(),
    /** Why this is the default (required on the default). */
    reason: LocalizedSchema.optional(),
  })
  .readonly();
export type Variant = z.infer<typeof VariantSchema>;

/**
 * A break in the series: the periods `from`–`to` (both included, written as the indicator's
 * periods) were measured differently, so they do not compare with the periods around them
 * (`karaktergennemsnit` 2019/2020–2021/2022: raised teacher grades instead of examinations).
 */
export const SeriesBreakSchema = z
  .strictObject({
    from: z.string(),
    to: z.string(),
    /** What differs in those periods, in a sentence every chart, table and the report carries. */
    label: LocalizedSchema,
  })
  .readonly();
export type SeriesBreak = z.infer<typeof SeriesBreakSchema>;
