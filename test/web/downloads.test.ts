import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/cells/index.ts';
import { RESULT_COLUMNS } from '../../src/services/results.ts';
import { definitionHashes, loadCatalogue } from '../../src/catalogue/index.ts';
import { csvRecords, fakeApp } from './helpers.ts';

const { app } = fakeApp();

describe('CSV downloads', () => {
  it('gives every result of an indicator, matching the API to the digit', async () => {
    const res = await app.request('/download/hjemmepleje.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="hjemmepleje-alle-tal-maskinlaesbar.csv"');
    const records = csvRecords(await res.text());
    const api = (await (await app.request('/api/indicators/hjemmepleje')).json()) as { results: ResultRow[] };
    expect(records).toHaveLength(api.results.length);
    for (const row of api.results) {
      const record = records.find((r) => r.period === row.period && r.group === row.group && r.breakdown === row.breakdown);
      expect(record, `${row.period} ${row.group} ${row.breakdown}`).toBeDefined();
      expect(record?.value).toBe(row.value === null ? '' : String(row.value));
      expect(record?.ci_low).toBe(row.ciLow === null ? '' : String(row.ciLow));
      expect(record?.n).toBe(row.n === null ? '' : String(row.n));
      expect(record?.suppressed).toBe(String(row.suppressed));
    }
  });

  it("has the columns of `indikator compute`, in its order, then the municipality's name, the delivery's date and the note", async () => {
    const text = await (await app.request('/download/hjemmepleje.csv')).text();
    const header = text.slice(0, text.indexOf('\n')).trim().split(',');
    expect(header).toEqual([...RESULT_COLUMNS, 'municipality_name', 'delivery_date', 'note']);
    expect(header[0]).toBe('municipality');
    expect(header.slice(1, 15)).toEqual([
      'indicator',
      'period',
      'group',
      'breakdown',
      'numerator',
      'denominator',
      'value',
      'ci_low',
      'ci_high',
      'n',
      'suppressed',
      'gap',
      'definition',
      'third_generation',
    ]);
  });

  it('leaves suppressed cells empty with suppressed=true, never 0', async () => {
    const records = csvRecords(await (await app.request('/download/hjemmepleje.csv?breakdown=ageband%3D85%2B')).text());
    const suppressed = records.filter((r) => r.suppressed === 'true');
    expect(suppressed.map((r) => r.period)).toEqual(['2020', '2021']);
    for (const r of suppressed) expect([r.numerator, r.denominator, r.value, r.ci_low, r.ci_high, r.n, r.gap]).toEqual(['', '', '', '', '', '', '']);
    expect(records.every((r) => r.breakdown === 'ageband=85+')).toBe(true);
    expect(new Set(records.map((r) => r.group))).toEqual(new Set(['target', 'comparison']));
  });

  it('links the Danish Excel form from the indicator page: BOM, `;`, decimal comma, Danish headers and words', async () => {
    const page = await (await app.request('/indikator/selvforsoergelse')).text();
    const href = /<a href="(\/download\/selvforsoergelse\.csv[^"]*)" download>Tabellen som CSV \(til Excel\)<\/a>/.exec(page)?.[1];
    expect(href).toBeDefined();
    const res = await app.request((href ?? '').replaceAll('&amp;', '&'));
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="selvforsoergelse-hele-gruppen.csv"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFFKommunekode;Indikator;Periode;Gruppe;Opdeling;Tæller;Nævner;Værdi (%);Nedre grænse (%);')).toBe(true);
    expect(text).toContain(';Forskel til sammenligningsgruppen (procentpoint);');
    // Every column in words, and a gap in percentage points, never "%" (the standardised gap included).
    expect(text).toContain(';Aldersstandardiseret forskel (procentpoint);Aldersstandardiseret forskel, nedre grænse (procentpoint);');
    expect(text.slice(0, text.indexOf('\r\n'))).not.toMatch(/standardised_|status_basis|status_reason/);
    const records = csvRecords(text, ';');
    const api = (await (await app.request('/api/indicators/selvforsoergelse')).json()) as { results: ResultRow[] };
    const row = api.results.find((r) => r.group === 'target' && r.breakdown === '' && r.value !== null && r.gap !== null);
    if (row === undefined || row.value === null || row.gap === null) throw new Error('no published target row');
    const record = records.find((r) => r.Periode === row.period && r.Gruppe === 'Målgruppe');
    // a share as percent with the page's one decimal; the gap in percentage points; words, not codes
    expect(record?.['Værdi (%)']).toBe((Math.round(row.value * 1000) / 10).toString().replace('.', ','));
    expect(record?.['Forskel til sammenligningsgruppen (procentpoint)']).toBe((Math.round(row.gap * 1000) / 10).toString().replace('.', ','));
    expect(record?.Indikator).toBe('Selvforsørgelse');
    expect([record?.Kommunekode, record?.Kommune]).toEqual(['999', 'Demo Kommune']);
    expect(record?.Opdeling).toBe('Hele gruppen (ingen opdeling)');
    expect(record?.Diskretioneret).toBe('nej');
    expect(record?.Leveret).toMatch(/^\d\d-\d\d-\d{4} \d\d:\d\d$/);
    expect(text).not.toMatch(/\d[.,]\d{5,}/);
    expect(text).not.toMatch(/;(target|comparison|not_assessable|improved|worsened|true|false|origin);/);
  });

  it('keeps the machine-readable CSV beside it on the page', async () => {
    const page = await (await app.request('/indikator/selvforsoergelse')).text();
    expect(page).toMatch(/<a href="\/download\/selvforsoergelse\.csv\?breakdown=[^"&]*" download>Tabellen som maskinlæsbar CSV/);
  });

  it('downloads the housing areas and the segregation indices', async () => {
    const areas = csvRecords(await (await app.request('/download/boligomraader.csv')).text());
    expect(areas).toHaveLength(24);
    expect(areas.find((a) => a.area === '0106' && a.period === '2025')).toMatchObject({ total: '', target_share: '', suppressed: 'true', above_half: '' });
    const seg = csvRecords(await (await app.request('/download/segregering.csv')).text());
    expect(seg.map((s) => s.period)).toEqual(['2022', '2023', '2024', '2025']);
    expect(seg[0]).toMatchObject({ coverage: '0.96', pooled_areas: '1', reason: '' });
  });

  it('answers unknown downloads with 404', async () => {
    expect((await app.request('/download/findes-ikke.csv')).status).toBe(404);
    expect((await app.request('/download/hjemmepleje.pdf')).status).toBe(404);
    expect((await app.request('/download/hjemmepleje.csv?breakdown=x%3Dy')).status).toBe(404);
  });
});

describe('XLSX downloads', () => {
  it('parses back with typed cells, blanks for suppressed cells and the definitions sheet', async () => {
    const res = await app.request('/download/igu-forloeb.xlsx');
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('igu-forloeb');
    if (sheet === undefined) throw new Error('no sheet igu-forloeb');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual(['Kommunekode', 'Indikator', 'Periode', 'Gruppe', 'Opdeling', 'Tæller', 'Nævner', 'Værdi']);
    const valueCol = header.indexOf('Værdi') + 1;
    const suppressedCol = header.indexOf('Diskretioneret') + 1;
    expect(sheet.getRow(2).getCell(header.indexOf('Kommune') + 1).value).toBe('Demo Kommune');
    const all = (sheet.getRows(2, sheet.rowCount - 1) ?? []).map((r) => ({
      period: r.getCell(3).value,
      breakdown: r.getCell(5).value,
      value: r.getCell(valueCol).value,
      suppressed: r.getCell(suppressedCol).value,
    }));
    // The whole group's seven periods, and the second figure's seven under its own name (issue 14).
    expect(all).toHaveLength(14);
    const rows = all.filter((r) => r.breakdown !== 'Anden definition: Forløb i gang i året').map(({ breakdown: _b, ...r }) => r);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual({ period: '2019', value: null, suppressed: 'ja' });
    expect(typeof rows[1]?.value).toBe('number');
    const about = workbook.getWorksheet('Om tallene');
    expect(about?.getRow(1).getCell(1).value).toBe('IGU-forløb');
    const aboutRows = (about?.getSheetValues() ?? []).map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(aboutRows).toContainEqual([
      'Officiel definition',
      expect.stringMatching(/^Følger den officielle definition: Styrelsen for Arbejdsmarked .* https:\/\/www\.jobindsats\.dk$/),
    ]);
    expect(aboutRows).toContainEqual(['Varianter', expect.stringContaining('Tallene følger: Forløb påbegyndt i året')]);
    expect(aboutRows).toContainEqual(['Varianter', expect.stringContaining('Forløb i gang i året (vist som andet tal: IGU-forløb, der har været i gang')]);
  });

  it('states the series break of the grade average in the sheet about the figures (issue 14)', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await app.request('/download/karaktergennemsnit.xlsx?breakdown=')).arrayBuffer());
    const about = workbook.getWorksheet('Om tallene');
    const aboutRows = (about?.getSheetValues() ?? []).map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(aboutRows).toContainEqual(['Brud i serien', expect.stringMatching(/^† Brud i serien 2019\/2020–2021\/2022: prøverne blev aflyst/)]);
  });

  it('gives a share in percent and its gap in percentage points, under Danish headers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await app.request('/download/selvforsoergelse.xlsx?breakdown=')).arrayBuffer());
    const sheet = workbook.getWorksheet('selvforsoergelse');
    if (sheet === undefined) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const valueCol = header.indexOf('Værdi (%)') + 1;
    const gapCol = header.indexOf('Forskel til sammenligningsgruppen (procentpoint)') + 1;
    expect(valueCol).toBeGreaterThan(0);
    expect(gapCol).toBeGreaterThan(0);
    const api = (await (await app.request('/api/indicators/selvforsoergelse')).json()) as { results: ResultRow[] };
    const row = api.results.find((r) => r.group === 'target' && r.breakdown === '' && r.gap !== null);
    const line = (sheet.getRows(2, sheet.rowCount - 1) ?? []).find((r) => r.getCell(3).value === row?.period && r.getCell(4).value === 'Målgruppe');
    expect(line?.getCell(gapCol).value).toBe(Math.round((row?.gap ?? 0) * 1000) / 10);
  });
});

describe('chart downloads', () => {
  it('gives the chart as SVG and PNG, with the breakdown query', async () => {
    const svg = await app.request('/chart/hjemmepleje.svg?breakdown=ageband%3D85%2B');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const text = await svg.text();
    expect(text).toContain('Hjemmepleje: målgruppe og sammenligningsgruppe over tid (Aldersgruppe: 85 år og derover)');
    // the file says what it is and where it comes from: title, source, municipality, the data's date
    expect(text).toMatch(/<text[^>]*font-weight="bold"[^>]*>Hjemmepleje \(Aldersgruppe: 85 år og derover\)<\/text>/);
    expect(text).toMatch(/>Kilde: [^<]+<\/text>/);
    expect(text).toMatch(/>[^<]+ · data pr\. \d+\. \w+ \d{4}<\/text>/);
    expect(svg.headers.get('content-disposition')).toBe('attachment; filename="hjemmepleje-ageband-85-figur.svg"');
    expect(text).toContain('diskretioneret');
    const gap = await (await app.request('/chart/hjemmepleje.svg?kind=gap')).text();
    expect(gap).toContain('id="gap-hjemmepleje"');
    const png = await app.request('/chart/hjemmepleje.png');
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
    expect((await app.request('/chart/boligomraader.svg?period=2023')).status).toBe(200);
    expect((await app.request('/chart/segregering.png')).status).toBe(200);
    expect((await app.request('/chart/igu-forloeb.svg?kind=gap')).status).toBe(404);
  });
});

describe('every download carries the definition the figures follow (issue 14)', () => {
  const igu = loadCatalogue().get('igu-forloeb');
  const hash = definitionHashes(loadCatalogue()).indicators['igu-forloeb'] ?? '';
  const sheetRows = async (path: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await app.request(path)).arrayBuffer());
    const about = workbook.getWorksheet(path.includes('lang=en') ? 'About the figures' : 'Om tallene');
    return (about?.getSheetValues() ?? []).map((r) => (Array.isArray(r) ? r.slice(1) : []));
  };

  it("the machine CSV: the definitions' hash the JSON-stat export writes, the variant and what is counted, on every row", async () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const records = csvRecords(await (await app.request('/download/igu-forloeb.csv')).text());
    expect(records.length).toBeGreaterThan(0);
    // A second figure's rows (`variant=running`) follow their own variant; every other row the default.
    expect(records.some((r) => r.breakdown === 'variant=running')).toBe(true);
    for (const r of records) {
      const second = r.breakdown === 'variant=running';
      expect(r.definition_hash).toBe(hash);
      expect(r.variant).toBe(second ? 'running' : 'started');
      expect(r.definition_text).toBe(
        second
          ? igu?.variants.find((v) => v.id === 'running')?.definition.da
          : 'IGU-forløb, hvis startdato ligger i kalenderåret (aftaler indgået), som Jobindsats tæller dem.',
      );
    }
  });

  it('an indicator without variants: no variant, its population and numerator as the text', async () => {
    const records = csvRecords(await (await app.request('/download/valgdeltagelse.csv')).text());
    const indicator = loadCatalogue().get('valgdeltagelse');
    expect(records[0]?.variant).toBe('');
    expect(records[0]?.definition_text).toBe(`${indicator?.population.da} ${indicator?.numerator.da}`);
  });

  it('the Danish CSV: the same columns in words, the variant by its name', async () => {
    const records = csvRecords((await (await app.request('/download/igu-forloeb.csv?danish=1')).text()).replace(/^\uFEFF/, ''), ';');
    expect(records[0]?.['Definitionsversion (hash)']).toBe(hash);
    expect(records[0]?.Variant).toBe('Forløb påbegyndt i året');
    expect(records[0]?.Definition).toBe(igu?.variants.find((v) => v.default)?.definition.da);
  });

  it("the housing areas and the segregation indices: the diversity indicator's definition on every row and in their sheet", async () => {
    const diversity = definitionHashes(loadCatalogue()).indicators['boligomraader-diversitet'];
    for (const table of ['boligomraader', 'segregering']) {
      const records = csvRecords(await (await app.request(`/download/${table}.csv`)).text());
      expect(records.length, table).toBeGreaterThan(0);
      for (const r of records) expect([r.definition_hash, r.variant], table).toEqual([diversity, 'dissimilarity']);
      expect(await sheetRows(`/download/${table}.xlsx`)).toContainEqual([
        'Tallenes definition',
        expect.stringContaining(`Definitionsversion ${diversity?.slice(0, 12)}.`),
      ]);
    }
  });

  it('the charts: a caption line with the variant and the version', async () => {
    const svg = await (await app.request('/chart/igu-forloeb.svg')).text();
    expect(svg).toContain(`Definition: Forløb påbegyndt i året · version ${hash.slice(0, 12)}`);
    const areas = await (await app.request('/chart/boligomraader.svg?period=2023')).text();
    expect(areas).toContain('Definition: ');
  });

  it('the workbook: a sheet line with the variant, the definition and its version', async () => {
    expect(await sheetRows('/download/igu-forloeb.xlsx')).toContainEqual([
      'Tallenes definition',
      `Variant: Forløb påbegyndt i året. IGU-forløb, hvis startdato ligger i kalenderåret (aftaler indgået), som Jobindsats tæller dem. Definitionsversion ${hash.slice(0, 12)}.`,
    ]);
    const english = await sheetRows('/download/igu-forloeb.xlsx?lang=en');
    expect(english).toContainEqual([
      'The definition the figures follow',
      expect.stringMatching(new RegExp(`^Variant: Courses started in the year\\. IGU courses whose start date .* Definition version ${hash.slice(0, 12)}\\.$`)),
    ]);
  });
});
