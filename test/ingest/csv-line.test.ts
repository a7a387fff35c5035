/**
 * A CSV line kept as ranges of its text (`ParsedRecords`, `CsvLine`) reads as the same row as the
 * same cells parsed into strings: the same cells, the same blank rows skipped, trailing empty cells
 * beyond the header dropped, and the same wrong cell count reported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvLine, ParsedRecords } from '../../src/ingest/csv-line.ts';
import { CsvParser } from '../../src/ingest/csv-parser.ts';

/** `cells` joined by ';' as one plain line inside other text, and the same cells as a record with quotes. */
function bothWays(cells: readonly string[]): { line: ParsedRecords; quoted: ParsedRecords } {
  const text = `x;y\n${cells.join(';')}\nz\n`;
  const line = new ParsedRecords(text);
  line.addLine(4, 4 + cells.join(';').length, ';'.charCodeAt(0));
  const quoted = new ParsedRecords(text);
  quoted.addCells([...cells]);
  return { line, quoted };
}

/** The row, or the cell count of the error. */
function outcome(records: ParsedRecords, width: number): { values: string[] } | { found: number } {
  try {
    return { values: [...records.row(0, 2, width, (found) => Object.assign(new Error('width'), { found })).values] };
  } catch (error) {
    return { found: (error as { found: number }).found };
  }
}

describe('ParsedRecords', () => {
  it('reads a plain line cell by cell without slicing the rest', () => {
    const text = 'id;land;dato\r\nB1;DK;2001-02-03\r\n';
    const records = new CsvParser('t.csv', ';').push(text);
    expect(records.count).toBe(2);
    const row = records.row(1, 2, 3, () => new Error('width'));
    expect(row).toBeInstanceOf(CsvLine);
    const line = row as CsvLine;
    expect(line.cell(1)).toBe('DK');
    expect(line.cell(2)).toBe('2001-02-03');
    expect(line.cell(3)).toBe('');
    expect(text.slice(line.cellStart(2), line.cellEnd(2))).toBe('2001-02-03');
    expect(line.values).toEqual(['B1', 'DK', '2001-02-03']);
  });

  it('drops trailing empty cells beyond the width, and counts the cells of a row that does not fit', () => {
    expect(outcome(bothWays(['a', 'b', '', '']).line, 2)).toEqual({ values: ['a', 'b'] });
    expect(outcome(bothWays(['a', 'b', 'c', '']).line, 2)).toEqual({ found: 3 });
    expect(outcome(bothWays(['a']).line, 2)).toEqual({ found: 1 });
    expect(outcome(bothWays(['', '', '']).line, 1)).toEqual({ values: [''] });
  });

  it('reads a plain line as the same row as its cells in strings, for any cells and width (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ø', ' ', '1', '\r'), maxLength: 3 });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 7 }), fc.integer({ min: 1, max: 6 }), (cells, width) => {
        const { line, quoted } = bothWays(cells);
        expect(line.isBlank(0)).toBe(quoted.isBlank(0));
        expect(line.cells(0)).toEqual(quoted.cells(0));
        expect(outcome(line, width)).toEqual(outcome(quoted, width));
      }),
      { numRuns: 500, seed: 20261207 },
    );
  });
});
