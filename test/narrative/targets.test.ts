/**
 * The words about targets: the verdict that opens the report (from statuses alone), the target in
 * a sentence and the distance still to go, each checked against hand-written Danish and English.
 */
import { describe, expect, it } from 'vitest';
import { distanceSentences, longTermLabel, reportVerdict, targetSentence, type VerdictEntry } from '../../src/narrative/index.ts';
import type { TargetProgress } from '../../src/services/targets.ts';

const entry = (title: string, partial: Partial<VerdictEntry> = {}): VerdictEntry => ({
  title,
  progress: null,
  longTerm: 'unchanged',
  since: '2015',
  followed: false,
  underExamination: false,
  ...partial,
});

describe('reportVerdict', () => {
  const entries = [
    entry('Selvforsørgelse', { progress: 'on_track' }),
    entry('IGU-forløb', { longTerm: 'improved' }),
    entry('Karaktergennemsnit', { progress: 'reached', since: '2019/2020' }),
    entry('Sprogstimulering', { longTerm: 'worsened', since: '2014-10/2015-09' }),
    entry('Valgdeltagelse', { progress: 'moving_away' }),
    entry('Fast kontaktperson', { progress: 'needs_acceleration', followed: true }),
    entry('Hjemmepleje', { followed: true, longTerm: 'improved' }),
    entry('Diversitet', { longTerm: 'unchanged' }),
    entry('Kriminalitet', { underExamination: true, longTerm: 'worsened' }),
  ];

  it('says what goes well, what badly and what is on track, in that order (Danish)', () => {
    expect(reportVerdict(entries, 'da')).toEqual([
      'Det går godt for IGU-forløb (statistisk sikker forbedring siden 2015) og Karaktergennemsnit (byrådets mål er nået).',
      'Det går dårligt for Sprogstimulering (statistisk sikker forværring siden perioden 2014/15 (oktober–september)) og Valgdeltagelse (bevæger sig væk fra byrådets mål).',
      'På rette vej mod byrådets mål er Selvforsørgelse.',
      'Udviklingen skal gå hurtigere, hvis byrådets mål skal nås, for Fast kontaktperson.',
      'Uden statistisk sikker ændring på længere sigt er Diversitet.',
      'Hjemmepleje følges uden en ønsket retning og vurderes derfor ikke.',
      'For Kriminalitet undersøges det endnu, om der kan udtrækkes data.',
    ]);
  });

  it('in English', () => {
    expect(reportVerdict(entries.slice(0, 3), 'en')).toEqual([
      "Going well: IGU-forløb (significant improvement since 2015) and Karaktergennemsnit (the council's target is reached).",
      "On track for the council's targets: Selvforsørgelse.",
    ]);
  });

  it('a target decides over the long-term verdict; a followed indicator with a target is judged on it', () => {
    expect(reportVerdict([entry('A', { progress: 'moving_away', longTerm: 'improved' })], 'da')).toEqual([
      'Det går dårligt for A (bevæger sig væk fra byrådets mål).',
    ]);
    expect(reportVerdict([entry('B', { followed: true, progress: 'on_track' })], 'da')).toEqual(['På rette vej mod byrådets mål er B.']);
  });

  it('without figures it says so', () => {
    expect(reportVerdict([entry('A', { since: null, longTerm: 'not_assessable' })], 'da')).toEqual(['For A er der endnu ikke leveret tal.']);
    expect(reportVerdict([], 'da')).toEqual(['Der er endnu ikke tal nok til en samlet vurdering.']);
  });
});

describe('target sentences', () => {
  const display = { unit: 'percent', decimals: 1 } as const;
  const progress: TargetProgress = {
    status: 'needs_acceleration',
    reason: null,
    baselinePeriod: '2015',
    baselineValue: 0.3,
    latestPeriod: '2025',
    latestValue: 0.433,
    remaining: 0.167,
    trend: { slope: 0.0134, low: 0.009, high: 0.0178, projected: 0.474 },
    requiredSlope: 0.0553,
    periodsUsed: 11,
  };
  const target = { measure: 'level', value: 0.6, year: 2028, decision: 'Byrådet 12. marts 2026' } as const;

  it('the target and the distance to go', () => {
    expect(targetSentence({ lang: 'da', display, target })).toBe('Byrådets mål er 60,0 % for målgruppen i 2028 (Byrådet 12. marts 2026).');
    expect(distanceSentences({ lang: 'da', display, target, progress })).toEqual([
      'Målgruppen er 43,3 % i 2025; der mangler 16,7 procentpoint.',
      'Udviklingen siden 2015 er +1,3 procentpoint om året; fortsætter den, er niveauet 47,4 % i 2028.',
      'Målet kræver en hurtigere udvikling: +5,5 procentpoint om året frem til 2028.',
    ]);
  });

  it('a gap target, reached', () => {
    const gap = { measure: 'gap', value: -0.05, year: 2028, decision: '' } as const;
    const reached = { ...progress, status: 'reached', latestValue: -0.04, remaining: -0.01 } as const;
    expect(targetSentence({ lang: 'da', display, target: gap })).toBe(
      'Byrådets mål er en forskel til personer med dansk oprindelse på -5,0 procentpoint i 2028.',
    );
    expect(distanceSentences({ lang: 'da', display, target: gap, progress: reached })).toEqual([
      'Forskellen til personer med dansk oprindelse er -4,0 procentpoint i 2025, så målet er nået.',
    ]);
  });

  it('too few periods', () => {
    const few = { ...progress, status: 'not_assessable', reason: 'too_few_points', trend: null, requiredSlope: null } as const;
    expect(distanceSentences({ lang: 'en', display, target, progress: few }).at(-1)).toBe(
      'There are too few published periods since the baseline yet to judge whether the target will be met (at least three).',
    );
  });

  it('the long-term label', () => {
    expect(longTermLabel('improved', '2015', 'da')).toBe('Statistisk sikker forbedring siden 2015');
    expect(longTermLabel('unchanged', '2019/2020', 'da')).toBe('Ingen statistisk sikker ændring siden skoleåret 2019/20');
    expect(longTermLabel('not_assessable', '2015', 'da')).toBeNull();
  });
});
