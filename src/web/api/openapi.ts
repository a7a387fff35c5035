/**
 * The OpenAPI 3.1 description of the HTTP API (DATA.md §7), written by hand as a typed object and
 * served at `/api/openapi.json`.
 */
import type { JsonSchema, OpenApiDocument, Operation, Parameter, PathItem, Response } from './openapi-types.ts';
import { componentSchemas } from './schemas.ts';
import { DELIVERY_GROUPS } from '../../origin/types.ts';

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

/** Builds the document; `threshold` is the suppression threshold in force (counts 1 … threshold − 1 are never shown). */
export function openApiDocument(threshold: number): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'indikator — integrationsindikatorer',
      version: '1.0.0',
      description: `Integration indicators for political follow-up: the catalogue and the computed, suppressed results. No response reveals a count from 1 to ${threshold - 1} persons; suppressed cells have suppressed=true and null numbers.`,
    },
    tags: [
      { name: 'catalogue', description: 'The indicators and their definitions.' },
      { name: 'results', description: 'Computed results, suppressed.' },
      { name: 'housing', description: 'Housing areas and segregation.' },
      { name: 'workflow', description: 'Delivery rounds, uploads, approval and publication; signed-in users only.' },
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
            {
              name: 'id',
              in: 'path',
              required: true,
              description: 'Indicator id.',
              schema: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
              example: 'selvforsoergelse',
            },
          ],
          responses: { '200': json('The indicator and its results.', ref('IndicatorWithResults')), '404': NOT_FOUND },
        },
      },
      '/api/results': {
        get: {
          operationId: 'listResults',
          summary: 'Results, filtered by municipality, indicator, period, group and breakdown.',
          tags: ['results'],
          parameters: [
            {
              name: 'municipality',
              in: 'query',
              description: "Statistics Denmark's three-digit kommunekode; 000 is the whole country. Default: the own municipality.",
              schema: { type: 'string', pattern: '^[0-9]{3}$' },
              example: '000',
            },
            { name: 'indicator', in: 'query', description: 'Only this indicator (all when absent).', schema: { type: 'string' }, example: 'hjemmepleje' },
            PERIOD,
            { name: 'group', in: 'query', description: 'Only this group.', schema: { type: 'string', enum: [...DELIVERY_GROUPS] } },
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
      ...workflowPaths(),
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: '__Host-indikator-session', description: 'The session cookie set by POST /login.' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: "The session's CSRF token; required on every POST." },
      },
    },
  };
}

/**
 * The delivery-round API (docs/security.md): signed-in users only, with the same permissions as the
 * pages (one table, `src/auth/route-permissions.ts`); every POST also needs the CSRF token.
 */
function workflowPaths(): Record<string, PathItem> {
  const ID: Parameter = { name: 'id', in: 'path', required: true, description: 'Round or delivery id.', schema: { type: 'integer', minimum: 1 } };
  const read = (operationId: string, summary: string, extra: Partial<Operation> = {}): PathItem => ({
    get: { operationId, summary, tags: ['workflow'], security: [{ session: [] }], responses: WORKFLOW_RESPONSES, ...extra },
  });
  const write = (operationId: string, summary: string, extra: Partial<Operation> = {}): Operation => ({
    operationId,
    summary,
    tags: ['workflow'],
    security: [{ session: [], csrf: [] }],
    responses: WORKFLOW_RESPONSES,
    ...extra,
  });
  return {
    '/api/me': read('getMe', 'The signed-in user: name, role and departments.'),
    '/api/rounds': {
      ...read('listRounds', 'Delivery rounds (coordinator: all; steward: those with expected indicators of their departments).'),
      post: write('openRound', 'Open a round with a deadline and the period due per period type (coordinator).', {
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
      }),
    },
    '/api/rounds/{id}': read('getRound', "A round's overview: every expected indicator's state per department, and what is overdue.", { parameters: [ID] }),
    '/api/rounds/{id}/deliveries': {
      post: write('uploadDelivery', 'Upload a CSV or XLSX delivery into the round (steward of the owning department); `?check=true` only validates.', {
        parameters: [ID, { name: 'check', in: 'query', description: 'Only validate; store nothing.', schema: { type: 'string', enum: ['true'] } }],
        requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } } },
      }),
    },
    '/api/deliveries/{id}': read('getDelivery', 'One delivered version with its cells (its department and the coordinator; others once published).', {
      parameters: [ID],
    }),
    '/api/deliveries/{id}/approve': { post: write('approveDelivery', 'Approve the newest version (coordinator).', { parameters: [ID] }) },
    '/api/deliveries/{id}/return': {
      post: write('returnDelivery', 'Send the delivery back with a comment (coordinator).', {
        parameters: [ID],
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { comment: { type: 'string' } }, required: ['comment'] } } } },
      }),
    },
    '/api/deliveries/{id}/publish': { post: write('publishDelivery', 'Publish an approved delivery to readers (coordinator).', { parameters: [ID] }) },
    '/api/audit': read('listAudit', 'The audit log, newest first (coordinator, administrator).', {
      parameters: [
        { name: 'limit', in: 'query', description: 'At most this many entries.', schema: { type: 'integer', minimum: 1, maximum: 10000, default: 500 } },
        { name: 'action', in: 'query', description: 'Only this action.', schema: { type: 'string' }, example: 'delivery.import' },
        { name: 'actor', in: 'query', description: 'Only this user.', schema: { type: 'string' } },
      ],
    }),
    '/api/users': read('listUsers', 'The users, without password hashes (administrator).'),
  };
}

const WORKFLOW_RESPONSES: Operation['responses'] = {
  '200': { description: 'Done; the body describes the result.', content: { 'application/json': { schema: { type: 'object' } } } },
  '400': { description: 'The request or the uploaded file is not valid (every problem listed with file, row and column).' },
  '401': { description: 'Not signed in.' },
  '403': { description: 'Signed in, but the role or department may not do this.' },
  '404': { description: 'No such round or delivery.' },
};
