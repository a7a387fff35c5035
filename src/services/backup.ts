/**
 * `backup` and `restore`: the store's export written as one gzip-compressed file of JSON lines —
 * a header, one line per row, and a trailer with the row counts, the applied migrations and a
 * sha256 over every row line — and read back into an empty store. The same file restores on
 * SQLite and on PostgreSQL, whichever it came from. The file holds password hashes and the audit
 * log, so it is created 0600, never over an existing file, and appears under its name only once
 * it is complete. A restore reads the file twice: first to check the trailer (a cut or altered
 * file is refused before the store is touched), then to insert, all in one transaction.
 * See docs/store.md.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { link, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { z } from 'zod';
import { InputError } from '../ingest/index.ts';
import { usageProblem } from './problems.ts';
import { BACKUP_TABLES, type BackupInfo, type BackupRow, type BackupTable, type Store } from '../store/index.ts';

const FORMAT = 'indikator-backup';
const VERSION = 1;

const headerSchema = z.object({ format: z.literal(FORMAT), version: z.literal(VERSION), createdAt: z.string(), from: z.string() });
const rowSchema = z.object({ t: z.enum(BACKUP_TABLES), r: z.record(z.string(), z.unknown()) });
const trailerSchema = z.object({
  end: z.literal(true),
  migrations: z.array(z.string()),
  rows: z.record(z.string(), z.number().int().min(0)),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** Rows per table in a backup. */
export type BackupCounts = Record<BackupTable, number>;

/**
 * Writes a consistent snapshot of `store` to `file` (which must not exist).
 * @example const counts = await backupStore(store, 'backup/indikator-2026-03-01.jsonl.gz');
 */
export async function backupStore(store: Store, file: string, now: () => Date = () => new Date()): Promise<BackupCounts> {
  if (existsSync(file)) throw fileExists(file);
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
  await once(out, 'open');
  const written = pipeline(gzip, out);
  const hash = createHash('sha256');
  const counts = emptyCounts();
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    await write(JSON.stringify({ format: FORMAT, version: VERSION, createdAt: now().toISOString(), from: store.kind }));
    const info = await store.exportRows(async (table, rows) => {
      for (const r of rows) {
        const line = JSON.stringify({ t: table, r });
        hash.update(line).update('\n');
        await write(line);
      }
      counts[table] += rows.length;
    });
    await write(JSON.stringify({ end: true, migrations: info.migrations, rows: counts, sha256: hash.digest('hex') }));
    gzip.end();
    await written;
    // A hard link fails when `file` exists: the complete backup never replaces another file.
    await link(partial, file).catch((error: unknown) => {
      throw error instanceof Error && 'code' in error && error.code === 'EEXIST' ? fileExists(file) : error;
    });
    await rm(partial);
    return counts;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * Restores the backup `file` into the empty `store`; throws `InputError` for a file that is not a
 * complete backup, and `RestoreRefusedError` for a store that is not empty.
 */
export async function restoreStore(store: Store, file: string): Promise<BackupCounts> {
  const info = await verify(file);
  return store.importRows(info, batches(file));
}

/** First pass: the header, every row's shape, the counts and the checksum. */
async function verify(file: string): Promise<BackupInfo> {
  const hash = createHash('sha256');
  const counts = emptyCounts();
  let trailer: z.infer<typeof trailerSchema> | undefined;
  let lineNumber = 0;
  for await (const line of lines(file)) {
    lineNumber++;
    if (trailer !== undefined) throw invalid(file, lineNumber, 'der står noget efter afslutningen', 'there is data after the end');
    if (lineNumber === 1) {
      if (!headerSchema.safeParse(parse(file, lineNumber, line)).success)
        throw invalid(file, 1, 'filen er ikke en sikkerhedskopi fra indikator', 'the file is not an indikator backup');
      continue;
    }
    const value = parse(file, lineNumber, line);
    const row = rowSchema.safeParse(value);
    if (row.success) {
      hash.update(line).update('\n');
      counts[row.data.t]++;
      continue;
    }
    const end = trailerSchema.safeParse(value);
    if (!end.success) throw invalid(file, lineNumber, 'linjen er hverken en række eller afslutningen', 'the line is neither a row nor the end');
    trailer = end.data;
  }
  if (trailer === undefined)
    throw invalid(file, lineNumber, 'filen slutter før afslutningen (den er afkortet)', 'the file ends before its end record (it is cut short)');
  const sameCounts = BACKUP_TABLES.every((t) => (trailer?.rows[t] ?? 0) === counts[t]);
  if (!sameCounts || hash.digest('hex') !== trailer.sha256) {
    throw invalid(
      file,
      lineNumber,
      'rækkerne passer ikke med kontrolsummen (filen er ændret eller beskadiget)',
      'the rows do not match the checksum (the file was changed or is damaged)',
    );
  }
  return { migrations: trailer.migrations };
}

/** Second pass: the rows, grouped into batches of one table. */
async function* batches(file: string): AsyncGenerator<{ table: BackupTable; rows: BackupRow[] }> {
  let current: { table: BackupTable; rows: BackupRow[] } | undefined;
  let first = true;
  for await (const line of lines(file)) {
    if (first) {
      first = false;
      continue;
    }
    const row = rowSchema.safeParse(JSON.parse(line));
    if (!row.success) break;
    if (current !== undefined && (current.table !== row.data.t || current.rows.length >= 1000)) {
      yield current;
      current = undefined;
    }
    current ??= { table: row.data.t, rows: [] };
    current.rows.push(row.data.r);
  }
  if (current !== undefined) yield current;
}

/** The file's lines, decompressed; a file that is not gzip is an `InputError`. */
async function* lines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip) {
      const parts = (rest + decoder.write(chunk as Buffer)).split('\n');
      rest = parts.pop() ?? '';
      yield* parts;
    }
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new InputError({ code: 'file_not_found', file, messageDa: 'filen findes ikke', messageEn: 'the file does not exist' });
    }
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('Z_')) {
      throw invalid(file, 1, 'filen er ikke en komprimeret sikkerhedskopi (gzip)', 'the file is not a compressed backup (gzip)');
    }
    throw error;
  } finally {
    input.destroy();
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

function parse(file: string, line: number, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalid(file, line, 'linjen er ikke gyldig JSON', 'the line is not valid JSON');
  }
}

function invalid(file: string, row: number, da: string, en: string): InputError {
  return new InputError({
    code: 'invalid_backup',
    file,
    row,
    messageDa: `sikkerhedskopien kan ikke bruges: ${da}`,
    messageEn: `the backup cannot be used: ${en}`,
  });
}

function fileExists(file: string) {
  return usageProblem(
    `${file} findes allerede; en sikkerhedskopi overskriver aldrig en fil — vælg et nyt navn`,
    `${file} already exists; a backup never overwrites a file — choose a new name`,
  );
}

function emptyCounts(): BackupCounts {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as BackupCounts;
}
