/**
 * Aggregated delivery files for the workflow tests (DATA.md §4): a valid one for an indicator, a
 * broken one (every kind of row error the page must list), and the CSV text writer.
 */

const HEADER = ['indicator', 'period', 'group', 'breakdown', 'numerator', 'denominator', 'value', 'n', 'definition', 'third_generation', 'suppressed', 'note'];

export interface ShareCell {
  group: 'target' | 'comparison' | 'other' | 'total';
  numerator: number;
  denominator: number;
  note?: string;
}

/** CSV text with the delivery header and one row per cell of a share indicator. */
export function shareDelivery(indicator: string, period: string, cells: readonly ShareCell[]): string {
  const rows = cells.map((c) => [indicator, period, c.group, '', String(c.numerator), String(c.denominator), '', '', 'origin', 'false', 'false', c.note ?? '']);
  return csv([HEADER, ...rows]);
}

/** The usual three cells, target 120/400 and comparison 900/2000, with an optional note on the target cell. */
export function goodDelivery(indicator: string, period: string, note = ''): string {
  return shareDelivery(indicator, period, [
    { group: 'target', numerator: 120, denominator: 400, note },
    { group: 'comparison', numerator: 900, denominator: 2000 },
    { group: 'total', numerator: 1100, denominator: 2600 },
  ]);
}

/** A delivery with three row errors: numerator above denominator (row 2), a bad group (row 3), a bad count (row 4). */
export function brokenDelivery(indicator: string, period: string): string {
  const rows = [
    [indicator, period, 'target', '', '500', '400', '', '', 'origin', 'false', 'false', ''],
    [indicator, period, 'martians', '', '900', '2000', '', '', 'origin', 'false', 'false', ''],
    [indicator, period, 'total', '', 'many', '2600', '', '', 'origin', 'false', 'false', ''],
  ];
  return csv([HEADER, ...rows]);
}

function csv(rows: readonly (readonly string[])[]): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return `${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`;
}
