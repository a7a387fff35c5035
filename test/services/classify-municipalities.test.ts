/**
 * `classify` of an extract with several municipalities, written the Danish way (`;`, Windows-1252,
 * Danish headers, four-digit codes as some registers write them): counts per municipality, and a
 * missing or unknown municipality reported with file, row and column.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPseudonymiser, InputErrors } from '../../src/ingest/index.ts';
import { classifyPopulation } from '../../src/services/classify.ts';

let dir: string;
const pseudonymiser = createPseudonymiser({ dataDir: os.tmpdir(), key: '3c'.repeat(32) });
const HEADER = 'cpr;fødselsdato;køn;fødeland;statsborgerskab;flygtning;kommune';

async function extract(name: string, lines: readonly string[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, iconv.encode(`${[HEADER, ...lines].join('\r\n')}\r\n`, 'windows-1252'));
  return file;
}

const classify = (input: string) =>
  classifyPopulation({ input, output: path.join(dir, 'out.csv'), definition: 'origin', thirdGeneration: false }, pseudonymiser);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-classify-kommune-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('classify with several municipalities', () => {
  it('counts persons and groups per municipality, codes read as three digits', async () => {
    const file = await extract('national.csv', [
      'K1;01-02-1980;K;Tyrkiet;Tyrkiet;nej;0101',
      'K2;01-02-1981;M;Danmark;Danmark;nej;101',
      'K3;01-02-1982;M;Syrien;Syrien;ja;0101',
      'A1;01-02-1983;K;Danmark;Danmark;nej;751',
      'A2;01-02-1984;K;Østrig;Østrig;nej;751',
    ]);
    const summary = await classify(file);
    expect(summary.municipalities).toEqual([
      { municipality: '101', persons: 3, groups: { target: 2, comparison: 1, other: 0 } },
      { municipality: '751', persons: 2, groups: { target: 0, comparison: 1, other: 1 } },
    ]);
  });

  it('gives no per-municipality counts for one municipality', async () => {
    const file = await extract('one.csv', ['K1;01-02-1980;K;Tyrkiet;Tyrkiet;nej;751', 'K2;01-02-1981;M;Danmark;Danmark;nej;751']);
    expect((await classify(file)).municipalities).toBeUndefined();
  });

  it('names file, row and column of a missing or unknown municipality', async () => {
    const file = await extract('broken.csv', [
      'K1;01-02-1980;K;Tyrkiet;Tyrkiet;nej;101',
      'K2;01-02-1981;M;Danmark;Danmark;nej;',
      'K3;01-02-1982;M;Danmark;Danmark;nej;Aarhus',
    ]);
    const error = await classify(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputErrors);
    const found = (error as InputErrors).errors.map((e) => ({ file: e.file, row: e.row, column: e.column, code: e.code }));
    expect(found).toEqual([
      { file, row: 3, column: 'kommune', code: 'missing_value' },
      { file, row: 4, column: 'kommune', code: 'invalid_value' },
    ]);
  });
});
