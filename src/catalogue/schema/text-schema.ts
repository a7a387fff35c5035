/**
 * Building blocks shared by the catalogue schema: texts in two languages and the identifier
 * formats. Format errors carry a key (`format.id`, …) that `issue-problem.ts` turns into a Danish
 * and an English sentence, since zod itself only speaks English.
 */
import { z } from 'zod';

/** A text that is not empty or only blanks. */
export const NonBlank = z.string().trim().min(1);

/** A text in Danish and English, both required and non-blank. */
export const LocalizedSchema = z.strictObject({ da: NonBlank, en: NonBlank }).readonly();

/** Indicator ids: lower-case ASCII words joined by hyphens (`boern-anbringelse`). */
export const IndicatorIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'format.id' });

/** Breakdown keys and column names: lower-case ASCII with underscores (`ageband`, `person_id`). */
export const SnakeNameSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'format.name' });

/**
 * Breakdown value codes as they appear after `key=` in a delivery (`under18`, `0-17`, `80+`,
 * `0101`): letters, digits, `_`, `-` and `+`, no blanks, `=` or `,`.
 */
export const CodeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_+-]*$/, { error: 'format.code' });
