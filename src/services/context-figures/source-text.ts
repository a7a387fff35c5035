/**
 * The source line every context figure carries (PRODUCT.md: every number states its source):
 * Statistics Denmark, the StatBank table and its title, and for figures computed with FOLK1E's
 * population, that too.
 */
import type { StatbankTableId, TableInfo } from '../../statbank-client/index.ts';

/** Series computed here with FOLK1E's population as the denominator. */
const WITH_POPULATION = new Set(['guilty_rate']);

/**
 * @example sourceText('RAS200', info, 'employment_rate')
 *   // 'Danmarks Statistik, Statistikbanken, tabel RAS200: Erhvervs- og beskæftigelsesfrekvenser (ultimo november)'
 */
export function sourceText(tableId: StatbankTableId, info: TableInfo, series: string): string {
  const base = `Danmarks Statistik, Statistikbanken, tabel ${tableId}: ${info.text}`;
  return WITH_POPULATION.has(series) ? `${base}; pr. 1.000 indbyggere (15-79 år) efter FOLK1E` : base;
}
