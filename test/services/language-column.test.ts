/**
 * sprogstimulering's optional `language` [modersmaal] column through the real readers, as an
 * office's spreadsheet gives it (semicolons, Danish headers with æ/ø/å): with it, the second figure
 * by language is written; without it, the delivery is as before; a cell that is no language stops
 * the run naming the file, row and column. The age rule leaves an older child out, with a note.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { createPseudonymiser } from '../../src/ingest/index.ts';
import { aggregateIndicator, readClassifiedPopulation } from '../../src/services/aggregate-delivery/index.ts';

const pseudonymiser = createPseudonymiser({ dataDir: os.tmpdir(), key: '5e'.repeat(32) });
const deps = { catalogue: loadCatalogue(), pseudonymiser, threshold: 1, municipality: '999' };
let dir: string;

// Syrian-born children (target) and Danish children (comparison); A3 is 6 and at school since
// 1 August 2024 when assessed. Ids are synthetic.
const POPULATION = [
  'person_id,foedselsdato,koen,foedeland,statsborgerskab',
  'A1,2021-05-01,M,SY,SY',
  'A2,2021-06-01,K,SY,SY',
  'A3,2018-01-01,K,SY,SY',
  'D1,2021-05-01,M,DK,DK',
  'D2,2021-07-01,K,DK,DK',
];
const ASSESSMENTS = [
  'A1;01-11-2024;ja;nej;Arabisk',
  'A2;01-11-2024;ja;nej;dansk',
  'A3;01-01-2025;ja;nej;arabisk',
  'D1;01-11-2024;ja;nej;',
  'D2;01-11-2024;ja;nej;engelsk',
];
const HEADER = 'CPR;Vurderingsdato;Behov for sprogstimulering;I dagtilbud';

async function run(file: string) {
  const population = await readClassifiedPopulation(path.join(dir, 'population.csv'), pseudonymiser);
  return aggregateIndicator({ indicatorId: 'sprogstimulering', period: '2024-10/2025-09', population, dataFile: path.join(dir, file) }, deps);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-language-'));
  await writeFile(path.join(dir, 'population.csv'), `${POPULATION.join('\n')}\n`);
  await writeFile(path.join(dir, 'with.csv'), `${HEADER};Modersmål\n${ASSESSMENTS.join('\n')}\n`);
  const without = ASSESSMENTS.map((r) => r.split(';').slice(0, 4).join(';'));
  await writeFile(path.join(dir, 'without.csv'), `${HEADER}\n${without.join('\n')}\n`);
  await writeFile(path.join(dir, 'shifted.csv'), `${HEADER};Modersmål\n${ASSESSMENTS[0]}\nA2;01-11-2024;ja;nej;01-11-2024\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const numerators = (cells: { group: string; breakdown: string; numerator: number | null }[], breakdown: string) =>
  cells.filter((c) => c.breakdown === breakdown).map((c) => [c.group, c.numerator]);

describe('sprogstimulering read from an office spreadsheet', () => {
  it('with the Modersmål column: the default by origin, and beside it the children bilingual by language', async () => {
    const out = await run('with.csv');
    // A3 is outside the age: target A1, A2; comparison D1, D2.
    expect(numerators(out.cells, '')).toEqual([
      ['target', 2],
      ['comparison', 2],
      ['other', 0],
      ['total', 4],
    ]);
    // By language: A1 (Arabic) and D2 (English); A2 speaks Danish, D1 has none and is not of the target group.
    expect(numerators(out.cells, 'variant=by_language')).toEqual([
      ['target', 1],
      ['comparison', 1],
      ['other', 0],
      ['total', 2],
    ]);
    expect(out.notes).toHaveLength(2);
    expect(out.notes[0]).toMatch(/^1 barn\/børn .* ikke var i alderen fra 3 år til skolestart/);
    expect(out.notes[1]).toMatch(/^1 af de talte børn har intet modersmål i filen/);
  });

  it('without the column: the same default and no second figure', async () => {
    const out = await run('without.csv');
    expect(numerators(out.cells, '')).toEqual([
      ['target', 2],
      ['comparison', 2],
      ['other', 0],
      ['total', 4],
    ]);
    expect(out.cells.some((c) => c.breakdown.startsWith('variant='))).toBe(false);
  });

  it('refuses a date in the language column, naming file, row and column but not the value', async () => {
    const error = await run('shifted.csv').then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('shifted.csv');
    expect(error?.message).toMatch(/3/);
    expect(error?.message).toContain('language');
    expect(error?.message).not.toContain('01-11-2024');
  });
});
