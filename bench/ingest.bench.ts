/**
 * Parse-speed micro check for ingest/ (not a test): writes a 1,000,000-row, 10-column population-like
 * CSV (Danish habit: ';', Windows-1252, CRLF, some quoted fields) to a temp dir, then times
 * `openTable` + streaming every row (per row and per batch, best of three), writing the same amount
 * with the CSV writer, and the pseudonymiser. Run: `node --import tsx bench/ingest.bench.ts [rows]`.
 * Target: ≥ 1.5 million rows/s for parsing alone, with flat memory.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { createCsvWriter, createPseudonymiser, openTable } from '../src/ingest/index.ts';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const RUNS = 3;
const HEADER = 'person_id;foedselsdato;koen;foedeland;statsborgerskab;mor_id;far_id;flygtning;boligomraade;kommune';
const COUNTRIES = ['DK', 'TR', 'SY', 'DE', 'FO', 'AT', 'PL', 'IQ'];
const AREAS = ['Nørrebro', 'Østerbro', '"Vest; Syd"', 'Åbyhøj'];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-bench-'));
  try {
    const file = join(dir, 'population.csv');
    await writeDanishCsv(file);
    console.log(`${ROWS.toLocaleString('en')} rows, ${(statSync(file).size / 1e6).toFixed(1)} MB`);
    await best('parse CSV, rows()', ROWS, () => parse(file, 'rows'));
    await best('parse CSV, batches()', ROWS, () => parse(file, 'batches'));
    await best('write CSV (createCsvWriter)', ROWS, () => writeWithWriter(join(dir, 'out.csv')));
    const pseudonymiser = createPseudonymiser({ dataDir: dir });
    await best('pseudonymise', 300_000, async () => {
      for (let i = 0; i < 300_000; i++) pseudonymiser.pseudonymise(`P${i}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function writeDanishCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  let block = `${HEADER}\r\n`;
  for (let i = 0; i < ROWS; i++) {
    const country = COUNTRIES[i % COUNTRIES.length] ?? 'DK';
    block += `P${String(i).padStart(7, '0')};${1 + (i % 28)}.0${1 + (i % 9)}.19${50 + (i % 50)};${i % 2 ? 'M' : 'K'};${country};${country};P${i + 7};;${i % 13 === 0 ? 'ja' : 'nej'};${AREAS[i % AREAS.length]};0101\r\n`;
    if (block.length > 1 << 16) {
      if (!out.write(iconv.encode(block, 'windows-1252'))) await once(out, 'drain');
      block = '';
    }
  }
  out.end(iconv.encode(block, 'windows-1252'));
  await once(out, 'close');
}

async function parse(file: string, mode: 'rows' | 'batches'): Promise<void> {
  const source = await openTable(file);
  let rows = 0;
  if (mode === 'rows') for await (const _row of source.rows()) rows++;
  else for await (const batch of source.batches()) rows += batch.length;
  if (rows !== ROWS) throw new Error(`expected ${ROWS} rows, got ${rows}`);
}

async function writeWithWriter(file: string): Promise<void> {
  const writer = createCsvWriter(file, HEADER.split(';'));
  for (let i = 0; i < ROWS; i++) {
    const pending = writer.write([`P${i}`, '1980-05-17', 'M', 'TR', 'TR', `P${i + 7}`, '', i % 13 === 0, 'Vest; Syd', 101]);
    if (pending) await pending;
  }
  await writer.close();
}

async function best(label: string, count: number, run: () => Promise<void>): Promise<void> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    fastest = Math.min(fastest, (performance.now() - start) / 1000);
  }
  const rss = (process.memoryUsage().rss / 1e6).toFixed(0);
  console.log(`${label}: ${Math.round(count / fastest).toLocaleString('en')}/s (best of ${RUNS}: ${fastest.toFixed(2)} s; rss ${rss} MB)`);
}

await main();
