/**
 * Turns an exceljs cell value into the text a CSV export would hold, so that the rest of the product
 * sees XLSX and CSV alike: numbers with '.' as decimal mark, dates as ISO `YYYY-MM-DD`, booleans as
 * 'true'/'false', rich text as plain text, formulas as their cached result, errors as '#N/A' etc.
 */

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * The text of a cell value. `numberFormat` lets a formula's numeric result that is formatted as a
 * date come out as a date, as exceljs only converts plain date cells.
 * @example cellText(0.352) === '0.352'; cellText(new Date(Date.UTC(2023, 1, 28))) === '2023-02-28'
 */
export function cellText(value: unknown, numberFormat?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') return objectText(value as Record<string, unknown>, numberFormat);
  return '';
}

function objectText(value: Record<string, unknown>, numberFormat: string | undefined): string {
  if (Array.isArray(value.richText)) return richText(value.richText);
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (typeof result === 'number' && isDateFormat(numberFormat)) return isoDate(excelDate(result));
    return cellText(result);
  }
  if (typeof value.error === 'string') return value.error;
  if ('text' in value) return cellText(value.text);
  return '';
}

function richText(runs: unknown[]): string {
  return runs.map((run) => (run !== null && typeof run === 'object' ? cellText((run as { text?: unknown }).text) : '')).join('');
}

/** Shortest round-trip text with '.' decimals; no exponent for small magnitudes. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  const text = String(n);
  if (!text.includes('e-')) return text;
  return n.toFixed(20).replace(/0+$/, '');
}

/** `YYYY-MM-DD` of a date as exceljs builds it (midnight UTC). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function excelDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * MS_PER_DAY));
}

/** Excel's test for a date format: d, m, y, h or s outside quoted text and [brackets]. */
function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const clean = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhsb]/i.test(clean) && !/^general$/i.test(clean.trim());
}
