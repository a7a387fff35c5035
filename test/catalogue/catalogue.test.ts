import { describe, expect, it } from 'vitest';
import { ageBands, catalogueSummary, loadCatalogue, thirdGenerationStatement } from '../../src/catalogue/index.ts';

const catalogue = loadCatalogue();

describe('the shipped catalogue', () => {
  it('holds the eleven indicators of the memo, in the memo order', () => {
    expect(catalogue.ids).toEqual([
      'selvforsoergelse',
      'socialpsykiatri',
      'hjemmepleje',
      'valgdeltagelse',
      'igu-forloeb',
      'sprogstimulering',
      'karaktergennemsnit',
      'boern-kontaktperson',
      'boern-anbringelse',
      'boligomraader-diversitet',
      'kriminalitet',
    ]);
  });

  // DATA.md §3, column by column; "parity (follow)" is `follow`.
  it.each([
    ['selvforsoergelse', 'share', 'comparison_group', 'increase', 'calendar_year', 'active'],
    ['socialpsykiatri', 'share', 'comparison_group', 'follow', 'calendar_year', 'active'],
    ['hjemmepleje', 'share', 'comparison_group', 'follow', 'calendar_year', 'active'],
    ['valgdeltagelse', 'share', 'context', 'increase', 'election', 'active'],
    ['igu-forloeb', 'count', 'none', 'increase', 'calendar_year', 'active'],
    ['sprogstimulering', 'count', 'none', 'decrease', 'oct_sep', 'active'],
    ['karaktergennemsnit', 'mean', 'comparison_group', 'parity', 'school_year', 'active'],
    ['boern-kontaktperson', 'rate', 'comparison_group', 'follow', 'calendar_year', 'active'],
    ['boern-anbringelse', 'rate', 'comparison_group', 'follow', 'calendar_year', 'active'],
    ['boligomraader-diversitet', 'index', 'none', 'decrease', 'calendar_year', 'active'],
    ['kriminalitet', 'rate', 'comparison_group', 'decrease', 'calendar_year', 'under_examination'],
  ])('%s: %s, %s, wanted %s, %s, %s', (id, measure, comparison, wanted, periodType, status) => {
    const indicator = catalogue.get(id);
    expect(indicator?.measure.kind).toBe(measure);
    expect(indicator?.comparison).toBe(comparison);
    expect(indicator?.wanted).toBe(wanted);
    expect(indicator?.period_type).toBe(periodType);
    expect(indicator?.status).toBe(status);
  });

  it.each([
    ['selvforsoergelse', ['Center for Arbejdsmarked']],
    ['socialpsykiatri', ['Center for Social og Sundhed']],
    ['valgdeltagelse', ['Politisk Sekretariat']],
    ['igu-forloeb', ['Center for HR og Organisationsudvikling', 'Center for Arbejdsmarked']],
    ['karaktergennemsnit', ['Center for Skoler, Institutioner og Kultur']],
    ['boern-anbringelse', ['Center for Børne- og Ungerådgivning']],
    ['boligomraader-diversitet', ['Center for By, Erhverv og Miljø']],
    ['kriminalitet', []],
  ])('%s is owned by %j', (id, owners) => {
    expect(catalogue.get(id)?.owners).toEqual(owners);
  });

  it('includes the third generation in sprogstimulering only, with a justification in both languages', () => {
    const included = catalogue.indicators.filter((i) => i.third_generation.included).map((i) => i.id);
    expect(included).toEqual(['sprogstimulering']);
    const justification = catalogue.get('sprogstimulering')?.third_generation.justification;
    expect(justification?.da).toContain('børn af efterkommere');
    expect(justification?.en).toContain('children of descendants');
  });

  it('states the third generation for the indicator that includes it, and not for the others', () => {
    const sprog = catalogue.get('sprogstimulering');
    const hjemmepleje = catalogue.get('hjemmepleje');
    if (sprog === undefined || hjemmepleje === undefined) throw new Error('missing indicator');
    expect(thirdGenerationStatement(sprog, 'da')).toMatch(/^Tredjegenerationsindvandrere .* indgår i målgruppen\. Begrundelse: Indikatoren/);
    expect(thirdGenerationStatement(hjemmepleje, 'da')).toBeUndefined();
  });

  it('declares the breakdowns of the memo', () => {
    const codes = (id: string, key: string) =>
      catalogue
        .get(id)
        ?.breakdowns.find((b) => b.key === key)
        ?.values.map((v) => v.code);
    expect(codes('kriminalitet', 'age')).toEqual(['under18', 'adult']);
    expect(codes('boern-kontaktperson', 'measure')).toEqual(['child_only', 'family_only', 'both']);
    expect(catalogue.get('boligomraader-diversitet')?.breakdowns).toMatchObject([{ key: 'area', open: true, values: [] }]);
  });

  it('age-standardises exactly the indicators whose groups differ in age, against the comparison group', () => {
    const standardised = catalogue.indicators.filter((i) => i.age_standardised);
    expect(standardised.map((i) => i.id)).toEqual(['socialpsykiatri', 'hjemmepleje', 'boern-kontaktperson', 'boern-anbringelse', 'kriminalitet']);
    expect(standardised.every((i) => i.standard_population === 'comparison')).toBe(true);
  });

  it('reads the home-care age bands', () => {
    const hjemmepleje = catalogue.get('hjemmepleje');
    if (hjemmepleje === undefined) throw new Error('missing');
    expect(ageBands(hjemmepleje)).toEqual([
      { code: '0-64', from: 0, to: 64 },
      { code: '65-74', from: 65, to: 74 },
      { code: '75-84', from: 75, to: 84 },
      { code: '85+', from: 85, to: null },
    ]);
  });

  it('describes the grade scale and the diversity indices', () => {
    expect(catalogue.get('karaktergennemsnit')?.measure).toEqual({ kind: 'mean', scale: '7-trinsskalaen', min: -3, max: 12 });
    expect(catalogue.get('boligomraader-diversitet')?.measure).toMatchObject({
      kind: 'index',
      indices: ['target_share', 'simpson', 'shannon', 'dissimilarity', 'isolation', 'exposure', 'theil'],
      headline: 'dissimilarity',
    });
    expect(catalogue.get('boern-anbringelse')?.measure).toEqual({ kind: 'rate', per: 1000 });
  });

  it('lists the person-level columns with their Danish aliases', () => {
    const columns = (id: string) => catalogue.get(id)?.person_level.map((c) => [c.name, c.alias]);
    expect(columns('valgdeltagelse')).toEqual([
      ['person_id', 'cpr'],
      ['voted', 'stemt'],
    ]);
    expect(columns('sprogstimulering')).toEqual([
      ['person_id', 'cpr'],
      ['assessment_date', 'vurderingsdato'],
      ['needs_stimulation', 'behov_for_sprogstimulering'],
      ['in_day_care', 'i_dagtilbud'],
      ['language', 'modersmaal'],
    ]);
    expect(columns('boligomraader-diversitet')).toEqual([]);
    const measure = catalogue.get('boern-kontaktperson')?.person_level.find((c) => c.name === 'measure');
    expect(measure?.values).toEqual([
      { code: 'child', aliases: ['barn'] },
      { code: 'family', aliases: ['familie'] },
    ]);
  });

  it('is frozen all the way down', () => {
    const indicator = catalogue.get('hjemmepleje');
    expect(Object.isFrozen(catalogue.indicators)).toBe(true);
    expect(Object.isFrozen(indicator?.breakdowns[0]?.values[0]?.label)).toBe(true);
    expect(() => {
      (catalogue.ids as string[]).push('x');
    }).toThrow(TypeError);
  });

  it('answers get and has for unknown ids', () => {
    expect(catalogue.get('ukendt')).toBeUndefined();
    expect(catalogue.has('hjemmepleje')).toBe(true);
    expect(catalogue.has('ukendt')).toBe(false);
  });

  it('reads the shipped files once and shares the result', () => {
    expect(loadCatalogue()).toBe(catalogue);
  });
});

describe('catalogueSummary', () => {
  it('gives one row per indicator in Danish', () => {
    const rows = catalogueSummary(catalogue, 'da');
    expect(rows).toHaveLength(11);
    expect(rows[6]).toEqual({
      id: 'karaktergennemsnit',
      title: 'Karaktergennemsnit ved folkeskolens afgangsprøve',
      owners: ['Center for Skoler, Institutioner og Kultur'],
      measure: 'gennemsnit (7-trinsskalaen)',
      wanted: 'på niveau med sammenligningsgruppen',
      status: 'aktiv',
    });
    expect(rows[10]).toMatchObject({ id: 'kriminalitet', owners: [], status: 'undersøges', wanted: 'fald ønskes' });
  });

  it('gives the same rows in English', () => {
    const row = catalogueSummary(catalogue, 'en').find((r) => r.id === 'boern-kontaktperson');
    expect(row).toMatchObject({ measure: 'rate per 1,000', wanted: 'followed', status: 'active' });
    expect(row?.title).toBe('Permanent contact person for children and young people');
  });
});
