import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedRecords } from '../../src/ingest/csv-line.ts';
import { CsvParser } from '../../src/ingest/csv-parser.ts';
import { InputError } from '../../src/ingest/index.ts';

/** Parses `pieces` as consecutive chunks of one input. */
function parse(pieces: readonly string[], separator: ',' | ';' = ';'): string[][] {
  const parser = new CsvParser('t.csv', separator);
  const out: string[][] = [];
  const take = (records: ParsedRecords) => {
    for (let r = 0; r < records.count; r++) out.push(records.cells(r));
  };
  for (const piece of pieces) take(parser.push(piece));
  take(parser.end());
  return out;
}

/** RFC 4180 rendering of a table with `separator` and `lineEnd`. */
function render(rows: readonly (readonly string[])[], separator: string, lineEnd: string): string {
  const field = (v: string) => (/[";,\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((row) => row.map(field).join(separator) + lineEnd).join('');
}

describe('CsvParser', () => {
  it('splits plain lines and strips CR before LF', () => {
    expect(parse(['a;b\r\n1;2\n'])).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps a lone CR inside a plain field, emits a blank line as [""]', () => {
    expect(parse(['a\rb;c\n\nd;e'])).toEqual([['a\rb', 'c'], [''], ['d', 'e']]);
  });

  it('parses quoted fields: separators, doubled quotes, line breaks, empty quotes', () => {
    expect(parse(['"a;b";"x""y""";"1\r\n2";""\r\n'])).toEqual([['a;b', 'x"y"', '1\r\n2', '']]);
  });

  it('treats a quote inside an unquoted field literally', () => {
    expect(parse(['5" screen;b\n'])).toEqual([['5" screen', 'b']]);
  });

  it('gives the same records however the input is cut into chunks', () => {
    const text = 'id;note\r\nP1;"a;""b""\r\nc"\r\nP2;plain\r\n"P3";"end"';
    const expected = parse([text]);
    expect(expected).toEqual([
      ['id', 'note'],
      ['P1', 'a;"b"\r\nc'],
      ['P2', 'plain'],
      ['P3', 'end'],
    ]);
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j += 3) {
        expect(parse([text.slice(0, i), text.slice(i, j), text.slice(j)])).toEqual(expected);
      }
    }
  });

  it('round-trips any table rendered as RFC 4180, in any chunking (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ø', ' ', ';', ',', '"', '\n', '\r', '1'), maxLength: 6 });
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }));
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';'), fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(), { maxLength: 5 }), (rows, separator, lineEnd, cuts) => {
        // A row whose only field is empty renders as a blank line, which the parser reads as [''].
        const text = render(rows, separator, lineEnd);
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((p, k) => text.slice(p, [...points, text.length][k]));
        expect(parse(pieces, separator as ',' | ';')).toEqual(rows);
      }),
      { numRuns: 500, seed: 20251128 },
    );
  });

  it('throws unclosed_quote naming the row where the quoted field starts', () => {
    let error: unknown;
    try {
      parse(['a;b\n1;2\n3;"never closed\n4;5\n']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'unclosed_quote', file: 't.csv', row: 3 });
  });

  it('throws malformed_quote for text after a closing quote', () => {
    expect(() => parse(['a;b\n"x"y;2\n'])).toThrow(expect.objectContaining({ code: 'malformed_quote', row: 2 }));
  });

  it('counts records including blank lines', () => {
    const parser = new CsvParser('t.csv', ',');
    parser.push('a\n\nb\n');
    expect(parser.records).toBe(3);
  });
});
