/**
 * The standard person breakdowns (`sex`, `generation`, `refugee`, `residence`, `region`, `menapt`,
 * `region_menapt`) are declared with exactly the codes the aggregation writes, as splits of the
 * persons, with their remainder, and with the unions between them (each region and `menapt=yes`
 * are unions of `region_menapt` values): the aggregation fills them from the population extract,
 * and small-cell protection must know every relation (a different code, `splits: numerator` or a
 * missing union would be a relation it does not know). Likewise the values that hold others
 * (`generation=immigrant` contains `refugee=yes` and the residence bands), as far as the indicator
 * has those breakdowns.
 */
import type { FieldProblem } from '../catalogue-problem.ts';
import { isPersonBreakdownKey, PERSON_BREAKDOWNS, type PersonBreakdownSpec } from '../person-breakdowns.ts';
import type { Breakdown } from '../schema/breakdown-schema.ts';
import type { Rule } from './rule.ts';

export const personBreakdownRules: Rule = (indicator) =>
  indicator.breakdowns.flatMap((breakdown, i): FieldProblem[] => {
    if (!isPersonBreakdownKey(breakdown.key)) return [];
    const spec = PERSON_BREAKDOWNS[breakdown.key];
    const codes = breakdown.values.map((v) => v.code);
    const sameCodes = codes.length === spec.codes.length && spec.codes.every((c, j) => codes[j] === c);
    const keys = new Set(indicator.breakdowns.map((b) => b.key));
    const fits =
      sameCodes &&
      !breakdown.open &&
      breakdown.splits === 'population' &&
      (breakdown.remainder?.code ?? null) === spec.remainder &&
      sameUnions(breakdown, spec) &&
      sameContains(breakdown, spec, keys);
    if (fits) return [];
    const wanted = `${spec.codes.join(', ')}; splits: population; remainder: ${spec.remainder ?? '(none)'}${unionText(spec)}${containsText(spec, keys)}`;
    return [
      {
        field: `breakdowns[${i}]`,
        da: `opdelingen »${breakdown.key}« er en standardopdeling og skal have koderne ${wanted}`,
        en: `the breakdown "${breakdown.key}" is a standard breakdown and must have the codes ${wanted}`,
      },
    ];
  });

/** Every value's `union_of` is the spec's union for its code (none where the spec has none). */
function sameUnions(breakdown: Breakdown, spec: PersonBreakdownSpec): boolean {
  return breakdown.values.every((value) => {
    const wanted = spec.unions?.[value.code];
    const declared = Object.entries(value.union_of ?? {});
    if (wanted === undefined) return declared.length === 0;
    const [key, codes] = declared[0] ?? ['', []];
    return declared.length === 1 && key === wanted.key && codes.length === wanted.codes.length && wanted.codes.every((c, i) => codes[i] === c);
  });
}

/** The spec's `contains` of a code, for the breakdowns the indicator has (`[key, codes]` in the spec's order). */
function wantedContains(spec: PersonBreakdownSpec, code: string, keys: ReadonlySet<string>): [string, readonly string[]][] {
  return Object.entries(spec.contains?.[code] ?? {}).filter((entry): entry is [string, readonly string[]] => keys.has(entry[0]) && entry[1] !== undefined);
}

/** Every value's `contains` is the spec's for its code, as far as the indicator has those breakdowns. */
function sameContains(breakdown: Breakdown, spec: PersonBreakdownSpec, keys: ReadonlySet<string>): boolean {
  return breakdown.values.every((value) => {
    const wanted = wantedContains(spec, value.code, keys);
    const declared = value.contains ?? {};
    if (Object.keys(declared).length !== wanted.length) return false;
    return wanted.every(([key, codes]) => {
      const got = declared[key];
      return got !== undefined && got.length === codes.length && codes.every((c, i) => got[i] === c);
    });
  });
}

function containsText(spec: PersonBreakdownSpec, keys: ReadonlySet<string>): string {
  const text = Object.keys(spec.contains ?? {}).flatMap((code) => {
    const wanted = wantedContains(spec, code, keys);
    return wanted.length === 0 ? [] : [`${code} ⊇ ${wanted.map(([key, codes]) => `${key} ${codes.join('+')}`).join(', ')}`];
  });
  return text.length === 0 ? '' : `; contains: ${text.join('; ')}`;
}

function unionText(spec: PersonBreakdownSpec): string {
  const unions = Object.entries(spec.unions ?? {});
  return unions.length === 0 ? '' : `; union_of: ${unions.map(([code, u]) => `${code} = ${u.key} ${u.codes.join('+')}`).join(', ')}`;
}
