/**
 * The OpenAPI 3.1 description of the HTTP API (DATA.md §7), written by hand as a typed object and
 * served at `/api/openapi.json`.
 */
import type { JsonSchema, OpenApiDocument, Parameter, Response } from './openapi-types.ts';
import { componentSchemas } from './schemas.ts';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const json = (description: string, schema: JsonSchema): Response => ({ description, content: { 'application/json': { schema } } });
const arrayOf = (name: string): JsonSchema => ({ type: 'array', items: ref(name) });

const NOT_FOUND = json('Unknown indicator or period.', ref('Error'));
const BAD_REQUEST = json('A query parameter is invalid; `issues` says which.', ref('Error'));

const PERIOD: Parameter = {
  name: 'period',
  in: 'query',
  description: 'Only this period (2025, 2024-10/2025-09, 2024/2025 or KV2025).',
  schema: { type: 'string' },
  example: '2025',
};

/** Builds the document. */
export function openApiDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'indikator — integrationsindikatorer',
      version: '1.0.0',
      description:
        'Integration indicators for political follow-up: the catalogue and the computed, suppressed results. No response reveals a count from 1 to 4 persons; suppressed cells have suppressed=true and null numbers.',
    },
    tags: [
      { name: 'catalogue', description: 'The indicators and their definitions.' },
      { name: 'results', description: 'Computed results, suppressed.' },
      { name: 'housing', description: 'Housing areas and segregation.' },
    ],
    paths: {
      '/api/indicators': {
        get: {
          operationId: 'listIndicators',
          summary: 'The catalogue: every indicator, in the order of the memo.',
          tags: ['catalogue'],
          responses: { '200': json('The indicators.', arrayOf('Indicator')) },
        },
      },
      '/api/indicators/{id}': {
        get: {
          operationId: 'getIndicator',
          summary: 'One indicator with its results by period and group.',
          tags: ['catalogue', 'results'],
          parameters: [
            { name: 'id', in: 'path', required: true, description: 'Indicator id.', schema: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }, example: 'selvforsoergelse' },
          ],
          responses: { '200': json('The indicator and its results.', ref('IndicatorWithResults')), '404': NOT_FOUND },
        },
      },
      '/api/results': {
        get: {
          operationId: 'listResults',
          summary: 'Results, filtered by indicator, period, group and breakdown.',
          tags: ['results'],
          parameters: [
            { name: 'indicator', in: 'query', description: 'Only this indicator (all when absent).', schema: { type: 'string' }, example: 'hjemmepleje' },
            PERIOD,
            { name: 'group', in: 'query', description: 'Only this group.', schema: { type: 'string', enum: ['target', 'comparison', 'other', 'total'] } },
            { name: 'breakdown', in: 'query', description: "Only this breakdown ('' is the whole group).", schema: { type: 'string' }, example: 'ageband=85+' },
          ],
          responses: { '200': json('The matching results.', arrayOf('ResultRow')), '400': BAD_REQUEST, '404': NOT_FOUND },
        },
      },
      '/api/areas': {
        get: {
          operationId: 'listAreas',
          summary: 'Housing areas: residents, target-group share, diversity, by period.',
          tags: ['housing'],
          parameters: [PERIOD],
          responses: { '200': json('The areas.', arrayOf('AreaRow')), '400': BAD_REQUEST },
        },
      },
      '/api/segregation': {
        get: {
          operationId: 'listSegregation',
          summary: 'Segregation indices for the whole municipality, by period.',
          tags: ['housing'],
          responses: { '200': json('The indices.', arrayOf('SegregationRow')) },
        },
      },
      '/api/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document.',
          responses: { '200': json('The OpenAPI 3.1 document.', { type: 'object' }) },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
