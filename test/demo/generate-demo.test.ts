import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AggregationPerson, aggregate } from '../../src/counting/index.ts';
import { ageBands, loadCatalogue } from '../../src/catalogue/index.ts';
import { type DemoManifest, generateDemo, POPULATION_COLUMNS } from '../../src/demo/index.ts';
import { classifyAll, isTarget, isWesternOrigin, parseCsv, type Row } from './local-origin.ts';

const root = mkdtempSync(join(tmpdir(), 'indikator-demo-'));
let full: DemoManifest;
const fullDir = join(root, 'full');

beforeAll(async () => {
  full = await generateDemo({ seed: 2025, outDir: fullDir });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const population = (year: number): Row[] => parseCsv(readFileSync(join(fullDir, `befolkning-${year}.csv`), 'utf8'));

describe('generateDemo: determinism', () => {
  it('writes byte-identical files for the same seed and different files for another seed', async () => {
    const options = { persons: 2_000, years: [2015, 2018] as [number, number] };
    await generateDemo({ seed: 7, outDir: join(root, 'a'), ...options });
    await generateDemo({ seed: 7, outDir: join(root, 'b'), ...options });
    await generateDemo({ seed: 8, outDir: join(root, 'c'), ...options });
    const names = readdirSync(join(root, 'a')).sort();
    expect(readdirSync(join(root, 'b')).sort()).toEqual(names);
    expect(names.length).toBeGreaterThan(30);
    for (const name of names) {
      expect(readFileSync(join(root, 'b', name)), name).toEqual(readFileSync(join(root, 'a', name)));
    }
    const a = readFileSync(join(root, 'a', 'befolkning-2015.csv'), 'utf8');
    const c = readFileSync(join(root, 'c', 'befolkning-2015.csv'), 'utf8');
    expect(c).not.toEqual(a);
    expect(parseCsv(a).length).toBeGreaterThan(1_800);
    expect(parseCsv(a).length).toBeLessThan(2_300);
  });
});

describe('generateDemo: population', () => {
  it('writes the DATA.md columns with fake DEMO ids for about 50,000 residents who change over time', () => {
    const header = readFileSync(join(fullDir, 'befolkning-2015.csv'), 'utf8').split('\n')[0];
    expect(header).toBe(POPULATION_COLUMNS.join(','));
    const first = population(2015);
    const last = population(2025);
    for (const rows of [first, last]) {
      expect(rows.length).toBeGreaterThan(47_000);
      expect(rows.length).toBeLessThan(56_000);
      expect(rows.every((r) => /^DEMO\d{7}$/.test(r.person_id ?? ''))).toBe(true);
      expect(rows.every((r) => r.municipality === '999' && /^01(0[1-9]|10)$/.test(r.area ?? ''))).toBe(true);
    }
    const ids2015 = new Set(first.map((r) => r.person_id));
    const stayed = last.filter((r) => ids2015.has(r.person_id)).length;
    expect(stayed / last.length).toBeGreaterThan(0.45);
    expect(stayed / last.length).toBeLessThan(0.9);
    expect(last.some((r) => (r.birth_date ?? '') >= '2025-01-01')).toBe(true);
  });

  it.each([2015, 2025])('has the origin mix of the brief in %i', (year) => {
    const rows = population(year);
    const origins = classifyAll(rows);
    const share = (test: (r: Row) => boolean) => rows.filter(test).length / rows.length;
    const origin = (r: Row) => origins.get(r.person_id ?? '') ?? { originGroup: 'dansk_oprindelse', originCountry: 'DK', thirdGeneration: false };
    const nonWestern = share((r) => origin(r).originGroup !== 'dansk_oprindelse' && !isWesternOrigin(origin(r)));
    expect(nonWestern).toBeGreaterThan(0.17);
    expect(nonWestern).toBeLessThan(0.26);
    const western = share((r) => isWesternOrigin(origin(r)));
    expect(western).toBeGreaterThan(0.04);
    expect(western).toBeLessThan(0.08);
    const nwImmigrants = rows.filter((r) => origin(r).originGroup === 'indvandrer' && !isWesternOrigin(origin(r)));
    const refugees = nwImmigrants.filter((r) => r.refugee === '1').length / nwImmigrants.length;
    expect(refugees).toBeGreaterThan(0.25);
    expect(refugees).toBeLessThan(0.45);
    expect(rows.filter((r) => origin(r).thirdGeneration).length).toBeGreaterThan(300);
  });

  it('links children to parents in the same extract, sometimes with the parent columns left empty', () => {
    const rows = population(2020);
    const ids = new Set(rows.map((r) => r.person_id));
    const linked = rows.filter((r) => ids.has(r.mother_id));
    expect(linked.length).toBeGreaterThan(5_000);
    expect(linked.filter((r) => r.mother_birth_country === '').length).toBeGreaterThan(1_000);
    expect(rows.filter((r) => r.mother_id === '' && r.mother_birth_country === '').length).toBeGreaterThan(100);
    expect(rows.some((r) => r.birth_country === 'Tyrkiet' || r.birth_country === 'Syrien')).toBe(true);
    expect(rows.some((r) => /^[A-Z]{3}$/.test(r.birth_country ?? ''))).toBe(true);
  });

  it.each([2015, 2025])('has exactly two housing areas with a non-Western majority in %i', (year) => {
    const rows = population(year);
    const origins = classifyAll(rows);
    const byArea = new Map<string, [number, number]>();
    for (const r of rows) {
      const origin = origins.get(r.person_id ?? '');
      const count = byArea.get(r.area ?? '') ?? [0, 0];
      if (origin !== undefined && isTarget(r, origin)) count[0] += 1;
      count[1] += 1;
      byArea.set(r.area ?? '', count);
    }
    expect(byArea.size).toBe(10);
    const majority = [...byArea].filter(([, [target, all]]) => target / all > 0.5).map(([area]) => area);
    expect(majority.sort()).toEqual(['0103', '0107']);
  });

  it("writes the ministry's list of the last year: every area's residents, the two estates parallel societies (issue 14)", async () => {
    const { legalCriteriaOfList } = await import('../../src/services/housing-list/index.ts');
    const results = await legalCriteriaOfList(join(fullDir, 'boligomraader-liste-2025.csv'));
    const names = new Map(parseCsv(readFileSync(full.areasFile, 'utf8')).map((a) => [a.name, a.area]));
    const residents = new Map<string, number>();
    for (const r of population(2025)) residents.set(r.area ?? '', (residents.get(r.area ?? '') ?? 0) + 1);
    // The list's residents are the extract's residents per area, read independently here.
    expect(results.map((r) => [names.get(r.area), r.residents])).toEqual([...residents].filter(([area]) => area !== '').sort());
    const listed = results.flatMap((r) => (r.kind === 'official' && r.list !== 'none' ? [[r.area, r.list]] : []));
    expect(listed).toEqual([
      ['Engparken', 'parallel_society'],
      ['Lærkehaven', 'parallel_society'],
    ]);
  });

  it('names the ten areas in areas.csv', () => {
    const areas = parseCsv(readFileSync(full.areasFile, 'utf8'));
    expect(areas.map((a) => a.area)).toEqual(['0101', '0102', '0103', '0104', '0105', '0106', '0107', '0108', '0109', '0110']);
    expect(areas.every((a) => (a.name ?? '').length > 3)).toBe(true);
  });
});

const HEADERS: Readonly<Record<string, string>> = {
  selvforsoergelse: 'person_id,benefit_start,benefit_end,end_reason,status_3_months',
  socialpsykiatri: 'person_id,start_date,end_date',
  hjemmepleje: 'person_id,start_date,end_date,help_kind',
  'boern-anbringelse': 'person_id,start_date,end_date',
  'igu-forloeb': 'person_id,start_date,end_date,employer',
  'boern-kontaktperson': 'person_id,measure,start_date,end_date',
  valgdeltagelse: 'person_id,voted',
  karaktergennemsnit: 'person_id,exam,grade,special_class',
  sprogstimulering: 'person_id,assessment_date,needs_stimulation,in_day_care,language',
  kriminalitet: 'person_id,offence_date,conviction_date,law',
};

describe('generateDemo: indicator files', () => {
  it('lists a file for every indicator and period of the brief', () => {
    const expected: string[] = [];
    for (let year = 2015; year <= 2025; year += 1) {
      for (const id of [
        'selvforsoergelse',
        'socialpsykiatri',
        'hjemmepleje',
        'boern-kontaktperson',
        'boern-anbringelse',
        'igu-forloeb',
        'kriminalitet',
        'boligomraader-diversitet',
      ]) {
        expected.push(`${id} ${year}`);
      }
      expected.push(`sprogstimulering ${year - 1}-10/${year}-09`, `karaktergennemsnit ${year - 1}/${year}`);
    }
    expected.push('valgdeltagelse KV2017', 'valgdeltagelse KV2021', 'valgdeltagelse KV2025');
    expect(full.entries.map((e) => `${e.indicator} ${e.period}`).sort()).toEqual(expected.sort());
    expect(full.entries.find((e) => e.period === 'KV2021')?.populationFile).toBe(join(fullDir, 'befolkning-2021.csv'));
    expect(full.entries.find((e) => e.period === '2024/2025')?.populationFile).toBe(join(fullDir, 'befolkning-2025.csv'));
  });

  it('writes each data file with its columns, only for residents in the matching population file', () => {
    const residents = new Map<string, Set<string>>();
    for (const entry of full.entries) {
      if (entry.dataFile === null) {
        expect(entry.indicator).toBe('boligomraader-diversitet');
        continue;
      }
      const text = readFileSync(entry.dataFile, 'utf8');
      expect(text.split('\n')[0], entry.dataFile).toBe(HEADERS[entry.indicator]);
      if (!residents.has(entry.populationFile)) {
        residents.set(entry.populationFile, new Set(parseCsv(readFileSync(entry.populationFile, 'utf8')).map((r) => r.person_id ?? '')));
      }
      const ids = residents.get(entry.populationFile) ?? new Set();
      const rows = parseCsv(text);
      expect(
        rows.every((r) => ids.has(r.person_id ?? '')),
        entry.dataFile,
      ).toBe(true);
      if (!(entry.indicator === 'igu-forloeb' && entry.period === '2015')) expect(rows.length, entry.dataFile).toBeGreaterThan(0);
    }
  });
});

describe('generateDemo: through the aggregation', () => {
  const personsCache = new Map<string, Map<string, AggregationPerson>>();
  const personsOf = (file: string): Map<string, AggregationPerson> => {
    const cached = personsCache.get(file);
    if (cached !== undefined) return cached;
    const rows = parseCsv(readFileSync(file, 'utf8'));
    const origins = classifyAll(rows);
    const persons = new Map<string, AggregationPerson>();
    for (const r of rows) {
      const origin = origins.get(r.person_id ?? '');
      if (origin === undefined) continue;
      const group = isTarget(r, origin) ? 'target' : origin.originGroup === 'dansk_oprindelse' ? 'comparison' : 'other';
      const id = r.person_id ?? '';
      persons.set(id, {
        id,
        birthDate: r.birth_date ?? '',
        sex: r.sex === 'M' ? 'M' : 'K',
        group,
        refugee: r.refugee === '1',
        area: r.area ?? null,
        originGroup: origin.originGroup,
      });
    }
    personsCache.set(file, persons);
    return persons;
  };
  const run = (indicator: string, period: string, start: string, end: string) => {
    const entry = full.entries.find((e) => e.indicator === indicator && e.period === period);
    if (entry === undefined) throw new Error(`no ${indicator} ${period}`);
    const rows = entry.dataFile === null ? [] : parseCsv(readFileSync(entry.dataFile, 'utf8')).map((values, i) => ({ rowNumber: i + 2, values }));
    const catalogued = loadCatalogue().get(indicator);
    const bands = catalogued === undefined ? [] : ageBands(catalogued);
    const out = aggregate({
      indicatorId: indicator,
      period: { start, end, label: period },
      referenceDate: end,
      persons: personsOf(entry.populationFile),
      rows,
      ageBands: bands,
    });
    expect(out.unmatched).toEqual([]);
    return (group: string, breakdown = '') => out.cells.find((c) => c.group === group && c.breakdown === breakdown)?.value ?? Number.NaN;
  };
  const year = (indicator: string, y: number) => run(indicator, `${y}`, `${y}-01-01`, `${y}-12-31`);

  it("writes IGU courses with their employer: the running courses exceed those started, about a fifth are the municipality's own", () => {
    const entry = full.entries.find((e) => e.indicator === 'igu-forloeb' && e.period === '2025');
    if (entry === undefined || entry.dataFile === null) throw new Error('no igu-forloeb 2025');
    const rows = parseCsv(readFileSync(entry.dataFile, 'utf8')).map((values, i) => ({ rowNumber: i + 2, values }));
    const period = { start: '2025-01-01', end: '2025-12-31', label: '2025' };
    const out = aggregate({
      indicatorId: 'igu-forloeb',
      period,
      referenceDate: period.end,
      persons: personsOf(entry.populationFile),
      rows,
      ageBands: [],
      variant: 'started',
      secondFigures: ['running'],
    });
    const value = (breakdown: string) => out.cells.find((c) => c.group === 'target' && c.breakdown === breakdown)?.numerator ?? Number.NaN;
    expect(value('variant=running')).toBeGreaterThan(value(''));
    expect(value('employer=municipality') + value('employer=private')).toBe(value(''));
    expect(value('employer=municipality') / value('')).toBeGreaterThan(0.05);
    expect(value('employer=municipality') / value('')).toBeLessThan(0.4);
  });

  it('writes the status 3 months after each ended benefit spell: most exits to self-support last', () => {
    const entry = full.entries.find((e) => e.indicator === 'selvforsoergelse' && e.period === '2025');
    if (entry === undefined || entry.dataFile === null) throw new Error('no selvforsoergelse 2025');
    const rows = parseCsv(readFileSync(entry.dataFile, 'utf8')).map((values, i) => ({ rowNumber: i + 2, values }));
    const period = { start: '2025-01-01', end: '2025-12-31', label: '2025' };
    const out = aggregate({
      indicatorId: 'selvforsoergelse',
      period,
      referenceDate: period.end,
      persons: personsOf(entry.populationFile),
      rows,
      ageBands: [],
      secondFigures: ['status_after_3_months'],
    });
    const numerator = (breakdown: string) => out.cells.find((c) => c.group === 'target' && c.breakdown === breakdown)?.numerator ?? Number.NaN;
    const lasting = numerator('variant=status_after_3_months') / numerator('');
    expect(lasting).toBeGreaterThan(0.7);
    expect(lasting).toBeLessThan(1);
  });

  it('writes convictions beside the offences: some of those with an offence are convicted under the Criminal Code', () => {
    const entry = full.entries.find((e) => e.indicator === 'kriminalitet' && e.period === '2025');
    if (entry === undefined || entry.dataFile === null) throw new Error('no kriminalitet 2025');
    const rows = parseCsv(readFileSync(entry.dataFile, 'utf8')).map((values, i) => ({ rowNumber: i + 2, values }));
    const period = { start: '2025-01-01', end: '2025-12-31', label: '2025' };
    const out = aggregate({
      indicatorId: 'kriminalitet',
      period,
      referenceDate: period.end,
      persons: personsOf(entry.populationFile),
      rows,
      ageBands: [],
      secondFigures: ['convictions_criminal_code'],
    });
    const numerator = (breakdown: string) => out.cells.find((c) => c.group === 'total' && c.breakdown === breakdown)?.numerator ?? Number.NaN;
    const convicted = numerator('variant=convictions_criminal_code') / numerator('');
    expect(convicted).toBeGreaterThan(0.2);
    expect(convicted).toBeLessThan(0.6);
  });

  it('writes the mother tongue of the assessed children, some blank: most of the target group is bilingual by language, and some Western children too', () => {
    const entry = full.entries.find((e) => e.indicator === 'sprogstimulering' && e.period === '2024-10/2025-09');
    if (entry === undefined || entry.dataFile === null) throw new Error('no sprogstimulering 2024-10/2025-09');
    const rows = parseCsv(readFileSync(entry.dataFile, 'utf8')).map((values, i) => ({ rowNumber: i + 2, values }));
    const persons = personsOf(entry.populationFile);
    // Of every assessed child (a few needing stimulation outside day care are too few to tell), by group.
    const share = (group: string, language: (text: string) => boolean) => {
      const own = rows.filter((r) => persons.get(r.values.person_id ?? '')?.group === group);
      return own.filter((r) => language(r.values.language ?? '')).length / own.length;
    };
    const other = (text: string) => text !== '' && !['dansk', 'da', 'uoplyst'].includes(text.toLowerCase());
    expect(share('target', other)).toBeGreaterThan(0.6);
    expect(share('target', other)).toBeLessThan(0.9);
    expect(share('other', other)).toBeGreaterThan(0.3);
    // Danish origin here includes the third generation (this test's groups leave it out of the target group).
    expect(share('comparison', other)).toBeLessThan(0.3);
    expect(share('target', (text) => text === '')).toBeGreaterThan(0.03);
    const period = { start: '2024-10-01', end: '2025-09-30', label: '2024-10/2025-09' };
    const out = aggregate({ indicatorId: 'sprogstimulering', period, referenceDate: period.end, persons, rows, ageBands: [], secondFigures: ['by_language'] });
    const numerator = (group: string, breakdown = '') => out.cells.find((c) => c.group === group && c.breakdown === breakdown)?.numerator ?? Number.NaN;
    expect(numerator('total', 'variant=by_language')).toBeGreaterThan(0);
    expect(numerator('total', 'variant=by_language')).toBeLessThanOrEqual(numerator('total'));
    // Every demo assessment is at age 3: the age rule leaves no child out.
    expect(out.notes.some((n) => n.includes('alderen fra 3 år'))).toBe(false);
  });

  it("gives the barometer's men 15-29 from the same columns: a higher rate than among all residents 15+ (the demo's offences are mostly young men's)", () => {
    const entry = full.entries.find((e) => e.indicator === 'kriminalitet' && e.period === '2025');
    if (entry === undefined || entry.dataFile === null) throw new Error('no kriminalitet 2025');
    const rows = parseCsv(readFileSync(entry.dataFile, 'utf8')).map((values, i) => ({ rowNumber: i + 2, values }));
    const period = { start: '2025-01-01', end: '2025-12-31', label: '2025' };
    const out = aggregate({
      indicatorId: 'kriminalitet',
      period,
      referenceDate: period.end,
      persons: personsOf(entry.populationFile),
      rows,
      ageBands: [],
      secondFigures: ['convictions_criminal_code', 'men_15_29_criminal_code'],
    });
    const total = (breakdown: string) => out.cells.find((c) => c.group === 'total' && c.breakdown === breakdown);
    const men = total('variant=men_15_29_criminal_code');
    const all = total('variant=convictions_criminal_code');
    if (men === undefined || all === undefined) throw new Error('no convictions');
    expect(men.numerator).toBeGreaterThan(0);
    expect(men.numerator).toBeLessThan(all.numerator ?? 0);
    expect(men.value).toBeGreaterThan(2 * (all.value ?? 0));
  });

  it('writes more child-welfare measures than children: some children have a second measure in the year', () => {
    const entry = full.entries.find((e) => e.indicator === 'boern-kontaktperson' && e.period === '2025');
    if (entry === undefined || entry.dataFile === null) throw new Error('no boern-kontaktperson 2025');
    const rows = parseCsv(readFileSync(entry.dataFile, 'utf8')).map((values, i) => ({ rowNumber: i + 2, values }));
    const period = { start: '2025-01-01', end: '2025-12-31', label: '2025' };
    const out = aggregate({
      indicatorId: 'boern-kontaktperson',
      period,
      referenceDate: period.end,
      persons: personsOf(entry.populationFile),
      rows,
      ageBands: [],
      secondFigures: ['children_0_22', 'measures_0_22'],
    });
    const numerator = (breakdown: string) => out.cells.find((c) => c.group === 'total' && c.breakdown === breakdown)?.numerator ?? Number.NaN;
    expect(numerator('variant=measures_0_22')).toBeGreaterThan(numerator('variant=children_0_22'));
    expect(numerator('variant=measures_0_22')).toBeLessThan(2 * numerator('variant=children_0_22'));
  });

  it('writes the kind of home care: most recipients get help in their own home', () => {
    const entry = full.entries.find((e) => e.indicator === 'hjemmepleje' && e.period === '2025');
    if (entry === undefined || entry.dataFile === null) throw new Error('no hjemmepleje 2025');
    const rows = parseCsv(readFileSync(entry.dataFile, 'utf8')).map((values, i) => ({ rowNumber: i + 2, values }));
    const period = { start: '2025-01-01', end: '2025-12-31', label: '2025' };
    const out = aggregate({
      indicatorId: 'hjemmepleje',
      period,
      referenceDate: period.end,
      persons: personsOf(entry.populationFile),
      rows,
      ageBands: [],
      secondFigures: ['dst_home_help'],
    });
    const numerator = (breakdown: string) => out.cells.find((c) => c.group === 'total' && c.breakdown === breakdown)?.numerator ?? Number.NaN;
    const atHome = numerator('variant=dst_home_help') / numerator('');
    expect(atHome).toBeGreaterThan(0.6);
    expect(atHome).toBeLessThan(1);
  });

  it("writes the pupils' examinations: most pupils have a full set, the ministry's average beside the default, the target group below", () => {
    const entry = full.entries.find((e) => e.indicator === 'karaktergennemsnit' && e.period === '2024/2025');
    if (entry === undefined || entry.dataFile === null) throw new Error('no karaktergennemsnit 2024/2025');
    const rows = parseCsv(readFileSync(entry.dataFile, 'utf8')).map((values, i) => ({ rowNumber: i + 2, values }));
    const period = { start: '2024-08-01', end: '2025-07-31', label: '2024/2025' };
    const out = aggregate({
      indicatorId: 'karaktergennemsnit',
      period,
      referenceDate: period.end,
      persons: personsOf(entry.populationFile),
      rows,
      ageBands: [],
      secondFigures: ['full_set'],
    });
    const of = (group: string, breakdown: string) => out.cells.find((c) => c.group === group && c.breakdown === breakdown);
    const pupils = of('total', '')?.n ?? Number.NaN;
    const withFullSet = of('total', 'variant=full_set')?.n ?? Number.NaN;
    expect(withFullSet / pupils).toBeGreaterThan(0.85);
    expect(withFullSet / pupils).toBeLessThan(1);
    expect(of('target', 'variant=full_set')?.value).toBeLessThan(of('comparison', 'variant=full_set')?.value ?? Number.NaN);
    expect(of('target', '')?.value).toBeLessThan(of('comparison', '')?.value ?? Number.NaN);
  });

  it('narrows the self-support gap between 2015 and 2025', () => {
    const first = year('selvforsoergelse', 2015);
    const last = year('selvforsoergelse', 2025);
    expect(last('target')).toBeGreaterThan(first('target') + 0.05);
    expect(last('comparison') - last('target')).toBeLessThan(first('comparison') - first('target'));
  });

  it('raises the target group’s turnout from KV2017 to KV2025, below the comparison group', () => {
    const kv2017 = run('valgdeltagelse', 'KV2017', '2017-11-21', '2017-11-21');
    const kv2025 = run('valgdeltagelse', 'KV2025', '2025-11-18', '2025-11-18');
    expect(kv2025('target')).toBeGreaterThan(kv2017('target') + 0.05);
    expect(kv2025('comparison')).toBeGreaterThan(kv2025('target'));
  });

  it('shows less home care in the younger target group, but similar shares age band by age band', () => {
    const cells = year('hjemmepleje', 2025);
    expect(cells('target')).toBeLessThan(cells('comparison') / 2);
    const ratio = cells('target', 'ageband=75-84') / cells('comparison', 'ageband=75-84');
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.8);
  });

  it('gives the two estates a falling but still majority target share', () => {
    const first = year('boligomraader-diversitet', 2015);
    const last = year('boligomraader-diversitet', 2025);
    for (const area of ['area=0103', 'area=0107']) {
      expect(last('target', area)).toBeGreaterThan(0.5);
      expect(last('target', area)).toBeLessThan(first('target', area));
    }
    expect(last('target', 'area=0101')).toBeGreaterThan(first('target', 'area=0101'));
  });
});
