/**
 * The person-level columns must be readable without guessing: `person_id` comes first, no name or
 * alias is used twice, and only `code` columns list codes.
 */
import type { FieldProblem } from '../catalogue-problem.ts';
import type { Rule } from './rule.ts';

export const personLevelRules: Rule = (indicator) => {
  const columns = indicator.person_level;
  const problems: FieldProblem[] = [];
  if (columns.length > 0 && columns[0]?.name !== 'person_id') {
    problems.push({
      field: 'person_level[0].name',
      da: 'den første kolonne skal være person_id',
      en: 'the first column must be person_id',
    });
  }
  const headers = new Map<string, number>();
  columns.forEach((column, i) => {
    for (const [part, header] of [
      ['name', column.name],
      ['alias', column.alias],
    ] as const) {
      if (header === undefined) continue;
      if (headers.has(header)) {
        problems.push({
          field: `person_level[${i}].${part}`,
          da: `kolonnenavnet »${header}« bruges allerede`,
          en: `the column name "${header}" is already used`,
        });
      }
      headers.set(header, i);
    }
    if (column.values !== undefined && column.type !== 'code') {
      problems.push({
        field: `person_level[${i}].values`,
        da: 'kun kolonner af typen code kan have koder (values)',
        en: 'only columns of type code can list codes (values)',
      });
    }
  });
  return problems;
};
