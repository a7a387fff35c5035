/**
 * The small pieces every sentence is built from: the comparison group's name under the group
 * definition in use, "Der ønskes en stigning", "Siden 2021", and numbers written as a pair
 * ("fra 12,1 til 9,8 procentpoint") with the unit once.
 */
import { type Display, type Lang, parseAnyPeriod, type Wanted } from '../catalogue/index.ts';
import { formatDifference, formatPeriodShort } from '../format/index.ts';
import type { Definition } from '../origin/types.ts';
import type { Localized } from '../language/index.ts';

/**
 * Who an indicator counts, when it is not simply persons: grades are the pupils', the children's
 * measures the children's. A comparison of grades "with persons of Danish origin" reads as if
 * adults were in it.
 */
const PERSONS: Readonly<Record<string, Localized>> = {
  karaktergennemsnit: { da: 'elever', en: 'pupils' },
  sprogstimulering: { da: 'børn', en: 'children' },
  'boern-kontaktperson': { da: 'børn og unge', en: 'children and young people' },
  'boern-anbringelse': { da: 'børn og unge', en: 'children and young people' },
};

/**
 * "personer med dansk oprindelse" ("elever med dansk oprindelse" for grades), or "danske
 * statsborgere" under the citizenship fallback.
 */
export function comparisonName(definition: Definition, lang: Lang, indicatorId = ''): string {
  const persons = PERSONS[indicatorId]?.[lang];
  if (lang === 'da')
    return definition === 'citizenship'
      ? `${persons ?? 'danske'}${persons ? ' med dansk statsborgerskab' : ' statsborgere'}`
      : `${persons ?? 'personer'} med dansk oprindelse`;
  return definition === 'citizenship' ? (persons ? `${persons} with Danish citizenship` : 'Danish citizens') : `${persons ?? 'persons'} of Danish origin`;
}

/** The memo's wish, as the closing sentence: "Der ønskes en stigning." */
export function wantedSentence(wanted: Wanted, definition: Definition, lang: Lang, indicatorId = ''): string {
  const group = comparisonName(definition, lang, indicatorId);
  if (lang === 'da') {
    switch (wanted) {
      case 'increase':
        return 'Der ønskes en stigning.';
      case 'decrease':
        return 'Der ønskes et fald.';
      case 'parity':
        return `Der ønskes et niveau på linje med ${group}.`;
      case 'follow':
        return `Udviklingen følges for at se, om niveauet svarer til niveauet for ${group}.`;
    }
  }
  switch (wanted) {
    case 'increase':
      return 'An increase is wanted.';
    case 'decrease':
      return 'A decrease is wanted.';
    case 'parity':
      return `A level in line with ${group} is wanted.`;
    case 'follow':
      return `The development is followed to see whether the level matches that of ${group}.`;
  }
}

/**
 * A period after "Siden" / "Since": `Siden 2021`, `Siden skoleåret 2021/22`, `Siden
 * kommunalvalget 2017`, `Siden perioden 2021/22 (oktober–september)`.
 */
export function sincePhrase(period: string, lang: Lang): string {
  const parsed = parseAnyPeriod(period);
  const short = formatPeriodShort(period, lang);
  const da = lang === 'da';
  if (!parsed.ok) return da ? `Siden ${period}` : `Since ${period}`;
  switch (parsed.period.kind) {
    case 'calendar_year':
      return da ? `Siden ${short}` : `Since ${short}`;
    case 'school_year':
      return da ? `Siden skoleåret ${short}` : `Since the school year ${short}`;
    case 'oct_sep':
      return da ? `Siden perioden ${short} (oktober–september)` : `Since the period ${short} (October–September)`;
    case 'election':
      return da ? `Siden kommunalvalget ${parsed.period.year}` : `Since the ${parsed.period.year} municipal election`;
  }
}

/**
 * Two differences in the unit, written once: `12,1 til 9,8 procentpoint` (absolute values).
 *
 * @example differencePair(-0.121, -0.098, { unit: 'percent', decimals: 1 }, 'da') // '12,1 til 9,8 procentpoint'
 */
export function differencePair(from: number, to: number, display: Display, lang: Lang): string {
  const first = formatDifference(Math.abs(from), display, lang);
  const second = formatDifference(Math.abs(to), display, lang);
  const unit = unitSuffix(display, lang);
  const joiner = lang === 'da' ? 'til' : 'to';
  return `${first.slice(0, first.length - unit.length)} ${joiner} ${second}`;
}

/** An absolute difference with its unit: `9,8 procentpoint`. */
export function absoluteDifference(value: number, display: Display, lang: Lang): string {
  return formatDifference(Math.abs(value), display, lang);
}

function unitSuffix(display: Display, lang: Lang): string {
  const zero = formatDifference(0, display, lang);
  const space = zero.indexOf(' ');
  return space < 0 ? '' : zero.slice(space);
}

/** Capitalises the first letter (for a short subject that opens a sentence). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
