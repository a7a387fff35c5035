import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError, openTable, parseDecimal } from '../../src/ingest/index.ts';
import { collect, expectedValues, POPULATION_HEADER, plainRow, populationCsv, readAll, readRows, rejection, useTempDir, writeEncoded } from './helpers.ts';

const temp = useTempDir();

const ENCODINGS = ['utf-8', 'utf-8-bom', 'windows-1252'] as const;
const HABITS = [
  { separator: ';', decimal: ',', lineEnd: '\r\n' },
  { separator: ';', decimal: ',', lineEnd: '\n' },
  { separator: ',', decimal: '.', lineEnd: '\r\n' },
  { separator: ',', decimal: '.', lineEnd: '\n' },
  { separator: ';', decimal: '.', lineEnd: '\n' },
  { separator: ',', decimal: ',', lineEnd: '\r\n' },
] as const;

describe('openTable on the same population table in every Danish habit', () => {
  for (const encoding of ENCODINGS) {
    for (const habit of HABITS) {
      const label = `${encoding}, "${habit.separator}", decimal "${habit.decimal}", ${habit.lineEnd === '\n' ? 'LF' : 'CRLF'}`;
      it(`reads ${label}`, async () => {
        const file = temp.path(`pop-${encoding}-${HABITS.indexOf(habit)}.csv`);
        writeEncoded(file, populationCsv(habit), encoding);
        const source = await openTable(file);
        expect(source).toMatchObject({ format: 'csv', encoding, separator: habit.separator, decimal: habit.decimal });
        expect(source.header).toEqual(POPULATION_HEADER);
        const rows = await readRows(source);
        expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5]);
        expect(rows.map((r) => r.values)).toEqual(expectedValues(habit.decimal));
        const weights = rows.map((r) => parseDecimal(r.values[8] ?? '', source.decimal));
        expect(weights).toEqual([0.352, 1.5, 12.25, 0.001].map((value) => ({ kind: 'ok', value })));
      });
    }
  }
});

describe('CSV structure', () => {
  it('handles quoted separators, doubled quotes and newlines inside quotes, numbering rows as records', async () => {
    const file = temp.path('quoted.csv');
    writeFileSync(file, 'id;note;n\r\nP1;"a; b";1\r\nP2;"she said ""hej""";2\r\nP3;"line one\r\nline two";3\r\nP4;plain;4\r\n');
    const rows = await readAll(file);
    expect(rows).toEqual([
      { rowNumber: 2, values: ['P1', 'a; b', '1'] },
      { rowNumber: 3, values: ['P2', 'she said "hej"', '2'] },
      { rowNumber: 4, values: ['P3', 'line one\r\nline two', '3'] },
      { rowNumber: 5, values: ['P4', 'plain', '4'] },
    ]);
  });

  it('ignores trailing empty lines and skips blank rows in the middle while still counting them', async () => {
    const file = temp.path('blank.csv');
    writeFileSync(file, 'a;b\n1;2\n\n;\n3;4\n\n\n\n');
    const rows = await readAll(file);
    expect(rows).toEqual([
      { rowNumber: 2, values: ['1', '2'] },
      { rowNumber: 5, values: ['3', '4'] },
    ]);
  });

  it('accepts a trailing separator on every line (as some exports write)', async () => {
    const file = temp.path('trailing.csv');
    writeFileSync(file, 'a;b;\n1;2;\n3;4\n');
    const source = await openTable(file);
    expect(source.header).toEqual(['a', 'b']);
    expect((await readRows(source)).map((r) => r.values)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads a last line without a line end, and a one-column file', async () => {
    const file = temp.path('one-column.csv');
    writeFileSync(file, 'person_id\nP1\nP2');
    const source = await openTable(file);
    expect(source.header).toEqual(['person_id']);
    expect((await readRows(source)).map((r) => r.values)).toEqual([['P1'], ['P2']]);
  });

  it('can be read twice, each pass starting afresh', async () => {
    const file = temp.path('twice.csv');
    writeFileSync(file, 'a,b\n1,2\n3,4\n');
    const source = await openTable(file);
    const first = await readRows(source);
    expect(await readRows(source)).toEqual(first);
    const batches = await collect(source.batches());
    expect(batches.flat().map(plainRow)).toEqual(first);
  });

  it('reports a row with too few fields by file and row', async () => {
    const file = temp.path('short-row.csv');
    writeFileSync(file, 'a;b;c\n1;2;3\n4;5;6\n7;8\n');
    const error = await rejection(collect((await openTable(file)).rows()));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'wrong_field_count', file, row: 4 });
    expect((error as InputError).message).toContain(`${file}, række 4: rækken har 2 felter, men overskriften har 3`);
    expect((error as InputError).message).toContain(`${file}, row 4: the row has 2 fields, but the header has 3`);
  });

  it('reports a row with too many (non-empty) fields', async () => {
    const file = temp.path('long-row.csv');
    writeFileSync(file, 'a,b\n1,2\n3,4,5\n');
    const error = await rejection(collect((await openTable(file)).rows()));
    expect(error).toMatchObject({ code: 'wrong_field_count', row: 3 });
  });

  it('reports an unclosed quote at the row where it starts', async () => {
    const file = temp.path('unclosed.csv');
    writeFileSync(file, 'a;b\n1;2\n3;"open\n4;5\n');
    const error = await rejection(readAll(file));
    expect(error).toMatchObject({ code: 'unclosed_quote', file, row: 3 });
    expect((error as Error).message).toContain('række 3');
  });

  it('reports text after a closing quote', async () => {
    const file = temp.path('malformed.csv');
    writeFileSync(file, 'a;b\n1;2\n"x"y;3\n');
    const error = await rejection(readAll(file));
    expect(error).toMatchObject({ code: 'malformed_quote', row: 3 });
  });

  it('refuses a tab-separated file', async () => {
    const file = temp.path('tabs.csv');
    writeFileSync(file, 'a\tb\n1\t2\n');
    expect(await rejection(openTable(file))).toMatchObject({ code: 'unsupported_separator', file });
  });
});

describe('encoding detection beyond the first chunk', () => {
  const asciiRows = (n: number) => Array.from({ length: n }, (_, i) => `P${String(i).padStart(6, '0')};ASCII only;${i}`).join('\n');

  it('settles on Windows-1252 when the first non-ASCII byte comes after 256 KiB of ASCII', async () => {
    const file = temp.path('late-1252.csv');
    const text = `id;navn;n\n${asciiRows(20_000)}\nP999999;Færøerne;1\n`;
    writeFileSync(file, iconv.encode(text, 'windows-1252'));
    const source = await openTable(file);
    expect(source.encoding).toBe('utf-8');
    const rows = await readRows(source);
    expect(rows.at(-1)).toEqual({ rowNumber: 20_002, values: ['P999999', 'Færøerne', '1'] });
    expect(source.encoding).toBe('windows-1252');
  });

  it('decodes a UTF-8 character cut by the detection sample and by every read chunk', async () => {
    const file = temp.path('cut-utf8.csv');
    const filler = 'x'.repeat(64 * 1024 - 'id;navn\nP1;'.length - 1);
    const text = `id;navn\nP1;${filler}ø\n${'P2;Østrig\n'.repeat(40_000)}`;
    writeFileSync(file, text, 'utf8');
    const source = await openTable(file);
    expect(source.encoding).toBe('utf-8');
    const rows = await readRows(source);
    expect(rows[0]?.values[1]?.endsWith('xø')).toBe(true);
    expect(rows.every((r, i) => i === 0 || r.values[1] === 'Østrig')).toBe(true);
    expect(rows).toHaveLength(40_001);
  });

  it('reports a file that turns from UTF-8 into something else, with a row', async () => {
    const file = temp.path('mixed.csv');
    const start = Buffer.from(`id;navn;n\nP1;Østrig;0\n${asciiRows(30_000)}\n`, 'utf8');
    writeFileSync(file, Buffer.concat([start, iconv.encode('P2;Færøerne;1\n', 'windows-1252')]));
    const source = await openTable(file);
    expect(source.encoding).toBe('utf-8');
    const error = await rejection(collect(source.rows()));
    expect(error).toMatchObject({ code: 'invalid_encoding', file, row: 30_003 });
    expect((error as Error).message).toContain('række 30003');
  });
});

describe('old Mac line ends', () => {
  it('reads a file whose lines end with a lone CR', async () => {
    const file = temp.path('mac.csv');
    writeFileSync(file, iconv.encode('navn;land\rÅse;Færøerne\rBo;Østrig\r', 'windows-1252'));
    const source = await openTable(file);
    expect(source.header).toEqual(['navn', 'land']);
    expect(await readRows(source)).toEqual([
      { rowNumber: 2, values: ['Åse', 'Færøerne'] },
      { rowNumber: 3, values: ['Bo', 'Østrig'] },
    ]);
  });
});

// The reader looks for a lone CR in the cells only once a chunk (64 KiB) has shown one; these
// place it where that watch could miss it: far into the file, and exactly at a chunk's end.
describe('a lone CR anywhere in a large file', () => {
  const CHUNK = 64 * 1024;
  /** Header and rows `a;b` of 9 characters and LF, `bytes` in all (before `tail`). */
  const filler = (bytes: number) => {
    const header = 'a;b\n';
    const rows = Math.floor((bytes - header.length) / 10);
    const lines = Array.from({ length: rows }, (_, i) => `${String(i).padStart(4, '0')};abcd`);
    return `${header}${lines.join('\n')}\n`;
  };

  it('is refused with its row when it comes after many chunks', async () => {
    const file = temp.path('late-cr.csv');
    const head = filler(5 * CHUNK);
    writeFileSync(file, `${head}9999;ab\rcd\n`);
    const error = await rejection(collect((await openTable(file)).rows()));
    expect(error).toMatchObject({ code: 'invalid_value', row: head.split('\n').length, columnNumber: 2 });
  });

  it('is refused when it is the last character of a chunk and the next starts with text', async () => {
    const file = temp.path('cr-at-chunk-end.csv');
    // `9999;ab\r` ends exactly at the first chunk's last byte, `cd` starts the second.
    const head = filler(CHUNK - 100);
    const upToCr = `${head}9999;${'x'.repeat(CHUNK - head.length - '9999;ab\r'.length)}ab\r`;
    expect(upToCr.length).toBe(CHUNK);
    writeFileSync(file, `${upToCr}cd\n0001;ok\n`);
    const error = await rejection(collect((await openTable(file)).rows()));
    expect(error).toMatchObject({ code: 'invalid_value', row: head.split('\n').length, columnNumber: 2 });
  });

  it('reads a line longer than a read chunk (64 KiB), in UTF-8 and Windows-1252, and the lines around it', async () => {
    const long = 'ø'.repeat(150_000);
    const lines = ['a;b', ...Array.from({ length: 5000 }, (_, i) => `${i};æ`), `long;${long}`, 'after;å'];
    for (const encoding of ['utf8', 'windows-1252'] as const) {
      const file = temp.path(`long-${encoding}.csv`);
      writeFileSync(file, iconv.encode(`${lines.join('\r\n')}\r\n`, encoding));
      const rows = await readAll(file);
      expect(rows).toHaveLength(5002);
      expect(rows[4999]).toEqual({ rowNumber: 5001, values: ['4999', 'æ'] });
      expect(rows[5000]).toEqual({ rowNumber: 5002, values: ['long', long] });
      expect(rows[5001]).toEqual({ rowNumber: 5003, values: ['after', 'å'] });
    }
  });

  it('reads a CRLF file whose CR and LF fall in two chunks', async () => {
    const file = temp.path('split-crlf.csv');
    const lines = Array.from({ length: 20_000 }, (_, i) => `${String(i).padStart(5, '0')};v`);
    const text = `a;b\r\n${lines.join('\r\n')}\r\n`;
    // Some CRLF straddles the first chunk's end (lines of 9 characters: one in nine does).
    writeFileSync(file, text);
    const rows = await readAll(file);
    expect(rows).toHaveLength(20_000);
    expect(rows.every((row) => row.values[1] === 'v')).toBe(true);
  });
});
