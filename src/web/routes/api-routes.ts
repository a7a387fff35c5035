/**
 * The JSON API (DATA.md §7): the catalogue, one indicator with its results, results filtered by
 * indicator/period/group/breakdown, the housing areas, the segregation indices and the OpenAPI
 * document. Query parameters are validated with zod; failures are JSON 400s, unknown ids JSON 404s.
 */
import type { Hono } from 'hono';
import { openApiDocument } from '../api/openapi.ts';
import { AreasQuery, ResultsQuery } from '../api/query-schemas.ts';
import { selectRows } from '../view/result-selection.ts';
import { comparePeriodTexts, sortPeriods } from '../../catalogue/index.ts';
import { type AppEnv, jsonBody, jsonError, respond, type RouteContext } from './context.ts';
import type { ResultRow } from '../../cells/index.ts';
import { withDefinition } from '../../services/results.ts';
import { definitionUsed } from '../../catalogue/index.ts';

function ordered(rows: readonly ResultRow[]): ResultRow[] {
  const breakdowns = [...new Set(rows.map((r) => r.breakdown))].sort();
  return breakdowns.flatMap((b) => selectRows(rows, b)).sort((a, b) => comparePeriodTexts(a.period, b.period));
}

/** Registers `/api/*`. */
export function registerApiRoutes(app: Hono<AppEnv>, ctx: RouteContext): void {
  const document = JSON.stringify(openApiDocument(ctx.threshold));

  app.get('/api/openapi.json', (c) => c.body(document, 200, { 'Content-Type': 'application/json; charset=utf-8' }));

  app.get('/api/indicators', (c) => respond(c, ctx, async (snapshot) => jsonBody(await snapshot.indicators())));

  app.get('/api/indicators/:id', (c) =>
    respond(c, ctx, async (snapshot) => {
      const indicator = await snapshot.indicator(c.req.param('id'));
      if (indicator === undefined) return jsonError(404, `unknown indicator: ${c.req.param('id')}`);
      const results = ordered(await snapshot.resultsOf(indicator));
      const view = await snapshot.targetOf(indicator);
      return jsonBody({
        indicator,
        definitionUsed: definitionUsed(indicator),
        periods: sortPeriods(results.map((r) => r.period)),
        results: withDefinition(results, indicator),
        target: view?.target ?? null,
        progress: view?.progress ?? null,
      });
    }),
  );

  app.get('/api/results', (c) =>
    respond(c, ctx, async (snapshot) => {
      const query = ResultsQuery.safeParse(c.req.query());
      if (!query.success) return jsonError(400, 'invalid query', query.error.issues);
      const { municipality, indicator: id, period, group, breakdown } = query.data;
      const all = await snapshot.indicators();
      const chosen = id === undefined ? all : all.filter((i) => i.id === id);
      if (chosen.length === 0) return jsonError(404, `unknown indicator: ${id ?? ''}`);
      // A municipality without cells here answers with its imported published figures, if any (the
      // file's definitions equal ours, or `import` refused it: the same hash and variant).
      const rowsOf = async (i: (typeof all)[number]) => {
        const computed = await snapshot.resultsOf(i, municipality);
        return computed.length > 0 || municipality === undefined ? computed : snapshot.importedResultsOf(i, municipality);
      };
      const rows = (await Promise.all(chosen.map(async (i) => withDefinition(ordered(await rowsOf(i)), i)))).flatMap((r) =>
        r.filter(
          (row) =>
            (period === undefined || row.period === period) &&
            (group === undefined || row.group === group) &&
            (breakdown === undefined || row.breakdown === breakdown),
        ),
      );
      return jsonBody(rows);
    }),
  );

  app.get('/api/areas', (c) =>
    respond(c, ctx, async (snapshot) => {
      const query = AreasQuery.safeParse(c.req.query());
      if (!query.success) return jsonError(400, 'invalid query', query.error.issues);
      const names = await snapshot.areaNames();
      const rows = (await snapshot.areas())
        .filter((a) => query.data.period === undefined || a.period === query.data.period)
        .map((a) => ({ ...a, name: names.get(a.area) ?? a.area }));
      return jsonBody(rows);
    }),
  );

  app.get('/api/segregation', (c) => respond(c, ctx, async (snapshot) => jsonBody(await snapshot.segregation())));
}
