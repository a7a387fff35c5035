/**
 * Downloads: every table as CSV (`/download/:id.csv`) and XLSX (`/download/:id.xlsx`), every
 * chart as SVG and PNG (`/chart/:id.svg`, `/chart/:id.png`), with the same `breakdown` and
 * `groups` query as the indicator page. `:id` is an indicator id, `boligomraader` (the housing
 * areas) or `segregering` (the segregation indices).
 */
import type { Hono } from 'hono';
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { svgToPng } from '../../charts/index.ts';
import type { ResultRow } from '../../services/result-types.ts';
import { AreasPageQuery, SelectionQuery } from '../api/query-schemas.ts';
import { toCsv } from '../exports/csv.ts';
import { areasTableData, resultsTableData, segregationTableData, type Table } from '../exports/table.ts';
import { toXlsx } from '../exports/xlsx.ts';
import { dictionary } from '../i18n/index.ts';
import { shownGroups } from '../pages/indicator-page.ts';
import { areaPeriods } from '../pages/areas-page.ts';
import type { CachedResponse } from '../response-cache.ts';
import type { Snapshot } from '../snapshot.ts';
import { areaChart, segregationChart, sortAreas } from '../view/area-charts.ts';
import { gapChart, indicatorChart } from '../view/indicator-charts.ts';
import { breakdownLabel } from '../view/labels.ts';
import { selectRows } from '../view/result-selection.ts';
import { thirdGenerationStatement } from '../../catalogue/index.ts';
import { type AppContext, type AppEnv, jsonError, respond, type RouteContext } from './context.ts';

const AREAS = 'boligomraader';
const SEGREGATION = 'segregering';

function splitFile(file: string): { id: string; ext: string } | undefined {
  const match = /^([a-z0-9-]+)\.(csv|xlsx|svg|png)$/.exec(file);
  return match === null ? undefined : { id: match[1] as string, ext: match[2] as string };
}

function attachment(name: string): Record<string, string> {
  return { 'Content-Disposition': `attachment; filename="${name}"` };
}

async function tableFile(table: Table, ext: string, danish: boolean, about: readonly (readonly [string, string])[], lang: Lang): Promise<CachedResponse> {
  if (ext === 'csv') {
    return { status: 200, contentType: 'text/csv; charset=utf-8', body: toCsv(table, { danish }), headers: attachment(`${table.name}.csv`) };
  }
  return {
    status: 200,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await toXlsx(table, about, lang === 'da' ? 'Om tallene' : 'About the figures'),
    headers: attachment(`${table.name}.xlsx`),
  };
}

function imageFile(svg: string, name: string, ext: string): CachedResponse {
  if (ext === 'svg') return { status: 200, contentType: 'image/svg+xml; charset=utf-8', body: svg, headers: attachment(`${name}.svg`) };
  return { status: 200, contentType: 'image/png', body: svgToPng(svg), headers: attachment(`${name}.png`) };
}

function about(indicator: Indicator, lang: Lang): [string, string][] {
  const d = dictionary(lang).definitions;
  const third = thirdGenerationStatement(indicator, lang) ?? dictionary(lang).thirdGenerationExcluded;
  return [
    [indicator.title[lang], indicator.description[lang]],
    [d.population, indicator.population[lang]],
    [d.numerator, indicator.numerator[lang]],
    [d.groupDefinition, indicator.group_definition === 'citizenship' ? dictionary(lang).definitionCitizenship : dictionary(lang).definitionOrigin],
    [d.thirdGeneration, third],
    [d.source, indicator.source[lang]],
  ];
}

interface Selection {
  readonly rows: readonly ResultRow[];
  readonly breakdown: string | undefined;
  readonly allGroups: boolean;
  readonly kind: 'main' | 'gap';
  readonly danish: boolean;
}

async function selection(c: AppContext, snapshot: Snapshot, indicator: Indicator): Promise<Selection | CachedResponse> {
  const query = SelectionQuery.safeParse(c.req.query());
  if (!query.success) return jsonError(400, 'invalid query', query.error.issues);
  const rows = await snapshot.resultsOf(indicator);
  const breakdown = query.data.breakdown;
  if (breakdown !== undefined && breakdown !== '' && !rows.some((r) => r.breakdown === breakdown)) {
    return jsonError(404, `unknown breakdown: ${breakdown}`);
  }
  return { rows, breakdown, allGroups: query.data.groups === 'all', kind: query.data.kind ?? 'main', danish: query.data.danish !== undefined };
}

async function indicatorTable(
  c: AppContext,
  snapshot: Snapshot,
  indicator: Indicator,
  ext: string,
  lang: Lang,
  ctx: RouteContext,
): Promise<CachedResponse> {
  const chosen = await selection(c, snapshot, indicator);
  if ('status' in chosen) return chosen;
  let rows = chosen.rows;
  if (chosen.breakdown !== undefined) {
    const selected = selectRows(rows, chosen.breakdown);
    rows = selectRows(selected, chosen.breakdown, shownGroups(indicator, selected, chosen.allGroups));
  }
  return tableFile(resultsTableData(indicator, rows, ctx.municipalityName), ext, chosen.danish, about(indicator, lang), lang);
}

async function indicatorImage(c: AppContext, snapshot: Snapshot, indicator: Indicator, ext: string, lang: Lang): Promise<CachedResponse> {
  const chosen = await selection(c, snapshot, indicator);
  if ('status' in chosen) return chosen;
  const dict = dictionary(lang);
  const breakdown = chosen.breakdown ?? '';
  const rows = selectRows(chosen.rows, breakdown);
  const label = breakdown === '' ? '' : breakdownLabel(breakdown, indicator, await snapshot.areaNames(), lang, dict);
  const input = { indicator, rows, groups: shownGroups(indicator, rows, chosen.allGroups), breakdownLabel: label, lang, dict };
  const svg = chosen.kind === 'gap' ? gapChart(input) : indicatorChart(input);
  if (svg === null) return jsonError(404, 'no gap chart for this indicator');
  return imageFile(svg, chosen.kind === 'gap' ? `${indicator.id}-forskel` : indicator.id, ext);
}

async function areaImage(c: AppContext, snapshot: Snapshot, ext: string, lang: Lang): Promise<CachedResponse> {
  const query = AreasPageQuery.safeParse(c.req.query());
  if (!query.success) return jsonError(400, 'invalid query', query.error.issues);
  const areas = await snapshot.areas();
  const period = query.data.period ?? areaPeriods(areas).at(-1);
  if (period === undefined || !areaPeriods(areas).includes(period)) return jsonError(404, 'no housing-area data for this period');
  const names = await snapshot.areaNames();
  const rows = sortAreas(areas.filter((a) => a.period === period), names);
  return imageFile(areaChart(rows, period, names, lang, dictionary(lang)), `${AREAS}-${period.replaceAll('/', '-')}`, ext);
}

/** Registers `/download/*` and `/chart/*`. */
export function registerDownloadRoutes(app: Hono<AppEnv>, ctx: RouteContext): void {
  app.get('/download/:file', (c) =>
    respond(c, ctx, async (snapshot, lang) => {
      const file = splitFile(c.req.param('file'));
      if (file === undefined || (file.ext !== 'csv' && file.ext !== 'xlsx')) return jsonError(404, 'unknown download');
      const danish = c.req.query('danish') !== undefined;
      if (file.id === AREAS) return tableFile(areasTableData(await snapshot.areas(), await snapshot.areaNames()), file.ext, danish, [], lang);
      if (file.id === SEGREGATION) return tableFile(segregationTableData(await snapshot.segregation()), file.ext, danish, [], lang);
      const indicator = await snapshot.indicator(file.id);
      if (indicator === undefined) return jsonError(404, `unknown indicator: ${file.id}`);
      return indicatorTable(c, snapshot, indicator, file.ext, lang, ctx);
    }),
  );

  app.get('/chart/:file', (c) =>
    respond(c, ctx, async (snapshot, lang) => {
      const file = splitFile(c.req.param('file'));
      if (file === undefined || (file.ext !== 'svg' && file.ext !== 'png')) return jsonError(404, 'unknown chart');
      if (file.id === AREAS) return areaImage(c, snapshot, file.ext, lang);
      if (file.id === SEGREGATION) {
        const rows = await snapshot.segregation();
        if (rows.length === 0) return jsonError(404, 'no segregation data');
        return imageFile(segregationChart(rows, lang, dictionary(lang)), SEGREGATION, file.ext);
      }
      const indicator = await snapshot.indicator(file.id);
      if (indicator === undefined) return jsonError(404, `unknown indicator: ${file.id}`);
      return indicatorImage(c, snapshot, indicator, file.ext, lang);
    }),
  );
}
