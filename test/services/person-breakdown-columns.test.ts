/**
 * The optional person breakdowns need their column in the population extract: `refugee=` the
 * `refugee` [flygtning] column, `residence=` the `arrival_date` [indrejsedato] column. Without the
 * column the cells are not written (an absent refugee flag is not "no refugees"); with it they are,
 * read through the real readers.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { createPseudonymiser } from '../../src/ingest/index.ts';
import { aggregateIndicator, readClassifiedPopulation } from '../../src/services/aggregate-delivery/index.ts';

const pseudonymiser = createPseudonymiser({ dataDir: os.tmpdir(), key: '3c'.repeat(32) });
const deps = { catalogue: loadCatalogue(), pseudonymiser, threshold: 1, municipality: '999' };
let dir: string;

const HEADER = 'person_id,foedselsdato,koen,foedeland,statsborgerskab';
// Syrian immigrants (target) and Danes (comparison); ids are synthetic.
const PEOPLE = ['A1,1980-01-01,M,SY,SY', 'A2,1985-01-01,K,SY,SY', 'A3,1990-01-01,K,SY,SY', 'D1,1970-01-01,M,DK,DK', 'D2,1975-01-01,K,DK,DK'];
const EXTRA = [',1,2017-03-01', ',0,2023-06-01', ',0,', ',0,', ',0,'];

async function run(file: string) {
  const population = await readClassifiedPopulation(path.join(dir, file), pseudonymiser);
  const out = await aggregateIndicator({ indicatorId: 'valgdeltagelse', period: 'KV2025', population, dataFile: path.join(dir, 'votes.csv') }, deps);
  return out.cells;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-person-breakdowns-'));
  await writeFile(path.join(dir, 'plain.csv'), `${HEADER}\n${PEOPLE.join('\n')}\n`);
  await writeFile(path.join(dir, 'full.csv'), `${HEADER},flygtning,indrejsedato\n${PEOPLE.map((p, i) => p + EXTRA[i]).join('\n')}\n`);
  await writeFile(path.join(dir, 'votes.csv'), 'person_id,voted\nA1,1\nA2,1\nA3,0\nD1,1\nD2,0\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("optional person breakdowns follow the extract's columns", () => {
  it('an extract without refugee and arrival-date columns gets sex, generation, region and MENAPT only', async () => {
    const keys = new Set((await run('plain.csv')).map((c) => c.breakdown.split('=')[0]));
    expect([...keys].sort()).toEqual(['', 'generation', 'menapt', 'region', 'region_menapt', 'sex']);
  });

  it('region and MENAPT come from the origin country the origin rules give (Syria: Asia, MENAPT)', async () => {
    const cells = await run('plain.csv');
    const at = (group: string, breakdown: string) => cells.find((c) => c.group === group && c.breakdown === breakdown);
    expect(at('target', 'region=asia')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(at('target', 'region=africa')).toMatchObject({ numerator: 0, denominator: 0 });
    expect(at('target', 'menapt=yes')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(at('target', 'menapt=no')).toMatchObject({ numerator: 0, denominator: 0 });
    expect(at('comparison', 'region=asia')).toBeUndefined();
  });

  it('an extract with them gets refugee status and years of residence (at election day 2025-11-18)', async () => {
    const cells = await run('full.csv');
    const at = (group: string, breakdown: string) => cells.find((c) => c.group === group && c.breakdown === breakdown);
    expect(at('target', 'refugee=yes')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(at('target', 'refugee=no')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(at('target', 'residence=6-9')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(at('target', 'residence=0-2')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(at('target', 'residence=10+')).toMatchObject({ numerator: 0, denominator: 0 });
  });
});
