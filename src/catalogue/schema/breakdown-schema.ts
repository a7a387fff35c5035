/**
 * Breakdowns: the dimensions an indicator is split by (age, type of measure, housing area, age
 * band). A delivery names a cell as `key=code`, e.g. `age=under18`. A closed breakdown lists its
 * codes; an open one (`area`) takes whatever codes the data brings.
 *
 * Every breakdown is a partition, because small-cell protection must know how its cells relate
 * to the whole (a relation it does not know is a way to subtract): `splits: population` — each
 * person of the group's denominator is in exactly one value (or in the remainder), so numerators
 * and denominators add up to the whole group's; `splits: numerator` — each person of the
 * numerator is in exactly one value, and every value's denominator is the whole group's (kinds of
 * measure). Persons outside every listed value are the `remainder` cell where one is declared. A
 * value that is the union of values of another breakdown says so in `union_of` (`age=under18` is
 * `ageband=15-17`); a value that holds values of other breakdowns and possibly more persons says
 * so in `contains` (`generation=immigrant` holds `refugee=yes`: descendants are never refugees).
 */
import { z } from 'zod';
import { CodeSchema, LocalizedSchema, SnakeNameSchema } from './text-schema.ts';

/** The breakdown key whose codes are age bands (`0-17`, `80+`), used for age standardisation. */
export const AGEBAND_KEY = 'ageband';

export const BreakdownValueSchema = z
  .strictObject({
    code: CodeSchema,
    label: LocalizedSchema,
    /** The same persons as these values of another breakdown, e.g. `{ ageband: [15-17] }`. */
    union_of: z.record(SnakeNameSchema, z.array(CodeSchema).min(1).readonly()).optional(),
    /**
     * Values of other breakdowns whose persons are all persons of this one, the rest of its
     * persons being in none of them, e.g. `{ refugee: [yes], residence: [0-2, 3-5, 6-9, 10+] }`
     * on `generation=immigrant`: a reader who knows it can subtract, so suppression must too.
     */
    contains: z.record(SnakeNameSchema, z.array(CodeSchema).min(1).readonly()).optional(),
  })
  .readonly();
export type BreakdownValue = z.infer<typeof BreakdownValueSchema>;

export const BreakdownSchema = z
  .strictObject({
    key: SnakeNameSchema,
    label: LocalizedSchema,
    /** True when the codes come from the data (housing areas); `values` may then be empty. */
    open: z.boolean().default(false),
    values: z.array(BreakdownValueSchema).readonly(),
    /** What the values split: the group's persons (default) or only its numerator. */
    splits: z.enum(['population', 'numerator']).default('population'),
    /** The cell of persons outside every listed value (no housing area, unknown), if there can be any. */
    remainder: z.strictObject({ code: CodeSchema, label: LocalizedSchema }).readonly().optional(),
  })
  .readonly();
export type Breakdown = z.infer<typeof BreakdownSchema>;
