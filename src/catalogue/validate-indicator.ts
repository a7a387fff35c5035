/**
 * Validating one indicator: first the strict schema, then the cross-field rules. Pure — it takes
 * an already parsed object — so tests and the web app's catalogue editor can feed it objects
 * directly, and the loader feeds it what the YAML files hold.
 */
import type { CatalogueProblem } from './catalogue-problem.ts';
import { indicatorRuleProblems } from './rules/index.ts';
import { type Indicator, IndicatorSchema } from './schema/indicator-schema.ts';
import { issueProblems } from './schema/issue-problem.ts';
import { withVariantBreakdown } from './variant-breakdown.ts';

export type ValidateIndicatorResult =
  | { readonly ok: true; readonly indicator: Indicator }
  | { readonly ok: false; readonly problems: readonly CatalogueProblem[] };

/**
 * Checks that `data` is a complete, consistent indicator; a valid one gets the `variant`
 * breakdown of its computed second figures (`variant-breakdown.ts`). `fileLabel` names where it came from
 * in every problem (a file name such as `hjemmepleje.yaml`).
 *
 * @example validateIndicator(parsedYaml, 'hjemmepleje.yaml') // { ok: true, indicator } or { ok: false, problems }
 */
export function validateIndicator(data: unknown, fileLabel: string): ValidateIndicatorResult {
  const parsed = IndicatorSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => issueProblems(issue, data));
    return { ok: false, problems: problems.map((p) => ({ file: fileLabel, ...p })) };
  }
  const problems = indicatorRuleProblems(parsed.data);
  return problems.length === 0
    ? { ok: true, indicator: withVariantBreakdown(parsed.data) }
    : { ok: false, problems: problems.map((p) => ({ file: fileLabel, ...p })) };
}
