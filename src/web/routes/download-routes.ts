/**
 * Downloads: every table as CSV (`/download/:id.csv`) and XLSX (`/download/:id.xlsx`), every
 * chart as SVG and PNG (`/chart/:id.svg`, `/chart/:id.png`), with the same `breakdown` and
 * `groups` query as the indicator page. `:id` is an indicator id, `boligomraader` (the housing
 * areas) or `segregering` (the segregation indices).
 */
import type { Hono } from 'hono';
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { type ChartCaption, svgToPng, withCaption } from '../../charts/index.ts';
import { formatDate, formatPeriodLabel } from '../../format/index.ts';
import { DELIVERY_GROUPS, type DeliveryGroup } from '../../origin/types.ts';
import type { ResultRow } from '../../cells/index.ts';
import { AreasPageQuery, SelectionQuery } from '../api/query-schemas.ts';
import { toCsv } from '../exports/csv.ts';
import { type DanishTableOptions, danishTable } from '../exports/danish-table.ts';
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
import {
  type DefinitionUsed,
  definitionUsed,
  definitionUsedStatement,
  officialDefinitionStatement,
  shortHash,
  seriesBreakStatement,
  thirdGenerationStatement,
  variantsStatement,
} from '../../catalogue/index.ts';
import { type AppContext, type AppEnv, jsonError, respond, type RouteContext } from './context.ts';

const AREAS = 'boligomraader';
/** The indicator whose figures the housing-area and segregation tables are. */
const DIVERSITY = 'boligomraader-diversitet';
const SEGREGATION = 'segregering';

function splitFile(file: string): { id: string; ext: string } | undefined {
  const match = /^([a-z0-9-]+)\.(csv|xlsx|svg|png)$/.exec(file);
  return match === null ? undefined : { id: match[1] as string, ext: match[2] as string };
}

function attachment(name: string): Record<string, string> {
  return { 'Content-Disposition': `attachment; filename="${name}"` };
}

/** How a table is written: the reader's words and rounding, and the file's name without extension. */
interface TableFileOptions {
  readonly danish: boolean;
  readonly about: readonly (readonly [string, string])[];
  readonly lang: Lang;
  readonly reader: DanishTableOptions;
  readonly fileName: string;
}

/**
 * The CSV (machine form, or with `danish` the reader's form for Danish Excel) or the workbook
 * (always the reader's headers, shares in percent and gaps in percentage points, typed cells).
 * Both forms come from the same guarded table, so they hold the same suppressed figures.
 */
async function tableFile(table: Table, ext: string, options: TableFileOptions): Promise<CachedResponse> {
  if (ext === 'csv') {
    const body = options.danish ? toCsv(danishTable(table, options.reader), { danish: true }) : toCsv(table);
    const name = options.danish ? options.fileName : `${options.fileName}-maskinlaesbar`;
    return { status: 200, contentType: 'text/csv; charset=utf-8', body, headers: attachment(`${name}.csv`) };
  }
  return {
    status: 200,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await toXlsx(danishTable(table, options.reader), options.about, options.lang === 'da' ? 'Om tallene' : 'About the figures'),
    headers: attachment(`${options.fileName}.xlsx`),
  };
}

function imageFile(svg: string, name: string, ext: string): CachedResponse {
  if (ext === 'svg') return { status: 200, contentType: 'image/svg+xml; charset=utf-8', body: svg, headers: attachment(`${name}.svg`) };
  return { status: 200, contentType: 'image/png', body: svgToPng(svg), headers: attachment(`${name}.png`) };
}

/** `age=under18` → `age-under18`: a breakdown as part of a file name. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A file name that says which table it is, so that two downloads never overwrite each other:
 * `selvforsoergelse-alle-tal`, `selvforsoergelse-hele-gruppen`, `selvforsoergelse-age-under18-alle-grupper`.
 */
function selectionName(id: string, breakdown: string | undefined, allGroups: boolean): string {
  if (breakdown === undefined) return `${id}-alle-tal`;
  return `${id}-${breakdown === '' ? 'hele-gruppen' : slug(breakdown)}${allGroups ? '-alle-grupper' : ''}`;
}

/**
 * The caption a downloaded chart carries: title, then source, municipality and the data's date,
 * then the definition it follows (its variant and version), where the chart is an indicator's.
 */
function chartCaption(title: string, source: string, municipality: string, dataDate: string | undefined, lang: Lang, used?: DefinitionUsed): ChartCaption {
  const da = lang === 'da';
  const when = dataDate === undefined ? '' : ` · ${da ? 'data pr.' : 'data as of'} ${formatDate(dataDate, lang)}`;
  const definition = used === undefined ? [] : [definitionCaption(used, lang)];
  return { title, lines: [`${da ? 'Kilde' : 'Source'}: ${source}`, `${municipality}${when}`, ...definition] };
}

/** "Definition: Forløb påbegyndt i året · version 1a2b3c4d5e6f" (without variants: the version only). */
function definitionCaption(used: DefinitionUsed, lang: Lang): string {
  const variant = used.variantLabel === null ? '' : `${used.variantLabel[lang]} · `;
  return `Definition: ${variant}version ${shortHash(used.hash)}`;
}

/** The newest delivery time among the rows: the date of the data a chart shows. */
function dataDate(rows: readonly ResultRow[]): string | undefined {
  return rows
    .map((r) => r.delivery.createdAt)
    .sort()
    .at(-1);
}

function officialDefinitionWithUrl(indicator: Indicator, lang: Lang): string {
  const url = indicator.official_definition.url;
  const statement = officialDefinitionStatement(indicator, lang);
  return url === undefined ? statement : `${statement} ${url}`;
}

function about(indicator: Indicator, lang: Lang): [string, string][] {
  const d = dictionary(lang).definitions;
  const third = thirdGenerationStatement(indicator, lang) ?? dictionary(lang).thirdGenerationExcluded;
  const variants = variantsStatement(indicator, lang);
  return [
    [indicator.title[lang], indicator.description[lang]],
    [d.population, indicator.population[lang]],
    [d.numerator, indicator.numerator[lang]],
    [d.definitionUsed, definitionUsedStatement(definitionUsed(indicator), lang)],
    [d.officialDefinition, officialDefinitionWithUrl(indicator, lang)],
    ...(variants === undefined ? [] : [[d.variants, variants] as [string, string]]),
    ...indicator.series_breaks.map((b): [string, string] => [d.seriesBreak, seriesBreakStatement(b, lang)]),
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

async function indicatorTable(c: AppContext, snapshot: Snapshot, indicator: Indicator, ext: string, lang: Lang, ctx: RouteContext): Promise<CachedResponse> {
  const chosen = await selection(c, snapshot, indicator);
  if ('status' in chosen) return chosen;
  let rows = chosen.rows;
  if (chosen.breakdown !== undefined) {
    const selected = selectRows(rows, chosen.breakdown);
    rows = selectRows(selected, chosen.breakdown, shownGroups(indicator, selected, chosen.allGroups));
  }
  const reader = { lang, decimals: indicator.display.decimals, words: await readerWords(snapshot, indicator, lang) };
  const fileName = selectionName(indicator.id, chosen.breakdown, chosen.allGroups);
  return tableFile(resultsTableData(indicator, rows, ctx.municipalityName), ext, {
    danish: chosen.danish,
    about: about(indicator, lang),
    lang,
    reader,
    fileName,
  });
}

/** The codes of a results table in the reader's words: groups, breakdowns, status, definition, the indicator's title. */
async function readerWords(snapshot: Snapshot, indicator: Indicator, lang: Lang): Promise<Record<string, (code: string) => string>> {
  const dict = dictionary(lang);
  const names = await snapshot.areaNames();
  const da = lang === 'da';
  const definitions: Readonly<Record<string, string>> = { origin: da ? 'herkomst' : 'origin', citizenship: da ? 'statsborgerskab' : 'citizenship' };
  return {
    indicator: () => indicator.title[lang],
    group: (code) => (isDeliveryGroup(code) ? dict.groups[code] : code),
    breakdown: (code) => breakdownLabel(code, indicator, names, lang, dict),
    status: (code) => (dict.status as Readonly<Record<string, string>>)[code] ?? code,
    status_since_first: (code) => (dict.status as Readonly<Record<string, string>>)[code] ?? code,
    definition: (code) => definitions[code] ?? code,
    variant: (code) => indicator.variants.find((v) => v.id === code)?.label[lang] ?? code,
    definition_text: (text) => definitionText(indicator, text, lang),
  };
}

/** The definition columns in the reader's words, for the tables that are not one indicator's results. */
function definitionWords(indicator: Indicator | undefined, lang: Lang): Record<string, (code: string) => string> {
  if (indicator === undefined) return {};
  return {
    variant: (code) => indicator.variants.find((v) => v.id === code)?.label[lang] ?? code,
    definition_text: (text) => definitionText(indicator, text, lang),
  };
}

/** The `definition_text` column (Danish, as the machine table writes it) in the reader's language. */
function definitionText(indicator: Indicator, danish: string, lang: Lang): string {
  const used = [definitionUsed(indicator), ...indicator.variants.map((v) => definitionUsed(indicator, `variant=${v.id}`))].find((u) => u.text.da === danish);
  return used === undefined ? danish : used.text[lang];
}

function isDeliveryGroup(code: string): code is DeliveryGroup {
  return (DELIVERY_GROUPS as readonly string[]).includes(code);
}

async function indicatorImage(c: AppContext, snapshot: Snapshot, indicator: Indicator, ext: string, lang: Lang, municipality: string): Promise<CachedResponse> {
  const chosen = await selection(c, snapshot, indicator);
  if ('status' in chosen) return chosen;
  const dict = dictionary(lang);
  const breakdown = chosen.breakdown ?? '';
  const rows = selectRows(chosen.rows, breakdown);
  const label = breakdown === '' ? '' : breakdownLabel(breakdown, indicator, await snapshot.areaNames(), lang, dict);
  const input = { indicator, rows, groups: shownGroups(indicator, rows, chosen.allGroups), breakdownLabel: label, lang, dict };
  const svg = chosen.kind === 'gap' ? gapChart(input) : indicatorChart(input);
  if (svg === null) return jsonError(404, 'no gap chart for this indicator');
  const title = `${indicator.title[lang]}${chosen.kind === 'gap' ? ` – ${dict.gapLabel.toLowerCase()}` : ''}${label === '' ? '' : ` (${label})`}`;
  const used = definitionUsed(indicator, breakdown);
  const captioned = withCaption(svg, chartCaption(title, indicator.source[lang], municipality, dataDate(rows), lang, used));
  const name = `${selectionName(indicator.id, breakdown, chosen.allGroups)}-${chosen.kind === 'gap' ? 'forskel' : 'figur'}`;
  return imageFile(captioned, name, ext);
}

async function areaImage(c: AppContext, snapshot: Snapshot, ext: string, lang: Lang, municipality: string): Promise<CachedResponse> {
  const query = AreasPageQuery.safeParse(c.req.query());
  if (!query.success) return jsonError(400, 'invalid query', query.error.issues);
  const areas = await snapshot.areas();
  const period = query.data.period ?? areaPeriods(areas).at(-1);
  if (period === undefined || !areaPeriods(areas).includes(period)) return jsonError(404, 'no housing-area data for this period');
  const names = await snapshot.areaNames();
  const rows = sortAreas(
    areas.filter((a) => a.period === period),
    names,
  );
  const dict = dictionary(lang);
  const caption = chartCaption(
    dict.areasChartTitle(formatPeriodLabel(period, lang)),
    areasSource(lang),
    municipality,
    undefined,
    lang,
    await diversityDefinition(snapshot),
  );
  return imageFile(withCaption(areaChart(rows, period, names, lang, dict), caption), `${AREAS}-${slug(period)}-figur`, ext);
}

/** Registers `/download/*` and `/chart/*`. */
export function registerDownloadRoutes(app: Hono<AppEnv>, ctx: RouteContext): void {
  app.get('/download/:file', (c) =>
    respond(c, ctx, async (snapshot, lang) => {
      const file = splitFile(c.req.param('file'));
      if (file === undefined || (file.ext !== 'csv' && file.ext !== 'xlsx')) return jsonError(404, 'unknown download');
      const danish = c.req.query('danish') !== undefined;
      // The housing areas and the segregation indices are the figures of the diversity indicator: its definition, and its sheet about the figures.
      const diversity = await snapshot.indicator(DIVERSITY);
      const used = diversity === undefined ? null : definitionUsed(diversity);
      const plain = {
        danish,
        about: diversity === undefined ? [] : about(diversity, lang),
        lang,
        reader: { lang, decimals: 1, words: definitionWords(diversity, lang) },
      };
      if (file.id === AREAS)
        return tableFile(areasTableData(await snapshot.areas(), await snapshot.areaNames(), used), file.ext, { ...plain, fileName: AREAS });
      if (file.id === SEGREGATION) return tableFile(segregationTableData(await snapshot.segregation(), used), file.ext, { ...plain, fileName: SEGREGATION });
      const indicator = await snapshot.indicator(file.id);
      if (indicator === undefined) return jsonError(404, `unknown indicator: ${file.id}`);
      return indicatorTable(c, snapshot, indicator, file.ext, lang, ctx);
    }),
  );

  app.get('/chart/:file', (c) =>
    respond(c, ctx, async (snapshot, lang) => {
      const file = splitFile(c.req.param('file'));
      if (file === undefined || (file.ext !== 'svg' && file.ext !== 'png')) return jsonError(404, 'unknown chart');
      if (file.id === AREAS) return areaImage(c, snapshot, file.ext, lang, ctx.municipality);
      if (file.id === SEGREGATION) {
        const rows = await snapshot.segregation();
        if (rows.length === 0) return jsonError(404, 'no segregation data');
        const caption = chartCaption(
          lang === 'da' ? 'Segregationsindeks for kommunen' : 'Segregation indices for the municipality',
          areasSource(lang),
          ctx.municipality,
          undefined,
          lang,
          await diversityDefinition(snapshot),
        );
        return imageFile(withCaption(segregationChart(rows, lang, dictionary(lang)), caption), `${SEGREGATION}-figur`, file.ext);
      }
      const indicator = await snapshot.indicator(file.id);
      if (indicator === undefined) return jsonError(404, `unknown indicator: ${file.id}`);
      return indicatorImage(c, snapshot, indicator, file.ext, lang, ctx.municipality);
    }),
  );
}

/** The definition the housing-area figures follow (the diversity indicator's); undefined without it in the catalogue. */
async function diversityDefinition(snapshot: Snapshot): Promise<DefinitionUsed | undefined> {
  const indicator = await snapshot.indicator(DIVERSITY);
  return indicator === undefined ? undefined : definitionUsed(indicator);
}

/** The housing areas' source: the population extract (the areas are counted from it). */
function areasSource(lang: Lang): string {
  return lang === 'da' ? 'kommunens befolkningsudtræk (boligområde pr. borger)' : "the municipality's population extract (housing area per resident)";
}
