/**
 * The heavy part of an upload, as one job: read and check every row of the file, check the rows
 * against the round and the user's departments, and — for a submission — hash the file and run the
 * small-cell rule with its audit on each delivery in it. Everything it needs arrives as plain data
 * (the catalogue's indicators, the round, the actor), so that it can run in a worker thread
 * (`upload-worker.ts`) and its answer can be sent back; nothing here touches the store.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Actor } from '../../auth/index.ts';
import { createCatalogue, type Indicator } from '../../catalogue/index.ts';
import { InputErrors } from '../../ingest/index.ts';
import type { Round } from '../../store/index.ts';
import type { DeliveryRow } from '../import/delivery-row.ts';
import { auditPublication, groupDeliveries, readDeliveryRows } from '../import/import-delivery.ts';
import { roundErrors } from './round-errors.ts';

/** What a worker needs to check one uploaded file. */
export interface UploadJob {
  /** Where the file lies (a private temporary folder). */
  path: string;
  /** The name the user gave it, for the round errors (the file's own errors name `path`). */
  fileName: string;
  /** The catalogue, as its validated indicators. */
  indicators: readonly Indicator[];
  round: Round;
  actor: Actor;
  /** Rows without a municipality belong to it. */
  municipality?: string;
  /** Submitting (hash and audit the publication) rather than only checking. */
  submit: boolean;
  threshold: number;
}

/** What an upload holds, per indicator × period. */
export interface UploadSummary {
  indicator: string;
  period: string;
  cells: number;
}

/**
 * A file that passed: what it holds and, when submitted, its rows and SHA-256. A check sends back
 * no rows: copying 50,000 of them between threads would be work for the web thread, for nothing.
 */
export interface UploadVerdict {
  summary: UploadSummary[];
  rows: DeliveryRow[];
  fileHash: string | null;
}

/** Runs the job; throws `InputError`/`InputErrors` listing every problem of the file. */
export async function validateUpload(job: UploadJob): Promise<UploadVerdict> {
  const catalogue = createCatalogue(job.indicators);
  const rows = await readDeliveryRows(job.path, catalogue, undefined, job.municipality);
  const errors = roundErrors(rows, job.round, job.actor, catalogue, job.fileName);
  if (errors.length > 0) throw new InputErrors(errors);
  if (!job.submit) return { summary: summarise(rows), rows: [], fileHash: null };
  const fileHash = createHash('sha256')
    .update(await readFile(job.path))
    .digest('hex');
  // The origin fields only label the grouped deliveries; the audit looks at their cells.
  auditPublication(groupDeliveries(rows, { fileName: job.fileName, fileHash, source: 'upload', createdBy: job.actor.username }), catalogue, job.threshold);
  return { summary: summarise(rows), rows, fileHash };
}

function summarise(rows: readonly DeliveryRow[]): UploadSummary[] {
  const counts = new Map<string, UploadSummary>();
  for (const r of rows) {
    const key = `${r.indicator}\u0000${r.period}`;
    const entry = counts.get(key) ?? { indicator: r.indicator, period: r.period, cells: 0 };
    entry.cells += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}
