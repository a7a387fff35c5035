/**
 * `indikator export`: the published (already suppressed) results of the own municipality — or of
 * every municipality and the country in the store, after a national run — as JSON-stat 2.0 or CSV.
 * Only published deliveries are read, through the same `loadResults` (and so the same suppression)
 * as every other way out.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import packageJson from '../../../package.json' with { type: 'json' };
import { type Catalogue, definitionHashes, definitionUsed, type Indicator, secondFigures, sortPeriods } from '../../catalogue/index.ts';
import { UserError } from '../../errors/user-error.ts';
import { municipalityName } from '../../municipalities/index.ts';
import type { ComparisonFigure, Store } from '../../store/index.ts';
import type { ResultRow } from '../../cells/index.ts';
import { partialPath } from '../output-file.ts';
import { loadResults, RESULT_COLUMNS, resultCsvRow } from '../results.ts';
import { CSV_META_COLUMNS, type CsvVariant, csvMetaValues, exchangeCsvText } from './csv-figures.ts';
import { type ExchangeMeta, type ExportedDefinition, toJsonStat } from './jsonstat-figures.ts';

/** The product's version, written into every exported file. */
export const PRODUCT_VERSION: string = packageJson.version;

export type ExportFormat = 'jsonstat' | 'csv';

export interface ExportOptions {
  format: ExportFormat;
  /** CSV only: `machine` (default; `,` and decimal point) or `excel` (Danish Excel: `;`, decimal comma, BOM). */
  csvVariant?: CsvVariant;
  out: string;
  threshold: number;
  /** Three-digit code, or `all` for every municipality (and `000`) the store holds. */
  municipality: string;
  /** The own municipality's name, for the file's source label. */
  ownName: string;
  ownCode: string;
  /** Only this period (canonical text); all when absent. */
  period?: string;
  /** Marks the file as synthetic (the demo). */
  synthetic?: boolean;
  /** Who published the figures, when not the own municipality (the demo's synthetic national set). */
  source?: string;
  /** Only the whole groups (breakdown ''), as the comparison reads them; default every breakdown. */
  wholeGroupsOnly?: boolean;
  /**
   * The periods before each indicator's latest only for these municipalities (the demo's national
   * set: the country and the default peers over time, everyone in the latest period); default all.
   */
  historyFor?: readonly string[];
  /** Rounds every number to this many decimals (JSON-stat only); default as computed. */
  decimals?: number;
  now?: () => Date;
}

export interface ExportSummary {
  figures: number;
  suppressed: number;
  municipalities: number;
}

function roundTo(decimals: number | undefined): (v: number | null) => number | null {
  if (decimals === undefined) return (v) => v;
  const scale = 10 ** decimals;
  return (v) => (v === null ? null : Math.round(v * scale) / scale);
}

/** Writes the file atomically and says how many figures it holds. */
export async function exportFigures(store: Store, catalogue: Catalogue, options: ExportOptions): Promise<ExportSummary> {
  const all = options.municipality === 'all';
  const results = await loadResults(store, catalogue, {
    threshold: options.threshold,
    statuses: ['published'],
    ...(all ? {} : { municipality: options.municipality }),
  });
  const chosen = results.rows.filter(
    (r) => (options.period === undefined || r.period === options.period) && (options.wholeGroupsOnly !== true || r.breakdown === ''),
  );
  const rows = options.historyFor === undefined ? chosen : withHistoryFor(chosen, new Set(options.historyFor));
  if (rows.length === 0) {
    // An empty file would look like "no figures" to the receiver; say why instead.
    throw new UserError(
      'Ingen offentliggjorte tal at eksportere — kun leverancer med status "offentliggjort" eksporteres (offentliggør dem i arbejdsgangen først).',
      'No published figures to export — only deliveries with status "published" are exported (publish them in the workflow first).',
    );
  }
  const summary = { figures: rows.length, suppressed: rows.filter((r) => r.suppressed).length, municipalities: new Set(rows.map((r) => r.municipality)).size };
  const hashes = definitionHashes(catalogue);
  const indicators = new Set(rows.map((r) => r.indicator));
  const meta: ExchangeMeta = {
    source:
      options.source ??
      (all ? `${options.ownName} (${options.ownCode}), national run` : `${municipalityName(options.municipality, options.ownName)} (${options.municipality})`),
    exportedAt: (options.now ?? (() => new Date()))().toISOString(),
    productVersion: PRODUCT_VERSION,
    definitionsHash: hashes.catalogue,
    indicatorHashes: Object.fromEntries(Object.entries(hashes.indicators).filter(([id]) => indicators.has(id))),
    definitions: exportedDefinitions(catalogue, indicators),
    synthetic: options.synthetic ?? false,
  };
  if (options.format === 'csv') {
    const header = [...RESULT_COLUMNS, ...CSV_META_COLUMNS];
    const lines = rows.map((r) => [...resultCsvRow(r, catalogue), ...csvMetaValues(meta)]);
    await writeAtomically(options.out, exchangeCsvText(header, lines, options.csvVariant ?? 'machine'));
    return summary;
  }
  const round = roundTo(options.decimals);
  const figures: ComparisonFigure[] = rows.map((r) => ({
    municipality: r.municipality,
    indicator: r.indicator,
    period: r.period,
    group: r.group,
    breakdown: r.breakdown,
    value: round(r.value),
    ciLow: round(r.ciLow),
    ciHigh: round(r.ciHigh),
    n: r.n,
    gap: round(r.gap),
    suppressed: r.suppressed,
  }));
  const dataset = toJsonStat(figures, meta, {
    indicator: (id) => catalogue.get(id)?.title.da ?? id,
    municipality: (code) => municipalityName(code, code === options.ownCode ? options.ownName : code),
  });
  await writeAtomically(options.out, `${JSON.stringify(dataset, null, 1)}\n`);
  return summary;
}

/** The second figures of an indicator with their definitions, where it has any. */
function secondFiguresOf(indicator: Indicator): Pick<ExportedDefinition, 'secondFigures'> {
  // The variant's definition as every output states it (`definitionUsed` of its `variant=<id>` row).
  const seconds = secondFigures(indicator).map((v) => ({
    id: v.id,
    label: v.label,
    definition: definitionUsed(indicator, `variant=${v.id}`).text,
    relation: v.relation ?? 'contains_default',
    // The cells the relation ties the figure to, where it names any.
    ...(v.of === undefined ? {} : { of: v.of }),
    ...(v.among === undefined ? {} : { among: v.among }),
  }));
  return seconds.length === 0 ? {} : { secondFigures: seconds };
}

/** Every row of each indicator's latest period, and the earlier periods of the municipalities in `history` only. */
function withHistoryFor(rows: readonly ResultRow[], history: ReadonlySet<string>): ResultRow[] {
  const latest = new Map<string, string | undefined>();
  for (const id of new Set(rows.map((r) => r.indicator))) latest.set(id, sortPeriods(rows.filter((r) => r.indicator === id).map((r) => r.period)).at(-1));
  return rows.filter((r) => history.has(r.municipality) || latest.get(r.indicator) === r.period);
}

/** Written beside its name and renamed into place, so a reader never sees half a file. */
async function writeAtomically(out: string, text: string): Promise<void> {
  const partial = partialPath(out);
  try {
    await writeFile(partial, text);
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** The official definition and the figures' variant of every exported indicator, for the file's metadata. */
function exportedDefinitions(catalogue: Catalogue, ids: ReadonlySet<string>): Record<string, ExportedDefinition> {
  const out: Record<string, ExportedDefinition> = {};
  for (const indicator of catalogue.indicators) {
    if (!ids.has(indicator.id)) continue;
    const { status, source, url, note } = indicator.official_definition;
    const used = definitionUsed(indicator);
    out[indicator.id] = {
      officialDefinition: { status, source, ...(url === undefined ? {} : { url }), ...(note === undefined ? {} : { note }) },
      variant: used.variant,
      definition: used.text,
      ...secondFiguresOf(indicator),
    };
  }
  return out;
}
