/**
 * A streaming RFC 4180 parser over decoded text chunks. It must parse well over a million rows a
 * second, so it works on whole lines: a line without a double quote is kept as where its cells lie
 * (`ParsedRecords.addLine`: no string per cell); only lines with quotes go through the
 * character-level state machine (quoted separators, doubled quotes, newlines inside quotes). CRLF and
 * LF both end a record. Text left over at the end of a chunk is carried into the next one, so memory
 * holds one chunk, not the file.
 */
import { ParsedRecords } from './csv-line.ts';
import { fileError } from './file-error.ts';
import { InputError } from './input-error.ts';
import type { Separator } from './table-source.ts';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const NEED_MORE = -1;
/**
 * The longest record (row) accepted, in characters. Far above any real row; a file without line
 * ends (or with one endless cell) would otherwise be carried and re-scanned chunk after chunk.
 */
export const MAX_RECORD_CHARS = 1024 * 1024;

/** Parses CSV records; `records` counts every record emitted, blank lines included. */
export class CsvParser {
  private carry = '';
  private emitted = 0;
  private readonly separatorCode: number;

  constructor(
    private readonly file: string,
    separator: Separator,
  ) {
    this.separatorCode = separator.charCodeAt(0);
  }

  /** Records emitted so far; the next record is row `records + 1`. */
  get records(): number {
    return this.emitted;
  }

  /**
   * The complete records in `text` (after what was carried over). A blank line is a record of one
   * empty cell.
   * @example new CsvParser('a.csv', ';').push('a;b\n').cells(0) // ['a', 'b']
   */
  push(text: string): ParsedRecords {
    return this.parse(this.carry.length === 0 ? text : this.carry + text, false);
  }

  /** What is left at the end of the input (a last line without a newline). */
  end(): ParsedRecords {
    return this.parse(this.carry, true);
  }

  private parse(buf: string, final: boolean): ParsedRecords {
    const out = new ParsedRecords(buf);
    const length = buf.length;
    let pos = 0;
    let quoteAt = buf.indexOf('"');
    while (pos < length) {
      if (quoteAt !== -1 && quoteAt < pos) quoteAt = buf.indexOf('"', pos);
      const newline = buf.indexOf('\n', pos);
      const lineEnd = newline === -1 ? length : newline;
      if (quoteAt === -1 || quoteAt >= lineEnd) {
        if (newline === -1 && !final) break;
        const end = lineEnd > pos && buf.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
        out.addLine(pos, end, this.separatorCode);
        this.emitted++;
        pos = lineEnd + 1;
        continue;
      }
      const next = this.parseQuotedRecord(buf, pos, final, out);
      if (next === NEED_MORE) break;
      pos = next;
    }
    this.carry = pos >= length ? '' : buf.slice(pos);
    if (this.carry.length > MAX_RECORD_CHARS) {
      throw new InputError({
        code: 'value_too_long',
        file: this.file,
        row: this.emitted + 1,
        messageDa: 'rækken er længere end 1.048.576 tegn: der mangler et linjeskift, eller en celle er alt for lang',
        messageEn: 'the row is longer than 1,048,576 characters: a line end is missing, or a cell is far too long',
      });
    }
    return out;
  }

  /** One record that contains a quote, starting at `start`; returns where the next one starts. */
  private parseQuotedRecord(buf: string, start: number, final: boolean, out: ParsedRecords): number {
    const fields: string[] = [];
    let i = start;
    for (;;) {
      const next = buf.charCodeAt(i) === QUOTE ? this.quotedField(buf, i, final, fields) : this.plainField(buf, i, final, fields);
      if (next === NEED_MORE) return NEED_MORE;
      const c = buf.charCodeAt(next);
      if (c === this.separatorCode) {
        i = next + 1;
        continue;
      }
      out.addCells(fields);
      this.emitted++;
      if (next >= buf.length) return buf.length;
      return c === CR ? next + 2 : next + 1;
    }
  }

  /** A quoted field from `i`; returns the index just after it (at a separator, CR LF, LF or the end). */
  private quotedField(buf: string, i: number, final: boolean, fields: string[]): number {
    const length = buf.length;
    let value = '';
    let from = i + 1;
    for (;;) {
      const q = buf.indexOf('"', from);
      if (q === -1 || (q + 1 >= length && !final)) {
        if (final) throw this.error('unclosed_quote');
        return NEED_MORE;
      }
      if (buf.charCodeAt(q + 1) === QUOTE) {
        value += buf.slice(from, q + 1);
        from = q + 2;
        continue;
      }
      value += buf.slice(from, q);
      fields.push(value);
      return this.afterQuote(buf, q + 1, final);
    }
  }

  /** Checks what follows a closing quote: a separator, a line end or the end of the input. */
  private afterQuote(buf: string, at: number, final: boolean): number {
    if (at >= buf.length) return final ? at : NEED_MORE;
    const c = buf.charCodeAt(at);
    if (c === this.separatorCode || c === LF) return at;
    if (c === CR) {
      if (at + 1 >= buf.length) return final ? at + 1 : NEED_MORE;
      if (buf.charCodeAt(at + 1) === LF) return at;
    }
    throw this.error('malformed_quote');
  }

  /** An unquoted field from `i`; returns the index of the separator or line end after it. */
  private plainField(buf: string, i: number, final: boolean, fields: string[]): number {
    const length = buf.length;
    let k = i;
    while (k < length) {
      const c = buf.charCodeAt(k);
      if (c === this.separatorCode || c === LF) break;
      k++;
    }
    if (k >= length && !final) return NEED_MORE;
    const atLineEnd = k >= length || buf.charCodeAt(k) === LF;
    const end = atLineEnd && k > i && buf.charCodeAt(k - 1) === CR ? k - 1 : k;
    fields.push(buf.slice(i, end));
    return atLineEnd && end < k ? end : k;
  }

  private error(code: 'unclosed_quote' | 'malformed_quote') {
    const row = this.emitted + 1;
    return code === 'unclosed_quote'
      ? fileError(
          this.file,
          code,
          {
            da: 'et citationstegn (") bliver aldrig lukket; rækken fortsætter til filens slutning',
            en: 'a double quote (") is never closed; the row runs to the end of the file',
          },
          row,
        )
      : fileError(
          this.file,
          code,
          {
            da: 'tekst efter et afsluttende citationstegn ("); skriv et citationstegn i teksten som ""',
            en: 'text after a closing double quote ("); write a quote inside a value as ""',
          },
          row,
        );
  }
}
