/**
 * One streaming pass over a CSV file: bytes → text (chunk decoder) → records (parser) → table rows
 * with spreadsheet row numbers. Blank rows (every field empty) are skipped but still counted, so row
 * numbers match what Excel shows; trailing empty fields beyond the header (from a trailing ';') are
 * dropped; any other row with the wrong number of fields is an error naming the row.
 */
import { createReadStream } from 'node:fs';
import { createChunkDecoder } from './chunk-decoder.ts';
import type { EncodingGuess } from './detect-encoding.ts';
import type { ParsedRecords } from './csv-line.ts';
import { CsvParser } from './csv-parser.ts';
import { fileError } from './file-error.ts';
import { InputError } from './input-error.ts';
import { InvalidTextError } from './utf8-chunk-decoder.ts';
import type { Separator, TableRow } from './table-source.ts';

const CHUNK_BYTES = 64 * 1024;

/** How to read a CSV file, as detected when it was opened. */
export interface CsvLayout {
  encoding: EncodingGuess;
  readonly separator: Separator;
  /** Lines end with a lone CR (old Mac "CSV (Macintosh)"): CRs are read as line ends. */
  readonly crOnly: boolean;
}

/**
 * The non-blank records of the file as rows with their row numbers, one batch per chunk read.
 * Without `width`, every record, header included, unchecked; with `width`, the data rows only (the
 * first non-blank record, the header, is skipped), each checked to have `width` fields.
 * `layout.encoding` is updated when a later chunk settles an 'undecided' encoding.
 * @example for await (const batch of csvRowBatches('a.csv', { encoding: 'utf-8', separator: ';', crOnly: false }, 5)) …
 */
export async function* csvRowBatches(file: string, layout: CsvLayout, width?: number): AsyncGenerator<TableRow[]> {
  let rowNumber = 0;
  let skipHeader = width !== undefined;
  const text: LoneCrWatch = { mayHoldLoneCr: false, crAtEnd: false };
  const wrongWidth = (found: number) => wrongFieldCount(file, rowNumber, found, width ?? found);
  for await (const records of recordBatches(file, layout, text)) {
    const rows: TableRow[] = [];
    for (let r = 0; r < records.count; r++) {
      rowNumber++;
      if (records.isBlank(r)) continue;
      if (text.mayHoldLoneCr) refuseLoneCr(file, rowNumber, records.cells(r));
      if (skipHeader) skipHeader = false;
      else rows.push(records.row(r, rowNumber, width, wrongWidth));
    }
    if (rows.length > 0) yield rows;
  }
}

/**
 * The file's records, one batch per chunk read. `text.mayHoldLoneCr` turns true, and stays so, from
 * the first CR not followed by LF (a record may carry over into later chunks): until then no cell
 * can hold one, and the cells need no look (40 ms per million rows).
 */
async function* recordBatches(file: string, layout: CsvLayout, text: LoneCrWatch): AsyncGenerator<ParsedRecords> {
  const decoder = createChunkDecoder(layout.encoding);
  const parser = new CsvParser(file, layout.separator);
  const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  const lines = new WholeLines();
  try {
    for await (const chunk of stream) {
      const bytes = lines.take(chunk as Buffer);
      const records = parser.push(
        lineEnds(
          layout,
          decoded(file, () => decoder.decode(bytes), parser),
          text,
        ),
      );
      layout.encoding = decoder.encoding;
      yield records;
    }
    const rest = lines.rest();
    yield parser.push(
      lineEnds(
        layout,
        decoded(file, () => decoder.decode(rest), parser),
        text,
      ),
    );
    yield parser.push(
      lineEnds(
        layout,
        decoded(file, () => decoder.end(), parser),
        text,
      ),
    );
    yield parser.end();
  } finally {
    stream.destroy();
  }
}

/**
 * Read chunks cut after their last line feed, the rest carried into the next chunk as bytes. The
 * parser then gets text that ends where a line ends, and carries no text over: text carried over is
 * joined to the next chunk's, and a joined string scans half as fast as the decoder's own (a quarter
 * of parsing a large extract). A line feed byte is a whole character in UTF-8 and Windows-1252 alike.
 * A chunk without one (a file of lone CRs, a line longer than a chunk) goes on whole, as before.
 */
class WholeLines {
  #carried: Buffer | null = null;

  /** The bytes to decode now: what was carried and `chunk`, up to its last line feed. */
  take(chunk: Buffer): Buffer {
    const bytes = this.#carried === null ? chunk : Buffer.concat([this.#carried, chunk]);
    const cut = bytes.lastIndexOf(LF) + 1;
    if (cut === 0 || cut === bytes.length) {
      this.#carried = null;
      return bytes;
    }
    this.#carried = bytes.subarray(cut);
    return bytes.subarray(0, cut);
  }

  /** The bytes still carried at the end of the file. */
  rest(): Buffer {
    const rest = this.#carried ?? Buffer.alloc(0);
    this.#carried = null;
    return rest;
  }
}

function lineEnds(layout: CsvLayout, text: string, seen: LoneCrWatch): string {
  if (layout.crOnly) return text.replaceAll('\r', '\n');
  if (seen.mayHoldLoneCr) return text;
  // A CR that ended the chunk before is a line end only if this chunk starts with its LF.
  if (seen.crAtEnd && text.length > 0 && text.charCodeAt(0) !== LF) seen.mayHoldLoneCr = true;
  const last = text.length - 1;
  seen.crAtEnd = last >= 0 ? text.charCodeAt(last) === CR : seen.crAtEnd;
  // Most files have no CR at all: finding none is a native scan, the pattern a slower one.
  if (text.includes('\r') && LONE_CR.test(seen.crAtEnd ? text.slice(0, last) : text)) seen.mayHoldLoneCr = true;
  return text;
}

/** Whether a cell may hold a lone CR, from what the chunks so far held. */
interface LoneCrWatch {
  mayHoldLoneCr: boolean;
  /** The last chunk (not empty) ended with a CR. */
  crAtEnd: boolean;
}

const CR = 13;
const LF = 10;
/** A CR without an LF after it. */
const LONE_CR = /\r(?!\n)/;

/** The decoded chunk; on invalid UTF-8, an error naming the row that holds the first bad byte. */
function decoded(file: string, step: () => string, parser: CsvParser): string {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof InvalidTextError)) throw error;
    parser.push(error.validText);
    const row = parser.records + 1;
    if (error.reason === 'mixed') {
      throw fileError(
        file,
        'invalid_encoding',
        {
          da: 'filen blander to tegnkodninger: rækken har UTF-8-tegn (fx æ ø å), men filen er ellers Windows-1252; gem hele filen i én tegnkodning',
          en: 'the file mixes two encodings: the row holds UTF-8 characters (such as æ ø å), but the file is otherwise Windows-1252; save the whole file in one encoding',
        },
        row,
      );
    }
    throw fileError(
      file,
      'invalid_encoding',
      {
        da: 'rækken indeholder tegn, der ikke er gyldig UTF-8, selv om filen før var UTF-8; gem hele filen i én tegnkodning',
        en: 'the row holds bytes that are not valid UTF-8, though the file was UTF-8 before; save the whole file in one encoding',
      },
      row,
    );
  }
}

/**
 * A carriage return without a line feed, in a file whose lines end otherwise, is neither a line end
 * nor text anyone meant: it would be stored invisibly in a note, or split a count. Named, not guessed at.
 */
function refuseLoneCr(file: string, row: number, values: readonly string[]): void {
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    if (!value.includes('\r') || !/\r(?!\n)/.test(value)) continue;
    throw new InputError({
      code: 'invalid_value',
      file,
      row,
      columnNumber: i + 1,
      messageDa: 'cellen indeholder et enligt linjeskift (CR uden LF); gem filen igen med almindelige linjeskift, eller fjern tegnet',
      messageEn: 'the cell holds a lone carriage return (CR without LF); save the file again with ordinary line ends, or remove the character',
    });
  }
}

function wrongFieldCount(file: string, rowNumber: number, found: number, width: number): InputError {
  return fileError(
    file,
    'wrong_field_count',
    {
      da: `rækken har ${found} felter, men overskriften har ${width}`,
      en: `the row has ${found} fields, but the header has ${width}`,
    },
    rowNumber,
  );
}
