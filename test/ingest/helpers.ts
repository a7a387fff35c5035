/**
 * Test helpers for ingest/: a temp folder per test file, the small population table rendered in
 * every Danish habit, a stored-zip builder, and CPR-shaped values generated at run time (never
 * written as literals).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll } from 'vitest';
import { openTable, type TableRow, type TableSource } from '../../src/ingest/index.ts';

/** A temp folder removed after the test file; `path(name)` gives a file inside it. */
export function useTempDir(): { dir: string; path: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir, path: (name) => join(dir, name) };
}

/** The small population table (header + 4 persons); `weight` is a decimal column. */
export const POPULATION_HEADER = ['person_id', 'foedselsdato', 'koen', 'foedeland', 'statsborgerskab', 'mor_id', 'flygtning', 'boligomraade', 'vaegt'];
export const POPULATION_ROWS: readonly (readonly (string | number)[])[] = [
  ['P000001', '1980-05-17', 'M', 'Tyrkiet', 'TR', '', 'ja', 'Nørrebro', 0.352],
  ['P000002', '2001-11-02', 'K', 'Færøerne', 'DK', 'P000004', 'nej', 'Østerbro', 1.5],
  ['P000003', '1975-01-30', 'K', 'Østrig', 'AT', '', '0', 'Åbyhøj', 12.25],
  ['P000004', '1950-07-04', 'M', 'Danmark', 'DK', '', '1', 'Vest, Syd', 0.001],
];

/** How to render the population table as CSV text. */
export interface CsvHabit {
  readonly separator: ',' | ';';
  readonly decimal: ',' | '.';
  readonly lineEnd: '\n' | '\r\n';
}

/** The population table as CSV text in the given habit (fields quoted where RFC 4180 requires). */
export function populationCsv(habit: CsvHabit): string {
  const lines = [POPULATION_HEADER, ...POPULATION_ROWS].map((row) =>
    row.map((value) => quoted(typeof value === 'number' ? String(value).replace('.', habit.decimal) : value, habit.separator)).join(habit.separator),
  );
  return lines.join(habit.lineEnd) + habit.lineEnd;
}

/** The values expected back when the table is read with decimal mark `decimal`. */
export function expectedValues(decimal: ',' | '.'): string[][] {
  return POPULATION_ROWS.map((row) => row.map((v) => (typeof v === 'number' ? String(v).replace('.', decimal) : v)));
}

function quoted(value: string, separator: string): string {
  return value.includes(separator) || value.includes('"') || value.includes('\n') ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes `text` to `path` as UTF-8, UTF-8 with BOM, or Windows-1252 bytes. */
export function writeEncoded(path: string, text: string, encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252'): void {
  if (encoding === 'windows-1252') writeFileSync(path, iconv.encode(text, 'windows-1252'));
  else writeFileSync(path, encoding === 'utf-8-bom' ? `\ufeff${text}` : text, 'utf8');
}

/** A zip archive (stored, uncompressed) holding the given files. */
export function storedZip(files: Readonly<Record<string, string>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A CPR-shaped value (DDMMYY + 4 digits) with a valid date, built at run time from `seed`, so that no
 * such literal sits in the repository. `dashed` puts the usual '-' after the date.
 */
export function generatedCpr(seed: number, dashed = false): string {
  const day = 1 + (seed % 28);
  const month = 1 + (Math.floor(seed / 28) % 12);
  const year = 40 + (seed % 60);
  const serial = 1000 + ((seed * 7919) % 9000);
  const date = [day, month, year].map((n) => String(n).padStart(2, '0')).join('');
  return dashed ? `${date}-${serial}` : `${date}${serial}`;
}

/** Awaits `promise` and returns what it rejected with (fails the test if it resolved). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Reads all rows of an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Opens `file` and reads every row; errors may surface while opening (the start is read) or later. */
export async function readAll(file: string): Promise<{ rowNumber: number; values: string[] }[]> {
  return readRows(await openTable(file));
}

/** Every row of `source` as a plain object (a CSV row keeps its cells as ranges of the text until read). */
export async function readRows(source: TableSource): Promise<{ rowNumber: number; values: string[] }[]> {
  return (await collect(source.rows())).map(plainRow);
}

/** A row as a plain object, to compare with `toEqual`. */
export function plainRow(row: TableRow): { rowNumber: number; values: string[] } {
  return { rowNumber: row.rowNumber, values: [...row.values] };
}
