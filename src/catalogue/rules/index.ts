/**
 * Every rule an indicator must pass after its schema check, run in one go so that a file with
 * several mistakes reports them all.
 */
import type { FieldProblem } from '../catalogue-problem.ts';
import type { Indicator } from '../schema/indicator-schema.ts';
import { breakdownRules } from './breakdown-rules.ts';
import { consistencyRules } from './consistency-rules.ts';
import { definitionRules } from './definition-rules.ts';
import { measureRules } from './measure-rules.ts';
import { personBreakdownRules } from './person-breakdown-rules.ts';
import { personLevelRules } from './person-level-rules.ts';
import type { Rule } from './rule.ts';
import { thirdGenerationRule } from './third-generation-rule.ts';

const RULES: readonly Rule[] = [thirdGenerationRule, measureRules, breakdownRules, consistencyRules, personLevelRules, personBreakdownRules, definitionRules];

/** All problems the cross-field rules find in a schema-valid indicator. */
export function indicatorRuleProblems(indicator: Indicator): FieldProblem[] {
  return RULES.flatMap((rule) => rule(indicator));
}
