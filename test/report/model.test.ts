/**
 * The report model: the summary table, the data freeze, the sections' tables and notes, the
 * definitions chapter, the period and department options, and the report's own suppression
 * check on rows that arrive leaky.
 */
import { describe, expect, it } from 'vitest';
import { buildReportModel, publishableRows, ReportError, type ReportModel, type ReportTable, scrubNote } from '../../src/report/index.ts';
import type { ResultRow } from '../../src/cells/index.ts';
import { createCatalogue, definitionHashes, loadCatalogue } from '../../src/catalogue/index.ts';
import { testModelInput } from './fixtures.ts';

const model = buildReportModel(testModelInput());

function texts(table: ReportTable): string[][] {
  return table.rows.map((row) => row.map((c) => c.text));
}

function section(m: ReportModel, id: string) {
  const s = m.sections.find((x) => x.id === id);
  if (s === undefined) throw new Error(`no section ${id}`);
  return s;
}

describe('buildReportModel', () => {
  it('IGU: the second figure (running courses) in the breakdown table under its own name, its definition in the notes', () => {
    const igu = section(model, 'igu-forloeb');
    const table = igu.tables.find((t) => t.rows.some((r) => r[0]?.text.startsWith('Anden definition')));
    expect(table === undefined ? [] : texts(table)).toEqual([['Anden definition: Forløb i gang i året', '75']]);
    expect(igu.notes).toContain(
      'Andet tal, ikke standarddefinitionen — Forløb i gang i året: IGU-forløb, der har været i gang på et tidspunkt i kalenderåret, talt én gang pr. år (produktets opgørelse før issue 14).',
    );
    // The headline stays the default: courses started.
    expect(texts(model.summary.table).find((r) => r[0] === 'IGU-forløb')?.[3]).toBe('61');
  });

  it('front page: municipality, period, date and data freeze in Danish', () => {
    expect(model.cover.municipality).toBe('Demo Kommune');
    expect(model.cover.date).toBe('1. oktober 2025');
    expect(model.cover.period).toBe('Seneste periode for hver indikator');
    expect(model.cover.dataFreeze).toBe('Leverancer indlæst til og med 30. september 2025');
  });

  it('with a municipality code: the cover names it, and only that municipality is reported', () => {
    const input = testModelInput();
    const other = input.results.rows.map((r) => ({ ...r, municipality: '000', value: r.value === null ? null : r.value + 1 }));
    const m = buildReportModel({ ...input, results: { ...input.results, rows: [...input.results.rows, ...other] }, municipalityCode: '999' });
    expect(m.cover.facts[0]).toEqual({ label: 'Kommune', value: 'Demo Kommune (999)' });
    expect(texts(m.summary.table)).toEqual(texts(model.summary.table));
    const country = buildReportModel({ ...input, results: { ...input.results, rows: [...input.results.rows, ...other] }, municipalityCode: '000' });
    expect(texts(country.summary.table)).not.toEqual(texts(model.summary.table));
  });

  it('summary: every indicator of the memo in its order, with owner, values, gap, change and status', () => {
    const rows = texts(model.summary.table);
    expect(rows.map((r) => r[0])).toEqual([
      'Selvforsørgelse',
      'Kendt i Socialpsykiatrien',
      'Hjemmepleje',
      'Stemmeprocent ved kommunalvalg',
      'IGU-forløb',
      'Sprogstimulering af tosprogede børn uden for dagtilbud',
      'Karaktergennemsnit ved folkeskolens afgangsprøve',
      'Fast kontaktperson for børn og unge',
      'Anbringelse uden for hjemmet',
      'Diversitet i boligområderne',
      'Kriminalitetsudvikling',
    ]);
    expect(rows[0]).toEqual([
      'Selvforsørgelse',
      'Center for Arbejdsmarked',
      '2025',
      '35,0 %',
      '44,8 %',
      '-9,8 procentpoint',
      '+3,8 procentpoint',
      '▲ Forbedret',
      'Statistisk sikker forbedring siden 2023',
    ]);
    expect(model.summary.table.rows[0]?.[6]?.detail).toBe('statistisk sikker');
    expect(model.summary.table.rows[0]?.[7]?.detail).toBe('stigning ønskes');
    expect(rows[1]?.slice(2, 7)).toEqual(['2025', 'diskretioneret', '3,0 %', '–', '–']);
    expect(model.summary.table.rows[2]?.[4]?.detail).toBe('danske statsborgere');
    expect(rows[4]?.slice(2, 6)).toEqual(['2025', '61', '–', '–']);
    expect(rows[8]?.slice(2)).toEqual(['–', 'Ingen data endnu', 'Ingen data endnu', '–', '–', '○ Ingen data endnu', '–']);
    expect(rows[10]?.slice(1)).toEqual(['Ikke fastlagt', '–', 'Undersøges', 'Undersøges', '–', '–', '◆ Undersøges', '–']);
    // One rule for `follow`: never judged, so "Følges" — also where the gap changed significantly.
    expect(rows.filter((r) => r[7] === '◇ Følges').map((r) => r[0])).toEqual([
      'Kendt i Socialpsykiatrien',
      'Hjemmepleje',
      'Fast kontaktperson for børn og unge',
    ]);
    // Turnout's comparison is context only: no gap is published.
    expect(rows[3]?.slice(3, 6)).toEqual(['52,5 %', '75,5 %', '–']);
  });

  it('kriminalitet reads "undersøges" in the summary even when figures arrive', () => {
    const input = testModelInput();
    const crime = input.results.rows.filter((r) => r.indicator === 'selvforsoergelse').map((r) => ({ ...r, indicator: 'kriminalitet' }));
    const m = buildReportModel({ ...input, results: { ...input.results, rows: [...input.results.rows, ...crime] } });
    const row = texts(m.summary.table)[10];
    expect(row?.[0]).toBe('Kriminalitetsudvikling');
    expect(row?.[3]).toBe('0,4 pr. 1.000');
    expect(row?.slice(7)).toEqual(['◆ Undersøges', '–']);
  });

  it('opens with the written verdict, from the statuses in the summary table', () => {
    expect(model.summary.verdict.heading).toBe('Samlet vurdering');
    expect(model.summary.verdict.paragraphs).toEqual([
      'Det går godt for Selvforsørgelse (statistisk sikker forbedring siden 2023), Stemmeprocent ved kommunalvalg (statistisk sikker forbedring siden kommunalvalget 2017), IGU-forløb (statistisk sikker forbedring siden 2023) og Karaktergennemsnit ved folkeskolens afgangsprøve (statistisk sikker forbedring siden skoleåret 2022/23). ' +
        'Uden statistisk sikker ændring på længere sigt er Sprogstimulering af tosprogede børn uden for dagtilbud. ' +
        'Kendt i Socialpsykiatrien, Hjemmepleje og Fast kontaktperson for børn og unge følges uden en ønsket retning og vurderes derfor ikke. ' +
        'For Diversitet i boligområderne kan udviklingen på længere sigt ikke vurderes med de offentliggjorte tal. ' +
        'For Anbringelse uden for hjemmet er der endnu ikke leveret tal. ' +
        'For Kriminalitetsudvikling undersøges det endnu, om der kan udtrækkes data.',
    ]);
  });

  it('a target: progress in the summary, the section and the definitions, and the verdict says so', () => {
    const target = {
      indicator: 'selvforsoergelse',
      measure: 'level',
      group: 'target',
      value: 0.5,
      year: 2030,
      baseline: null,
      decision: 'Byrådet 1. marts 2025',
      version: 2,
      createdAt: '2025-03-02T10:00:00Z',
      createdBy: 'koordinator',
    } as const;
    const m = buildReportModel({ ...testModelInput(), targets: [target] });
    const row = m.summary.table.rows[0];
    expect(row?.[8]?.detail).toBe('Byrådets mål: 50,0 % i 2030');
    expect(['Målet er nået', 'På rette vej mod målet', 'Kræver hurtigere udvikling', 'Bevæger sig væk fra målet', 'Fremdriften kan ikke vurderes']).toContain(
      row?.[8]?.text,
    );
    expect(section(m, 'selvforsoergelse').narrative).toContain('Byrådets mål er 50,0 % for målgruppen i 2030 (Byrådet 1. marts 2025).');
    expect(section(m, 'selvforsoergelse').facts.at(-1)).toEqual({ label: 'Byrådets mål', value: '50,0 % i 2030' });
    expect(section(m, 'selvforsoergelse').charts[0]?.svg).toContain('Mål 2030: 50,0 %');
    const targets = m.definitions.blocks.find((b) => b.heading === 'Byrådets mål');
    expect(targets?.bullets).toEqual([
      'Selvforsørgelse: Byrådets mål er 50,0 % for målgruppen i 2030 (Byrådet 1. marts 2025). (basisperiode første periode; version 2, 2. marts 2025)',
    ]);
    expect(m.summary.verdict.paragraphs[0]).not.toContain('Selvforsørgelse (statistisk sikker forbedring');
  });

  it('data freeze: the delivery version of every indicator and period, and when it was loaded', () => {
    const rows = texts(model.summary.freeze);
    expect(rows[0]).toEqual(['Selvforsørgelse', '2023–2025', '2025: version 2, 2024: version 1, 2023: version 1', '15. september 2025']);
    expect(rows[3]?.[1]).toBe('KV2017–KV2025');
    expect(rows[8]).toEqual(['Anbringelse uden for hjemmet', '–', 'Ingen leverancer', '–']);
  });

  it('one section per indicator with charts drawn by the shared renderer', () => {
    expect(model.sections.map((s) => s.id)).toEqual(model.summary.table.rows.map((r) => r[0]?.anchor));
    const selv = section(model, 'selvforsoergelse');
    expect(selv.charts.map((c) => c.id)).toEqual(['chart-selvforsoergelse', 'gap-selvforsoergelse']);
    expect(selv.charts[0]?.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" id="chart-selvforsoergelse"/);
    expect(selv.charts[0]?.alt).toBe(
      'Figuren viser: Målgruppen: 2023 29,0 %, 2024 31,2 %, 2025 35,0 %; Dansk oprindelse: 2023 42,0 %, 2024 43,3 %, 2025 44,8 %; ' +
        'Hele landet, målgruppen: 2025 40,0 %; Sammenligningskommuner, median og spænd, målgruppen: 2025 34,0 % (30,0 %–38,0 %).',
    );
    expect(section(model, 'boern-anbringelse').charts).toEqual([]);
    expect(section(model, 'boligomraader-diversitet').charts.map((c) => c.id)).toEqual(['chart-boligomraader-diversitet', 'areas-boligomraader-diversitet']);
  });

  it('the figures table: value, interval, persons and gap per period and group', () => {
    const table = section(model, 'selvforsoergelse').tables[0] as ReportTable;
    expect(table.headers).toEqual(['Periode', 'Gruppe', 'Værdi', '95 %-konfidensinterval', 'Personer', 'Forskel til sammenligningsgruppen']);
    expect(texts(table)[4]).toEqual(['2025', 'Målgruppen', '35,0 %', '34,1–35,9 %', '10.000', '-9,8 procentpoint']);
    expect(texts(table)[5]).toEqual(['2025', 'Dansk oprindelse', '44,8 %', '43,8–45,8 %', '10.000', '']);
  });

  it('a suppressed cell reads "diskretioneret" and shows no number in its row', () => {
    const table = section(model, 'socialpsykiatri').tables[0] as ReportTable;
    const row = texts(table).find((r) => r[0] === '2025' && r[1] === 'Målgruppen');
    expect(row).toEqual(['2025', 'Målgruppen', 'diskretioneret', '', '', '–']);
    expect(section(model, 'socialpsykiatri').notes).toContain(
      'Tal markeret »diskretioneret« bygger på så få personer – eller kan regnes ud fra sådanne tal – at de ikke vises.',
    );
  });

  it('breakdowns of the latest period, with the catalogue labels', () => {
    const table = section(model, 'boern-kontaktperson').tables[1] as ReportTable;
    expect(texts(table).map((r) => r[0])).toEqual([
      'Foranstaltning: Kun kontaktperson for barnet eller den unge',
      'Foranstaltning: Kun kontaktperson for hele familien',
      'Foranstaltning: Begge former',
    ]);
    expect(texts(table)[0]?.slice(1, 3)).toEqual(['7,5 pr. 1.000', '4,5 pr. 1.000']);
  });

  it('the diversity indicator: indices over time and the housing areas with names, suppressed last', () => {
    const [indices, areas] = section(model, 'boligomraader-diversitet').tables as ReportTable[];
    expect(indices?.headers).toEqual([
      'Periode',
      // The headline first (issue 14), Simpson's index beside it.
      'Dissimilaritetsindeks',
      'Simpsons diversitetsindeks',
      'Isolationsindeks',
      'Eksponeringsindeks',
      'Theils H',
      'Dækning',
    ]);
    expect(texts(areas as ReportTable).map((r) => r[0])).toEqual(['Søndermarken', 'Østerby', 'Bakkehuse', 'Nørrevang']);
    expect(texts(areas as ReportTable)[0]).toEqual(['Søndermarken', '1.850', '8,1 %', '0,32']);
    expect(texts(areas as ReportTable)[2]?.slice(1)).toEqual(['diskretioneret', 'diskretioneret', 'diskretioneret']);
    // Coverage of the indices: every resident in 2024; in 2025 the suppressed areas are pooled.
    const coverage = texts(indices as ReportTable).map((r) => r.at(-1));
    expect(coverage[0]).toBe('100,0 % af beboerne i offentliggjorte områder');
    expect(coverage[1]).toMatch(/^\d+,\d % af beboerne i offentliggjorte områder; \d (område|områder) samlet$/);
    expect(section(model, 'boligomraader-diversitet').notes[0]).toMatch(/^Indeksene er beregnet over alle beboere i boligområderne\./);
  });

  it('a series break: its periods marked † in the table, explained once in the notes, drawn in the chart (issue 14)', () => {
    const input = testModelInput();
    const grades = input.catalogue.get('karaktergennemsnit');
    if (grades === undefined) throw new Error('no karaktergennemsnit');
    // The fixture delivers 2022/23–2024/25; a break over the first two of them.
    const broken = { ...grades, series_breaks: [{ from: '2022/2023', to: '2023/2024', label: { da: 'prøverne var anderledes.', en: 'the exams differed.' } }] };
    const catalogue = createCatalogue(input.catalogue.indicators.map((i) => (i.id === grades.id ? broken : i)));
    const s = section(buildReportModel({ ...input, catalogue }), 'karaktergennemsnit');
    const periods = (s.tables[0]?.rows ?? []).map((r) => r[0]?.text);
    expect([...new Set(periods)]).toEqual(['2022/23 †', '2023/24 †', '2024/25']);
    expect(s.notes.filter((n) => n.startsWith('†'))).toEqual(['† Brud i serien 2022/2023–2023/2024: prøverne var anderledes.']);
    expect(s.charts[0]?.svg).toContain('<g class="series-break">');
    expect(s.charts[0]?.alt).toContain('† Brud i serien 2022/2023–2023/2024');
    // Without the break, nothing is marked.
    expect(section(model, 'karaktergennemsnit').notes.some((n) => n.startsWith('†'))).toBe(false);
  });

  it('notes: definition used, third generation and why, source and delivery version', () => {
    expect(section(model, 'hjemmepleje').notes[0]).toBe('Målgruppen er afgrænset efter statsborgerskab (reserveløsning, fordi herkomst ikke kunne opgøres).');
    const sprog = section(model, 'sprogstimulering').notes;
    expect(sprog[1]).toMatch(/^Tredjegenerationsindvandrere \(børn af efterkommere\) indgår i målgruppen\. Begrundelse: Indikatoren handler om/);
    expect(section(model, 'selvforsoergelse').notes.at(-1)).toBe(
      'Kilde: Fagsystem for beskæftigelse (udtræk fra Center for Arbejdsmarked). Seneste leverance (2025): version 2, indlæst 15. september 2025.',
    );
  });

  it('definitions: groups, per-indicator definition, third generation, suppression, uncertainty, sources, data quality', () => {
    const blocks = model.definitions.blocks;
    expect(blocks.map((b) => b.heading)).toEqual([
      'Målgruppe og sammenligningsgruppe',
      'Afgrænsning for hver indikator',
      'Tredje generation',
      'Diskretionering',
      'Statistisk usikkerhed',
      'Byrådets mål',
      'Kilder',
      'Datakvalitet',
    ]);
    expect(blocks[2]?.bullets).toHaveLength(1);
    // Issue 14: each indicator's official definition (with its address) and the variant its figures follow.
    const selvforsoergelse = blocks[1]?.bullets.find((b) => b.startsWith('Selvforsørgelse:'));
    expect(selvforsoergelse).toMatch(
      /Afviger fra den officielle definition \(Styrelsen for Arbejdsmarked og Rekruttering .*\(https:\/\/www\.jobindsats\.dk\) Tallene følger: Afgang med selvforsørgelse som årsag — /,
    );
    expect(blocks[1]?.bullets.find((b) => b.startsWith('Stemmeprocent'))).toContain(
      'Følger den officielle definition: Danmarks Statistik og Københavns Universitet',
    );
    // … and what is counted with the definitions' version, the hash an exported file carries.
    const hash = definitionHashes(loadCatalogue()).indicators.selvforsoergelse ?? '';
    expect(
      selvforsoergelse?.endsWith(
        `Ydelsesforløb, der sluttede i året med afgangsårsagen job, IGU, uddannelse eller anden selvforsørgelse. Definitionsversion ${hash.slice(0, 12)}.`,
      ),
    ).toBe(true);
    expect(blocks[3]?.paragraphs[0]).toMatch(/^Af hensyn til persondata vises intet tal, der bygger på 1 til 4 personer/);
    // The words follow the threshold in force (INDIKATOR_SUPPRESSION_THRESHOLD), not the default.
    const ten = buildReportModel(testModelInput(10)).definitions.blocks;
    expect(ten[3]?.paragraphs[0]).toMatch(/^Af hensyn til persondata vises intet tal, der bygger på 1 til 9 personer/);
    expect(blocks[3]?.bullets).toContain('Kendt i Socialpsykiatrien: 2 tal er diskretioneret.');
    expect(blocks[5]?.paragraphs).toEqual(['Byrådet har ikke sat mål for indikatorerne i rapporten.']);
    expect(blocks[7]?.bullets).toEqual([
      'Hjemmepleje: målgruppen er afgrænset efter statsborgerskab, så tallene kan ikke sammenlignes direkte med indikatorer afgrænset efter herkomst.',
      'Kriminalitetsudvikling: indikatoren undersøges endnu, og der er ingen tal.',
    ]);
  });

  it('a missing period is a data-quality note and the caller’s notes lose their small numbers', () => {
    const input = testModelInput();
    const rows = input.results.rows.filter((r) => !(r.indicator === 'selvforsoergelse' && r.period === '2024'));
    const m = buildReportModel({ ...input, results: { ...input.results, rows }, qualityNotes: ['3 personer havde statsløs som oprindelsesland.'] });
    expect(m.definitions.blocks[7]?.bullets).toContain('Selvforsørgelse: der er ingen leverance for 2024.');
    expect(m.definitions.blocks[7]?.bullets).toContain('<5 personer havde statsløs som oprindelsesland.');
  });

  it('--period: each indicator as of the end of that period', () => {
    const m = buildReportModel({ ...testModelInput(), period: '2024' });
    const rows = texts(m.summary.table);
    expect(rows[0]?.slice(2, 4)).toEqual(['2024', '31,2 %']);
    expect(rows[3]?.[2]).toBe('KV2021');
    expect(rows[5]?.[2]).toBe('2023/24');
    expect(rows[6]?.[2]).toBe('2023/24');
    expect(m.cover.period).toBe('Til og med 2024');
    expect(section(m, 'selvforsoergelse').narrative).toMatch(/^Andelen af målgruppen, der blev selvforsørgende, steg fra 29,0 % i 2023 til 31,2 % i 2024\./);
  });

  it('--departments: only the indicators that department owns (also as co-owner)', () => {
    const m = buildReportModel({ ...testModelInput(), departments: ['arbejdsmarked'] });
    expect(m.sections.map((s) => s.id)).toEqual(['selvforsoergelse', 'igu-forloeb']);
    expect(m.summary.table.rows).toHaveLength(2);
    expect(m.cover.facts.at(-1)).toEqual({ label: 'Afgrænset til', value: 'arbejdsmarked' });
  });

  it('refuses a period that is not one and a department that owns nothing', () => {
    expect(() => buildReportModel({ ...testModelInput(), period: '2025-13' })).toThrow(ReportError);
    expect(() => buildReportModel({ ...testModelInput(), departments: ['Center for Fritid'] })).toThrow(/ingen indikator har en ansvarlig/);
  });

  it('English', () => {
    const m = buildReportModel({ ...testModelInput(), lang: 'en' });
    expect(m.cover.date).toBe('1 October 2025');
    expect(texts(m.summary.table)[0]).toEqual([
      'Self-support',
      'Center for Arbejdsmarked',
      '2025',
      '35.0%',
      '44.8%',
      '-9.8 percentage points',
      '+3.8 percentage points',
      '▲ Improved',
      'Significant improvement since 2023',
    ]);
    expect(m.summary.verdict.paragraphs[0]).toMatch(/^Going well: Self-support \(significant improvement since 2023\), /);
  });

  it('is pure: the same input gives the same model', () => {
    expect(buildReportModel(testModelInput())).toEqual(buildReportModel(testModelInput()));
  });
});

describe('the report’s own suppression check', () => {
  const base = testModelInput().results.rows.find((r) => r.indicator === 'selvforsoergelse' && r.period === '2025' && r.group === 'target') as ResultRow;

  it('suppresses a row that arrives with a small count, and the gap and change that lean on it', () => {
    const leaky: ResultRow = { ...base, period: '2024', numerator: 3, denominator: 4000, value: 3 / 4000, n: 4000, suppressed: false };
    const later: ResultRow = {
      ...base,
      change: { ...base.change, sincePrevious: { fromPeriod: '2024', from: 0.00075, to: 0.35, difference: 0.349, significant: true, pValue: 0 } },
    };
    const [hidden, after] = publishableRows([leaky, later], 5, new Set());
    expect(hidden).toMatchObject({ suppressed: true, numerator: null, denominator: null, value: null, n: null, gap: null });
    expect(after?.change.sincePrevious).toBeNull();
  });

  it('denominator minus numerator counts too, and a count indicator’s value', () => {
    const rest: ResultRow = { ...base, numerator: 3998, denominator: 4000, suppressed: false };
    const count: ResultRow = { ...base, indicator: 'igu-forloeb', numerator: null, denominator: null, value: 2, n: null, suppressed: false };
    const [a, b] = publishableRows([rest, count], 5, new Set(['igu-forloeb']));
    expect(a?.suppressed).toBe(true);
    expect(b?.suppressed).toBe(true);
    expect(publishableRows([{ ...count, value: 0 }], 5, new Set(['igu-forloeb']))[0]?.suppressed).toBe(false);
  });

  it('drops the gap of a target row whose comparison row is suppressed', () => {
    const comparison: ResultRow = { ...base, group: 'comparison', suppressed: true, value: null };
    const [target] = publishableRows([base, comparison], 5, new Set());
    expect(target?.gap).toBeNull();
    expect(target?.value).toBe(base.value);
  });

  it('scrubNote replaces whole numbers from 1 to threshold − 1 only', () => {
    expect(scrubNote('3 beboer(e) uden boligområde; 12 med adresse i 2025, andel 0,4', 5)).toBe(
      '<5 beboer(e) uden boligområde; 12 med adresse i 2025, andel 0,4',
    );
    expect(scrubNote('0 rækker', 5)).toBe('0 rækker');
  });
});

describe('a section table over a long series', () => {
  it('shows the latest five periods and says where the rest is', () => {
    const input = testModelInput();
    const selv = input.results.rows.filter((r) => r.indicator === 'selvforsoergelse' && r.period === '2023');
    const earlier = ['2018', '2019', '2020', '2021', '2022'].flatMap((period) => selv.map((r) => ({ ...r, period })));
    const m = buildReportModel({ ...input, results: { ...input.results, rows: [...input.results.rows, ...earlier] } });
    const table = section(m, 'selvforsoergelse').tables[0];
    if (table === undefined) throw new Error('no table');
    expect([...new Set(texts(table).map((r) => r[0]))]).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(table.caption).toBe('Selvforsørgelse: tal for hele grupperne, de seneste 5 perioder (hele tidsserien i figuren og i dashboardets downloads)');
  });
});

describe('the comparison with the whole country and the peers', () => {
  const model = buildReportModel(testModelInput(5));
  const texts = (row: readonly { text: string }[] | undefined) => row?.map((c) => c.text);

  it("the indicator's section: own, country, gap, the peers' median and range, the rank only when all have a figure", () => {
    const section = model.sections.find((s) => s.id === 'selvforsoergelse');
    const table = section?.tables.find((t) => t.caption.startsWith('Sammenligning med hele landet'));
    expect(table?.caption).toBe('Sammenligning med hele landet og sammenligningskommunerne (Kommunegruppe 3 Provinsbykommuner), 2025 — syntetiske tal');
    // Target: 35,0 % against 40,0 % (−5,0 points); peers 30,0 % and 38,0 % (Aarhus suppressed): median 34,0 %, no rank.
    expect(texts(table?.rows[0])).toEqual(['Målgruppen', '35,0 %', '40,0 %', '-5,0 procentpoint', '34,0 %', '30,0 %–38,0 %', '–']);
    // Comparison group: 44,8 % against 45,0 %; peers 50,0, 44,0, 46,0: median 46,0 %; 50 and 46 above: rank 3 of 4.
    expect(texts(table?.rows[1])).toEqual(['Dansk oprindelse', '44,8 %', '45,0 %', '-0,2 procentpoint', '46,0 %', '44,0 %–50,0 %', '3 af 4']);
    expect(table?.rows).toHaveLength(2);
    expect(section?.notes.some((n) => n.startsWith('Syntetiske tal'))).toBe(true);
    // The chart: the country's line and the peers' median with their range beside the target group.
    const chart = section?.charts.find((c) => c.id === 'chart-selvforsoergelse');
    expect(chart?.alt).toContain('Hele landet, målgruppen: 2025 40,0 %');
    expect(chart?.alt).toContain('Sammenligningskommuner, median og spænd, målgruppen: 2025 34,0 % (30,0 %–38,0 %)');
    expect(chart?.svg).toContain('Hele landet, målgruppen');
    // No other indicator has a comparison.
    expect(model.sections.filter((s) => s.tables.some((t) => t.caption.startsWith('Sammenligning med hele landet')))).toHaveLength(1);
  });

  it('one summary table: own, country, peer median, gap and rank for the headline group', () => {
    expect(model.summary.comparison?.headers).toEqual([
      'Indikator',
      'Periode',
      'Kommunen',
      'Hele landet',
      'Sammenligningskommuner, median',
      'Forskel til hele landet',
      'Placering',
    ]);
    expect(model.summary.comparison?.rows.map((r) => texts(r))).toEqual([['Selvforsørgelse', '2025', '35,0 %', '40,0 %', '34,0 %', '-5,0 procentpoint', '–']]);
  });

  it('a report as of an earlier period shows no comparison from a later one', () => {
    const earlier = buildReportModel({ ...testModelInput(5), period: '2024' });
    expect(earlier.summary.comparison).toBeUndefined();
    expect(earlier.sections.some((s) => s.tables.some((t) => t.caption.startsWith('Sammenligning med hele landet')))).toBe(false);
  });
});
