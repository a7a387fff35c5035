/**
 * Fields that only make sense together: an indicator has an owner unless it is still under
 * examination; parity needs a comparison group to be at parity with; age standardisation needs a
 * standard population and age bands, and a standard population needs age standardisation.
 */
import type { FieldProblem } from '../catalogue-problem.ts';
import { AGEBAND_KEY } from '../schema/breakdown-schema.ts';
import type { Rule } from './rule.ts';

export const consistencyRules: Rule = (indicator) => {
  const problems: FieldProblem[] = [];
  if (indicator.owners.length === 0 && indicator.status === 'active') {
    problems.push({
      field: 'owners',
      da: 'en aktiv indikator skal have mindst én ansvarlig enhed',
      en: 'an active indicator must have at least one owning department',
    });
  }
  const twice = indicator.owners.findIndex((owner, i) => indicator.owners.indexOf(owner) !== i);
  if (twice >= 0) {
    problems.push({ field: `owners[${twice}]`, da: 'enheden står der to gange', en: 'the department is listed twice' });
  }
  if (indicator.wanted === 'parity' && indicator.comparison !== 'comparison_group') {
    problems.push({
      field: 'wanted',
      da: 'parity (på niveau med sammenligningsgruppen) kræver comparison: comparison_group',
      en: 'parity (at the level of the comparison group) requires comparison: comparison_group',
    });
  }
  return [...problems, ...standardisationProblems(indicator)];
};

const standardisationProblems: Rule = (indicator) => {
  const hasBands = indicator.breakdowns.some((b) => b.key === AGEBAND_KEY);
  if (!indicator.age_standardised) {
    return indicator.standard_population === undefined
      ? []
      : [
          {
            field: 'standard_population',
            da: 'standard_population bruges kun, når age_standardised er true',
            en: 'standard_population is only used when age_standardised is true',
          },
        ];
  }
  const problems: FieldProblem[] = [];
  if (indicator.standard_population === undefined) {
    problems.push({
      field: 'standard_population',
      da: 'en aldersstandardiseret indikator skal angive standardbefolkningen (fx comparison)',
      en: 'an age-standardised indicator must name its standard population (e.g. comparison)',
    });
  }
  if (!hasBands) {
    problems.push({
      field: 'breakdowns',
      da: `en aldersstandardiseret indikator skal have opdelingen »${AGEBAND_KEY}« med aldersintervaller`,
      en: `an age-standardised indicator needs the "${AGEBAND_KEY}" breakdown with age bands`,
    });
  }
  return problems;
};
