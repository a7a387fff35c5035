/**
 * Aggregated delivery files (DATA.md §4) for the `indikator import` tests: the header, good rows
 * to start from, and writers for CSV text and XLSX workbooks.
 */
import ExcelJS from 'exceljs';

/** The delivery columns in the contract's order (plus `sd`, which the product accepts for means). */
export const DELIVERY_HEADER = [
  'indicator',
  'period',
  'group',
  'breakdown',
  'numerator',
  'denominator',
  'value',
  'n',
  'definition',
  'third_generation',
  'suppressed',
  'note',
] as const;

type Column = (typeof DELIVERY_HEADER)[number];
export type DeliveryRow = Partial<Record<Column, string>>;

/** A row in header order; missing cells are empty. */
export function cells(row: DeliveryRow, header: readonly string[] = DELIVERY_HEADER): string[] {
  return header.map((h) => row[h as Column] ?? '');
}

/** A share cell of `selvforsoergelse` (calendar year, origin, no third generation). */
export function shareRow(group: string, numerator: number, denominator: number, overrides: DeliveryRow = {}): DeliveryRow {
  return {
    indicator: 'selvforsoergelse',
    period: '2025',
    group,
    numerator: String(numerator),
    denominator: String(denominator),
    definition: 'origin',
    third_generation: 'false',
    suppressed: 'false',
    ...overrides,
  };
}

/** A mean cell of `karaktergennemsnit` (school year): mean `value` over `n` pupils. */
export function meanRow(group: string, value: string, n: string, overrides: DeliveryRow = {}): DeliveryRow {
  return { indicator: 'karaktergennemsnit', period: '2024/2025', group, value, n, ...overrides };
}

/**
 * `count` cells of `boligomraader-diversitet`: persons per group and housing area (`area=0001` …),
 * four groups per area, all valid.
 */
export function areaRows(count: number, note = ''): DeliveryRow[] {
  const groups = ['target', 'comparison', 'other', 'total'];
  return Array.from({ length: count }, (_, i) => {
    const a = Math.floor(i / 4);
    const area = String(a + 1).padStart(4, '0');
    const parts = [30 + (a % 7), 200 + (a % 11), 20 + (a % 5)];
    const total = parts.reduce((a, b) => a + b, 0);
    const j = i % 4;
    return {
      indicator: 'boligomraader-diversitet',
      period: '2025',
      group: groups[j],
      breakdown: `area=${area}`,
      numerator: String(j === 3 ? total : parts[j]),
      denominator: String(total),
      note,
    };
  });
}

/** Rows as CSV text with `separator` (no quoting: callers choose cells that need none). */
export function deliveryCsv(rows: readonly DeliveryRow[], separator = ';', header: readonly string[] = DELIVERY_HEADER): string {
  return `${[header, ...rows.map((r) => cells(r, header))].map((line) => line.join(separator)).join('\n')}\n`;
}

/** Writes an XLSX workbook with the given sheets (name → rows of cells). */
export async function writeWorkbook(file: string, sheets: Readonly<Record<string, readonly (readonly unknown[])[]>>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  await workbook.xlsx.writeFile(file);
}
