/**
 * The canonical written form of a period — the form files, URLs and the store use. It is the
 * exact inverse of `parsePeriod`: `formatPeriod(p)` parses back to `p`.
 */
import type { Period } from './period.ts';

/**
 * The canonical text of a period.
 *
 * @example formatPeriod({ kind: 'school_year', startYear: 2024 }) // '2024/2025'
 */
export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case 'calendar_year':
      return year4(period.year);
    case 'oct_sep':
      return `${year4(period.startYear)}-10/${year4(period.startYear + 1)}-09`;
    case 'school_year':
      return `${year4(period.startYear)}/${year4(period.startYear + 1)}`;
    case 'election':
      return `KV${year4(period.year)}`;
  }
}

function year4(year: number): string {
  return String(year).padStart(4, '0');
}
