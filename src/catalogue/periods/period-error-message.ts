/**
 * Turns a `PeriodError` into a sentence for a person, in Danish or English — the one place where
 * period errors are worded, so the command line, the web app and import messages agree.
 */
import type { Lang } from '../../language/index.ts';
import type { PeriodError } from './parse-period.ts';
import { FIRST_ELECTION_YEAR, FIRST_YEAR, LAST_YEAR, type PeriodType } from './period.ts';

const EXAMPLES: Readonly<Record<PeriodType, string>> = {
  calendar_year: '2025',
  oct_sep: '2024-10/2025-09',
  school_year: '2024/2025',
  election: 'KV2025',
};

const TYPE_NAMES: Readonly<Record<Lang, Readonly<Record<PeriodType, string>>>> = {
  da: {
    calendar_year: 'kalenderår',
    oct_sep: '1. oktober – 30. september',
    school_year: 'skoleår',
    election: 'kommunalvalg',
  },
  en: {
    calendar_year: 'calendar year',
    oct_sep: '1 October – 30 September',
    school_year: 'school year',
    election: 'municipal election',
  },
};

/**
 * A one-sentence explanation of why a text is not a valid period, with an example of the form
 * that is expected.
 *
 * @example periodErrorMessage({ kind: 'wrong_months', text: '2024-09/2025-08' }, 'en')
 */
export function periodErrorMessage(error: PeriodError, lang: Lang): string {
  const da = lang === 'da';
  switch (error.kind) {
    case 'malformed':
    case 'wrong_type': {
      const type = TYPE_NAMES[lang][error.periodType];
      const example = EXAMPLES[error.periodType];
      return da
        ? `»${error.text}« er ikke en periode af typen ${type}; skriv fx ${example}.`
        : `"${error.text}" is not a period of type ${type}; write e.g. ${example}.`;
    }
    case 'not_consecutive':
      return da
        ? `»${error.text}«: det andet år skal være året efter det første (fx ${EXAMPLES[error.periodType]}).`
        : `"${error.text}": the second year must be the year after the first (e.g. ${EXAMPLES[error.periodType]}).`;
    case 'wrong_months':
      return da
        ? `»${error.text}«: perioden skal løbe fra oktober til september (fx 2024-10/2025-09).`
        : `"${error.text}": the period must run from October to September (e.g. 2024-10/2025-09).`;
    case 'not_election_year':
      return notElectionYear(error, da);
    case 'year_out_of_range':
      return da
        ? `»${error.text}«: året ${error.year} ligger uden for ${FIRST_YEAR}–${LAST_YEAR}.`
        : `"${error.text}": the year ${error.year} is outside ${FIRST_YEAR}–${LAST_YEAR}.`;
  }
}

function notElectionYear(error: Extract<PeriodError, { kind: 'not_election_year' }>, da: boolean): string {
  const nearest = [error.before, error.after].filter((y): y is number => y !== null).map((y) => `KV${y}`);
  const hint = nearest.length === 0 ? '' : da ? ` (nærmeste: ${nearest.join(' eller ')})` : ` (nearest: ${nearest.join(' or ')})`;
  return da
    ? `»${error.text}«: der er ikke kommunalvalg i ${error.year}; kommunalvalg holdes hvert fjerde år fra ${FIRST_ELECTION_YEAR}${hint}.`
    : `"${error.text}": there is no municipal election in ${error.year}; they are held every four years from ${FIRST_ELECTION_YEAR}${hint}.`;
}
