/**
 * zod schemas for the JSON that StatBank sends, checked once where it enters the product. Unknown
 * fields are allowed (StatBank adds fields over time); the fields we use must be there and typed.
 */
import { z } from 'zod';

const subject: z.ZodType<{ id: string; description: string; active: boolean; hasSubjects: boolean; subjects: unknown[] }> = z.lazy(() =>
  z.object({
    id: z.string(),
    description: z.string(),
    active: z.boolean(),
    hasSubjects: z.boolean(),
    subjects: z.array(subject),
  }),
);

export const SubjectsSchema = z.array(subject);

export const TablesSchema = z.array(
  z.object({
    id: z.string(),
    text: z.string(),
    unit: z.string(),
    updated: z.string(),
    firstPeriod: z.string(),
    latestPeriod: z.string(),
    active: z.boolean(),
    variables: z.array(z.string()),
  }),
);

export const TableInfoSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  description: z.string().default(''),
  unit: z.string().default(''),
  updated: z.string().min(1),
  active: z.boolean().default(true),
  documentation: z.object({ url: z.string() }).nullish(),
  variables: z.array(
    z.object({
      id: z.string().min(1),
      text: z.string(),
      elimination: z.boolean().default(false),
      time: z.boolean().default(false),
      values: z.array(z.object({ id: z.string(), text: z.string() })),
    }),
  ),
});

/** The body of an error answer: `{"errorTypeCode": "EXTRACT-NOTFOUND", "message": "…"}`. */
export const ErrorBodySchema = z.object({
  errorTypeCode: z.string().nullish(),
  message: z.string(),
});

const category = z.object({
  index: z.union([z.record(z.string(), z.number().int().nonnegative()), z.array(z.string())]),
  label: z.record(z.string(), z.string()).optional(),
});

const dimension = z.object({ label: z.string().optional(), category });

const values = z.union([z.array(z.number().nullable()), z.record(z.string(), z.number().nullable())]);

/**
 * A JSON-stat dataset. StatBank's `JSONSTAT` answer is the 1.x bundle `{"dataset": {...}}` with
 * `id`, `size` and `role` inside `dimension`; JSON-stat 2.0 puts `id` and `size` at the top level.
 */
export const JsonStatSchema = z.union([
  z.object({
    dataset: z.object({
      dimension: z.record(z.string(), z.unknown()),
      value: values,
      updated: z.string().optional(),
    }),
  }),
  z.object({
    version: z.literal('2.0'),
    class: z.literal('dataset'),
    id: z.array(z.string()),
    size: z.array(z.number().int().nonnegative()),
    dimension: z.record(z.string(), z.unknown()),
    role: z.object({ metric: z.array(z.string()).optional() }).optional(),
    value: values,
    updated: z.string().optional(),
  }),
]);

export const JsonStatDimensionSchema = dimension;
export const JsonStatV1LayoutSchema = z.object({
  id: z.array(z.string()),
  size: z.array(z.number().int().nonnegative()),
  role: z.object({ metric: z.array(z.string()).optional() }).optional(),
});
