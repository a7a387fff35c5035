/**
 * The measure and its display must agree: a share is shown in percent, a rate per 1,000, and so
 * on; a mean's scale must run upwards; an index measure's headline index must be one it shows.
 */
import type { FieldProblem } from '../catalogue-problem.ts';
import { UNIT_OF_MEASURE } from '../schema/measure-schema.ts';
import type { Rule } from './rule.ts';

export const measureRules: Rule = (indicator) => {
  const { measure, display } = indicator;
  const problems: FieldProblem[] = [];
  const unit = UNIT_OF_MEASURE[measure.kind];
  if (display.unit !== unit) {
    problems.push({
      field: 'display.unit',
      da: `målet »${measure.kind}« vises med enheden »${unit}«, ikke »${display.unit}«`,
      en: `the measure "${measure.kind}" is shown with the unit "${unit}", not "${display.unit}"`,
    });
  }
  if (measure.kind === 'mean' && !(measure.min < measure.max)) {
    problems.push({
      field: 'measure.max',
      da: 'skalaens max skal være større end dens min',
      en: "the scale's max must be greater than its min",
    });
  }
  if (measure.kind === 'index') problems.push(...indexProblems(measure.indices, measure.headline));
  return problems;
};

function indexProblems(indices: readonly string[], headline: string): FieldProblem[] {
  const duplicate = indices.findIndex((name, j) => indices.indexOf(name) !== j);
  if (duplicate >= 0) {
    return [
      {
        field: `measure.indices[${duplicate}]`,
        da: `indekset »${indices[duplicate]}« er angivet mere end én gang`,
        en: `the index "${indices[duplicate]}" is given more than once`,
      },
    ];
  }
  return indices.includes(headline)
    ? []
    : [
        {
          field: 'measure.headline',
          da: `hovedindekset »${headline}« skal være et af de viste indeks (measure.indices)`,
          en: `the headline index "${headline}" must be one of the indices shown (measure.indices)`,
        },
      ];
}
