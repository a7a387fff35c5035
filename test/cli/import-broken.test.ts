/**
 * `indikator import` with broken delivery files (DATA.md §4–5): every file is refused with exit
 * code 2 and a message naming the file and, where it applies, the row (header = row 1) and the
 * column, with a phrase that tells this problem from the others — and the store is left exactly as
 * it was (same fingerprint), because an import is all or nothing. The store is seeded with one
 * valid delivery first, and every broken file would add a new delivery if it were accepted, so
 * "unchanged" means something. Then: the same valid file twice changes nothing, and a changed
 * file becomes version 2 with version 1 still readable.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { storedZip } from '../ingest/helpers.ts';
import { hugeCellWorkbook, manyRowsWorkbook } from '../ingest/xlsx-bombs.ts';
import { areaRows, cells, DELIVERY_HEADER, type DeliveryRow, deliveryCsv, meanRow, shareRow, writeWorkbook } from './delivery-files.ts';
import { type CliResult, cprForms, createPool, generatedCpr, runCli, storeFingerprint, useTempDir } from './helpers.ts';

const temp = useTempDir('import-cli');
const seedDir = temp.path('seed-store');

/** One broken file and the error it must give. */
interface BrokenCase {
  name: string;
  /** File name (its extension matters to some cases). */
  file: string;
  write: (path: string) => void | Promise<void>;
  /** Spreadsheet row the message must name (header = 1), when the problem is on a row. */
  row?: number;
  /** Column the message must name, as `letter (header)`. */
  column?: string;
  /** A phrase of the English message that tells this problem from the others. */
  phrase: string;
}

const text =
  (rows: readonly DeliveryRow[], separator = ';') =>
  (path: string) =>
    writeFileSync(path, deliveryCsv(rows, separator));
const target = shareRow('target', 420, 1000);
const comparison = shareRow('comparison', 910, 2000);
const csvWith = (...rows: DeliveryRow[]) => text(rows);

/** An XLSX sheet's rows: the header and each row's cells (counts as numbers, as Excel keeps them). */
function sheetRows(rows: readonly DeliveryRow[]): unknown[][] {
  const asCell = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);
  return [[...DELIVERY_HEADER], ...rows.map((r) => cells(r).map(asCell))];
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

/** The file as Excel's "Unicode text" writes it: UTF-16 little-endian with a byte-order mark. */
function utf16(path: string): void {
  writeFileSync(path, Buffer.from(`\ufeff${deliveryCsv([target, comparison])}`, 'utf16le'));
}

/** UTF-8 for well over the first 256 KB (notes 'Nørrebro'), then one row with a Windows-1252 'ø'. */
function mixedEncoding(path: string): void {
  const rows = areaRows(4004, 'Nørrebro');
  const good = Buffer.from(deliveryCsv(rows.slice(0, 4000)), 'utf8');
  const last = cells(rows[4000] ?? {}).join(';');
  writeFileSync(path, Buffer.concat([good, Buffer.from(last, 'latin1'), Buffer.from('\n')]));
}

/** Windows-1252 Danish text with one note saved as UTF-8 in the middle ("Bemærk" would be stored as "BemÃ¦rk"). */
function mixedInHead(path: string): void {
  const rows = [shareRow('target', 420, 1000, { note: 'Nørrebro' }), shareRow('comparison', 910, 2000, { note: 'Bemærk' })];
  const [header, first, second] = deliveryCsv(rows).split('\n');
  writeFileSync(path, Buffer.concat([Buffer.from(`${header}\n${first}\n`, 'latin1'), Buffer.from(`${second}\n`, 'utf8')]));
}

/** Hardening (issue 17): limits and input that used to pass or fail obscurely. */
const HARDENING_CASES: BrokenCase[] = [
  {
    name: 'a count above the largest integer the store keeps',
    file: 'huge-count.csv',
    write: csvWith(target, shareRow('comparison', 910, 2 ** 31)),
    row: 3,
    column: 'F (denominator)',
    phrase: 'the number is too large (at most 2,147,483,647)',
  },
  { name: 'UTF-8 inside a Windows-1252 file', file: 'mixed-head.csv', write: mixedInHead, row: 3, phrase: 'the file mixes two encodings' },
  {
    name: 'a breakdown with a second equals sign',
    file: 'two-equals.csv',
    write: csvWith(...areaRows(3).map((r, i) => (i === 1 ? { ...r, breakdown: 'area=0001=2' } : r))),
    row: 3,
    column: 'D (breakdown)',
    phrase: 'with one equals sign',
  },
  {
    name: 'an extra cpr column',
    file: 'cpr-column.csv',
    write: (p) => writeFileSync(p, deliveryCsv([target, comparison], ';', [...DELIVERY_HEADER, 'cpr'])),
    row: 1,
    column: 'M (cpr)',
    phrase: 'must not have a column of person numbers',
  },
  {
    name: 'a note of 5,000 characters',
    file: 'long-note.csv',
    write: csvWith(target, { ...comparison, note: 'x'.repeat(5000) }),
    row: 3,
    column: 'L (note)',
    phrase: 'the note is longer than 1,000 characters',
  },
  {
    name: 'a 10 MB note',
    file: 'huge-note.csv',
    write: csvWith(target, { ...comparison, note: 'x'.repeat(10 * 1024 * 1024) }),
    row: 3,
    phrase: 'the row is longer than 1,048,576 characters',
  },
  {
    name: 'a lone carriage return in a note',
    file: 'lone-cr.csv',
    write: csvWith(target, { ...comparison, note: 'første\rdel' }),
    row: 3,
    column: 'L',
    phrase: 'a lone carriage return (CR without LF)',
  },
  {
    name: 'more cells than a delivery may hold',
    file: 'too-many-rows.csv',
    write: csvWith(...areaRows(50_004)),
    row: 50_002,
    phrase: 'more than 50,000 cells (rows)',
  },
  {
    name: 'more housing areas than a municipality has',
    file: 'too-many-areas.csv',
    write: csvWith(...areaRows(4 * 5_001)),
    row: 4 * 5_000 + 2,
    column: 'D (breakdown)',
    phrase: 'more than 5,000 different codes',
  },
  {
    name: 'a numerator of nine digits (a CPR number without its leading zero) above its denominator',
    file: 'nine-digits.csv',
    write: csvWith(target, shareRow('comparison', 101_901_234, 2000)),
    row: 3,
    column: 'E (numerator)',
    phrase: 'the numerator is larger than the denominator (2000)',
  },
  {
    name: 'an XLSX whose one cell inflates to 40 MB',
    file: 'bomb.xlsx',
    write: (p) => writeFileSync(p, hugeCellWorkbook(40)),
    phrase: 'a cell holding more than 256 KB of text',
  },
  {
    name: 'an XLSX of a million small rows',
    file: 'rows-bomb.xlsx',
    write: (p) => writeFileSync(p, manyRowsWorkbook(1_000_000)),
    phrase: 'more than 51,000 rows',
  },
];

const CASES: BrokenCase[] = [
  ...HARDENING_CASES,
  { name: 'UTF-16 (little-endian, with BOM)', file: 'utf16le.csv', write: utf16, phrase: 'saved as UTF-16' },
  { name: 'UTF-8 that turns into Windows-1252 after 256 KB', file: 'mixed-encoding.csv', write: mixedEncoding, row: 4002, phrase: 'not valid UTF-8' },
  { name: 'tab as separator', file: 'tabs.csv', write: text([target, comparison], '\t'), phrase: 'tab-separated' },
  {
    name: 'a missing required column (group)',
    file: 'no-group.csv',
    write: (p) =>
      writeFileSync(
        p,
        deliveryCsv(
          [target],
          ';',
          DELIVERY_HEADER.filter((h) => h !== 'group'),
        ),
      ),
    row: 1,
    phrase: 'missing column: group (or gruppe)',
  },
  {
    name: 'text in a count',
    file: 'text-count.csv',
    write: csvWith(target, { ...comparison, numerator: 'mange' }),
    row: 3,
    column: 'E (numerator)',
    phrase: 'invalid value "mange": expected a whole number',
  },
  {
    name: 'a decimal comma in a count',
    file: 'decimal-comma.csv',
    write: csvWith({ ...target, numerator: '41,5' }, comparison),
    row: 2,
    column: 'E (numerator)',
    phrase: 'invalid value "41,5": expected a whole number',
  },
  {
    name: 'a negative count',
    file: 'negative.csv',
    write: csvWith(target, { ...comparison, numerator: '-4' }),
    row: 3,
    column: 'E (numerator)',
    phrase: 'a count cannot be negative',
  },
  {
    name: 'numerator above denominator',
    file: 'num-gt-den.csv',
    write: csvWith(target, shareRow('comparison', 2001, 2000)),
    row: 3,
    column: 'E (numerator)',
    phrase: 'the numerator (2001) is larger than the denominator (2000)',
  },
  {
    name: 'an unknown indicator',
    file: 'unknown-indicator.csv',
    write: csvWith(target, { ...comparison, indicator: 'selvforsorgelse' }),
    row: 3,
    column: 'A (indicator)',
    phrase: 'unknown indicator; known ones are: selvforsoergelse',
  },
  {
    name: 'an unknown group',
    file: 'unknown-group.csv',
    write: csvWith(target, { ...comparison, group: 'flygtninge' }),
    row: 3,
    column: 'C (group)',
    phrase: 'the group must be one of target (målgruppe), comparison (sammenligning), other (øvrige), total (i alt)',
  },
  {
    name: 'a breakdown the indicator does not have',
    file: 'unknown-breakdown.csv',
    write: csvWith(target, { ...comparison, breakdown: 'age=under18' }),
    row: 3,
    column: 'D (breakdown)',
    phrase: 'unknown breakdown for selvforsoergelse; allowed: sex=M, sex=K, generation=immigrant',
  },
  {
    name: 'a breakdown value not in the catalogue',
    file: 'unknown-ageband.csv',
    write: csvWith(shareRow('target', 40, 400, { indicator: 'socialpsykiatri', breakdown: 'ageband=10-17' })),
    row: 2,
    column: 'D (breakdown)',
    phrase: 'unknown breakdown for socialpsykiatri; allowed: ageband=18-29',
  },
  {
    name: 'a school year for a calendar-year indicator',
    file: 'school-year.csv',
    write: csvWith({ ...target, period: '2024/2025' }, comparison),
    row: 2,
    column: 'B (period)',
    phrase: '"2024/2025" is not a period of type calendar year',
  },
  {
    name: 'KV2022: no municipal election that year',
    file: 'kv2022.csv',
    write: csvWith(shareRow('target', 700, 1000, { indicator: 'valgdeltagelse', period: 'KV2022' })),
    row: 2,
    column: 'B (period)',
    phrase: 'there is no municipal election in 2022',
  },
  {
    name: 'a twelve-month period that is not October–September',
    file: 'wrong-months.csv',
    write: csvWith({ indicator: 'sprogstimulering', period: '2024-09/2025-08', group: 'target', numerator: '40' }),
    row: 2,
    column: 'B (period)',
    phrase: 'must run from October to September',
  },
  {
    name: 'the same cell twice',
    file: 'duplicate.csv',
    write: csvWith(target, comparison, { ...target, numerator: '421' }),
    row: 4,
    column: 'C (group)',
    phrase: 'also appears in row 2',
  },
  { name: 'an empty file', file: 'empty.csv', write: (p) => writeFileSync(p, ''), phrase: 'the file is empty' },
  { name: 'a header and no rows', file: 'header-only.csv', write: csvWith(), phrase: 'only a header and no data rows' },
  { name: 'a PNG picture renamed to .csv', file: 'picture.csv', write: (p) => writeFileSync(p, PNG), phrase: 'the file is a PNG image, not a table' },
  {
    name: 'a zip archive that is not XLSX',
    file: 'archive.xlsx',
    write: (p) => writeFileSync(p, storedZip({ 'readme.txt': 'not a workbook' })),
    phrase: 'zip archive but not an Excel workbook',
  },
  {
    name: 'an XLSX with the data on the second sheet (first sheet empty)',
    file: 'wrong-sheet.xlsx',
    write: (p) => writeWorkbook(p, { Forside: [], Data: sheetRows([target, comparison]) }),
    phrase: 'sheet "Forside" is empty; choose another sheet with --sheet (other sheets: "Data")',
  },
  {
    name: 'an XLSX with text in a count',
    file: 'text-count.xlsx',
    write: (p) => writeWorkbook(p, { Data: sheetRows([target, { ...comparison, denominator: 'ca. 2000' }]) }),
    row: 3,
    column: 'F (denominator)',
    phrase: 'invalid value "ca. 2000": expected a whole number',
  },
  {
    name: 'a suppressed cell that has counts',
    file: 'suppressed-with-counts.csv',
    write: csvWith(target, { ...comparison, numerator: '3', suppressed: 'true' }),
    row: 3,
    column: 'K (suppressed)',
    phrase: 'a suppressed cell must have empty figures',
  },
  {
    name: 'a mean above 12',
    file: 'mean-high.csv',
    write: csvWith(meanRow('target', '12,5', '40'), meanRow('comparison', '7,1', '400')),
    row: 2,
    column: 'G (value)',
    phrase: 'the mean must lie between -3 and 12',
  },
  {
    name: 'a karaktergennemsnit without its mean',
    file: 'no-mean.csv',
    write: csvWith(meanRow('target', '', '40'), meanRow('comparison', '7.1', '400')),
    row: 2,
    column: 'G (value)',
    phrase: 'the mean (value) is missing',
  },
  {
    name: 'a karaktergennemsnit without its n',
    file: 'no-n.csv',
    write: csvWith(meanRow('target', '6.5', '40'), meanRow('comparison', '7.1', '')),
    row: 3,
    column: 'H (n)',
    phrase: 'the number behind the mean (n) is missing',
  },
  {
    name: 'definition citizenship where the catalogue says origin',
    file: 'citizenship.csv',
    write: csvWith(target, { ...comparison, definition: 'citizenship' }),
    row: 3,
    column: 'I (definition)',
    phrase: 'the catalogue defines selvforsoergelse by origin, not citizenship',
  },
  {
    name: 'third_generation=true where the catalogue says false',
    file: 'third-generation.csv',
    write: csvWith({ ...target, third_generation: 'true' }, comparison),
    row: 2,
    column: 'J (third_generation)',
    phrase: "the catalogue's selvforsoergelse excludes the third generation",
  },
  {
    name: 'a quote that is never closed',
    file: 'unclosed-quote.csv',
    write: (p) => writeFileSync(p, deliveryCsv([target, comparison]).replace(';origin;false;false;\n', ';origin;false;false;"kilde: jobcenter\n')),
    row: 2,
    phrase: 'a double quote (") is never closed',
  },
  {
    name: 'a row with too many fields',
    file: 'too-many-fields.csv',
    write: (p) => writeFileSync(p, `${deliveryCsv([target, comparison]).trimEnd()};x;y\n`),
    row: 3,
    phrase: 'the row has 14 fields, but the header has 12',
  },
  {
    name: 'a valid first part and a broken last row',
    file: 'broken-last-row.csv',
    write: (p) => writeFileSync(p, deliveryCsv([...areaRows(40), { ...areaRows(44)[40], numerator: 'x' }])),
    row: 42,
    column: 'E (numerator)',
    phrase: 'invalid value "x": expected a whole number',
  },
  {
    name: 'one bad row among many good',
    file: 'one-bad-row.csv',
    write: (p) => writeFileSync(p, deliveryCsv(areaRows(80).map((r, i) => (i === 39 ? { ...r, group: 'alle' } : r)))),
    row: 41,
    column: 'C (group)',
    phrase: 'invalid value "alle": the group must be',
  },
];

/** A copy of the seeded store for one case, so that cases run in parallel and cannot mask each other. */
function storeCopy(name: string): string {
  const dir = temp.path(`store-${name}`);
  cpSync(seedDir, dir, { recursive: true });
  return dir;
}

interface Outcome {
  path: string;
  result: CliResult;
  before: string;
  after: string;
}

const pool = createPool(2);

/** Writes the case's file, imports it into a copy of the seeded store and returns the fingerprints. */
async function runCase(c: { name: string; file: string; write: (path: string) => void | Promise<void> }): Promise<Outcome> {
  const path = temp.path(c.file);
  await c.write(path);
  const dataDir = storeCopy(c.file);
  const before = await storeFingerprint(dataDir);
  const result = await pool(() => runCli(['import', path], { dataDir }));
  return { path, result, before, after: await storeFingerprint(dataDir) };
}

const SEED = temp.path('seed.csv');
const CPR_NOTE = generatedCpr(4711);
const CPR_CASE = {
  name: 'a CPR number in the note column',
  file: 'cpr-in-note.csv',
  write: csvWith(target, { ...comparison, note: `se sag ${cprForms(CPR_NOTE)[1]}` }),
};

let seedFingerprint = '';

beforeAll(async () => {
  writeFileSync(SEED, deliveryCsv([shareRow('target', 412, 1000, { period: '2024' }), shareRow('comparison', 900, 2000, { period: '2024' })]));
  const seeded = await runCli(['import', SEED], { dataDir: seedDir });
  if (seeded.code !== 0) throw new Error(`seeding the store failed: ${seeded.stderr}`);
  seedFingerprint = await storeFingerprint(seedDir);
});

describe('import refuses broken delivery files and leaves the store unchanged', () => {
  it('has at least 30 distinct broken files', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.file)).size).toBe(CASES.length);
    expect(new Set(CASES.map((c) => c.phrase)).size).toBeGreaterThan(25);
  });

  // Each case runs its own import in its own test (two at a time, through the pool), so no single
  // hook has to outlast all of them on a busy machine. Vitest starts up to five at once, so a case
  // may first wait for the pool behind three others: its limit allows for that (a 30 s limit ran
  // out three times with two test files at a time on a machine at load 15–20).
  it.concurrent.each(CASES)(
    '$name',
    async (c) => {
      const { path, result, before, after } = await runCase(c);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).not.toContain('internal error');
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(path);
      if (c.row !== undefined) expect(result.stderr).toContain(`${path}, række ${c.row}`);
      if (c.column !== undefined) expect(result.stderr).toContain(`${path}, række ${c.row}, kolonne ${c.column}`);
      expect(result.stderr).toContain(c.phrase);
      // A nine-digit count may be a CPR number whose leading zero a spreadsheet dropped: never quoted.
      expect(result.stderr).not.toContain(String(101_901_234));
      expect(before).toBe(seedFingerprint);
      expect(after).toBe(before);
    },
    120_000,
  );

  // DATA.md §4: "A CPR number is never written to any file, database, log or error message": a
  // CPR-shaped value in a delivery's `note` column refuses the file, naming row and column only.
  it('refuses a CPR number in the note column without echoing it, and stores nothing', async () => {
    const { result, after } = await runCase(CPR_CASE);
    expect(result.code).toBe(2);
    for (const form of cprForms(CPR_NOTE)) expect(result.stderr + result.stdout).not.toContain(form);
    expect(after).toBe(seedFingerprint);
  });
});

describe('import of a valid file: versions', () => {
  const dataDir = temp.path('versions-store');
  const changed = temp.path('seed-changed.csv');
  let twice: CliResult;
  let second: CliResult;
  let fingerprints: { seeded: string; twice: string; changed: string };

  beforeAll(async () => {
    cpSync(seedDir, dataDir, { recursive: true });
    const seeded = await storeFingerprint(dataDir);
    twice = await pool(() => runCli(['import', SEED, '--json'], { dataDir }));
    const afterTwice = await storeFingerprint(dataDir);
    writeFileSync(changed, deliveryCsv([shareRow('target', 415, 1000, { period: '2024' }), shareRow('comparison', 900, 2000, { period: '2024' })]));
    second = await pool(() => runCli(['import', changed], { dataDir }));
    fingerprints = { seeded, twice: afterTwice, changed: await storeFingerprint(dataDir) };
  }, 60_000);

  it('importing the same file again reports unchanged and changes nothing', () => {
    expect(twice.code, twice.stderr).toBe(0);
    expect(JSON.parse(twice.stdout)).toEqual([{ indicator: 'selvforsoergelse', period: '2024', version: 1, cells: 2, outcome: 'unchanged' }]);
    expect(fingerprints.twice).toBe(fingerprints.seeded);
  });

  it('a changed file becomes version 2, and version 1 stays readable with its own cells', async () => {
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/selvforsoergelse\s+2024\s+2\s+2\s+ny version \/ new version/);
    expect(fingerprints.changed).not.toBe(fingerprints.twice);
    const store = await openStore({ dataDir });
    try {
      const versions = await store.deliveryVersions('selvforsoergelse', '2024');
      expect(versions.map((v) => [v.version, v.fileName, v.cellCount])).toEqual([
        [1, 'seed.csv', 2],
        [2, 'seed-changed.csv', 2],
      ]);
      const [v1, v2] = await Promise.all(versions.map((v) => store.getDelivery(v.id)));
      const counts = (d: typeof v1) => d?.cells.map((c) => [c.group, c.numerator, c.denominator]);
      expect(counts(v1)).toEqual([
        ['target', 412, 1000],
        ['comparison', 900, 2000],
      ]);
      expect(counts(v2)).toEqual([
        ['target', 415, 1000],
        ['comparison', 900, 2000],
      ]);
      const latest = await store.latestDeliveries({ indicator: 'selvforsoergelse', period: '2024' });
      expect(latest.map((d) => d.version)).toEqual([2]);
    } finally {
      await store.close();
    }
  });
});

describe('import reads the Danish group words', () => {
  it('stores `Målgruppe`, `Sammenligning`, `Øvrige` and `I alt` as target, comparison, other and total', async () => {
    const dataDir = temp.path('danish-groups-store');
    const file = temp.path('danske-grupper.csv');
    writeFileSync(
      file,
      deliveryCsv([
        shareRow('Målgruppe', 40, 100, { period: '2023' }),
        shareRow('sammenligning', 900, 2000, { period: '2023' }),
        shareRow('øvrige', 30, 100, { period: '2023' }),
        shareRow('I alt', 970, 2200, { period: '2023' }),
      ]),
    );
    const result = await pool(() => runCli(['import', file], { dataDir }));
    expect(result.code, result.stderr).toBe(0);
    const store = await openStore({ dataDir });
    try {
      const [latest] = await store.latestDeliveries({ indicator: 'selvforsoergelse', period: '2023' });
      const delivery = latest === undefined ? undefined : await store.getDelivery(latest.id);
      expect(delivery?.cells.map((c) => [c.group, c.numerator])).toEqual([
        ['target', 40],
        ['comparison', 900],
        ['other', 30],
        ['total', 970],
      ]);
    } finally {
      await store.close();
    }
  });
});
