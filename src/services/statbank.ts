/**
 * `fetchContext`: public figures from Statistics Denmark's StatBank for one municipality, stored
 * as context series beside its own deliveries. For each table it reads the metadata (every time),
 * checks it against the origin mapping, fetches the data again only when StatBank has updated the
 * table, turns the answer into suppressed series and replaces the municipality's stored series —
 * all tables or none. Without network it works from the cache, with a warning per table; with
 * nothing cached it fails with `StatbankOfflineError`. Table by table: `services/statbank/`.
 */
import { UserError } from '../errors/user-error.ts';
import {
  checkRows,
  checkTableInfo,
  createCachedStatbank,
  type Fetched,
  isStatbankTableId,
  parseTableInfo,
  STATBANK_TABLE_IDS,
  type StatbankCacheStore,
  type StatbankClient,
  type StatbankTableId,
  type TableInfo,
  tableInfoCacheKey,
} from '../statbank-client/index.ts';
import { compareContextRows, type Store } from '../store/index.ts';
import type { ContextRow } from '../cells/index.ts';
import { availableQuarters, type Denominators, denominatorRequest, denominators } from './context-figures/denominators.ts';
import { sourceText } from './context-figures/source-text.ts';
import { denominatorQuarters, type TablePlan, tablePlan } from './context-figures/table-plan.ts';

export { contextTablesFor } from './context-figures/context-tables.ts';

/** One StatBank table the product uses, as `indikator statbank tables` lists it. */
export interface StatbankTableSummary {
  tableId: StatbankTableId;
  /** The table's title from its cached metadata (Danish); null when it was never fetched. */
  title: string | null;
  updated: string | null;
  fetchedAt: string | null;
  /** Context rows stored from it (all municipalities). */
  rows: number;
}

/** Every table the product uses, with its cached metadata and how many context rows are stored from it. */
export async function statbankTables(store: Store): Promise<StatbankTableSummary[]> {
  const stored = await store.listContext();
  return Promise.all(
    STATBANK_TABLE_IDS.map(async (tableId) => {
      const key = tableInfoCacheKey(tableId, 'da');
      const entry = await store.getStatbankCache(key.tableId, key.requestHash);
      return {
        tableId,
        title: entry === undefined ? null : parseTableInfo(entry.body).text,
        updated: entry?.updated ?? null,
        fetchedAt: entry?.fetchedAt ?? null,
        rows: stored.filter((r) => r.tableId === tableId).length,
      };
    }),
  );
}
export { indicatorContext } from './context-figures/dashboard-context.ts';

/** A request `fetchContext` cannot serve as asked (unknown municipality or table). */
export class ContextRequestError extends UserError {
  override readonly name = 'ContextRequestError';
  readonly kind = 'request';
}

export interface FetchContextInput {
  /** Three-digit municipality code, e.g. `101` (København). */
  municipality: string;
  /** Table ids; default every table. FOLK1E is always fetched (it holds the denominators). */
  tables?: readonly string[];
}

export interface FetchContextDeps {
  client: StatbankClient;
  store: StatbankCacheStore & Pick<Store, 'saveContext' | 'listContext'>;
  /** Counts of 1 … threshold−1 persons are suppressed (DATA.md §6). */
  threshold: number;
  now: () => Date;
  /** Work from the cache only. */
  offline?: boolean;
  /** Who fetched, for the audit log. */
  actor: string;
  /** Told before each request, e.g. for a progress line. */
  onProgress?: (tableId: StatbankTableId, step: 'tableinfo' | 'data') => void;
}

/** What happened to one table. */
export interface TableOutcome {
  tableId: StatbankTableId;
  title: string;
  updated: string;
  period: string;
  /** `network`: fetched now; `cache`: the cached answer is current; `stale`: cached, StatBank unreachable. */
  source: 'network' | 'cache' | 'stale';
  rows: number;
}

export interface ContextOutcome {
  municipality: string;
  municipalityName: string;
  tables: TableOutcome[];
  rows: ContextRow[];
  /** Tables answered from the cache because StatBank could not be reached, and similar. */
  warnings: string[];
  /** False when the stored series were already the same. */
  saved: boolean;
}

const MUNICIPALITY = /^\d{3}$/;

function tablesOf(input: FetchContextInput): StatbankTableId[] {
  const asked = (input.tables ?? STATBANK_TABLE_IDS).map((t) => t.trim().toUpperCase());
  const unknown = asked.filter((t) => !isStatbankTableId(t));
  if (unknown.length > 0) {
    throw new ContextRequestError(
      `ukendte tabeller: ${unknown.join(', ')} (kendte: ${STATBANK_TABLE_IDS.join(', ')})`,
      `unknown tables: ${unknown.join(', ')} (known: ${STATBANK_TABLE_IDS.join(', ')})`,
    );
  }
  return STATBANK_TABLE_IDS.filter((t) => t === 'FOLK1E' || asked.includes(t));
}

function warningOf(tableId: string, fetched: Fetched<unknown>): string[] {
  if (fetched.provenance.kind !== 'stale') return [];
  return [`${tableId}: bruger svaret gemt ${fetched.fetchedAt} / using the answer cached ${fetched.fetchedAt} (${fetched.provenance.reason})`];
}

function municipalityName(folk1e: TableInfo, municipality: string): string {
  const value = folk1e.variables.find((v) => v.id === 'OMRÅDE')?.values.find((v) => v.id === municipality);
  if (value === undefined) throw new ContextRequestError(`kommunekoden ${municipality} findes ikke i FOLK1E`, `no municipality ${municipality} in FOLK1E`);
  return value.text;
}

const COMPARED: readonly (keyof ContextRow)[] = [
  'tableId',
  'updated',
  'municipality',
  'scope',
  'series',
  'breakdown',
  'period',
  'group',
  'category',
  'label',
  'value',
  'unit',
  'suppressed',
  'source',
];

/** Rows (both in store order) equal in everything but the fetch time. */
function sameRows(a: readonly ContextRow[], b: readonly ContextRow[]): boolean {
  const fields = (rows: readonly ContextRow[]) => JSON.stringify(rows.map((r) => COMPARED.map((k) => r[k])));
  return fields(a) === fields(b);
}

/**
 * Fetches, suppresses and stores the StatBank context of one municipality.
 * @example await fetchContext({ municipality: '101' }, { client, store, threshold: 5, now: () => new Date(), actor: 'cli' })
 */
export async function fetchContext(input: FetchContextInput, deps: FetchContextDeps): Promise<ContextOutcome> {
  const municipality = input.municipality.trim();
  if (!MUNICIPALITY.test(municipality))
    throw new ContextRequestError(
      `kommunekoden skal have tre cifre, fx 101: "${municipality}"`,
      `the municipality code has three digits, e.g. 101: "${municipality}"`,
    );
  const tableIds = tablesOf(input);
  const statbank = createCachedStatbank({ client: deps.client, cache: deps.store, now: deps.now, offline: deps.offline ?? false });
  const warnings: string[] = [];

  const infos = new Map<StatbankTableId, TableInfo>();
  for (const tableId of tableIds) {
    deps.onProgress?.(tableId, 'tableinfo');
    const fetched = await statbank.tableInfo(tableId);
    checkTableInfo(tableId, fetched.value);
    warnings.push(...warningOf(tableId, fetched));
    infos.set(tableId, fetched.value);
  }
  const folk1e = infos.get('FOLK1E') as TableInfo;
  const name = municipalityName(folk1e, municipality);
  const plans: TablePlan[] = tableIds.map((t) => tablePlan(t, infos.get(t) as TableInfo, municipality, name));

  const denominatorsOf = await fetchDenominators(statbank, folk1e, municipality, denominatorQuarters(infos), warnings);
  const tables: TableOutcome[] = [];
  const rows: ContextRow[] = [];
  for (const plan of plans) {
    const info = infos.get(plan.tableId) as TableInfo;
    deps.onProgress?.(plan.tableId, 'data');
    const fetched = await statbank.data(plan.request, info);
    checkRows(plan.tableId, plan.request, fetched.value);
    warnings.push(...warningOf(plan.tableId, fetched));
    const series = plan.rows(fetched.value, denominatorsOf, deps.threshold);
    rows.push(
      ...series.map((r) => ({
        ...r,
        tableId: plan.tableId,
        updated: fetched.updated,
        fetchedAt: fetched.fetchedAt,
        municipality,
        source: sourceText(plan.tableId, info, r.series),
      })),
    );
    tables.push({
      tableId: plan.tableId,
      title: info.text,
      updated: fetched.updated,
      period: plan.period,
      source: fetched.provenance.kind,
      rows: series.length,
    });
    if (series.length > 0 && series.every((r) => r.value === null)) {
      warnings.push(`${plan.tableId}: ingen tal at vise for ${plan.period} (alle mangler eller er diskretioneret) / no figures to show for ${plan.period}`);
    }
  }

  const stored = await deps.store.listContext({ municipality, tableIds });
  const ordered = [...rows].sort(compareContextRows);
  const saved = !sameRows(ordered, stored);
  if (saved) await deps.store.saveContext({ municipality, tableIds, rows: ordered, actor: deps.actor });
  return { municipality, municipalityName: name, tables, rows: ordered, warnings, saved };
}

async function fetchDenominators(
  statbank: ReturnType<typeof createCachedStatbank>,
  folk1e: TableInfo,
  municipality: string,
  wanted: readonly string[],
  warnings: string[],
): Promise<Denominators> {
  const quarters = availableQuarters(folk1e, wanted);
  const missing = wanted.filter((q) => !quarters.includes(q));
  if (missing.length > 0) {
    warnings.push(
      `FOLK1E har endnu ikke befolkningen ${missing.join(', ')}; rater uden nævner vises ikke / FOLK1E lacks ${missing.join(', ')}: rates without a denominator are not shown`,
    );
  }
  if (quarters.length === 0) return denominators(undefined, folk1e, municipality, []);
  const request = denominatorRequest(folk1e, municipality, quarters);
  const fetched = await statbank.data(request, folk1e);
  checkRows('FOLK1E', request, fetched.value);
  warnings.push(...warningOf('FOLK1E', fetched));
  return denominators(fetched.value, folk1e, municipality, quarters);
}
