/**
 * The report's text generator, one test per situation, with exact strings. Every case goes
 * through the real `computeResults` from hand-built deliveries whose figures are easy to check by
 * hand (3120 of 10000 = 31,2 %; the two-proportion z for 31,2 % → 35,0 % on 10000 each is 5,7).
 */
import { describe, expect, it } from 'vitest';
import { type Lang, loadCatalogue } from '../../src/catalogue/index.ts';
import { describeIndicator, headlineSeries, type Narrative, selectedSeries } from '../../src/narrative/index.ts';
import { computeResults } from '../../src/services/compute/index.ts';
import type { DeliveryWithCells } from '../../src/cells/index.ts';
import { delivery, mean, share, shares, testDeliveries } from '../report/fixtures.ts';

const catalogue = loadCatalogue();

function narrate(id: string, deliveries: DeliveryWithCells[], lang: Lang = 'da'): Narrative {
  const indicator = catalogue.get(id);
  if (indicator === undefined) throw new Error(id);
  const { rows } = computeResults(catalogue, deliveries, { threshold: 5 });
  const s = headlineSeries(
    indicator,
    rows.filter((r) => r.indicator === id),
  );
  return describeIndicator({ lang, indicator, primary: s.primary, comparison: s.comparison });
}

const fixture = (id: string) => testDeliveries().filter((d) => d.indicator === id);

const selv2024 = () => delivery('selvforsoergelse', '2024', shares({ target: [3120, 10000], comparison: [4330, 10000], other: [520, 1000] }));
const selv2025 = () => delivery('selvforsoergelse', '2025', shares({ target: [3500, 10000], comparison: [4480, 10000], other: [540, 1000] }));

describe('describeIndicator', () => {
  it('rise: level, significance, narrowed gap and the wish (the example of the issue)', () => {
    const n = narrate('selvforsoergelse', [selv2024(), selv2025()]);
    expect(n.kind).toBe('change');
    expect(n.text).toBe(
      'Andelen af målgruppen, der blev selvforsørgende, steg fra 31,2 % i 2024 til 35,0 % i 2025. ' +
        'Stigningen er statistisk sikker. ' +
        'Forskellen til personer med dansk oprindelse (44,8 %) er indsnævret fra 12,1 til 9,8 procentpoint. ' +
        'Der ønskes en stigning.',
    );
  });

  it('rise, with the change since the first period', () => {
    const n = narrate('selvforsoergelse', fixture('selvforsoergelse'));
    expect(n.sentences).toContain('Siden 2023 er andelen steget med 6,0 procentpoint, hvilket er statistisk sikkert.');
    expect(n.sentences[2]).toBe('Siden 2023 er andelen steget med 6,0 procentpoint, hvilket er statistisk sikkert.');
  });

  it('rise in English', () => {
    expect(narrate('selvforsoergelse', [selv2024(), selv2025()], 'en').text).toBe(
      'The share of the target group who became self-supporting rose from 31.2% in 2024 to 35.0% in 2025. ' +
        'The rise is statistically significant. ' +
        'The gap to persons of Danish origin (44.8%) narrowed from 12.1 to 9.8 percentage points. ' +
        'An increase is wanted.',
    );
  });

  it('fall, significant, under the citizenship fallback; no age bands, so no standardised figure (said in words)', () => {
    // 300 of 4000 → 240 of 4000: z = 2,67 (p < 0,01). Home care is age-standardised, and this
    // delivery has no age bands: the text says the standardised figure cannot be computed and
    // gives the crude figures as crude, never silently in its place.
    expect(narrate('hjemmepleje', fixture('hjemmepleje')).text).toBe(
      'Det aldersstandardiserede tal for målgruppen i 2025 kan ikke beregnes, fordi der ikke er tal for hver aldersgruppe. ' +
        'Uden aldersstandardisering faldt andelen af målgruppen, der modtager hjemmepleje, fra 7,5 % i 2024 til 6,0 % i 2025. ' +
        'Faldet er statistisk sikkert. ' +
        'Uden aldersstandardisering ligger målgruppen 5,5 procentpoint under danske statsborgere (11,5 %). ' +
        'Udviklingen følges for at se, om niveauet svarer til niveauet for danske statsborgere.',
    );
  });

  it('no significant change, with a significant change since the first election and the comparison as context', () => {
    // 2080 → 2100 of 4000: z = 0,45; 2000 → 2100 of 4000: z = 2,24.
    expect(narrate('valgdeltagelse', fixture('valgdeltagelse')).text).toBe(
      'Valgdeltagelsen i målgruppen steg fra 52,0 % ved kommunalvalget 2021 til 52,5 % ved kommunalvalget 2025. ' +
        'Stigningen er ikke statistisk sikker. ' +
        'Siden kommunalvalget 2017 er valgdeltagelsen steget med 2,5 procentpoint, hvilket er statistisk sikkert. ' +
        'Til sammenligning var tallet for personer med dansk oprindelse 75,5 % ved kommunalvalget 2025. ' +
        'Der ønskes en stigning.',
    );
  });

  it('no change at all as shown: never called a rise or a fall', () => {
    const a = delivery('selvforsoergelse', '2024', shares({ target: [3500, 10000], comparison: [4480, 10000], other: [540, 1000] }));
    const b = delivery('selvforsoergelse', '2025', shares({ target: [3501, 10000], comparison: [4480, 10000], other: [540, 1000] }));
    expect(narrate('selvforsoergelse', [a, b]).sentences.slice(0, 3)).toEqual([
      'Andelen af målgruppen, der blev selvforsørgende, var 35,0 % både i 2024 og i 2025.',
      'Der er ingen statistisk sikker ændring.',
      'Forskellen til personer med dansk oprindelse (44,8 %) er uændret 9,8 procentpoint.',
    ]);
  });

  it('gap widened, rise not significant (a rate per 1,000)', () => {
    expect(narrate('boern-kontaktperson', fixture('boern-kontaktperson')).text).toBe(
      'Det aldersstandardiserede tal for målgruppen i 2025 kan ikke beregnes, fordi der ikke er tal for hver aldersgruppe. ' +
        'Uden aldersstandardisering steg hyppigheden af børn og unge med en fast kontaktperson i målgruppen fra 15,0 pr. 1.000 i 2024 til 16,0 pr. 1.000 i 2025. ' +
        'Stigningen er ikke statistisk sikker. ' +
        'Uden aldersstandardisering ligger målgruppen 8,5 pr. 1.000 over børn og unge med dansk oprindelse (7,5 pr. 1.000). ' +
        'Udviklingen følges for at se, om niveauet svarer til niveauet for børn og unge med dansk oprindelse.',
    );
  });

  it('gap closed: the gap narrowed and its interval now includes zero (grade point average)', () => {
    expect(narrate('karaktergennemsnit', fixture('karaktergennemsnit')).text).toBe(
      'Karaktergennemsnittet for målgruppens elever steg fra 6,0 i skoleåret 2023/24 til 6,9 i skoleåret 2024/25. ' +
        'Stigningen er statistisk sikker. ' +
        'Siden skoleåret 2022/23 er gennemsnittet steget med 1,3 karakterpoint, hvilket er statistisk sikkert. ' +
        'Forskellen til elever med dansk oprindelse (7,2) er indsnævret fra 1,1 til 0,3 karakterpoint og er ikke længere statistisk sikker. ' +
        'Der ønskes et niveau på linje med elever med dansk oprindelse.',
    );
  });

  it('gap changed side', () => {
    const a = delivery('selvforsoergelse', '2024', shares({ target: [4000, 10000], comparison: [4300, 10000], other: [500, 1000] }));
    const b = delivery('selvforsoergelse', '2025', shares({ target: [4700, 10000], comparison: [4490, 10000], other: [500, 1000] }));
    expect(narrate('selvforsoergelse', [a, b]).sentences[2]).toBe(
      'Målgruppen ligger nu 2,1 procentpoint over personer med dansk oprindelse (44,9 %) mod 3,0 procentpoint under i 2024.',
    );
  });

  it('suppressed: says so, gives the latest published figure, never a number for the hidden cell', () => {
    const n = narrate('socialpsykiatri', fixture('socialpsykiatri'));
    expect(n.kind).toBe('suppressed');
    expect(n.text).toBe(
      'Tallet for målgruppen i 2025 er diskretioneret, fordi det bygger på så få personer, at det kunne røbe oplysninger om enkeltpersoner. ' +
        'Det seneste offentliggjorte tal er 4,6 % i 2024. ' +
        'Udviklingen følges for at se, om niveauet svarer til niveauet for personer med dansk oprindelse.',
    );
  });

  it('the previous period suppressed: no change is computed from it', () => {
    const hidden = delivery('selvforsoergelse', '2024', [share('target', 2, 40), share('comparison', 4330, 10000), share('other', 520, 1000)]);
    expect(narrate('selvforsoergelse', [hidden, selv2025()]).text).toBe(
      'Andelen af målgruppen, der blev selvforsørgende, var 35,0 % i 2025. ' +
        'Tallet i 2024 er diskretioneret, så ændringen siden da kan ikke opgøres. ' +
        'Målgruppen ligger 9,8 procentpoint under personer med dansk oprindelse (44,8 %). ' +
        'Der ønskes en stigning.',
    );
  });

  it('first period: the level and the gap, nothing to compare with yet', () => {
    const n = narrate('selvforsoergelse', [selv2025()]);
    expect(n.kind).toBe('first_period');
    expect(n.text).toBe(
      'Andelen af målgruppen, der blev selvforsørgende, var 35,0 % i 2025. ' +
        'Der er endnu ingen tidligere periode at sammenligne med. ' +
        'Målgruppen ligger 9,8 procentpoint under personer med dansk oprindelse (44,8 %). ' +
        'Der ønskes en stigning.',
    );
  });

  it('a gap that is not significant is said to be so', () => {
    const d = delivery('karaktergennemsnit', '2024/2025', [mean('target', 6.9, 60, 2.6), mean('comparison', 7.2, 1500, 2.4)]);
    expect(narrate('karaktergennemsnit', [d]).sentences[2]).toBe(
      'Målgruppen ligger 0,3 karakterpoint under elever med dansk oprindelse (7,2), men forskellen er ikke statistisk sikker.',
    );
  });

  it('counts: the exact test for the change, no gap', () => {
    expect(narrate('igu-forloeb', fixture('igu-forloeb')).text).toBe(
      'Antallet af IGU-forløb i målgruppen steg fra 52 i 2024 til 61 i 2025. ' +
        'Stigningen er ikke statistisk sikker. ' +
        'Siden 2023 er antallet steget med 21, hvilket er statistisk sikkert. ' +
        'Der ønskes en stigning.',
    );
  });

  it('the diversity index: no test, and says why', () => {
    const n = narrate('boligomraader-diversitet', fixture('boligomraader-diversitet'));
    expect(n.sentences[1]).toBe('Indekset er beregnet for alle beboere, så der er ingen statistisk usikkerhed at teste.');
    // The headline is the dissimilarity index (issue 14), said in words a reader cannot take for
    // "more diversity": the difference in how the two groups live spread over the areas fell.
    expect(n.sentences[0]).toBe(
      'Forskellen på, hvordan målgruppen og borgerne med dansk oprindelse bor fordelt på boligområderne (dissimilaritetsindekset), faldt fra 0,61 i 2024 til 0,54 i 2025.',
    );
    expect(n.sentences.at(-1)).toBe('Der ønskes et fald.');
  });

  it('no data yet', () => {
    const n = narrate('boern-anbringelse', []);
    expect(n.kind).toBe('no_data');
    expect(n.text).toBe(
      'Der er endnu ikke leveret tal til indikatoren. Udviklingen følges for at se, om niveauet svarer til niveauet for børn og unge med dansk oprindelse.',
    );
  });

  it('under examination', () => {
    const n = narrate('kriminalitet', []);
    expect(n.kind).toBe('under_examination');
    expect(n.text).toBe('Det undersøges endnu, om der kan udtrækkes data til indikatoren, og der er derfor ingen tal endnu. Der ønskes et fald.');
    expect(narrate('kriminalitet', [], 'en').text).toBe(
      'It is still being examined whether data can be extracted for the indicator, so there are no figures yet. A decrease is wanted.',
    );
  });

  it('a count indicator with the third generation: a fall that is not significant', () => {
    // 48 → 35: exact conditional test, p ≈ 0,19.
    expect(narrate('sprogstimulering', fixture('sprogstimulering')).sentences.slice(0, 2)).toEqual([
      'Antallet af børn i målgruppen, der vurderes at have behov for sprogstimulering, faldt fra 48 i perioden oktober 2023 – september 2024 til 35 i perioden oktober 2024 – september 2025.',
      'Faldet er ikke statistisk sikkert.',
    ]);
  });

  it('is pure: the same input gives the same text', () => {
    expect(narrate('selvforsoergelse', fixture('selvforsoergelse'))).toEqual(narrate('selvforsoergelse', fixture('selvforsoergelse')));
  });

  describe('an age-standardised indicator leads with the standardised figures', () => {
    // Home care by age band (comparison 10/1000, 50/500, 100/400, 100/200 = 260/2100 = 12,4 %).
    // 2025 target 12/1000, 24/200, 24/80, 24/40: crude 84/1320 = 6,4 %, 6,0 points below the
    // comparison group; standardised (1000·0,012 + 500·0,12 + 400·0,3 + 200·0,6)/2100 = 312/2100
    // = 14,9 %, 2,5 points above. 2024 target 10/1000, 10/100, 5/20, 5/10 has the comparison
    // group's band rates: standardised 12,4 % (gap 0,0), crude 30/1130 = 2,7 %.
    const BANDS = ['0-64', '65-74', '75-84', '85+'] as const;
    const COMPARISON = [
      [10, 1000],
      [50, 500],
      [100, 400],
      [100, 200],
    ] as const;
    const byBand = (t: readonly (readonly [number, number])[]) => {
      const sum = (xs: readonly (readonly [number, number])[]) => xs.reduce(([a, b], [x, n]) => [a + x, b + n], [0, 0]);
      return [
        share('target', sum(t)[0] ?? 0, sum(t)[1] ?? 0),
        share('comparison', 260, 2100),
        ...BANDS.map((band, i) => share('target', t[i]?.[0] ?? 0, t[i]?.[1] ?? 0, `ageband=${band}`)),
        ...BANDS.map((band, i) => share('comparison', COMPARISON[i]?.[0] ?? 0, COMPARISON[i]?.[1] ?? 0, `ageband=${band}`)),
      ];
    };
    const y2025 = () =>
      delivery(
        'hjemmepleje',
        '2025',
        byBand([
          [12, 1000],
          [24, 200],
          [24, 80],
          [24, 40],
        ]),
      );

    it('standardised level and gap first, the crude figures second and said to be crude', () => {
      const y2024 = delivery(
        'hjemmepleje',
        '2024',
        byBand([
          [10, 1000],
          [10, 100],
          [5, 20],
          [5, 10],
        ]),
      );
      expect(narrate('hjemmepleje', [y2024, y2025()]).sentences).toEqual([
        'Aldersstandardiseret til sammenligningsgruppens alderssammensætning var andelen 12,4 % i 2024 og 14,9 % i 2025.',
        'Den aldersstandardiserede forskel til personer med dansk oprindelse (12,4 %) er vokset fra 0,0 til 2,5 procentpoint.',
        'Den aldersstandardiserede forskel er ikke statistisk sikker.',
        'Uden aldersstandardisering steg andelen af målgruppen, der modtager hjemmepleje, fra 2,7 % i 2024 til 6,4 % i 2025.',
        'Stigningen er statistisk sikker.',
        'Uden aldersstandardisering ligger målgruppen 6,0 procentpoint under personer med dansk oprindelse (12,4 %).',
        'Udviklingen følges for at se, om niveauet svarer til niveauet for personer med dansk oprindelse.',
      ]);
    });

    it('a suppressed age band in the previous period: a judged indicator says its status cannot be assessed, and why', () => {
      const y2024 = delivery(
        'hjemmepleje',
        '2024',
        byBand([
          [10, 1000],
          [10, 100],
          [5, 20],
          [3, 10],
        ]),
      );
      const standardisedLevel = "Age-standardised to the comparison group's age structure, the share was 14.9% in 2025.";
      const gap =
        'The target group is, age-standardised, 2.5 percentage points above persons of Danish origin (12.4%), but the gap is not statistically significant.';
      // Home care is followed (never judged): no word about a status.
      expect(narrate('hjemmepleje', [y2024, y2025()], 'en').sentences.slice(0, 2)).toEqual([standardisedLevel, gap]);
      // The same figures under a judged direction (parity) say why the status cannot be assessed.
      const indicator = catalogue.get('hjemmepleje');
      if (indicator === undefined) throw new Error('hjemmepleje');
      const { rows } = computeResults(catalogue, [y2024, y2025()], { threshold: 5 });
      const s = headlineSeries(indicator, rows);
      const judged = describeIndicator({ lang: 'en', indicator: { ...indicator, wanted: 'parity' }, primary: s.primary, comparison: s.comparison });
      expect(judged.sentences.slice(0, 3)).toEqual([
        standardisedLevel,
        'The age-standardised figure in 2024 cannot be computed, because the figure for an age band is suppressed, so the status cannot be assessed.',
        gap,
      ]);
    });
  });
});

describe('selectedSeries for an index of the diversity indicator', () => {
  it('describes the whole population’s index (`index=simpson`), not a missing target group', () => {
    const indicator = catalogue.get('boligomraader-diversitet');
    if (indicator === undefined) throw new Error('no diversity indicator');
    const { rows } = computeResults(
      catalogue,
      fixture('boligomraader-diversitet').filter((d) => d.period === '2024'),
      { threshold: 5 },
    );
    const s = selectedSeries(
      indicator,
      rows.filter((r) => r.indicator === indicator.id),
      'index=simpson',
    );
    expect(s.group).toBe('total');
    expect(s.primary.map((r) => r.period)).toEqual(['2024']);
    const n = describeIndicator({ lang: 'da', indicator, primary: s.primary, comparison: s.comparison });
    expect(n.kind).not.toBe('no_data');
    expect(n.sentences[0]).toMatch(/^Diversiteten i boligområderne \(Simpsons indeks\) var 0,\d\d i 2024\.$/);
  });
});
