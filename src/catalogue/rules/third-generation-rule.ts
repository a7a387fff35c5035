/**
 * The memo, paragraph 3: where third-generation immigrants are included, it must be stated
 * clearly that they are, and why. An indicator that includes them without a justification in both
 * languages is refused.
 */
import type { FieldProblem } from '../catalogue-problem.ts';
import type { Rule } from './rule.ts';
import { LANGUAGES } from '../../language/index.ts';

export const thirdGenerationRule: Rule = (indicator) => {
  const { included, justification } = indicator.third_generation;
  if (!included) return [];
  if (justification === undefined) {
    return [
      {
        field: 'third_generation.justification',
        da: 'tredje generation er medtaget i målgruppen, men begrundelsen mangler; notatet kræver, at det skrives tydeligt, at de indgår, og hvorfor',
        en: 'the third generation is included in the target group but the justification is missing; the memo requires stating clearly that they are included, and why',
      },
    ];
  }
  return LANGUAGES.flatMap((lang): FieldProblem[] =>
    justification[lang].trim() === ''
      ? [
          {
            field: `third_generation.justification.${lang}`,
            da: 'tredje generation er medtaget, men begrundelsen er tom',
            en: 'the third generation is included, but the justification is blank',
          },
        ]
      : [],
  );
};
