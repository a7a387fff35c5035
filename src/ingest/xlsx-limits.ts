/**
 * Bounds what an XLSX workbook may expand to before any parser sees it. A zip can inflate a few
 * hundred kilobytes into gigabytes (one 300 MB cell, a million empty rows), and the XML parser
 * would hold it all: so every member is unpacked here once, streaming, counting bytes actually
 * produced (sizes written in the archive can lie), rows, cells and the longest run of text
 * between two tags, and the first limit crossed stops the pass. Nothing is written to disk.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { fileError } from './file-error.ts';
import { InputError } from './input-error.ts';
import { readZipDirectory, type ZipEntry, ZipFormatError } from './zip-directory.ts';
import type { Localized } from '../language/index.ts';

/** How far a workbook may expand; see docs/file-formats.md. */
export interface XlsxLimits {
  /** All members together, unpacked. */
  readonly maxUncompressedBytes: number;
  /** Any member that is neither a worksheet nor the shared strings (styles, workbook, relations …). */
  readonly maxOtherPartBytes: number;
  /** `<row>` elements over all worksheets. */
  readonly maxRows: number;
  /** `<c>` cells over all worksheets plus shared strings. */
  readonly maxCells: number;
  /** The longest text or tag: Excel holds at most 32,767 characters in a cell (up to ~4 bytes each, escaped). */
  readonly maxTextBytes: number;
  readonly maxEntries: number;
}

/** Generous enough for a population extract of a large municipality read by the command line. */
export const XLSX_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxOtherPartBytes: 16 * 1024 * 1024,
  maxRows: 1_048_576,
  maxCells: 40_000_000,
  maxTextBytes: 256 * 1024,
  maxEntries: 10_000,
};

type Limit = 'bytes' | 'part' | 'rows' | 'cells' | 'text';

class LimitExceeded extends Error {
  constructor(readonly limit: Limit) {
    super(limit);
  }
}

/**
 * Throws an `InputError` (`xlsx_too_large`, or `unreadable_xlsx` for a damaged archive) when the
 * workbook `file` would expand beyond `limits`.
 * @example await checkXlsxLimits('levering.xlsx', XLSX_LIMITS);
 */
export async function checkXlsxLimits(file: string, limits: XlsxLimits): Promise<void> {
  const entries = await directory(file, limits);
  const tally: Tally = { bytes: 0, rows: 0, cells: 0 };
  try {
    for (const entry of entries) await scanEntry(file, entry, limits, tally);
  } catch (error) {
    if (error instanceof LimitExceeded) throw tooLarge(file, error.limit, limits);
    if (error instanceof InputError) throw error;
    throw damaged(file);
  }
}

async function directory(file: string, limits: XlsxLimits): Promise<ZipEntry[]> {
  const handle = await open(file, 'r');
  try {
    return await readZipDirectory(handle, (await handle.stat()).size, limits.maxEntries);
  } catch (error) {
    if (error instanceof ZipFormatError) throw damaged(file);
    throw error;
  } finally {
    await handle.close();
  }
}

interface Tally {
  bytes: number;
  rows: number;
  cells: number;
}

async function scanEntry(file: string, entry: ZipEntry, limits: XlsxLimits, tally: Tally): Promise<void> {
  if (entry.method !== 0 && entry.method !== 8) throw damaged(file);
  if (entry.compressedSize === 0) return;
  const kind = partKind(entry.name);
  const scanner = createXmlScanner(kind, limits, tally);
  let partBytes = 0;
  const raw = createReadStream(file, { start: entry.dataOffset, end: entry.dataOffset + entry.compressedSize - 1 });
  const stream = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      partBytes += chunk.length;
      tally.bytes += chunk.length;
      if (tally.bytes > limits.maxUncompressedBytes) throw new LimitExceeded('bytes');
      if (kind === 'other' && partBytes > limits.maxOtherPartBytes) throw new LimitExceeded('part');
      scanner(chunk);
    }
  } finally {
    raw.destroy();
    if (stream !== raw) stream.destroy();
  }
}

type PartKind = 'sheet' | 'strings' | 'other';

function partKind(name: string): PartKind {
  if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return 'sheet';
  if (/^xl\/sharedStrings\.xml$/i.test(name)) return 'strings';
  return 'other';
}

const LT = 0x3c;
const GT = 0x3e;
const MAX_NAME = 16;

/**
 * A byte-level pass over XML that counts elements named `row` and `c` (with or without a
 * namespace prefix) and `si` in the shared strings, and measures runs between `<` and `>`.
 */
function createXmlScanner(kind: PartKind, limits: XlsxLimits, tally: Tally): (chunk: Buffer) => void {
  let run = 0;
  let name: number[] | null = null;
  const endName = () => {
    if (name === null) return;
    const text = String.fromCharCode(...name).replace(/^.*:/, '');
    name = null;
    if (kind === 'sheet' && text === 'row' && ++tally.rows > limits.maxRows) throw new LimitExceeded('rows');
    if (((kind === 'sheet' && text === 'c') || (kind === 'strings' && text === 'si')) && ++tally.cells > limits.maxCells) throw new LimitExceeded('cells');
  };
  return (chunk) => {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (byte === LT || byte === GT) {
        run = 0;
        endName();
        if (byte === LT) name = [];
        continue;
      }
      if (++run > limits.maxTextBytes) throw new LimitExceeded('text');
      if (name === null) continue;
      if (isNameByte(byte) && name.length < MAX_NAME) name.push(byte);
      else endName();
    }
  };
}

/** Letters, digits and ':' (a prefix); anything else ends an element name. */
function isNameByte(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x3a;
}

function tooLarge(file: string, limit: Limit, limits: XlsxLimits): InputError {
  const mb = (n: number) => Math.round(n / (1024 * 1024));
  const what: Record<Limit, Localized> = {
    bytes: { da: `fylder udpakket mere end ${mb(limits.maxUncompressedBytes)} MB`, en: `unpacks to more than ${mb(limits.maxUncompressedBytes)} MB` },
    part: {
      da: `har en del (typografier, relationer …) på mere end ${mb(limits.maxOtherPartBytes)} MB`,
      en: `has a part (styles, relations …) of more than ${mb(limits.maxOtherPartBytes)} MB`,
    },
    rows: { da: `har mere end ${limits.maxRows.toLocaleString('da-DK')} rækker`, en: `has more than ${limits.maxRows.toLocaleString('en-GB')} rows` },
    cells: { da: `har mere end ${limits.maxCells.toLocaleString('da-DK')} celler`, en: `has more than ${limits.maxCells.toLocaleString('en-GB')} cells` },
    text: {
      da: `har en celle med mere end ${Math.round(limits.maxTextBytes / 1024)} KB tekst`,
      en: `has a cell holding more than ${Math.round(limits.maxTextBytes / 1024)} KB of text`,
    },
  };
  return fileError(file, 'xlsx_too_large', {
    da: `Excel-filen ${what[limit].da}; det er over grænsen — del filen op, eller gem den som CSV`,
    en: `the Excel file ${what[limit].en}, which is over the limit — split the file, or save it as CSV`,
  });
}

function damaged(file: string): InputError {
  return fileError(file, 'unreadable_xlsx', {
    da: 'Excel-filen kan ikke læses (den er måske beskadiget); gem den igen som .xlsx eller CSV',
    en: 'the Excel file cannot be read (it may be damaged); save it again as .xlsx or CSV',
  });
}
