/**
 * Periods as readers name them. The canonical texts (`2025`, `2024-10/2025-09`, `2024/2025`,
 * `KV2025`) are for files and URLs; on screen they become a label ("skoleåret 2024/25"), a short
 * axis tick ("2024/25") or a phrase that fits in a sentence ("i skoleåret 2024/25").
 */
import type { Lang } from '../catalogue/index.ts';
import { type Period, parseAnyPeriod, periodLabel } from '../catalogue/index.ts';
import { monthName } from './date.ts';

function parsed(text: string): Period | null {
  const result = parseAnyPeriod(text);
  return result.ok ? result.period : null;
}

/**
 * The reader's full name for a period (the catalogue's `periodLabel`); unknown text is returned
 * as it is.
 *
 * @example formatPeriodLabel('2024/2025', 'da') // 'skoleåret 2024/25'
 */
export function formatPeriodLabel(text: string, lang: Lang): string {
  const period = parsed(text);
  return period === null ? text : periodLabel(period, lang);
}

/**
 * A short label for chart axes and table cells: `2025`, `2024/25`, `KV2025`.
 *
 * @example formatPeriodShort('2024-10/2025-09', 'da') // '2024/25'
 */
export function formatPeriodShort(text: string, _lang: Lang): string {
  const period = parsed(text);
  if (period === null) return text;
  switch (period.kind) {
    case 'calendar_year':
      return String(period.year);
    case 'oct_sep':
    case 'school_year':
      return `${period.startYear}/${String((period.startYear + 1) % 100).padStart(2, '0')}`;
    case 'election':
      return `KV${period.year}`;
  }
}

/**
 * The period as it reads inside a sentence, with its preposition.
 *
 * @example formatPeriodPhrase('2024', 'da')   // 'i 2024'
 * @example formatPeriodPhrase('KV2021', 'en') // 'at the 2021 municipal election'
 */
export function formatPeriodPhrase(text: string, lang: Lang): string {
  const period = parsed(text);
  if (period === null) return lang === 'da' ? `i ${text}` : `in ${text}`;
  switch (period.kind) {
    case 'calendar_year':
      return lang === 'da' ? `i ${period.year}` : `in ${period.year}`;
    case 'oct_sep': {
      const from = `${monthName(10, lang)} ${period.startYear}`;
      const to = `${monthName(9, lang)} ${period.startYear + 1}`;
      return lang === 'da' ? `i perioden ${from} – ${to}` : `in the period ${from} – ${to}`;
    }
    case 'school_year':
      return lang === 'da' ? `i skoleåret ${formatPeriodShort(text, lang)}` : `in the school year ${formatPeriodShort(text, lang)}`;
    case 'election':
      return lang === 'da' ? `ved kommunalvalget ${period.year}` : `at the ${period.year} municipal election`;
  }
}
