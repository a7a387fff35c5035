/**
 * Writes the demo's StatBank answers, `src/demo/data/statbank/`: SYNTHETIC answers in the client's
 * recorded format (`NAME.request.json` + `NAME.json`/`NAME.csv`, as the recorded StatBank fixtures),
 * made by running `fetchContext` for the demo municipality `999` (and the country `000`, which every
 * request holds) against a made-up StatBank and recording each exchange. Statistics Denmark has no
 * figures for the fictive `999`, and the repository has no real answers for the eight tables, so
 * every figure here is invented: each table's title says so, and every recording is marked
 * `"synthetic": true` (docs/statbank.md, "The demo's answers"). The demo copies them into the
 * store's StatBank cache when it loads, so `indikator statbank fetch --offline` works on it.
 *
 * The metadata is that of the built test fixtures (test/statbank/fixtures/built/: StatBank's shape),
 * with `OMRÅDE` holding `000`, `999` and any municipality asked for, and four synthetic parishes per
 * municipality in KMSTA001 (the demo's named after its areas).
 *
 *   node --import tsx scripts/demo-statbank.ts [--municipalities 999,217] [--out DIR]
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AREAS as DEMO_AREAS } from '../src/demo/areas.ts';
import { DEMO_MUNICIPALITY, municipalityName } from '../src/municipalities/index.ts';
import { fetchContext } from '../src/services/statbank.ts';
import { canonicalJson } from '../src/statbank-client/request-hash.ts';
import type { StatbankClient } from '../src/statbank-client/index.ts';
import { openStore } from '../src/store/index.ts';

const ROOT = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const BUILT = path.join(ROOT, 'test/statbank/fixtures/built');
export const DEMO_STATBANK_DIR = path.join(ROOT, 'src/demo/data/statbank');
const BASE = 'https://api.statbank.dk/v1';
// Fixed, so the same script always writes the same bytes.
const RECORDED_AT = 'Thu, 01 Jan 2026 00:00:00 GMT';
const SYNTHETIC_TITLE = 'SYNTETISKE DEMOTAL / synthetic demo figures';

type Keys = Record<string, string>;
interface InfoJson {
  id: string;
  text: string;
  description: string;
  variables: { id: string; text: string; values: { id: string; text: string }[] }[];
  [key: string]: unknown;
}

// ---- Who lives where (invented) -----------------------------------------------------------------

const ORIGINS = ['1', '24', '25', '34', '35'] as const;
/** Residents per origin code: the country roughly as StatBank shows it, the demo town at 50,000. */
const RESIDENTS: Record<string, Record<string, number>> = {
  '000': { '1': 5_020_000, '24': 330_000, '25': 370_000, '34': 45_000, '35': 190_000 },
  '999': { '1': 41_900, '24': 2_300, '25': 3_900, '34': 300, '35': 1_600 },
};
/** A peer's residents: a town of 55,000–95,000 with the country's mix, the same on every run. */
function residents(area: string): Record<string, number> {
  const known = RESIDENTS[area];
  if (known !== undefined) return known;
  const size = 55_000 + ((Number(area) * 7_919) % 40_000);
  const country = RESIDENTS['000'] as Record<string, number>;
  const total = Object.values(country).reduce((s, v) => s + v, 0);
  return Object.fromEntries(ORIGINS.map((o) => [o, Math.round(((country[o] ?? 0) * size) / total)]));
}

/** Age bands [from, to] and each origin's share in them (descendants are young). */
const BANDS: [number, number][] = [
  [0, 17],
  [18, 29],
  [30, 49],
  [50, 64],
  [65, 99],
];
const BAND_SHARES: Record<string, number[]> = {
  '1': [0.19, 0.14, 0.24, 0.2, 0.23],
  '24': [0.06, 0.3, 0.4, 0.14, 0.1],
  '25': [0.1, 0.2, 0.42, 0.2, 0.08],
  '34': [0.7, 0.22, 0.08, 0, 0],
  '35': [0.62, 0.3, 0.08, 0, 0],
};

/** Persons of one sex ('1' men, '2' women) and single age. */
function perAge(area: string, origin: string, sex: string, age: number): number {
  const band = BANDS.findIndex(([from, to]) => age >= from && age <= to);
  if (band < 0) return 0;
  const [from, to] = BANDS[band] as [number, number];
  const inBand = (residents(area)[origin] ?? 0) * (BAND_SHARES[origin]?.[band] ?? 0);
  // Slightly more men among immigrants, so the sexes differ.
  const men = origin === '24' || origin === '25' ? 0.52 : 0.5;
  return Math.round((inBand * (sex === '1' ? men : 1 - men)) / (to - from + 1));
}

function folk1e(k: Keys): number {
  const sexes = k.KØN === 'TOT' ? ['1', '2'] : [k.KØN ?? ''];
  const ages = k.ALDER === 'IALT' ? Array.from({ length: 126 }, (_, a) => a) : [Number(k.ALDER)];
  const origins = k.HERKOMST === 'TOT' ? [...ORIGINS] : [k.HERKOMST ?? ''];
  let sum = 0;
  for (const o of origins) for (const s of sexes) for (const a of ages) sum += perAge(k.OMRÅDE ?? '', o, s, a);
  return sum;
}

function eb4(k: Keys): number {
  const r = residents(k.OMRÅDE ?? '');
  const v = (o: string) => r[o] ?? 0;
  // Descendants split into 3A (descendants) and BAE (their children), nine to one.
  const parts: Record<string, Record<string, number>> = {
    '5A': { '5100': v('1'), V: 0, IV: 0 },
    '4': { '5100': 0, V: v('24'), IV: v('25') },
    '3A': { '5100': 0, V: Math.round(v('34') * 0.9), IV: Math.round(v('35') * 0.9) },
    BAE: { '5100': 0, V: v('34') - Math.round(v('34') * 0.9), IV: v('35') - Math.round(v('35') * 0.9) },
  };
  const of = (h: string, c: string): number => {
    const byCountry = parts[h] ?? {};
    return c === '0000' ? Object.values(byCountry).reduce((s, x) => s + x, 0) : (byCountry[c] ?? 0);
  };
  const h = k.HERKOMST ?? '';
  return h === 'TOT' ? Object.keys(parts).reduce((s, p) => s + of(p, k.IELAND ?? ''), 0) : of(h, k.IELAND ?? '');
}

/** Parish weights: the target group lives more in the third parish (one concentrated area). */
const PARISH_WEIGHTS: Record<string, number[]> = {
  '1': [0.4, 0.3, 0.2, 0.1],
  '24': [0.35, 0.3, 0.25, 0.1],
  '25': [0.15, 0.2, 0.55, 0.1],
  '34': [0.35, 0.3, 0.25, 0.1],
  '35': [0.15, 0.2, 0.55, 0.1],
};
const MEMBERS: Record<string, number> = { '1': 0.75, '24': 0.2, '25': 0.02, '34': 0.3, '35': 0.03 };

function kmsta001(k: Keys): number {
  const sogn = k.SOGN ?? '';
  const area = sogn.slice(0, 3);
  const parish = Number(sogn.slice(3)) - 1;
  const origin = k.HERKOMST ?? '';
  const inParish = Math.round((residents(area)[origin] ?? 0) * (PARISH_WEIGHTS[origin]?.[parish] ?? 0));
  const members = Math.round(inParish * (MEMBERS[origin] ?? 0));
  return k.FKMED === 'F' ? members : inParish - members;
}

/** Employment rates (percent, 16–64) per origin code; a town's differ from the country's a little. */
const RATES: Record<string, number> = { '0': 76.9, '10': 79.8, '20': 62.0, '24': 71.3, '25': 58.1, '30': 64.0, '34': 70.5, '35': 62.4 };
function ras200(k: Keys): number {
  const base = RATES[k.HERKOMST ?? ''] ?? 0;
  if (k.OMRÅDE === '000') return base;
  const shift = k.OMRÅDE === DEMO_MUNICIPALITY.code ? -2.3 : ((Number(k.OMRÅDE) % 9) - 4) * 0.6;
  return Math.round((base + shift) * 10) / 10;
}

/** Persons found guilty in the country, 2023 (invented), by origin; subtotals 21, 31 and TOT added. */
function withSubtotals(parts: Record<string, number>): Record<string, number> {
  const v = (x: string) => parts[x] ?? 0;
  return { ...parts, '21': v('24') + v('25'), '31': v('34') + v('35'), TOT: v('1') + v('24') + v('25') + v('34') + v('35') };
}
const NATIONAL_CRIME: Record<string, Record<string, Record<string, number>>> = {
  STRAFNA9: {
    M: withSubtotals({ '1': 60000, '24': 4000, '25': 9000, '34': 800, '35': 3500 }),
    K: withSubtotals({ '1': 20000, '24': 1200, '25': 2000, '34': 300, '35': 700 }),
  },
  STRFNA10: {
    '1': withSubtotals({ '1': 40000, '24': 2500, '25': 8000, '34': 600, '35': 4000 }),
    '11': withSubtotals({ '1': 1500, '24': 100, '25': 400, '34': 20, '35': 150 }),
    '12': withSubtotals({ '1': 9000, '24': 600, '25': 2500, '34': 150, '35': 1500 }),
    '13': withSubtotals({ '1': 20000, '24': 1300, '25': 4000, '34': 300, '35': 1800 }),
    '14': withSubtotals({ '1': 9500, '24': 500, '25': 1100, '34': 130, '35': 550 }),
    '1110': withSubtotals({ '1': 30, '24': 1, '25': 3, '34': 0, '35': 1 }),
    '1210': withSubtotals({ '1': 800, '24': 40, '25': 300, '34': 10, '35': 200 }),
  },
  STRFNA11: {
    '11': withSubtotals({ '1': 3000, '24': 200, '25': 900, '34': 40, '35': 500 }),
    '12': withSubtotals({ '1': 4000, '24': 250, '25': 800, '34': 60, '35': 450 }),
    '2': withSubtotals({ '1': 50000, '24': 3500, '25': 7000, '34': 700, '35': 2500 }),
    '3': withSubtotals({ '1': 6000, '24': 300, '25': 900, '34': 100, '35': 300 }),
    '4': withSubtotals({ '1': 1000, '24': 50, '25': 100, '34': 10, '35': 40 }),
    '5': withSubtotals({ '1': 500, '24': 20, '25': 60, '34': 3, '35': 20 }),
    '511': withSubtotals({ '1': 100, '24': 2, '25': 30, '34': 1, '35': 10 }),
  },
};
const CRIME_VARIABLE: Record<string, string> = { STRAFNA9: 'KOEN', STRFNA10: 'OVERTRÆD', STRFNA11: 'AFGØRELSE' };

/** STRAFNA6 in the country: [15-29, 30-49, 50-79] per sex and origin (1 Danish, 6 foreign). */
const STRAFNA6_COUNTRY: Record<string, Record<string, number[]>> = {
  M: { '1': [20000, 25000, 15000], '6': [8000, 6000, 2300] },
  K: { '1': [6000, 8000, 6000], '6': [2500, 2000, 700] },
};
function strafna6(k: Keys): number {
  const r = residents(k.OMRÅDE ?? '');
  const country = RESIDENTS['000'] as Record<string, number>;
  const share = (o: string) =>
    (o === '1' ? (r['1'] ?? 0) / (country['1'] ?? 1) : (r['24'] ?? 0) + (r['25'] ?? 0) + (r['34'] ?? 0) + (r['35'] ?? 0)) / (o === '1' ? 1 : 935_000);
  const counts = (STRAFNA6_COUNTRY[k.KØN ?? '']?.[k.HERKOMST1 ?? ''] ?? []).map((c) => Math.round(c * share(k.HERKOMST1 ?? '')));
  const band = ['15-29', '30-49', '50-79'].indexOf(k.ALDER ?? '');
  return band >= 0 ? (counts[band] ?? 0) : counts.reduce((s, c) => s + c, 0);
}

function figureOf(table: string, k: Keys): number {
  switch (table) {
    case 'FOLK1E':
      return folk1e(k);
    case 'EB4':
      return eb4(k);
    case 'KMSTA001':
      return kmsta001(k);
    case 'RAS200':
      return ras200(k);
    case 'STRAFNA6':
      return strafna6(k);
    default:
      return NATIONAL_CRIME[table]?.[k[CRIME_VARIABLE[table] ?? ''] ?? '']?.[k.HERKOMST ?? ''] ?? 0;
  }
}

// ---- Metadata --------------------------------------------------------------------------------------

function parishes(area: string): { id: string; text: string }[] {
  const name = area === DEMO_MUNICIPALITY.code ? 'Demo' : municipalityName(area);
  const names = area === DEMO_MUNICIPALITY.code ? DEMO_AREAS.slice(0, 4).map((a) => a.name) : ['Nord', 'Syd', 'Øst', 'Vest'].map((n) => `${name} ${n}`);
  return names.map((n, i) => ({ id: `${area}${i + 1}`, text: `${area}${i + 1} ${n} Sogn (${name} Kommune)` }));
}

function tableInfo(table: string, areas: readonly string[]): InfoJson {
  const info = JSON.parse(readFileSync(path.join(BUILT, `tableinfo_${table}.json`), 'utf8')) as InfoJson;
  const areaValues = ['000', ...areas].map((code) => ({
    id: code,
    text: code === '000' ? 'Hele landet' : code === DEMO_MUNICIPALITY.code ? 'Demo' : municipalityName(code),
  }));
  return {
    ...info,
    text: `${info.text} — ${SYNTHETIC_TITLE}`,
    description: `${info.description} (${SYNTHETIC_TITLE})`,
    variables: info.variables.map((v) => {
      if (v.id === 'OMRÅDE') return { ...v, values: table === 'EB4' ? areaValues.slice(1) : areaValues };
      if (v.id === 'SOGN') return { ...v, values: areas.flatMap(parishes) };
      return v;
    }),
  };
}

// ---- The made-up StatBank and the recorder ---------------------------------------------------------

interface Exchange {
  endpoint: string;
  params: Record<string, unknown>;
  body: string;
}

function dataAnswer(info: InfoJson, params: Record<string, unknown>): string {
  const wanted = new Map(((params.variables ?? []) as { code: string; values: string[] }[]).map((s) => [s.code.toUpperCase(), s.values]));
  const columns = info.variables.map((v) => v.id.toUpperCase());
  let combos: string[][] = [[]];
  for (const column of columns) combos = combos.flatMap((prefix) => (wanted.get(column) ?? []).map((code) => [...prefix, code]));
  const lines = [`${columns.join(';')};INDHOLD`];
  for (const combo of combos) {
    const keys = Object.fromEntries(columns.map((c, i) => [c, combo[i] ?? '']));
    lines.push(`${combo.join(';')};${String(figureOf(info.id, keys)).replace('.', ',')}`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function syntheticClient(areas: readonly string[], exchanges: Exchange[]): StatbankClient {
  const infos = new Map<string, InfoJson>();
  const info = (table: string) => infos.get(table) ?? (infos.set(table, tableInfo(table, areas)).get(table) as InfoJson);
  const refuse = (): never => {
    throw new Error('the synthetic StatBank answers tableinfo and data only');
  };
  return {
    baseUrl: BASE,
    lang: 'da',
    async raw(endpoint, params) {
      const table = String(params.table ?? '');
      const body = endpoint === 'tableinfo' ? JSON.stringify(info(table), null, 1) : dataAnswer(info(table), params as Record<string, unknown>);
      exchanges.push({ endpoint, params: params as Record<string, unknown>, body });
      return body;
    },
    subjects: refuse,
    tables: refuse,
    tableInfo: refuse,
    data: refuse,
  };
}

function writeRecordings(out: string, exchanges: readonly Exchange[]): number {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const seen = new Set<string>();
  const counters = new Map<string, number>();
  for (const e of exchanges) {
    const key = `${e.endpoint} ${canonicalJson(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const table = String(e.params.table ?? '');
    const n = counters.get(`${e.endpoint}${table}`) ?? 0;
    counters.set(`${e.endpoint}${table}`, n + 1);
    const name = `${e.endpoint === 'tableinfo' ? 'table_info' : 'data'}_${table.toLowerCase()}_${n}`;
    const csv = e.endpoint === 'data';
    const meta = {
      method: 'post',
      uri: `${BASE}/${e.endpoint}`,
      request_body: JSON.stringify(e.params),
      status: { code: 200, message: 'OK' },
      content_type: csv ? 'text/csv; charset=utf-8' : 'text/json; charset=utf-8',
      recorded_at: RECORDED_AT,
      synthetic: true,
    };
    writeFileSync(path.join(out, `${name}.request.json`), `${JSON.stringify(meta, null, 1)}\n`);
    writeFileSync(path.join(out, `${name}.${csv ? 'csv' : 'json'}`), e.body);
  }
  return readdirSync(out).length;
}

const { values } = parseArgs({ options: { municipalities: { type: 'string' }, out: { type: 'string' } } });
const areas = (values.municipalities ?? DEMO_MUNICIPALITY.code).split(',').map((c) => c.trim());
const out = values.out ?? DEMO_STATBANK_DIR;
const dir = mkdtempSync(path.join(os.tmpdir(), 'indikator-demo-statbank-'));
const store = await openStore({ dataDir: dir });
try {
  const exchanges: Exchange[] = [];
  const client = syntheticClient(areas, exchanges);
  for (const municipality of areas) {
    await fetchContext({ municipality }, { client, store, threshold: 5, now: () => new Date(RECORDED_AT), actor: 'demo-statbank' });
  }
  const files = writeRecordings(out, exchanges);
  process.stdout.write(`${files} files for ${areas.join(', ')} and 000 written to ${out}\n`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
