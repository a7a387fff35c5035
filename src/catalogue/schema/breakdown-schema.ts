/**
 * Breakdowns: the dimensions an indicator is split by (age, type of measure, housing area, age
 * band). A delivery names a cell as `key=code`, e.g. `age=under18`. A closed breakdown lists its
 * codes; an open one (`area`) takes whatever codes the data brings.
 */
import { z } from 'zod';
import { CodeSchema, LocalizedSchema, SnakeNameSchema } from './text-schema.ts';

/** The breakdown key whose codes are age bands (`0-17`, `80+`), used for age standardisation. */
export const AGEBAND_KEY = 'ageband';

export const BreakdownValueSchema = z.strictObject({ code: CodeSchema, label: LocalizedSchema }).readonly();
export type BreakdownValue = z.infer<typeof BreakdownValueSchema>;

export const BreakdownSchema = z
  .strictObject({
    key: SnakeNameSchema,
    label: LocalizedSchema,
    /** True when the codes come from the data (housing areas); `values` may then be empty. */
    open: z.boolean().default(false),
    values: z.array(BreakdownValueSchema).readonly(),
  })
  .readonly();
export type Breakdown = z.infer<typeof BreakdownSchema>;
