/**
 * `indikator classify` end to end (DATA.md §1, §2, §4, §5): the same small extract in every
 * accepted file form gives the same, hand-checked classification; identifiers come out
 * pseudonymised with links intact; the printed counts, `--json`, `--definition citizenship` and
 * `--third-generation` behave; bad input fails with file, row and column; and a CPR number never
 * reaches the output file, stdout or stderr.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLASSIFY_COLUMNS } from '../../src/services/classify.ts';
import { type CliResult, cprForms, createPool, csvRecords, generatedCpr, KEY_B, runCli, useTempDir } from './helpers.ts';
import { EXPECTED, extractCsv, HEADERS, PERSONS, type Person, personCells, type Style, writeExtractXlsx, writeText } from './population-extract.ts';

const temp = useTempDir('classify-cli');
const dataDir = temp.path('data');

const ENGLISH: Style = { header: 'en', born: 'en', citizen: 'code', sex: 'MK', date: 'iso', refugee: ['true', 'false'] };
const DANISH: Style = { header: 'da', born: 'da', citizen: 'da', sex: 'MK', date: 'iso', refugee: ['ja', 'nej'] };
const DANISH_LETTERS: Style = { header: 'daLetters', born: 'da', citizen: 'code', sex: 'digit', date: 'dmy', refugee: ['1', '0'] };

/** One command to run: its arguments, the output file it should write, and its key. */
interface Run {
  args: string[];
  out: string;
  key?: string;
}

const runs: Record<string, Run> = {};
const results: Record<string, CliResult> = {};

/** Registers a classify run of `input`, writing `<name>.out.csv`. */
function classify(name: string, input: string, extra: string[] = [], key?: string): void {
  const out = temp.path(`${name}.out.csv`);
  runs[name] = { args: ['classify', input, '--out', out, ...extra], out, ...(key === undefined ? {} : { key }) };
}

function result(name: string): CliResult {
  const r = results[name];
  if (!r) throw new Error(`no run named ${name}`);
  return r;
}

function output(name: string): string {
  return readFileSync(runs[name]?.out ?? '', 'utf8');
}

/** The CPR number standing in for each synthetic id, for the privacy runs (built at run time). */
const CPR_OF = new Map<string, string>([...PERSONS.map((p) => p.id), 'P000999'].map((id, i) => [id, generatedCpr(101 + i * 13)]));

function cprOf(id: string): string {
  return CPR_OF.get(id) ?? '';
}

/** The extract with CPR numbers as identifiers: own ids plain, parent references with a dash. */
function cprPersons(): Person[] {
  const dashed = (id: string | undefined) => (id === undefined ? undefined : cprForms(cprOf(id))[1]);
  return PERSONS.map((p) => ({ ...p, id: cprOf(p.id), motherId: dashed(p.motherId), fatherId: dashed(p.fatherId) }));
}

function rowsCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[header, ...rows].map((r) => r.join(';')).join('\n')}\n`;
}

beforeAll(async () => {
  const english = temp.path('extract-utf8-comma.csv');
  writeText(english, extractCsv(ENGLISH, ','), 'utf-8');
  const bom = temp.path('extract-bom-semicolon.csv');
  writeText(bom, extractCsv(DANISH, ';'), 'utf-8-bom');
  const ansi = temp.path('extract-windows1252-semicolon.csv');
  writeText(ansi, extractCsv(DANISH_LETTERS, ';'), 'windows-1252');
  const xlsx = temp.path('extract.xlsx');
  await writeExtractXlsx(xlsx, ENGLISH, false);
  const xlsxSecond = temp.path('extract-second-sheet.xlsx');
  await writeExtractXlsx(xlsxSecond, DANISH, true);

  classify('utf8', english);
  classify('bom', bom, ['--json']);
  classify('ansi', ansi);
  classify('xlsx', xlsx, ['--json']);
  classify('xlsxSheet', xlsxSecond, ['--sheet', 'Befolkning']);
  // Run under the other key as well, so that this run also shows what another key does to pseudonyms.
  classify('third', english, ['--third-generation', '--json'], KEY_B);
  classify('citizenship', bom, ['--definition', 'citizenship', '--json']);

  // Two row errors in one file, both reported: an unknown country spelling (row 3) and a
  // person who appears twice (rows 6 and 11).
  const danishRows = PERSONS.map((p) => personCells(p, DANISH));
  const rowErrors = temp.path('row-errors.csv');
  const withTypo = danishRows.map((r) => (r[0] === 'P000101' ? r.with(3, 'Tyrkie') : r));
  writeText(rowErrors, rowsCsv(HEADERS.da, [...withTypo, danishRows[4] ?? []]), 'utf-8');
  classify('rowErrors', rowErrors);

  const missingColumn = temp.path('missing-column.csv');
  writeText(
    missingColumn,
    rowsCsv(
      HEADERS.da.filter((_, i) => i !== 4),
      danishRows.map((r) => r.filter((_, i) => i !== 4)),
    ),
    'utf-8',
  );
  classify('missingColumn', missingColumn);

  classify('badDefinition', english, ['--definition', 'herkomst']);

  const cprFile = temp.path('extract-cpr.csv');
  writeText(cprFile, extractCsv(DANISH, ';', cprPersons()), 'utf-8');
  classify('cpr', cprFile, ['--json']);

  // Errors on rows that hold CPR numbers: an unknown country in a CPR person's row, the same
  // person again written with a dash, and a CPR number shifted into the birth-date column.
  const cprRows = cprPersons().map((p) => personCells(p, DANISH));
  const broken = cprRows.map((r, i) => (i === 1 ? r.with(3, 'Tyrkie') : i === 5 ? r.with(1, cprOf('P000101')) : r));
  broken.push((cprRows[3] ?? []).with(0, cprForms(cprOf('P000104'))[1] ?? ''));
  const cprBroken = temp.path('extract-cpr-broken.csv');
  writeText(cprBroken, rowsCsv(HEADERS.da, broken), 'utf-8');
  classify('cprBroken', cprBroken);

  // A CPR number in a free-text column (area, municipality) of an otherwise valid extract.
  const cprText = temp.path('extract-cpr-in-area.csv');
  const textRows = danishRows.map((r, i) => (i === 0 ? r.with(12, cprOf('P000103')).with(13, cprForms(cprOf('P000101'))[1] ?? '') : r));
  writeText(cprText, rowsCsv(HEADERS.da, textRows), 'utf-8');
  classify('cprInArea', cprText);

  const pool = createPool(2);
  await Promise.all(
    Object.entries(runs).map(([name, run]) =>
      pool(async () => {
        results[name] = await runCli(run.args, { dataDir, ...(run.key === undefined ? {} : { key: run.key }) });
      }),
    ),
  );
});

const HEX32 = /^[0-9a-f]{32}$/;

describe('classify: the output file', () => {
  it('exits 0 and writes exactly the contract columns, one row per person in input order', () => {
    expect(result('utf8')).toMatchObject({ code: 0, stderr: '' });
    const { header, records } = csvRecords(output('utf8'));
    expect(header).toEqual([...CLASSIFY_COLUMNS]);
    expect(header).toEqual([
      'person_id',
      'birth_date',
      'sex',
      'birth_country',
      'citizenship',
      'mother_id',
      'father_id',
      'area',
      'municipality',
      'origin_group',
      'origin_country',
      'origin_region',
      'third_generation',
      'refugee',
      'group',
    ]);
    expect(records).toHaveLength(PERSONS.length);
    // Input order: the birth dates identify the rows without relying on pseudonyms.
    expect(records.map((r) => r.birth_date)).toEqual(PERSONS.map((p) => p.birth.map((n) => String(n).padStart(2, '0')).join('-')));
  });

  it('classifies every person as derived by hand from DATA.md §1–2', () => {
    const { records } = csvRecords(output('utf8'));
    const got = records.map(({ origin_group, origin_country, origin_region, third_generation, refugee, group }) => ({
      origin_group,
      origin_country,
      origin_region,
      third_generation,
      refugee,
      group,
    }));
    expect(got).toEqual(
      EXPECTED.map(({ origin_group, origin_country, origin_region, third_generation, refugee, group }) => ({
        origin_group,
        origin_country,
        origin_region,
        third_generation,
        refugee,
        group,
      })),
    );
  });

  it('writes countries as ISO alpha-2, sex as M/K, free text as read', () => {
    const { records } = csvRecords(output('utf8'));
    expect(records.map((r) => [r.sex, r.birth_country, r.citizenship, r.area, r.municipality])).toEqual(
      PERSONS.map((p) => [p.sex, p.born, p.citizen, p.area, p.municipality]),
    );
  });

  it('pseudonymises every id as 32 hex characters, never the input, and keeps the mother and father links', () => {
    const { records } = csvRecords(output('utf8'));
    const pseudonym = new Map(PERSONS.map((p, i) => [p.id, records[i]?.person_id ?? '']));
    for (const [id, p] of pseudonym) {
      expect(p).toMatch(HEX32);
      expect(p).not.toContain(id);
    }
    expect(new Set(pseudonym.values()).size).toBe(PERSONS.length);
    const inside = (id: string | undefined) => (id === undefined ? '' : (pseudonym.get(id) ?? 'outside'));
    expect(records.map((r) => [r.mother_id, r.father_id])).toEqual(
      PERSONS.map((p, i) => [inside(p.motherId) === 'outside' ? records[i]?.mother_id : inside(p.motherId), inside(p.fatherId)]),
    );
    expect(records[2]?.mother_id).toBe(records[1]?.person_id);
    expect(records[0]?.mother_id).toBe(records[2]?.person_id);
    expect(records[0]?.father_id).toBe(records[3]?.person_id);
    // The mother who is not a row of the extract (P000999) is pseudonymised too, and is nobody in it.
    const outside = records[8]?.mother_id ?? '';
    expect(outside).toMatch(HEX32);
    expect([...pseudonym.values()]).not.toContain(outside);
    expect(output('utf8')).not.toMatch(/P000\d{3}/);
  });

  it('gives the same pseudonyms with the same key and different ones with another key', () => {
    // 'bom' and 'utf8' are separate files read with the same key; 'third' used another key.
    expect(csvRecords(output('bom')).records.map((r) => r.person_id)).toEqual(csvRecords(output('utf8')).records.map((r) => r.person_id));
    const a = csvRecords(output('utf8')).records;
    const b = csvRecords(output('third')).records;
    a.forEach((row, i) => {
      expect(b[i]?.person_id).toMatch(HEX32);
      expect(b[i]?.person_id).not.toBe(row.person_id);
    });
    // Links still hold under the other key: the third person's mother is the second person.
    expect(b[2]?.mother_id).toBe(b[1]?.person_id);
    expect(b[0]?.mother_id).toBe(b[2]?.person_id);
  });
});

describe('classify: every accepted file form gives the same result', () => {
  it.each([
    ['UTF-8 with BOM, ";", Danish headers and country names', 'bom'],
    ['Windows-1252, ";", headers with æ/ø/å, sex 1/2, day-first dates', 'ansi'],
    ['XLSX, first sheet, date cells', 'xlsx'],
    ['XLSX, data on the second sheet chosen with --sheet', 'xlsxSheet'],
  ])('%s', (_label, name) => {
    expect(result(name).code, result(name).stderr).toBe(0);
    expect(output(name)).toBe(output('utf8'));
  });

  it('decodes Windows-1252 letters (Åbyhøj, Nørrebro) into UTF-8 output', () => {
    const areas = csvRecords(output('ansi')).records.map((r) => r.area);
    expect(areas.slice(0, 3)).toEqual(['Åbyhøj', 'Nørrebro', 'Åbyhøj']);
  });
});

describe('classify: the printed counts', () => {
  it('prints the counts per group, origin group, third generation and refugees as a table', () => {
    const out = result('utf8').stdout;
    expect(out).toContain(`9 personer klassificeret → ${runs.utf8?.out}`);
    // 4 of 9 = 44,4 %; 3 of 9 = 33,3 %; 2 of 9 = 22,2 %; 1 of 9 = 11,1 %.
    expect(out).toMatch(/målgruppe \/ target\s+4\s+44,4 %/);
    expect(out).toMatch(/sammenligning \/ comparison\s+3\s+33,3 %/);
    expect(out).toMatch(/øvrige \/ other\s+2\s+22,2 %/);
    expect(out).toMatch(/i alt \/ total\s+9/);
    expect(out).toMatch(/dansk oprindelse\s+3\s+33,3 %/);
    expect(out).toMatch(/indvandrere\s+4\s+44,4 %/);
    expect(out).toMatch(/efterkommere\s+2\s+22,2 %/);
    expect(out).toMatch(/børn af efterkommere \(3\. generation\)\s+1\s+11,1 %/);
    expect(out).toMatch(/flygtninge \/ refugees\s+1\s+11,1 %/);
    // data-quality notes in words, not codes (the codes stay in --json)
    expect(out).toMatch(/statsløs \(XS\) \/ stateless \(XS\): 1\b/);
    expect(out).toMatch(/ingen kendte forældre \/ no parent known: 5\b/);
    expect(out).not.toMatch(/no_parent_known|dansk_oprindelse/);
  });

  it('prints the same counts as JSON with --json', () => {
    for (const name of ['bom', 'xlsx']) {
      expect(JSON.parse(result(name).stdout)).toMatchObject({
        persons: 9,
        groups: { target: 4, comparison: 3, other: 2 },
        originGroups: { dansk_oprindelse: 3, indvandrer: 4, efterkommer: 2 },
        thirdGeneration: 1,
        refugees: 1,
        // Linked parents: the grandchild's mother and father, and the descendant's mother.
        linkedParents: 3,
        quality: { no_parent_known: 5, origin_country_stateless: 1, birth_country_unknown: 0 },
      });
    }
  });
});

describe('classify: definition and third generation', () => {
  it('--third-generation moves the non-Western child of descendants from comparison to target', () => {
    expect(result('third').code).toBe(0);
    expect(JSON.parse(result('third').stdout)).toMatchObject({ groups: { target: 5, comparison: 2, other: 2 }, thirdGeneration: 1 });
    const records = csvRecords(output('third')).records;
    expect(records.map((r) => r.group)).toEqual(EXPECTED.map((e) => e.groupThird));
    // Origin columns do not depend on the option.
    expect(records.map((r) => r.origin_country)).toEqual(EXPECTED.map((e) => e.origin_country));
  });

  it('--definition citizenship groups by citizenship: refugees and non-Western citizens vs Danish citizens', () => {
    expect(result('citizenship').code).toBe(0);
    expect(JSON.parse(result('citizenship').stdout)).toMatchObject({ groups: { target: 4, comparison: 4, other: 1 } });
    const records = csvRecords(output('citizenship')).records;
    expect(records.map((r) => r.group)).toEqual(EXPECTED.map((e) => e.groupCitizenship));
    expect(records.map((r) => r.origin_group)).toEqual(EXPECTED.map((e) => e.origin_group));
  });

  it('refuses an unknown --definition with exit code 2 and writes nothing', () => {
    const r = result('badDefinition');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('herkomst');
    expect(r.stderr).toContain('origin or citizenship');
    expect(existsSync(runs.badDefinition?.out ?? '')).toBe(false);
  });
});

describe('classify: bad input', () => {
  it('names file, row and column of an unknown country spelling, exits 2 and writes no output', () => {
    const r = result('rowErrors');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${temp.path('row-errors.csv')}, række 3, kolonne D (foedeland)`);
    expect(r.stderr).toContain('"Tyrkie"');
    expect(r.stderr).toContain('unknown country');
    expect(existsSync(runs.rowErrors?.out ?? '')).toBe(false);
    expect(readdirSync(temp.dir).filter((f) => f.startsWith('rowErrors.out'))).toEqual([]);
  });

  it('refuses a person who appears twice in the same run, naming both rows but not the id', () => {
    const r = result('rowErrors');
    expect(r.stderr).toMatch(/^2 fejl i inddata \/ 2 input errors/);
    expect(r.stderr).toContain(`${temp.path('row-errors.csv')}, række 11, kolonne A (cpr)`);
    expect(r.stderr).toContain('also appears in row 6');
    expect(r.stderr).not.toContain('P000105');
  });

  it('names a missing required column and the file', () => {
    const r = result('missingColumn');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${temp.path('missing-column.csv')}, row 1: missing column: citizenship (or statsborgerskab)`);
    expect(existsSync(runs.missingColumn?.out ?? '')).toBe(false);
  });
});

describe('classify: CPR numbers never leave', () => {
  const allForms = () => [...CPR_OF.values()].flatMap(cprForms);

  it('uses CPR-shaped test ids with dates that exist (so the check below means something)', () => {
    for (const cpr of CPR_OF.values()) {
      const [d, m, y] = [cpr.slice(0, 2), cpr.slice(2, 4), cpr.slice(4, 6)].map(Number) as [number, number, number];
      expect(cpr).toMatch(/^\d{10}$/);
      expect(new Date(Date.UTC(1900 + y, m - 1, d)).getUTCDate()).toBe(d);
    }
    expect(new Set(CPR_OF.values()).size).toBe(CPR_OF.size);
  });

  it('classifies an extract keyed by CPR numbers without any CPR number in the file, stdout or stderr', () => {
    const r = result('cpr');
    expect(r.code, r.stderr).toBe(0);
    const text = output('cpr');
    for (const form of allForms()) {
      expect(text).not.toContain(form);
      expect(r.stdout).not.toContain(form);
      expect(r.stderr).not.toContain(form);
    }
    // The dashed parent references link to the plain ids: same classification as with P-ids.
    const records = csvRecords(text).records;
    expect(records.map((x) => x.group)).toEqual(EXPECTED.map((e) => e.group));
    expect(records[2]?.mother_id).toBe(records[1]?.person_id);
    expect(records[0]?.father_id).toBe(records[3]?.person_id);
  });

  it('keeps CPR numbers out of the error messages when their rows are wrong', () => {
    const r = result('cprBroken');
    expect(r.code).toBe(2);
    const file = temp.path('extract-cpr-broken.csv');
    expect(r.stderr).toContain(`${file}, række 3, kolonne D (foedeland)`);
    expect(r.stderr).toContain(`${file}, række 7, kolonne B (foedselsdato)`);
    expect(r.stderr).toContain(`${file}, række 11, kolonne A (cpr)`);
    for (const form of allForms()) {
      expect(r.stderr).not.toContain(form);
      expect(r.stdout).not.toContain(form);
    }
    expect(existsSync(runs.cprBroken?.out ?? '')).toBe(false);
  });

  // DATA.md §4: "A CPR number is never written to any file". A CPR number typed into a free-text
  // column (a shifted or mistyped row) is refused, naming the row and column but not the value.
  it('never copies a CPR number found in a free-text column (area, municipality) to the output', () => {
    const r = result('cprInArea');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ligner et CPR-nummer/);
    const text = existsSync(runs.cprInArea?.out ?? '') ? output('cprInArea') : '';
    for (const form of [...cprForms(cprOf('P000103')), ...cprForms(cprOf('P000101'))]) {
      expect(text).not.toContain(form);
      expect(r.stdout).not.toContain(form);
      expect(r.stderr).not.toContain(form);
    }
  });
});
