/**
 * The person-level columns an indicator accepts in `indikator aggregate`: one file per indicator
 * and period, `person_id` plus the indicator's own columns, each with a Danish alias that ingest
 * accepts as a header too.
 */
import { z } from 'zod';
import { LocalizedSchema, SnakeNameSchema } from './text-schema.ts';

export const COLUMN_TYPES = ['id', 'date', 'boolean', 'number', 'code'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** One allowed code of a `code` column, with the Danish spellings that mean the same. */
export const ColumnCodeSchema = z.strictObject({ code: SnakeNameSchema, aliases: z.array(z.string().trim().min(1)).readonly().default([]) }).readonly();
export type ColumnCode = z.infer<typeof ColumnCodeSchema>;

export const PersonLevelColumnSchema = z
  .strictObject({
    name: SnakeNameSchema,
    alias: SnakeNameSchema.optional(),
    type: z.enum(COLUMN_TYPES),
    required: z.boolean().default(true),
    description: LocalizedSchema.optional(),
    /** The allowed codes, for `type: code` only. */
    values: z.array(ColumnCodeSchema).min(1).readonly().optional(),
  })
  .readonly();
export type PersonLevelColumn = z.infer<typeof PersonLevelColumnSchema>;
