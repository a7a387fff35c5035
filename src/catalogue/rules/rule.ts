/**
 * A catalogue rule: a check that spans several fields of one indicator and so cannot be said in
 * the schema alone. Each rule returns every problem it finds (empty when the indicator is fine).
 */
import type { FieldProblem } from '../catalogue-problem.ts';
import type { Indicator } from '../schema/indicator-schema.ts';

export type Rule = (indicator: Indicator) => FieldProblem[];
