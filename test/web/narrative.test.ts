import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { describeChange } from '../../src/web/index.ts';
import { row } from './helpers.ts';

const catalogue = loadCatalogue();
const selvforsoergelse = catalogue.get('selvforsoergelse')!;
const karakter = catalogue.get('karaktergennemsnit')!;
const igu = catalogue.get('igu-forloeb')!;
const valg = catalogue.get('valgdeltagelse')!;

const significant = { fromPeriod: '2024', from: 0.352, to: 0.381, difference: 0.029, significant: true, pValue: 0.01 };

const twoYears = [
  row({ period: '2024', value: 0.352, gap: -0.2 }),
  row({ period: '2024', group: 'comparison', value: 0.552 }),
  row({ period: '2025', value: 0.381, gap: -0.179, change: { sincePrevious: significant, sinceFirst: significant } }),
  row({ period: '2025', group: 'comparison', value: 0.56 }),
];

describe('describeChange', () => {
  it('describes a rise, a narrowing gap and a significant change (the example)', () => {
    expect(describeChange({ lang: 'da', indicator: selvforsoergelse, rows: twoYears })).toBe(
      'Andelen steg fra 35,2 % i 2024 til 38,1 % i 2025; forskellen til personer med dansk oprindelse er indsnævret med 2,1 procentpoint; ændringen er statistisk sikker.',
    );
  });

  it('speaks English', () => {
    expect(describeChange({ lang: 'en', indicator: selvforsoergelse, rows: twoYears })).toBe(
      'The share rose from 35.2% in 2024 to 38.1% in 2025; the gap to persons of Danish origin has narrowed by 2.1 percentage points; the change is statistically significant.',
    );
  });

  it('describes a fall with a widening gap that is not significant', () => {
    const rows = [
      row({ period: '2024', value: 0.381, gap: -0.1 }),
      row({
        period: '2025',
        value: 0.36,
        gap: -0.125,
        change: { sincePrevious: { ...significant, significant: false, difference: -0.021 }, sinceFirst: null },
      }),
    ];
    expect(describeChange({ lang: 'da', indicator: selvforsoergelse, rows })).toBe(
      'Andelen faldt fra 38,1 % i 2024 til 36,0 % i 2025; forskellen til personer med dansk oprindelse er øget med 2,5 procentpoint; ændringen er ikke statistisk sikker.',
    );
  });

  it('calls equal shown values unchanged, and an unchanged gap unchanged', () => {
    const rows = [row({ period: '2024', value: 0.3521, gap: -0.1 }), row({ period: '2025', value: 0.3524, gap: -0.1004 })];
    expect(describeChange({ lang: 'da', indicator: selvforsoergelse, rows })).toBe(
      'Andelen var uændret på 35,2 % i 2024 og i 2025; forskellen til personer med dansk oprindelse er uændret.',
    );
  });

  it('never describes a suppressed latest figure as a number', () => {
    const rows = [row({ period: '2024', value: 0.352 }), row({ period: '2025', value: null, suppressed: true })];
    expect(describeChange({ lang: 'da', indicator: selvforsoergelse, rows })).toBe(
      'Tallet i 2025 er diskretioneret, fordi det bygger på færre end 5 personer.',
    );
  });

  it('says the change cannot be computed when the previous figure is suppressed', () => {
    const rows = [row({ period: '2024', value: null, suppressed: true }), row({ period: '2025', value: 0.381 })];
    expect(describeChange({ lang: 'en', indicator: selvforsoergelse, rows })).toBe(
      'The share was 38.1% in 2025; the figure in 2024 is suppressed, so the change cannot be computed.',
    );
  });

  it('handles no data and a single period', () => {
    expect(describeChange({ lang: 'da', indicator: selvforsoergelse, rows: [] })).toBe('Der er endnu ingen tal for denne indikator.');
    expect(describeChange({ lang: 'da', indicator: selvforsoergelse, rows: [row({ value: null })] })).toBe(
      'Der er endnu ingen tal for denne indikator.',
    );
    expect(describeChange({ lang: 'da', indicator: selvforsoergelse, rows: [row()] })).toBe(
      'Andelen var 38,1 % i 2025; der er endnu ingen tidligere periode at sammenligne med.',
    );
  });

  it('uses the unit and period wording of the indicator', () => {
    const grades = [
      row({ indicator: 'karaktergennemsnit', period: '2023/2024', value: 6.1, gap: -1.3, numerator: null, denominator: null }),
      row({ indicator: 'karaktergennemsnit', period: '2024/2025', value: 6.4, gap: -1.0, numerator: null, denominator: null }),
    ];
    expect(describeChange({ lang: 'da', indicator: karakter, rows: grades })).toBe(
      'Gennemsnittet steg fra 6,1 i skoleåret 2023/24 til 6,4 i skoleåret 2024/25; forskellen til personer med dansk oprindelse er indsnævret med 0,3 karakterpoint.',
    );
    const counts = [row({ period: '2024', value: 40 }), row({ period: '2025', value: 52 })];
    expect(describeChange({ lang: 'da', indicator: igu, rows: counts })).toBe('Antallet steg fra 40 i 2024 til 52 i 2025.');
    const votes = [row({ period: 'KV2021', value: 0.38, gap: -0.3 }), row({ period: 'KV2025', value: 0.415, gap: -0.3 })];
    expect(describeChange({ lang: 'da', indicator: valg, rows: votes })).toBe(
      'Andelen steg fra 38,0 % ved kommunalvalget 2021 til 41,5 % ved kommunalvalget 2025.',
    );
  });

  it('names Danish citizens under the citizenship definition, and the total when there is no target row', () => {
    const citizenship = { ...selvforsoergelse, group_definition: 'citizenship' as const };
    expect(describeChange({ lang: 'da', indicator: citizenship, rows: twoYears })).toContain('forskellen til danske statsborgere');
    const totals = [row({ group: 'total', period: '2024', value: 0.4 }), row({ group: 'total', period: '2025', value: 0.3 })];
    expect(describeChange({ lang: 'da', indicator: selvforsoergelse, rows: totals })).toBe('Andelen faldt fra 40,0 % i 2024 til 30,0 % i 2025.');
  });
});
