/**
 * `import`: an aggregated delivery file is validated completely — every row against the catalogue,
 * duplicates across rows — before anything is written; then each indicator × period in it is
 * stored as a new version, all in one transaction. The same file twice changes nothing.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalogue } from '../../catalogue/index.ts';
import { DEFAULT_THRESHOLD } from '../../stats/index.ts';
import { auditedSuppressedKeys } from '../compute/index.ts';
import { DEMO_MUNICIPALITY } from '../../municipalities/index.ts';
import {
  type ColumnSpec,
  createErrorCollector,
  createRecordReader,
  DELIVERY_COLUMNS,
  type DeliveryColumn,
  InputError,
  normaliseHeader,
  openTable,
  POPULATION_COLUMNS,
  type RecordRow,
  type TableSource,
  withoutIdentifiers,
} from '../../ingest/index.ts';
import type { Store } from '../../store/index.ts';
import type { DeliverySource, NewDelivery, SaveResult } from '../../cells/index.ts';
import { checkRow } from './check-row.ts';
import { DELIVERY_LIMITS, DELIVERY_XLSX_LIMITS } from './delivery-limits.ts';
import type { DeliveryRow } from './delivery-row.ts';

export interface ImportOptions {
  file: string;
  sheet?: string | number;
  /** Who delivers (user name, or the operating-system user for the CLI). */
  actor: string;
  /** A name the actor gave (the command line's `--actor`): audited as a note beside the real actor. */
  actorNote?: string;
  source?: DeliverySource;
  /** The suppression threshold the delivery's publication is audited with (default 5). */
  threshold?: number;
  /** The own municipality's code: rows without a municipality belong to it (default the demo's `999`). */
  municipality?: string;
}

export interface ImportedDelivery {
  indicator: string;
  period: string;
  version: number;
  cells: number;
  outcome: 'created' | 'unchanged';
}

/** Validates and stores a delivery file; throws `InputErrors` with every problem and writes nothing. */
export async function importDelivery(options: ImportOptions, catalogue: Catalogue, store: Store): Promise<ImportedDelivery[]> {
  const rows = await readDeliveryRows(options.file, catalogue, options.sheet, options.municipality);
  const fileHash = createHash('sha256')
    .update(await readFile(options.file))
    .digest('hex');
  const deliveries = groupDeliveries(rows, {
    fileName: withoutIdentifiers(path.basename(options.file)),
    fileHash,
    source: options.source ?? 'file',
    createdBy: options.actor,
    ...(options.actorNote === undefined ? {} : { actorNote: options.actorNote }),
  });
  auditPublication(deliveries, catalogue, options.threshold ?? DEFAULT_THRESHOLD);
  const results = await store.saveDeliveries(deliveries);
  return results.map(describe);
}

/**
 * Every row of the file, checked; throws `InputErrors` listing all problems. Rows without a
 * municipality belong to `ownMunicipality`.
 */
export async function readDeliveryRows(
  file: string,
  catalogue: Catalogue,
  sheet?: string | number,
  ownMunicipality: string = DEMO_MUNICIPALITY.code,
): Promise<DeliveryRow[]> {
  const source = await openTable(file, { xlsxLimits: DELIVERY_XLSX_LIMITS, ...(sheet === undefined ? {} : { sheet }) });
  refuseIdentifyingColumns(source);
  const errors = createErrorCollector();
  const reader = createRecordReader(source, DELIVERY_COLUMNS, errors);
  const rows: DeliveryRow[] = [];
  const seen = new Map<string, number>();
  const openCodes = new Map<string, Set<string>>();
  let count = 0;
  for await (const row of reader.rows()) {
    if (++count > DELIVERY_LIMITS.maxRows) throw tooManyRows(file, row.rowNumber);
    const before = errors.count;
    const checked = checkRow(row, catalogue, source.decimal, () => errors.count, ownMunicipality);
    if (!checked || errors.count > before) continue;
    const key = [checked.municipality, checked.indicator, checked.period, checked.group, checked.breakdown].join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      row.fail(
        'group',
        {
          da: `cellen (${checked.group}, ${checked.breakdown || 'ingen opdeling'}) for ${checked.period}${inMunicipality(checked.municipality, ownMunicipality, 'i kommune')} står også i række ${first}`,
          en: `the cell (${checked.group}, ${checked.breakdown || 'no breakdown'}) for ${checked.period}${inMunicipality(checked.municipality, ownMunicipality, 'in municipality')} also appears in row ${first}`,
        },
        'duplicate_value',
      );
      continue;
    }
    seen.set(key, checked.rowNumber);
    if (!withinOpenCodes(openCodes, checked, row)) continue;
    rows.push(checked);
  }
  errors.throwIfAny();
  return rows;
}

/**
 * Runs the small-cell rule and its audit on every delivery before it is stored: a file whose
 * publication the audit would fault is refused, never stored (see `auditedSuppressedKeys`).
 */
export function auditPublication(deliveries: readonly NewDelivery[], catalogue: Catalogue, threshold: number): void {
  for (const delivery of deliveries) {
    const indicator = catalogue.get(delivery.indicator);
    if (indicator) auditedSuppressedKeys(indicator, delivery.cells, threshold);
  }
}

/** ` i kommune 101` for a cell of another municipality than the own (whose messages stay as they were). */
function inMunicipality(code: string, own: string, words: string): string {
  return code === own ? '' : ` ${words} ${code}`;
}

/** Person identifiers have no place in an aggregated delivery: a column named like one is refused, not ignored. */
function refuseIdentifyingColumns(source: TableSource): void {
  const specs: readonly ColumnSpec[] = POPULATION_COLUMNS;
  const names = new Set<string>(specs.filter((c) => c.identifying === true).flatMap((c) => [c.name, ...(c.aliases ?? [])]));
  const index = source.header.findIndex((h) => names.has(normaliseHeader(h)));
  if (index === -1) return;
  throw new InputError({
    code: 'unexpected_column',
    file: source.file,
    row: 1,
    column: source.header[index],
    columnNumber: index + 1,
    messageDa: 'en aggregeret levering må ikke have en kolonne med personnumre; fjern kolonnen',
    messageEn: 'an aggregated delivery must not have a column of person numbers; remove the column',
  });
}

function tooManyRows(file: string, row: number) {
  const max = DELIVERY_LIMITS.maxRows;
  return new InputError({
    code: 'too_many_rows',
    file,
    row,
    messageDa: `filen har mere end ${max.toLocaleString('da-DK')} celler (rækker); del leveringen op i flere filer`,
    messageEn: `the file has more than ${max.toLocaleString('en-GB')} cells (rows); split the delivery into several files`,
  });
}

/** Counts the codes of open breakdowns (housing areas) per indicator × period; false past the limit. */
function withinOpenCodes(openCodes: Map<string, Set<string>>, cell: DeliveryRow, row: RecordRow<DeliveryColumn>): boolean {
  if (cell.breakdown === '') return true;
  const key = `${cell.municipality}\u0000${cell.indicator}\u0000${cell.period}\u0000${cell.breakdown.split('=')[0]}`;
  const codes = openCodes.get(key) ?? new Set<string>();
  openCodes.set(key, codes);
  codes.add(cell.breakdown);
  if (codes.size <= DELIVERY_LIMITS.maxOpenCodes) return true;
  const max = DELIVERY_LIMITS.maxOpenCodes;
  row.fail(
    'breakdown',
    {
      da: `mere end ${max.toLocaleString('da-DK')} forskellige koder i opdelingen for ${cell.indicator} ${cell.period}`,
      en: `more than ${max.toLocaleString('en-GB')} different codes in the breakdown for ${cell.indicator} ${cell.period}`,
    },
    'too_many_rows',
  );
  return false;
}

interface DeliveryOrigin {
  fileName: string;
  fileHash: string;
  source: DeliverySource;
  createdBy: string;
  actorNote?: string;
}

/** One new delivery per indicator × period in the file, in file order. */
export function groupDeliveries(rows: readonly DeliveryRow[], origin: DeliveryOrigin): NewDelivery[] {
  const byKey = new Map<string, NewDelivery>();
  for (const r of rows) {
    const key = `${r.indicator}\u0000${r.period}`;
    let delivery = byKey.get(key);
    if (!delivery) {
      delivery = { indicator: r.indicator, period: r.period, ...origin, definition: r.definition, thirdGeneration: r.thirdGeneration, cells: [] };
      byKey.set(key, delivery);
    }
    const { rowNumber, indicator, period, definition, thirdGeneration, ...cell } = r;
    delivery.cells.push(cell);
  }
  return [...byKey.values()];
}

function describe(result: SaveResult): ImportedDelivery {
  const d = result.delivery;
  return { indicator: d.indicator, period: d.period, version: d.version, cells: d.cellCount, outcome: result.kind };
}
