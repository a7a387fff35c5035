/**
 * The standard person breakdowns (`sex`, `generation`, `refugee`, `residence`) are declared with exactly the codes the
 * aggregation writes, as splits of the persons, with their remainder: the aggregation fills them
 * from the population extract, and small-cell protection must know the relation to the whole
 * group (a different code or `splits: numerator` would be a relation it does not know).
 */
import type { FieldProblem } from '../catalogue-problem.ts';
import { isPersonBreakdownKey, PERSON_BREAKDOWNS } from '../person-breakdowns.ts';
import type { Rule } from './rule.ts';

export const personBreakdownRules: Rule = (indicator) =>
  indicator.breakdowns.flatMap((breakdown, i): FieldProblem[] => {
    if (!isPersonBreakdownKey(breakdown.key)) return [];
    const spec = PERSON_BREAKDOWNS[breakdown.key];
    const codes = breakdown.values.map((v) => v.code);
    const sameCodes = codes.length === spec.codes.length && spec.codes.every((c, j) => codes[j] === c);
    const fits = sameCodes && !breakdown.open && breakdown.splits === 'population' && (breakdown.remainder?.code ?? null) === spec.remainder;
    if (fits) return [];
    const wanted = `${spec.codes.join(', ')}; splits: population; remainder: ${spec.remainder ?? '(none)'}`;
    return [
      {
        field: `breakdowns[${i}]`,
        da: `opdelingen »${breakdown.key}« er en standardopdeling og skal have koderne ${wanted}`,
        en: `the breakdown "${breakdown.key}" is a standard breakdown and must have the codes ${wanted}`,
      },
    ];
  });
