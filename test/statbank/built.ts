/**
 * BUILT fixtures (see fixtures/README.md): the eight tables the product reads, in the shape the
 * StatBank documentation and the recorded STRAF42 answers show, with SYNTHETIC figures for the
 * municipality 825 (Læsø) and the whole country (000). The metadata is in `fixtures/built/`; the
 * figures are below, as small readable tables, and are served as StatBank serves a data request:
 * the cells of the cube that the request selects, as CSV (BOM, `;`, CRLF, decimal comma in Danish)
 * — or a 400 `EXTRACT-NOTFOUND` when a selected cell does not exist.
 *
 * Age structure of FOLK1E: residents only at ages 10, 20, 40 and 70, so every band and age span is
 * a sum of a few numbers that the tests add up by hand.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Answer, type Exchange, type Responder, statbankError } from './fixture-server.ts';

const BUILT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'built');

export const BUILT_TABLES = ['FOLK1E', 'EB4', 'KMSTA001', 'RAS200', 'STRAFNA9', 'STRFNA10', 'STRFNA11', 'STRAFNA6'] as const;
export type BuiltTable = (typeof BUILT_TABLES)[number];

/** A built table's metadata as the server would send it (parsed JSON). */
export interface InfoJson {
  id: string;
  updated: string;
  variables: { id: string; text: string; elimination: boolean; time: boolean; values: { id: string; text: string }[] }[];
  [key: string]: unknown;
}

export function builtInfo(table: BuiltTable): InfoJson {
  return JSON.parse(readFileSync(join(BUILT_DIR, `tableinfo_${table}.json`), 'utf8')) as InfoJson;
}

export function builtError(): string {
  return readFileSync(join(BUILT_DIR, 'error_extract_notfound.json'), 'utf8');
}

type Row = { keys: Record<string, string>; value: number | null };

// ---- FOLK1E: [men, women] per area, origin code and age ------------------------------------------

type AgeCounts = Record<number, [number, number]>;
const FOLK1E_POPULATION: Record<string, Record<string, AgeCounts>> = {
  '825': {
    '1': { 10: [100, 90], 20: [80, 70], 40: [300, 310], 70: [200, 220] },
    '24': { 20: [2, 2], 40: [6, 5] },
    '25': { 10: [10, 12], 20: [8, 9], 40: [30, 28], 70: [2, 1] },
    '34': { 10: [1, 2] },
    '35': { 10: [20, 18], 20: [6, 4], 40: [3, 0] },
  },
  '000': {
    '1': { 10: [300000, 290000], 20: [250000, 240000], 40: [700000, 690000], 70: [500000, 520000] },
    '24': { 20: [40000, 40000], 40: [120000, 110000] },
    '25': { 10: [60000, 58000], 20: [50000, 48000], 40: [150000, 140000], 70: [20000, 22000] },
    '34': { 10: [20000, 19000], 20: [5000, 5000] },
    '35': { 10: [90000, 86000], 20: [30000, 28000], 40: [40000, 35000] },
  },
};
const FOLK1E_QUARTERS = ['2023K1', '2024K1', '2025K3'];

function folk1e(): Row[] {
  const rows: Row[] = [];
  const origins = ['1', '24', '25', '34', '35'];
  const count = (area: string, origin: string, sex: string, age: number): number => {
    const pair = FOLK1E_POPULATION[area]?.[origin]?.[age] ?? [0, 0];
    return sex === '1' ? pair[0] : sex === '2' ? pair[1] : pair[0] + pair[1];
  };
  for (const area of Object.keys(FOLK1E_POPULATION)) {
    for (const sex of ['TOT', '1', '2']) {
      for (const age of ['IALT', ...Array.from({ length: 126 }, (_, a) => String(a))]) {
        const ages = age === 'IALT' ? Array.from({ length: 126 }, (_, a) => a) : [Number(age)];
        for (const origin of ['TOT', ...origins]) {
          const value = (origin === 'TOT' ? origins : [origin]).reduce((s, o) => s + ages.reduce((t, a) => t + count(area, o, sex, a), 0), 0);
          for (const tid of FOLK1E_QUARTERS) rows.push({ keys: { OMRÅDE: area, KØN: sex, ALDER: age, HERKOMST: origin, TID: tid }, value });
        }
      }
    }
  }
  return rows;
}

// ---- EB4: herkomst × origin country group, Læsø, 2025 -------------------------------------------

const EB4_COUNTS: Record<string, Record<string, number>> = {
  TOT: { '0000': 1539, '5100': 1360, V: 18, IV: 161 },
  '5A': { '0000': 1360, '5100': 1360, V: 0, IV: 0 },
  '4': { '0000': 115, '5100': 0, V: 15, IV: 100 },
  '3A': { '0000': 48, '5100': 0, V: 3, IV: 45 },
  BAE: { '0000': 16, '5100': 0, V: 0, IV: 16 },
};

function eb4(): Row[] {
  return Object.entries(EB4_COUNTS).flatMap(([herkomst, byCountry]) =>
    Object.entries(byCountry).map(([ieland, value]) => ({
      keys: { HERKOMST: herkomst, KØN: 'TOT', ALDER: 'IALT', IELAND: ieland, OMRÅDE: '825', TID: '2025' },
      value,
    })),
  );
}

// ---- KMSTA001: [church members, non-members] per parish and origin, 2025 --------------------------

const PARISHES: Record<string, Record<string, [number, number]>> = {
  '9901': { '1': [480, 120], '24': [10, 20], '25': [0, 40], '34': [0, 10], '35': [5, 15] },
  '9902': { '1': [300, 100], '24': [0, 12], '25': [0, 50], '34': [0, 8], '35': [0, 30] },
  '9903': { '1': [200, 70], '24': [0, 5], '25': [0, 10], '34': [0, 5], '35': [0, 10] },
  '9904': { '1': [70, 20], '24': [0, 2], '25': [0, 8], '34': [0, 0], '35': [0, 0] },
};

function kmsta001(): Row[] {
  return Object.entries(PARISHES).flatMap(([sogn, byOrigin]) =>
    Object.entries(byOrigin).flatMap(([herkomst, [f, u]]) => [
      { keys: { SOGN: sogn, HERKOMST: herkomst, FKMED: 'F', TID: '2025' }, value: f },
      { keys: { SOGN: sogn, HERKOMST: herkomst, FKMED: 'U', TID: '2025' }, value: u },
    ]),
  );
}

// ---- RAS200: employment rates (percent), 16-64, 2023; null = `..` --------------------------------

const RAS200_RATES: Record<string, Record<string, number | null>> = {
  '825': { '0': 74.1, '10': 78.0, '20': 58.0, '24': 72.7, '25': 55.2, '30': 66.7, '34': null, '35': 66.7 },
  '000': { '0': 76.9, '10': 79.8, '20': 62.0, '24': 71.3, '25': 58.1, '30': 64.0, '34': 70.5, '35': 62.4 },
};

function ras200(): Row[] {
  return Object.entries(RAS200_RATES).flatMap(([area, byOrigin]) =>
    Object.entries(byOrigin).map(([herkomst, value]) => ({
      keys: { OMRÅDE: area, HERKOMST: herkomst, ALDER: '16-64', KØN: 'TOT', BEREGNING: 'BFK', TID: '2023' },
      value,
    })),
  );
}

// ---- Crime: persons found guilty, 2023 -------------------------------------------------------------

/** Fills in StatBank's subtotals: 21 = 24 + 25, 31 = 34 + 35, TOT = 1 + 21 + 31. */
function withSubtotals(parts: Record<string, number>): Record<string, number> {
  const v = (k: string) => parts[k] ?? 0;
  const immigrants = v('24') + v('25');
  const descendants = v('34') + v('35');
  return { ...parts, '21': immigrants, '31': descendants, TOT: v('1') + immigrants + descendants };
}

const STRAFNA9_COUNTS: Record<string, Record<string, number>> = {
  M: withSubtotals({ '1': 60000, '24': 4000, '25': 9000, '34': 800, '35': 3500 }),
  K: withSubtotals({ '1': 20000, '24': 1200, '25': 2000, '34': 300, '35': 700 }),
};

const STRFNA10_COUNTS: Record<string, Record<string, number>> = {
  '1': withSubtotals({ '1': 40000, '24': 2500, '25': 8000, '34': 600, '35': 4000 }),
  '11': withSubtotals({ '1': 1500, '24': 100, '25': 400, '34': 20, '35': 150 }),
  '12': withSubtotals({ '1': 9000, '24': 600, '25': 2500, '34': 150, '35': 1500 }),
  '13': withSubtotals({ '1': 20000, '24': 1300, '25': 4000, '34': 300, '35': 1800 }),
  '14': withSubtotals({ '1': 9500, '24': 500, '25': 1100, '34': 130, '35': 550 }),
  '1110': withSubtotals({ '1': 30, '24': 1, '25': 3, '34': 0, '35': 1 }),
  '1210': withSubtotals({ '1': 800, '24': 40, '25': 300, '34': 10, '35': 200 }),
};

const STRFNA11_COUNTS: Record<string, Record<string, number>> = {
  '11': withSubtotals({ '1': 3000, '24': 200, '25': 900, '34': 40, '35': 500 }),
  '12': withSubtotals({ '1': 4000, '24': 250, '25': 800, '34': 60, '35': 450 }),
  '2': withSubtotals({ '1': 50000, '24': 3500, '25': 7000, '34': 700, '35': 2500 }),
  '3': withSubtotals({ '1': 6000, '24': 300, '25': 900, '34': 100, '35': 300 }),
  '4': withSubtotals({ '1': 1000, '24': 50, '25': 100, '34': 10, '35': 40 }),
  '5': withSubtotals({ '1': 500, '24': 20, '25': 60, '34': 3, '35': 20 }),
  '511': withSubtotals({ '1': 100, '24': 2, '25': 30, '34': 1, '35': 10 }),
};

/** STRAFNA6: [15-29, 30-49, 50-79] per area, sex and origin (1 Danish, 6 foreign); TOT is their sum. */
const STRAFNA6_COUNTS: Record<string, Record<string, Record<string, [number, number, number]>>> = {
  '825': { M: { '1': [6, 5, 3], '6': [3, 2, 0] }, K: { '1': [2, 1, 1], '6': [0, 1, 0] } },
  '000': { M: { '1': [20000, 25000, 15000], '6': [8000, 6000, 2300] }, K: { '1': [6000, 8000, 6000], '6': [2500, 2000, 700] } },
};

function crime(table: 'STRAFNA9' | 'STRFNA10' | 'STRFNA11'): Row[] {
  const [variable, counts] =
    table === 'STRAFNA9' ? ['KOEN', STRAFNA9_COUNTS] : table === 'STRFNA10' ? ['OVERTRÆD', STRFNA10_COUNTS] : ['AFGØRELSE', STRFNA11_COUNTS];
  return Object.entries(counts).flatMap(([code, byOrigin]) =>
    Object.entries(byOrigin).map(([herkomst, value]) => ({
      keys: { [variable]: code, ...(table === 'STRAFNA9' ? { ALDER: 'TOT' } : {}), HERKOMST: herkomst, TID: '2023' },
      value,
    })),
  );
}

function strafna6(): Row[] {
  const bands = ['15-29', '30-49', '50-79'];
  return Object.entries(STRAFNA6_COUNTS).flatMap(([area, bySex]) =>
    Object.entries(bySex).flatMap(([sex, byOrigin]) =>
      Object.entries(byOrigin).flatMap(([origin, counts]) => [
        { keys: { OMRÅDE: area, KØN: sex, ALDER: 'TOT', HERKOMST1: origin, TID: '2023' }, value: counts.reduce((s, c) => s + c, 0) },
        ...bands.map((band, i) => ({ keys: { OMRÅDE: area, KØN: sex, ALDER: band, HERKOMST1: origin, TID: '2023' }, value: counts[i] ?? 0 })),
      ]),
    ),
  );
}

const CUBES: Record<BuiltTable, () => Row[]> = {
  FOLK1E: folk1e,
  EB4: eb4,
  KMSTA001: kmsta001,
  RAS200: ras200,
  STRAFNA9: () => crime('STRAFNA9'),
  STRFNA10: () => crime('STRFNA10'),
  STRFNA11: () => crime('STRFNA11'),
  STRAFNA6: strafna6,
};

// ---- Serving -----------------------------------------------------------------------------------------

function figure(value: number | null, lang: string): string {
  if (value === null) return '..';
  const text = String(value);
  return lang === 'da' ? text.replace('.', ',') : text;
}

function isBuilt(table: unknown): table is BuiltTable {
  return typeof table === 'string' && (BUILT_TABLES as readonly string[]).includes(table.toUpperCase());
}

/** The CSV answer to a data request on a built table, or an error answer. */
function dataAnswer(table: BuiltTable, params: Record<string, unknown>, cubes: Map<BuiltTable, Row[]>): Answer {
  const info = builtInfo(table);
  const selections = (params.variables ?? []) as { code: string; values: string[] }[];
  const wanted = new Map(selections.map((s) => [s.code.toUpperCase(), s.values]));
  const columns = info.variables.map((v) => v.id.toUpperCase());
  const missing = columns.filter((c) => !wanted.has(c));
  if (missing.length > 0) return statbankError(400, 'REQUEST-UNSUPPORTED', `the fixture cannot eliminate ${missing.join(', ')}`);
  let rows = cubes.get(table);
  if (rows === undefined) {
    rows = CUBES[table]();
    cubes.set(table, rows);
  }
  const index = new Map(rows.map((r) => [columns.map((c) => r.keys[c] ?? '').join('|'), r.value]));
  let combos: string[][] = [[]];
  for (const column of columns) {
    const values = wanted.get(column) ?? [];
    const list = values.includes('*') ? (info.variables.find((v) => v.id.toUpperCase() === column)?.values.map((v) => v.id) ?? []) : values;
    combos = combos.flatMap((prefix) => list.map((code) => [...prefix, code]));
  }
  const lines = [`${columns.join(';')};INDHOLD`];
  for (const combo of combos) {
    const key = combo.join('|');
    if (!index.has(key)) return statbankError(400, 'EXTRACT-NOTFOUND', `Can't find value: ${combo.join(', ')}`);
    lines.push(`${combo.join(';')};${figure(index.get(key) ?? null, String(params.lang ?? 'da'))}`);
  }
  return { status: 200, contentType: 'text/csv; charset=utf-8', body: `\uFEFF${lines.join('\r\n')}\r\n` };
}

export interface BuiltOptions {
  /** Changes a table's metadata before it is served (a newer `updated`, a new variable …). */
  tableInfo?: (table: BuiltTable, info: InfoJson) => InfoJson;
}

/** Serves `tableinfo` and `data` of the built tables. */
export function builtResponder(options: BuiltOptions = {}): Responder {
  const cubes = new Map<BuiltTable, Row[]>();
  return (e: Exchange) => {
    const table = e.params.table ?? e.params.id;
    if (!isBuilt(table)) return undefined;
    const id = table.toUpperCase() as BuiltTable;
    if (e.endpoint === 'tableinfo') {
      const info = options.tableInfo ? options.tableInfo(id, builtInfo(id)) : builtInfo(id);
      return { status: 200, contentType: 'text/json; charset=utf-8', body: JSON.stringify(info) };
    }
    if (e.endpoint === 'data') {
      if (String(e.params.format ?? '').toLowerCase() !== 'csv') return statbankError(400, 'REQUEST-UNSUPPORTED', 'the built fixtures answer CSV only');
      return dataAnswer(id, e.params, cubes);
    }
    return undefined;
  };
}
