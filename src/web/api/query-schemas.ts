/**
 * The HTTP query parameters, validated at the edge with zod: ids and periods must have their
 * written forms, groups must be one of the four, and nothing unknown is accepted by the API.
 */
import { z } from 'zod';
import { parseAnyPeriod } from '../../catalogue/index.ts';
import { DELIVERY_GROUPS } from '../../origin/types.ts';
import { LANGUAGES } from '../../language/index.ts';

export const IndicatorIdParam = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'not an indicator id');

export const PeriodParam = z
  .string()
  .max(20)
  .refine((text) => parseAnyPeriod(text).ok, 'not a period (write 2025, 2024-10/2025-09, 2024/2025 or KV2025)');

const BreakdownParam = z
  .string()
  .max(200)
  .regex(/^[^<>"]*$/, 'not a breakdown');
const LangParam = z.enum(LANGUAGES);

/** `GET /api/results`. */
export const ResultsQuery = z.strictObject({
  municipality: z
    .string()
    .regex(/^[0-9]{3}$/, 'not a three-digit kommunekode (000 = the whole country)')
    .optional(),
  indicator: IndicatorIdParam.optional(),
  period: PeriodParam.optional(),
  group: z.enum(DELIVERY_GROUPS).optional(),
  breakdown: BreakdownParam.optional(),
  lang: LangParam.optional(),
});

/** `GET /api/areas`. */
export const AreasQuery = z.strictObject({ period: PeriodParam.optional(), lang: LangParam.optional() });

/** The indicator page, its downloads and its charts (unknown parameters are ignored, not refused). */
export const SelectionQuery = z.object({
  breakdown: BreakdownParam.optional(),
  groups: z.enum(['all']).optional(),
  kind: z.enum(['main', 'gap']).optional(),
  danish: z.enum(['1', 'true']).optional(),
  lang: LangParam.optional(),
});

/** The housing-area page and its downloads. */
export const AreasPageQuery = z.object({ period: PeriodParam.optional(), lang: LangParam.optional() });
