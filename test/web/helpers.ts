/**
 * Small helpers shared by the dashboard tests: a result row with defaults, a CSV reader and the
 * app over the fake data.
 */
import type { ResultRow } from '../../src/cells/index.ts';
import { createApp } from '../../src/web/index.ts';
import { createFakeData, type FakeOptions } from './fake-data.ts';

/** A target row for 2025 with every field set; override what the test is about. */
export function row(partial: Partial<ResultRow> = {}): ResultRow {
  return {
    indicator: 'selvforsoergelse',
    municipality: '999',
    period: '2025',
    group: 'target',
    breakdown: '',
    numerator: 381,
    denominator: 1000,
    value: 0.381,
    ciLow: 0.351,
    ciHigh: 0.412,
    n: 1000,
    suppressed: false,
    gap: null,
    gapCiLow: null,
    gapCiHigh: null,
    standardised: null,
    standardisedGap: null,
    standardisedMissing: null,
    change: { sincePrevious: null, sinceFirst: null },
    status: 'not_assessable',
    longTerm: 'not_assessable',
    statusBasis: null,
    statusReason: null,
    definition: 'origin',
    thirdGeneration: false,
    thirdGenerationJustification: null,
    delivery: { id: 1, version: 1, createdAt: '2026-02-15', source: 'test.csv' },
    note: '',
    ...partial,
  };
}

/** Reads CSV text (RFC 4180 quoting) into rows of cells. */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push(cells);
      cells = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) rows.push([...cells, cell]);
  return rows;
}

/** CSV rows as objects keyed by the header. */
export function csvRecords(text: string, separator = ','): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, separator);
  return rows.map((cells) => Object.fromEntries((header ?? []).map((name, i) => [name, cells[i] ?? ''])));
}

/** The app over a fresh fake. */
export function fakeApp(options: FakeOptions = {}) {
  const data = createFakeData(options);
  return { data, app: createApp({ data }) };
}
