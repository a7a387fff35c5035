/**
 * JSON Schemas of what the API returns, written out by hand from `cells/result-row.ts`
 * (a test checks them against real responses). The indicator's schema is derived from the
 * catalogue's own zod schema, so the two cannot drift apart.
 */
import { z } from 'zod';
import { IndicatorSchema } from '../../catalogue/index.ts';
import { DEFINITIONS, DELIVERY_GROUPS } from '../../origin/types.ts';
import type { JsonSchema } from './openapi-types.ts';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const nullableNumber = (description: string): JsonSchema => ({ type: ['number', 'null'], description });
const nullableInteger = (description: string): JsonSchema => ({ type: ['integer', 'null'], minimum: 0, description });

const Change: JsonSchema = {
  type: 'object',
  description: 'A change in value between two periods, with its significance.',
  required: ['fromPeriod', 'from', 'to', 'difference', 'significant', 'pValue'],
  properties: {
    fromPeriod: { type: 'string' },
    from: { type: 'number' },
    to: { type: 'number' },
    difference: { type: 'number' },
    significant: { type: 'boolean' },
    pValue: { type: ['number', 'null'] },
  },
};

const MUNICIPALITY: JsonSchema = {
  type: 'string',
  pattern: '^[0-9]{3}$',
  description: "Statistics Denmark's three-digit kommunekode, e.g. 101 (København); 000 is the whole country.",
};

const ResultRow: JsonSchema = {
  type: 'object',
  description:
    'One cell of one indicator for one municipality, period, group and breakdown. A suppressed cell (too few persons; the threshold is in the API description) has suppressed=true and null numbers — never 0.',
  required: [
    'indicator',
    'municipality',
    'period',
    'group',
    'breakdown',
    'numerator',
    'denominator',
    'value',
    'ciLow',
    'ciHigh',
    'n',
    'suppressed',
    'gap',
    'gapCiLow',
    'gapCiHigh',
    'standardised',
    'standardisedGap',
    'standardisedMissing',
    'change',
    'status',
    'longTerm',
    'statusBasis',
    'statusReason',
    'definition',
    'thirdGeneration',
    'thirdGenerationJustification',
    'delivery',
    'note',
    'definitionHash',
    'variant',
  ],
  properties: {
    indicator: { type: 'string', description: 'Indicator id, e.g. selvforsoergelse.' },
    municipality: MUNICIPALITY,
    period: { type: 'string', description: 'Canonical period: 2025, 2024-10/2025-09, 2024/2025 or KV2025.' },
    group: { type: 'string', enum: [...DELIVERY_GROUPS] },
    breakdown: { type: 'string', description: "'' for the whole group, else key=value such as age=under18 or area=0101." },
    numerator: nullableInteger('Persons counted in the numerator.'),
    denominator: nullableInteger('Persons in the population.'),
    value: nullableNumber('Share as a fraction (0.352), rate per 1,000, count, mean or index value.'),
    ciLow: nullableNumber('Lower end of the 95 % interval (Wilson for shares, t for means).'),
    ciHigh: nullableNumber('Upper end of the 95 % interval.'),
    n: nullableInteger('Persons behind the figure.'),
    suppressed: { type: 'boolean' },
    gap: nullableNumber('Target minus comparison (target rows only).'),
    gapCiLow: nullableNumber('Lower end of the gap interval.'),
    gapCiHigh: nullableNumber('Upper end of the gap interval.'),
    standardised: {
      description: "Directly age-standardised value (to the comparison group's age structure), where computed.",
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['value', 'ciLow', 'ciHigh'],
          properties: { value: { type: 'number' }, ciLow: { type: 'number' }, ciHigh: { type: 'number' } },
        },
      ],
    },
    standardisedGap: {
      description:
        'Age-standardised indicators, whole-group target row: standardised target minus comparison, with its 95 % interval (MOVER). The status is judged on this gap; `gap` is the crude one.',
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['gap', 'ciLow', 'ciHigh'],
          properties: { gap: { type: 'number' }, ciLow: { type: 'number' }, ciHigh: { type: 'number' } },
        },
      ],
    },
    standardisedMissing: {
      type: ['string', 'null'],
      enum: ['suppressed', 'not_computable', null],
      description: 'Why an age-standardised indicator has no standardised figure on this whole-group row: an age band is suppressed, or it cannot be computed.',
    },
    change: {
      type: 'object',
      required: ['sincePrevious', 'sinceFirst'],
      properties: {
        sincePrevious: { oneOf: [{ type: 'null' }, ref('Change')] },
        sinceFirst: { oneOf: [{ type: 'null' }, ref('Change')] },
      },
    },
    status: {
      type: 'string',
      enum: ['improved', 'unchanged', 'worsened', 'not_assessable'],
      description: "Change since the previous period against the wanted direction (target rows; 'follow' indicators are never judged).",
    },
    longTerm: {
      type: 'string',
      enum: ['improved', 'unchanged', 'worsened', 'not_assessable'],
      description: 'Long-term verdict: the same rule as status, judged from the first period to this one.',
    },
    statusBasis: {
      type: ['string', 'null'],
      enum: ['standardised', 'crude', null],
      description:
        'What the status is judged on: the standardised figures (age-standardised indicators, whole group) or the crude ones; null where the row carries no status.',
    },
    statusReason: {
      type: ['string', 'null'],
      enum: ['no_previous_period', 'previous_suppressed', 'standardised_suppressed', 'standardised_not_computable', 'not_computable', 'followed', null],
      description: "Why a target row's status is not_assessable.",
    },
    definition: { type: 'string', enum: [...DEFINITIONS] },
    definitionHash: {
      type: 'string',
      description: "sha256 (hex) of the indicator's definition the figure follows: the hash the JSON-stat export writes and import compares.",
    },
    variant: {
      type: ['string', 'null'],
      description: "The catalogue variant the figure follows (the default, or a second figure's); null when the indicator has one definition.",
    },
    thirdGeneration: { type: 'boolean', description: 'Whether children of descendants are in the target group.' },
    thirdGenerationJustification: { type: ['string', 'null'] },
    delivery: {
      type: 'object',
      required: ['id', 'version', 'createdAt', 'source'],
      properties: {
        id: { type: 'integer' },
        version: { type: 'integer' },
        createdAt: { type: 'string', description: 'ISO 8601 date or timestamp.' },
        source: { type: 'string' },
      },
    },
    note: { type: 'string' },
  },
};

const AreaRow: JsonSchema = {
  type: 'object',
  description: 'One housing area in one period. Suppressed areas have null numbers.',
  required: ['municipality', 'period', 'area', 'total', 'targetShare', 'simpson', 'shannon', 'suppressed', 'aboveHalf'],
  properties: {
    municipality: MUNICIPALITY,
    period: { type: 'string' },
    area: { type: 'string', description: 'Area code, e.g. 0101.' },
    name: { type: 'string', description: 'Area name.' },
    total: nullableInteger('Residents.'),
    targetShare: nullableNumber("The target group's share of residents (fraction)."),
    simpson: nullableNumber("Simpson's diversity index."),
    shannon: nullableNumber("Shannon's diversity index."),
    suppressed: { type: 'boolean' },
    aboveHalf: { type: ['boolean', 'null'], description: 'More than 50 % of residents are in the target group; null when the area is suppressed.' },
  },
};

const SegregationRow: JsonSchema = {
  type: 'object',
  description:
    'Segregation indices for the whole municipality in one period, over all residents: areas with a suppressed count (and residents without a published area) are pooled into one unit whose counts are the municipality minus the published areas.',
  required: ['municipality', 'period', 'dissimilarity', 'isolation', 'exposure', 'theil', 'coverage', 'pooledAreas', 'reason'],
  properties: {
    municipality: MUNICIPALITY,
    period: { type: 'string' },
    dissimilarity: nullableNumber('Dissimilarity index D (0–1).'),
    isolation: nullableNumber('Isolation index (0–1).'),
    exposure: nullableNumber('Exposure index (0–1).'),
    theil: nullableNumber("Theil's H (0–1)."),
    coverage: nullableNumber('Share of all residents living in an area whose counts are published (fraction).'),
    pooledAreas: { type: 'integer', description: 'Areas with a suppressed count, pooled into one unit.' },
    reason: {
      type: ['string', 'null'],
      enum: ['municipality_suppressed', 'too_few_units', 'empty_group', null],
      description: 'Why the indices are null; null when computed.',
    },
  },
};

const Target: JsonSchema = {
  type: 'object',
  description: 'A target the council has set (the latest version; earlier versions are kept in the store and the audit log).',
  required: ['indicator', 'measure', 'group', 'value', 'year', 'baseline', 'decision', 'version', 'createdAt', 'createdBy'],
  properties: {
    indicator: { type: 'string' },
    measure: { type: 'string', enum: ['level', 'gap'], description: "The target group's level, or its gap to the comparison group (target minus comparison)." },
    group: { type: 'string', enum: ['target'] },
    value: { type: 'number', description: 'In the unit of value/gap: a fraction for shares (0.6 = 60 %), per 1,000 for rates, grade points, counts.' },
    year: { type: 'integer', description: 'The year by which the target should be met.' },
    baseline: { type: ['string', 'null'], description: 'Baseline period; null = the first period with a figure.' },
    decision: { type: 'string', description: 'The decision the target rests on.' },
    version: { type: 'integer' },
    createdAt: { type: 'string' },
    createdBy: { type: 'string' },
  },
};

const Progress: JsonSchema = {
  type: 'object',
  description:
    'Progress towards the target: weighted least-squares trend of the published periods since the baseline (after the last series break) with its 95 % interval, projected to the target year.',
  required: ['status', 'reason', 'baselinePeriod', 'baselineValue', 'latestPeriod', 'latestValue', 'remaining', 'trend', 'requiredSlope', 'periodsUsed'],
  properties: {
    status: { type: 'string', enum: ['reached', 'on_track', 'needs_acceleration', 'moving_away', 'not_assessable'] },
    reason: { type: ['string', 'null'], enum: ['no_points', 'too_few_points', 'series_break', null] },
    baselinePeriod: { type: ['string', 'null'] },
    baselineValue: nullableNumber('The figure in the baseline period (null when that period is suppressed or missing).'),
    latestPeriod: { type: ['string', 'null'] },
    latestValue: nullableNumber('The latest published figure.'),
    remaining: nullableNumber('Target minus the latest figure.'),
    trend: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['slope', 'low', 'high', 'projected'],
          properties: {
            slope: { type: 'number' },
            low: { type: 'number' },
            high: { type: 'number' },
            projected: { type: 'number', description: 'The trend line at the target year.' },
          },
        },
      ],
    },
    requiredSlope: nullableNumber('Change per year still needed from the latest figure.'),
    periodsUsed: { type: 'integer', minimum: 0 },
  },
};

const IndicatorWithResults: JsonSchema = {
  type: 'object',
  required: ['indicator', 'definitionUsed', 'periods', 'results', 'target', 'progress'],
  properties: {
    indicator: ref('Indicator'),
    definitionUsed: {
      type: 'object',
      description: "The definition the figures follow (issue 14): the indicator's definition hash, the default variant and what is counted.",
      required: ['indicator', 'hash', 'variant', 'variantLabel', 'text'],
      properties: {
        indicator: { type: 'string' },
        hash: { type: 'string' },
        variant: { type: ['string', 'null'] },
        variantLabel: { oneOf: [{ type: 'null' }, { type: 'object', required: ['da', 'en'], properties: { da: { type: 'string' }, en: { type: 'string' } } }] },
        text: { type: 'object', required: ['da', 'en'], properties: { da: { type: 'string' }, en: { type: 'string' } } },
      },
    },
    periods: { type: 'array', items: { type: 'string' }, description: 'Periods with results, oldest first.' },
    results: { type: 'array', items: ref('ResultRow'), description: 'Every result, by period, then group, then breakdown.' },
    target: { oneOf: [{ type: 'null' }, ref('Target')], description: 'The target in force, or null.' },
    progress: { oneOf: [{ type: 'null' }, ref('Progress')], description: 'Progress towards the target, or null without one.' },
  },
};

const ErrorBody: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['status', 'code', 'message'],
      properties: {
        status: { type: 'integer' },
        code: { type: 'string', enum: ['not_found', 'bad_request'] },
        message: { type: 'string' },
        issues: { type: 'array', items: { type: 'object' } },
      },
    },
  },
};

function indicatorSchema(): JsonSchema {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(IndicatorSchema, { io: 'output', target: 'draft-2020-12' });
  return { ...schema, description: 'One indicator of the catalogue, as in its YAML file.' };
}

/** Every schema the API document names under components. */
export function componentSchemas(): Record<string, JsonSchema> {
  return { Indicator: indicatorSchema(), ResultRow, Change, AreaRow, SegregationRow, Target, Progress, IndicatorWithResults, Error: ErrorBody };
}
