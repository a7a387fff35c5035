/**
 * How a period is named to a reader: "skoleåret 2024/25", "1. oktober 2024 – 30. september 2025",
 * "kommunalvalget 2025 (KV2025)". The canonical machine form is `formatPeriod`.
 */
import type { Lang } from '../../language/index.ts';
import { formatPeriod } from './format-period.ts';
import type { Period } from './period.ts';

/**
 * The reader's name for a period, in Danish or English.
 *
 * @example periodLabel({ kind: 'school_year', startYear: 2024 }, 'da') // 'skoleåret 2024/25'
 */
export function periodLabel(period: Period, lang: Lang): string {
  switch (period.kind) {
    case 'calendar_year':
      return String(period.year);
    case 'oct_sep': {
      const [from, to] = [period.startYear, period.startYear + 1];
      return lang === 'da' ? `1. oktober ${from} – 30. september ${to}` : `1 October ${from} – 30 September ${to}`;
    }
    case 'school_year': {
      const span = `${period.startYear}/${String((period.startYear + 1) % 100).padStart(2, '0')}`;
      return lang === 'da' ? `skoleåret ${span}` : `school year ${span}`;
    }
    case 'election': {
      const code = formatPeriod(period);
      return lang === 'da' ? `kommunalvalget ${period.year} (${code})` : `municipal election ${period.year} (${code})`;
    }
  }
}
