/**
 * `indikator import` of an exchange file (JSON-stat or CSV written by `indikator export`): another
 * municipality's or a national run's published figures, stored as comparison figures. Refused
 * when the file's definitions differ from ours (naming the indicators that differ), so that
 * figures computed differently never stand beside ours. The figures are stored apart from the
 * deliveries' cells: compute never reads them, so nothing suppressed can be recovered through them.
 */
import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Catalogue, definitionHashes } from '../../catalogue/index.ts';
import { UserError } from '../../errors/user-error.ts';
import { DEMO_MUNICIPALITY, isKnownMunicipalityCode } from '../../municipalities/index.ts';
import type { ComparisonFigure, SaveComparisonResult, Store } from '../../store/index.ts';
import { CSV_MARKER_COLUMN, CsvFigureError, type CsvMeta, figuresFromCsv } from './csv-figures.ts';
import { exchangeFileSchema, figuresFromJsonStat } from './jsonstat-figures.ts';

/** A refused exchange file: the message names the file and what is wrong with it. */
export class ExchangeFileError extends UserError {
  override name = 'ExchangeFileError';
}

function refuse(file: string, da: string, en: string): never {
  const name = path.basename(file);
  throw new ExchangeFileError(`${name}: ${da}`, `${name}: ${en}`);
}

/** How an exchange file is written, or undefined for anything else (a delivery). */
export type ExchangeKind = 'jsonstat' | 'csv';

const HEAD_BYTES = 4096;

/**
 * What kind of exchange file `file` is, from its first 4 KiB: one starting like JSON (after an
 * optional byte-order mark and white space) is JSON-stat — a delivery is CSV or XLSX, never JSON —
 * and a CSV whose header names the `definitions_hash` column is an exported CSV (no delivery has
 * that column). `importComparison` then says precisely what is wrong if it is not an export file.
 */
export async function exchangeFileKind(file: string): Promise<ExchangeKind | undefined> {
  // A file that cannot be opened is left to the delivery import, which names the problem.
  const handle = await open(file, 'r').catch(() => undefined);
  if (handle === undefined) return undefined;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    const head = buffer
      .subarray(0, bytesRead)
      .toString('latin1')
      .replace(/^\xEF\xBB\xBF/, '');
    if (head.trimStart().startsWith('{')) return 'jsonstat';
    const header = head.split(/\r?\n/, 1)[0] ?? '';
    return header.split(/[;,]/).some((h) => h.trim().replace(/^"|"$/g, '').toLowerCase() === CSV_MARKER_COLUMN) ? 'csv' : undefined;
  } finally {
    await handle.close();
  }
}

/** True when `file` is an exchange file (JSON-stat or CSV) rather than a delivery. */
export async function looksLikeExchangeFile(file: string): Promise<boolean> {
  return (await exchangeFileKind(file)) !== undefined;
}

/** Which indicators' definitions differ between the file and our catalogue, in words. */
function definitionDifferences(ours: Record<string, string>, theirs: Record<string, string>, used: ReadonlySet<string>): string[] {
  const differences: string[] = [];
  for (const id of [...used].sort()) {
    if (ours[id] === undefined) differences.push(`${id} (ukendt her / unknown here)`);
    else if (theirs[id] === undefined) differences.push(`${id} (ingen definition i filen / no definition in the file)`);
    else if (theirs[id] !== ours[id]) differences.push(`${id} (${theirs[id].slice(0, 12)} ≠ ${ours[id].slice(0, 12)})`);
  }
  return differences;
}

export interface ImportComparisonOptions {
  file: string;
  actor: string;
  /** "On behalf of" as typed (a note in the audit entry; the actor is who ran the command). */
  actorNote?: string;
  /** The own municipality: a file's figures for it are not imported (ours are computed here). */
  ownMunicipality: string;
}

/** The file's metadata and figures, read as JSON-stat. */
function readJsonStat(file: string, bytes: Buffer): { meta: CsvMeta; figures: ComparisonFigure[] } {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    refuse(file, `er ikke gyldig JSON (${String(error)})`, `is not valid JSON (${String(error)})`);
  }
  const parsed = exchangeFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    refuse(file, `er ikke en eksportfil fra indikator: ${where} ${issue?.message ?? ''}`, `is not an indikator export file: ${where} ${issue?.message ?? ''}`);
  }
  try {
    return { meta: parsed.data.extension.indikator, figures: figuresFromJsonStat(parsed.data) };
  } catch (error) {
    refuse(file, `JSON-stat-datasættet er ugyldigt: ${(error as Error).message}`, `the JSON-stat dataset is invalid: ${(error as Error).message}`);
  }
}

/** The file's metadata and figures, read as an exported CSV (either variant). */
async function readCsv(file: string): Promise<{ meta: CsvMeta; figures: ComparisonFigure[] }> {
  try {
    return await figuresFromCsv(file);
  } catch (error) {
    if (error instanceof CsvFigureError) refuse(file, error.da, error.en);
    throw error;
  }
}

/** Validates the file (JSON-stat or CSV, by its content) and stores its figures as the next version of its source's set. */
export async function importComparison(
  options: ImportComparisonOptions,
  catalogue: Catalogue,
  store: Store,
): Promise<SaveComparisonResult & { skippedOwn: number }> {
  const { file } = options;
  const bytes = await readFile(file);
  const { meta, figures } = (await exchangeFileKind(file)) === 'csv' ? await readCsv(file) : readJsonStat(file, bytes);
  if (figures.length === 0) refuse(file, 'indeholder ingen tal', 'holds no figures');
  const ours = definitionHashes(catalogue);
  const differences = definitionDifferences(ours.indicators, meta.indicatorHashes, new Set(figures.map((f) => f.indicator)));
  if (differences.length > 0) {
    refuse(
      file,
      `definitionerne afviger fra vores — tallene er ikke sammenlignelige og er ikke importeret. Afviger: ${differences.join(', ')}`,
      `the definitions differ from ours — the figures are not comparable and were not imported. Differs: ${differences.join(', ')}`,
    );
  }
  // The demo's `999` is no real code but is accepted, so that the demo's figures can be exchanged too.
  const unknown = figures.find((f) => !isKnownMunicipalityCode(f.municipality) && f.municipality !== DEMO_MUNICIPALITY.code);
  if (unknown !== undefined) refuse(file, `ukendt kommunekode "${unknown.municipality}"`, `unknown municipality code "${unknown.municipality}"`);
  const foreign = figures.filter((f) => f.municipality !== options.ownMunicipality);
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  const saved = await store.saveComparisonSet(
    {
      source: meta.source,
      fileName: path.basename(file),
      fileHash,
      definitionsHash: meta.definitionsHash,
      productVersion: meta.productVersion,
      exportedAt: meta.exportedAt,
      synthetic: meta.synthetic,
    },
    foreign,
    options.actor,
    options.actorNote,
  );
  return { ...saved, skippedOwn: figures.length - foreign.length };
}
