import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputErrors } from '../../src/ingest/index.ts';
import { AREA_LIST_FILE, legalCriteriaOfList, readAreaList, saveAreaList, savedLegalCriteria } from '../../src/services/housing-list/index.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-area-list-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function listFile(name: string, lines: string[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `${lines.join('\n')}\n`, 'utf8');
  return file;
}

const HEADER =
  'boligomraade;beboere;uden_for_arbejde_uddannelse_pct;doemte_pct;doemte_landsgennemsnit_pct;grunduddannelse_pct;indkomst_pct_af_region;ikke_vestlige_pct';

describe("the ministry's list of housing areas (legal_criteria)", () => {
  it('reads the Danish columns and percentages with a decimal comma, and applies § 61 a', async () => {
    const file = await listFile('liste.csv', [
      HEADER,
      // 46,3 % > 40 %, 2,85 % ≥ 3 × 0,93 % = 2,79 %, 52,1 % ≤ 60 %, 54,0 % < 55 %: 3 of 4; 61,7 % > 50 %.
      'Østerby;2.140;46,3;2,85;0,93;52,1;54,0;61,7',
      // 34,0 % > 30 % only under the prevention limits, 1,90 % ≥ 2 × 0,93 % = 1,86 %, 60,5 % > 60 %: 3 of 4 there,
      // 1 of 4 (education) otherwise; 38,2 % non-Western > 30 %.
      'Søndermarken;1.850;34,0;1,90;0,93;60,5;72,0;38,2',
      // 999 residents: not an official area.
      'Nørrevang;999;55,0;4,00;0,93;70,0;40,0;70,0',
    ]);
    const [osterby, sondermarken, norrevang] = await legalCriteriaOfList(file);
    expect(osterby).toMatchObject({
      kind: 'official',
      area: 'Østerby',
      residents: 2140,
      vulnerable: { employment: true, crime: true, education: false, income: true },
      list: 'parallel_society',
    });
    expect(sondermarken).toMatchObject({
      vulnerable: { employment: false, crime: false, education: true, income: false },
      prevention: { employment: true, crime: true, education: true, income: false },
      list: 'prevention',
    });
    expect(norrevang).toEqual({ kind: 'not_official', area: 'Nørrevang', residents: 999 });
  });

  it('refuses a bad file with every problem named by row and column, in Danish and English', async () => {
    const file = await listFile('bad.csv', [HEADER, 'Østerby;2.140;146,3;2,85;0,93;52,1;54,0;61,7', 'Østerby;1.000;40;1;1;1;1;', ';abc;1;1;1;1;1;1']);
    const error = await readAreaList(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputErrors);
    const found = (error as InputErrors).errors.map((e) => [e.row, e.column, e.code]);
    expect(found).toEqual([
      [2, 'uden_for_arbejde_uddannelse_pct', 'invalid_value'],
      [3, 'ikke_vestlige_pct', 'missing_value'],
      [4, 'boligomraade', 'missing_value'],
      [4, 'beboere', 'invalid_value'],
    ]);
    expect((error as InputErrors).errors[0]?.messageEn).toMatch(/expected a percentage between 0 and 100/);
    expect((error as InputErrors).errors[0]?.messageDa).toMatch(/forventet en procent mellem 0 og 100/);
  });

  it('refuses an area listed twice', async () => {
    const row = 'Østerby;2.140;46,3;2,85;0,93;52,1;54,0;61,7';
    const error = await readAreaList(await listFile('twice.csv', [HEADER, row, row])).catch((e: unknown) => e);
    expect((error as InputErrors).errors.map((e) => [e.row, e.column, e.messageEn])).toEqual([[3, 'boligomraade', expect.stringMatching(/more than once/)]]);
  });

  it('keeps the latest good list for the page; a bad one is refused and the kept list stays as it was', async () => {
    const data = path.join(dir, 'data');
    expect(await savedLegalCriteria(path.join(data, AREA_LIST_FILE))).toEqual([]);
    const good = await listFile('god.csv', [HEADER, 'Østerby;2.140;46,3;2,85;0,93;52,1;54,0;61,7']);
    await saveAreaList(good, data);
    const kept = await readFile(path.join(data, AREA_LIST_FILE), 'utf8');
    const bad = await listFile('daarlig.csv', [HEADER, 'Østerby;2.140;46,3;2,85;0,93;52,1;54,0;161,7']);
    await expect(saveAreaList(bad, data)).rejects.toBeInstanceOf(InputErrors);
    expect(await readFile(path.join(data, AREA_LIST_FILE), 'utf8')).toBe(kept);
    expect((await savedLegalCriteria(path.join(data, AREA_LIST_FILE))).map((r) => r.kind === 'official' && r.list)).toEqual(['parallel_society']);
  });
});
