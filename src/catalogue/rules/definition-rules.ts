/**
 * The official definition and the variants (issue 14): a deviation must say how and why, an
 * official definition must say where a reader finds it, and variants need unique ids and exactly
 * one default — computed, and with the reason it is the default.
 */
import type { FieldProblem } from '../catalogue-problem.ts';
import { comparePeriods, parsePeriod, periodErrorMessage } from '../periods/index.ts';
import type { Rule } from './rule.ts';

export const definitionRules: Rule = (indicator) => [...officialProblems(indicator), ...variantProblems(indicator), ...seriesBreakProblems(indicator)];

function officialProblems(indicator: Parameters<Rule>[0]): FieldProblem[] {
  const { status, url, note } = indicator.official_definition;
  const problems: FieldProblem[] = [];
  if (status === 'deviates' && note === undefined) {
    problems.push({
      field: 'official_definition.note',
      da: 'definitionen afviger fra den officielle, men noten om hvordan og hvorfor mangler',
      en: 'the definition deviates from the official one, but the note on how and why is missing',
    });
  }
  if (status !== 'none' && url === undefined) {
    problems.push({
      field: 'official_definition.url',
      da: 'den officielle definition mangler en adresse (url), hvor læseren kan finde den',
      en: 'the official definition lacks an address (url) where the reader can find it',
    });
  }
  return problems;
}

function variantProblems(indicator: Parameters<Rule>[0]): FieldProblem[] {
  const { variants } = indicator;
  if (variants.length === 0) return [];
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  variants.forEach((v, i) => {
    if (seen.has(v.id)) problems.push({ field: `variants[${i}].id`, da: `varianten ${v.id} findes to gange`, en: `the variant ${v.id} appears twice` });
    seen.add(v.id);
  });
  const defaults = variants.flatMap((v, i) => (v.default ? [i] : []));
  if (defaults.length !== 1) {
    problems.push({
      field: 'variants',
      da: `præcis én variant skal være standard (default: true); fandt ${defaults.length}`,
      en: `exactly one variant must be the default (default: true); found ${defaults.length}`,
    });
  }
  for (const i of defaults) {
    const v = variants[i];
    if (v === undefined) continue;
    if (!v.computed) {
      problems.push({
        field: `variants[${i}].computed`,
        da: 'standardvarianten skal være beregnet: tallene følger den',
        en: 'the default variant must be computed: the figures follow it',
      });
    }
    if (v.reason === undefined) {
      problems.push({
        field: `variants[${i}].reason`,
        da: 'standardvarianten mangler begrundelsen for, at den er standard',
        en: 'the default variant lacks the reason why it is the default',
      });
    }
  }
  problems.push(...variantFieldProblems(indicator), ...relationTargetProblems(indicator));
  return problems;
}

/**
 * `of` belongs to `measures_of` and must name another computed variant (whose persons the
 * measures are of); `among` belongs to `within_default_among` and must name the indicator's own
 * breakdowns and values — a relation to cells that do not exist protects nothing.
 */
function relationTargetProblems(indicator: Parameters<Rule>[0]): FieldProblem[] {
  return indicator.variants.flatMap((v, i): FieldProblem[] => {
    const field = `variants[${i}]`;
    const problems: FieldProblem[] = [];
    if ((v.relation === 'measures_of') !== (v.of !== undefined)) {
      problems.push({
        field: `${field}.of`,
        da: 'of (den variant, hvis personer foranstaltningerne tælles for) hører til relationen measures_of og kun til den',
        en: 'of (the variant whose persons the measures are counted for) belongs to the relation measures_of and only to it',
      });
    } else if (v.of !== undefined) {
      const target = indicator.variants.find((w) => w.id === v.of);
      if (target === undefined || target.id === v.id || !target.computed || target.relation === 'measures_of') {
        problems.push({
          field: `${field}.of`,
          da: `of skal nævne en anden beregnet variant, der tæller personer; ${v.of} gør ikke`,
          en: `of must name another computed variant that counts persons; ${v.of} does not`,
        });
      }
    }
    if ((v.relation === 'within_default_among') !== (v.among !== undefined)) {
      problems.push({
        field: `${field}.among`,
        da: 'among (de værdier, variantens personer er blandt) hører til relationen within_default_among og kun til den',
        en: 'among (the values the variant’s persons are among) belongs to the relation within_default_among and only to it',
      });
    } else if (v.among !== undefined) {
      problems.push(...amongProblems(indicator, v.among, `${field}.among`));
    }
    return problems;
  });
}

function amongProblems(indicator: Parameters<Rule>[0], among: Readonly<Record<string, readonly string[]>>, field: string): FieldProblem[] {
  if (Object.keys(among).length === 0) return [{ field, da: 'among nævner ingen opdeling', en: 'among names no breakdown' }];
  return Object.entries(among).flatMap(([key, codes]): FieldProblem[] => {
    const breakdown = indicator.breakdowns.find((b) => b.key === key);
    const unknown = codes.filter((code) => !(breakdown?.values.some((value) => value.code === code) ?? false));
    if (breakdown !== undefined && unknown.length === 0) return [];
    return [
      {
        field: `${field}.${key}`,
        da: `opdelingen ${key} har ikke værdierne ${(breakdown === undefined ? codes : unknown).join(', ')}`,
        en: `the breakdown ${key} does not have the values ${(breakdown === undefined ? codes : unknown).join(', ')}`,
      },
    ];
  });
}

/**
 * A computed second figure must say how its counts relate to the default's (else the one
 * suppression rule cannot protect their difference); a variant not computed must say which
 * column it needs; the default needs neither.
 */
function variantFieldProblems(indicator: Parameters<Rule>[0]): FieldProblem[] {
  return indicator.variants.flatMap((v, i): FieldProblem[] => {
    const field = `variants[${i}]`;
    if (v.default) {
      return v.relation === undefined
        ? []
        : [
            {
              field: `${field}.relation`,
              da: 'standardvarianten er tallene selv og har ingen relation',
              en: 'the default variant is the figures themselves and has no relation',
            },
          ];
    }
    if (v.computed && v.relation === undefined) {
      return [
        {
          field: `${field}.relation`,
          da: `varianten ${v.id} beregnes som andet tal og skal angive sin relation til standarden (contains_default eller within_default), så diskretionen kan beskytte forskellen`,
          en: `the variant ${v.id} is computed as a second figure and must state its relation to the default (contains_default or within_default), so that suppression can protect the difference`,
        },
      ];
    }
    if (!v.computed && v.needs === undefined) {
      return [
        {
          field: `${field}.needs`,
          da: `varianten ${v.id} beregnes ikke og skal angive, hvilken kolonne den mangler (needs)`,
          en: `the variant ${v.id} is not computed and must state which column it needs (needs)`,
        },
      ];
    }
    return [];
  });
}

/** A series break's periods must be the indicator's own periods, `from` not after `to`. */
function seriesBreakProblems(indicator: Parameters<Rule>[0]): FieldProblem[] {
  return indicator.series_breaks.flatMap((b, i): FieldProblem[] => {
    const ends = (['from', 'to'] as const).map((end) => ({ end, parsed: parsePeriod(b[end], indicator.period_type) }));
    const problems = ends.flatMap(({ end, parsed }): FieldProblem[] =>
      parsed.ok ? [] : [{ field: `series_breaks[${i}].${end}`, da: periodErrorMessage(parsed.error, 'da'), en: periodErrorMessage(parsed.error, 'en') }],
    );
    const [from, to] = ends.map((e) => e.parsed);
    if (from?.ok === true && to?.ok === true && comparePeriods(from.period, to.period) > 0) {
      problems.push({ field: `series_breaks[${i}]`, da: 'bruddet slutter (to) før det begynder (from)', en: 'the break ends (to) before it begins (from)' });
    }
    return problems;
  });
}
