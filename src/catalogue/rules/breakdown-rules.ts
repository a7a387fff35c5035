/**
 * Breakdowns must be unambiguous: a key names one breakdown, a code one cell, a closed breakdown
 * lists at least one code, and the `ageband` codes are age bands in order without gaps. A
 * `union_of` or `contains` names another breakdown of the indicator and codes it lists; a
 * remainder code is not also a listed code.
 */
import { ageBandProblem } from '../age-band.ts';
import type { FieldProblem } from '../catalogue-problem.ts';
import { AGEBAND_KEY, type Breakdown } from '../schema/breakdown-schema.ts';
import { VARIANT_KEY } from '../schema/definition-schema.ts';
import type { Rule } from './rule.ts';

export const breakdownRules: Rule = (indicator) => {
  const seen = new Set<string>();
  return indicator.breakdowns.flatMap((breakdown, i) => {
    const problems: FieldProblem[] = [];
    if (seen.has(breakdown.key)) {
      problems.push({
        field: `breakdowns[${i}].key`,
        da: `opdelingen »${breakdown.key}« er angivet mere end én gang`,
        en: `the breakdown "${breakdown.key}" is given more than once`,
      });
    }
    seen.add(breakdown.key);
    if (breakdown.key === VARIANT_KEY) {
      problems.push({
        field: `breakdowns[${i}].key`,
        da: `opdelingen »${VARIANT_KEY}« dannes af de beregnede varianter (variants) og kan ikke angives selv`,
        en: `the breakdown "${VARIANT_KEY}" is made from the computed variants (variants) and cannot be declared`,
      });
    }
    return [...problems, ...valueProblems(breakdown, i), ...unionProblems(indicator.breakdowns, breakdown, i), ...remainderProblems(breakdown, i)];
  });
};

/** `union_of` and `contains` name another breakdown of the indicator and codes it lists. */
function unionProblems(all: readonly Breakdown[], breakdown: Breakdown, i: number): FieldProblem[] {
  return breakdown.values.flatMap((value, j) =>
    (['union_of', 'contains'] as const).flatMap((name) => nestingProblems(all, breakdown, value[name] ?? {}, `breakdowns[${i}].values[${j}].${name}`, name)),
  );
}

function nestingProblems(
  all: readonly Breakdown[],
  breakdown: Breakdown,
  declared: Readonly<Record<string, readonly string[]>>,
  at: string,
  name: string,
): FieldProblem[] {
  return Object.entries(declared).flatMap(([key, codes]) => {
    const other = all.find((b) => b.key === key && b !== breakdown);
    const field = `${at}.${key}`;
    if (other === undefined) {
      return [
        {
          field,
          da: `${name} nævner opdelingen »${key}«, som indikatoren ikke har`,
          en: `${name} names the breakdown "${key}", which the indicator does not have`,
        },
      ];
    }
    const known = new Set(other.values.map((v) => v.code));
    return codes
      .filter((code) => !known.has(code))
      .map((code) => ({ field, da: `koden »${code}« findes ikke i opdelingen »${key}«`, en: `the code "${code}" is not in the breakdown "${key}"` }));
  });
}

function remainderProblems(breakdown: Breakdown, i: number): FieldProblem[] {
  const code = breakdown.remainder?.code;
  if (code === undefined || !breakdown.values.some((v) => v.code === code)) return [];
  return [
    {
      field: `breakdowns[${i}].remainder.code`,
      da: `restkoden »${code}« er også en af opdelingens værdier`,
      en: `the remainder code "${code}" is also one of the breakdown's values`,
    },
  ];
}

function valueProblems(breakdown: Breakdown, i: number): FieldProblem[] {
  if (!breakdown.open && breakdown.values.length === 0) {
    return [
      {
        field: `breakdowns[${i}].values`,
        da: 'en lukket opdeling skal have mindst én værdi (eller open: true)',
        en: 'a closed breakdown needs at least one value (or open: true)',
      },
    ];
  }
  const codes = breakdown.values.map((value) => value.code);
  const duplicate = codes.findIndex((code, j) => codes.indexOf(code) !== j);
  if (duplicate >= 0) {
    return [
      {
        field: `breakdowns[${i}].values[${duplicate}].code`,
        da: `koden »${codes[duplicate]}« er angivet mere end én gang`,
        en: `the code "${codes[duplicate]}" is given more than once`,
      },
    ];
  }
  const bands = breakdown.key === AGEBAND_KEY ? ageBandProblem(codes) : undefined;
  return bands === undefined ? [] : [{ field: `breakdowns[${i}].values`, ...bands }];
}
