/**
 * The parents' register status in a population extract (docs/origin.md §1a): a registered Danish
 * father who lives elsewhere keeps his child of Danish origin; a parent unknown in the register
 * leaves the one-parent branch; an extract without the status classifies as before but is counted
 * (and `classify` warns in Danish and English); a status that contradicts the extract is refused
 * with file, row and column, and nothing is written. `aggregate` prints the same warning through the
 * same function.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPseudonymiser, InputErrors } from '../../src/ingest/index.ts';
import { classifyPopulation } from '../../src/services/classify.ts';
import { runCli } from '../cli/helpers.ts';

let dir: string;
const pseudonymiser = createPseudonymiser({ dataDir: os.tmpdir(), key: '5a'.repeat(32) });

const WITH_STATUS =
  'cpr;foedselsdato;koen;foedeland;statsborgerskab;mor_id;far_id;mor_foedeland;mor_statsborgerskab;far_foedeland;far_statsborgerskab;mor_status;far_status';
const WITHOUT_STATUS = 'cpr;foedselsdato;koen;foedeland;statsborgerskab;mor_id;far_id;mor_foedeland;mor_statsborgerskab;far_foedeland;far_statsborgerskab';

async function extract(name: string, header: string, lines: readonly string[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `${[header, ...lines].join('\n')}\n`);
  return file;
}

function classify(input: string, output = path.join(dir, `${path.basename(input)}.out.csv`)) {
  return classifyPopulation({ input, output, definition: 'origin', thirdGeneration: false }, pseudonymiser);
}

/** The origin group of each output row, in input order. */
async function originGroups(output: string): Promise<string[]> {
  const [header, ...rows] = (await readFile(output, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  const column = (header ?? []).indexOf('origin_group');
  return rows.map((r) => r[column] ?? '');
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-parent-status-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an extract with the parents’ register status', () => {
  it('classifies by DST: a registered Danish father elsewhere → Danish origin; a father unknown in the register → descendant', async () => {
    const file = await extract('status.csv', WITH_STATUS, [
      // Turkish mother (a row below), Danish father living elsewhere: known, his facts in the columns.
      'C1;01-02-2010;K;DK;DK;M1;F9;;;DK;DK;kendt;kendt',
      // The same mother, father unknown in the register: she alone decides.
      'C2;01-02-2012;M;DK;DK;M1;;;;;;known;ukendt',
      'M1;01-02-1985;K;TR;TR;;;;;;;unknown;unknown',
    ]);
    const output = path.join(dir, 'status.out.csv');
    const summary = await classify(file, output);
    expect(await originGroups(output)).toEqual(['dansk_oprindelse', 'efterkommer', 'indvandrer']);
    expect(summary.parentsWithoutStatus).toBe(0);
    expect(summary.groups).toEqual({ target: 2, comparison: 1, other: 0 });
  });

  it('an empty status cell behaves like an older extract: the parent is taken as unknown and counted', async () => {
    const file = await extract('empty-status.csv', WITH_STATUS, ['C1;01-02-2010;K;DK;DK;;F9;TR;TR;;;kendt;']);
    const output = path.join(dir, 'empty-status.out.csv');
    const summary = await classify(file, output);
    expect(await originGroups(output)).toEqual(['efterkommer']);
    expect(summary.parentsWithoutStatus).toBe(1);
  });

  it('refuses a status that contradicts the extract, naming file, row and column, and writes nothing', async () => {
    const file = await extract('contradiction.csv', WITH_STATUS, [
      // Row 2: father known, but not in the extract and no facts.
      'C1;01-02-2010;K;DK;DK;;F9;TR;TR;;;kendt;kendt',
      // Row 3: mother unknown in the register, yet her birth country is given.
      'C2;01-02-2011;K;DK;DK;;;TR;;;;ukendt;ukendt',
      // Row 4: father known through his own row (row 5, later in the file): fine.
      'C3;01-02-2012;M;DK;DK;;F5;TR;TR;;;kendt;kendt',
      'F5;01-02-1980;M;DK;DK;;;;;;;ukendt;ukendt',
      // Row 6: a status word that is neither.
      'C4;01-02-2013;M;DK;DK;;;;;;;maaske;ukendt',
    ]);
    const output = path.join(dir, 'contradiction.out.csv');
    const error = await classify(file, output).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputErrors);
    const found = (error as InputErrors).errors.map((e) => ({ row: e.row, column: e.column, file: path.basename(e.file) }));
    expect(found).toEqual([
      { row: 6, column: 'mor_status', file: 'contradiction.csv' },
      { row: 3, column: 'mor_status', file: 'contradiction.csv' },
      { row: 2, column: 'far_status', file: 'contradiction.csv' },
    ]);
    const messages = (error as InputErrors).errors.map((e) => e.message);
    expect(messages[1]).toContain('ukendt i registret');
    expect(messages[1]).toContain('unknown in the register');
    expect(messages[2]).toContain('hverken forælderens egen række');
    expect(messages[2]).toContain("neither the parent's own row");
    expect(existsSync(output)).toBe(false);
  });
});

describe('an extract without the status (backwards compatible)', () => {
  const lines = [
    // Father named by id but not in the extract, no facts: taken as unknown → descendant (as before).
    'C1;01-02-2010;K;DK;DK;;F9;TR;TR;;',
    // Both parents with facts: nothing absent.
    'C2;01-02-2011;K;DK;DK;;;TR;TR;DK;DK',
    // No parent at all: both absent, one person.
    'C3;01-02-1950;M;DK;DK;;;;;;',
  ];

  it('classifies as before and counts the persons with a parent absent without status', async () => {
    const file = await extract('old.csv', WITHOUT_STATUS, lines);
    const output = path.join(dir, 'old.out.csv');
    const summary = await classify(file, output);
    expect(await originGroups(output)).toEqual(['efterkommer', 'dansk_oprindelse', 'dansk_oprindelse']);
    expect(summary.parentsWithoutStatus).toBe(2);
  });

  it('`classify` warns in Danish and English how many persons that is', async () => {
    const file = await extract('old-cli.csv', WITHOUT_STATUS, lines);
    const result = await runCli(['classify', file, '--out', path.join(dir, 'old-cli.out.csv')], { dataDir: path.join(dir, 'data') });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Advarsel: 2 personer havde en forælder uden oplysninger og uden status');
    expect(result.stdout).toContain('Warning: 2 persons had a parent without facts and without a status');
  });

  it('`aggregate` prints the same warning, in Danish and English, beside the delivery it writes', async () => {
    const file = await extract('old-aggregate.csv', WITHOUT_STATUS, lines);
    const votes = path.join(dir, 'votes-old.csv');
    await writeFile(votes, 'person_id,voted\nC1,1\nC2,0\nC3,1\n');
    const out = path.join(dir, 'old-aggregate.out.csv');
    const result = await runCli(['aggregate', '--indicator', 'valgdeltagelse', '--population', file, '--data', votes, '--period', 'KV2025', '--out', out], {
      dataDir: path.join(dir, 'data'),
    });
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(result.stderr).toContain('Advarsel: 2 personer havde en forælder uden oplysninger og uden status');
    expect(result.stderr).toContain('Warning: 2 persons had a parent without facts and without a status');
  });
});

describe('an extract with the status gets no warning', () => {
  it('from `aggregate`', async () => {
    const file = await extract('new-aggregate.csv', WITH_STATUS, [
      'N1;01-02-2010;K;DK;DK;;;TR;TR;DK;DK;kendt;kendt',
      'N2;01-02-1950;M;DK;DK;;;;;;;ukendt;ukendt',
    ]);
    const votes = path.join(dir, 'votes-new.csv');
    await writeFile(votes, 'person_id,voted\nN1,1\nN2,0\n');
    const result = await runCli(
      [
        'aggregate',
        '--indicator',
        'valgdeltagelse',
        '--population',
        file,
        '--data',
        votes,
        '--period',
        'KV2025',
        '--out',
        path.join(dir, 'new-aggregate.out.csv'),
      ],
      { dataDir: path.join(dir, 'data') },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('Advarsel');
    expect(result.stderr).not.toContain('Warning');
  });
});
