/**
 * Turns zod's issues into problems a person can act on, in Danish and English. Zod words its
 * messages in English only, so each issue code is worded here once.
 */
import type { z } from 'zod';
import { type FieldProblem, fieldPath } from '../catalogue-problem.ts';
import type { Localized } from '../../language/index.ts';

type Issue = z.core.$ZodIssue;

const FORMATS: Readonly<Record<string, Localized>> = {
  'format.id': {
    da: 'kun små bogstaver a–z, tal og bindestreg (fx boern-anbringelse)',
    en: 'lower-case letters a–z, digits and hyphens only (e.g. boern-anbringelse)',
  },
  'format.name': {
    da: 'kun små bogstaver a–z, tal og understregning, begyndende med et bogstav (fx person_id)',
    en: 'lower-case letters a–z, digits and underscores only, starting with a letter (e.g. person_id)',
  },
  'format.code': {
    da: 'kun bogstaver, tal, _, - og +, uden mellemrum (fx under18, 0-17, 80+)',
    en: 'letters, digits, _, - and + only, without blanks (e.g. under18, 0-17, 80+)',
  },
};

const TYPE_NAMES: Readonly<Record<string, Localized>> = {
  string: { da: 'en tekst', en: 'a text' },
  number: { da: 'et tal', en: 'a number' },
  int: { da: 'et heltal', en: 'a whole number' },
  boolean: { da: 'true eller false', en: 'true or false' },
  array: { da: 'en liste', en: 'a list' },
  object: { da: 'en gruppe af felter', en: 'a group of fields' },
};

/**
 * One or more field problems for a zod issue raised on `input` (an unknown-keys issue yields one
 * per key; a field absent from `input` is reported as missing, whatever zod's wording).
 */
export function issueProblems(issue: Issue, input: unknown): FieldProblem[] {
  const field = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      field: fieldPath([...issue.path, key]),
      da: 'ukendt felt (tjek stavningen; se docs/catalogue.md)',
      en: 'unknown field (check the spelling; see docs/catalogue.md)',
    }));
  }
  if (issue.path.length > 0 && valueAt(input, issue.path) === undefined) {
    return [{ field, da: 'feltet mangler', en: 'the field is missing' }];
  }
  return [{ field, ...describe(issue) }];
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(issue: Issue): Localized {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue.expected);
    case 'invalid_value':
      return allowed(issue.values.map(String));
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options) ? allowed(issue.options.map(String)) : { da: 'ugyldig værdi', en: 'invalid value' };
    case 'invalid_format': {
      const format = FORMATS[issue.message];
      return format === undefined
        ? { da: 'forkert format', en: `wrong format (${issue.message})` }
        : { da: `forkert format: ${format.da}`, en: `wrong format: ${format.en}` };
    }
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum));
    case 'too_big':
      return { da: `må højst være ${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` };
    default:
      return { da: 'ugyldig værdi', en: issue.message };
  }
}

function invalidType(expected: string): Localized {
  const type = TYPE_NAMES[expected] ?? { da: expected, en: expected };
  return { da: `skal være ${type.da}`, en: `must be ${type.en}` };
}

function allowed(values: readonly string[]): Localized {
  const list = values.join(', ');
  return { da: `ugyldig værdi; tilladt er: ${list}`, en: `invalid value; allowed are: ${list}` };
}

function tooSmall(origin: string, minimum: number): Localized {
  if (origin === 'string') return { da: 'må ikke være tom', en: 'must not be blank' };
  if (origin === 'array') {
    return { da: `skal have mindst ${minimum} element(er)`, en: `must have at least ${minimum} item(s)` };
  }
  return { da: `skal være mindst ${minimum}`, en: `must be at least ${minimum}` };
}
