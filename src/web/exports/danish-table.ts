/**
 * The reader's table: what the CSV linked from a page holds, for Danish Excel. The machine table
 * (`table.ts`, the columns of `indikator compute`) is relabelled, never recomputed, so it carries
 * exactly the suppressed figures the machine table does: headers in words (`Værdi (%)`, `Nedre
 * grænse`, …), codes in words (`Målgruppe`, `Kan ikke vurderes`, `ja`/`nej`), shares as percent
 * and gaps as percentage points, numbers rounded to what the page shows (plus one decimal for the
 * intervals' ends not to collapse), and times on the Copenhagen clock. The text is then written
 * with `;`, decimal comma and a BOM by `toCsv(…, { danish: true })`.
 */
import type { Lang } from '../../catalogue/index.ts';
import type { Cell, Column, Table } from './table.ts';
import type { Localized } from '../../language/index.ts';

/** Column headers in Danish and English; a column not named here keeps its machine name. */
const HEADERS: Readonly<Record<string, Localized>> = {
  indicator: { da: 'Indikator', en: 'Indicator' },
  period: { da: 'Periode', en: 'Period' },
  group: { da: 'Gruppe', en: 'Group' },
  breakdown: { da: 'Opdeling', en: 'Breakdown' },
  numerator: { da: 'Tæller', en: 'Numerator' },
  denominator: { da: 'Nævner', en: 'Denominator' },
  value: { da: 'Værdi', en: 'Value' },
  ci_low: { da: 'Nedre grænse', en: 'Lower bound' },
  ci_high: { da: 'Øvre grænse', en: 'Upper bound' },
  n: { da: 'Antal personer', en: 'Persons' },
  suppressed: { da: 'Diskretioneret', en: 'Suppressed' },
  gap: { da: 'Forskel til sammenligningsgruppen', en: 'Gap to the comparison group' },
  definition: { da: 'Afgrænsning', en: 'Group definition' },
  third_generation: { da: 'Inkl. 3. generation', en: 'Incl. third generation' },
  gap_ci_low: { da: 'Forskel, nedre grænse', en: 'Gap, lower bound' },
  gap_ci_high: { da: 'Forskel, øvre grænse', en: 'Gap, upper bound' },
  standardised_value: { da: 'Aldersstandardiseret værdi', en: 'Age-standardised value' },
  standardised_ci_low: { da: 'Aldersstandardiseret, nedre grænse', en: 'Age-standardised, lower bound' },
  standardised_ci_high: { da: 'Aldersstandardiseret, øvre grænse', en: 'Age-standardised, upper bound' },
  change_since_previous: { da: 'Ændring siden forrige periode', en: 'Change since the previous period' },
  change_since_previous_significant: { da: 'Ændring siden forrige statistisk sikker', en: 'Change since previous significant' },
  change_since_first: { da: 'Ændring siden første periode', en: 'Change since the first period' },
  change_since_first_significant: { da: 'Ændring siden første statistisk sikker', en: 'Change since first significant' },
  status: { da: 'Status', en: 'Status' },
  status_since_first: { da: 'Status siden første periode', en: 'Status since the first period' },
  delivery_version: { da: 'Leveringsversion', en: 'Delivery version' },
  delivery_date: { da: 'Leveret', en: 'Delivered' },
  note: { da: 'Note', en: 'Note' },
  area: { da: 'Områdekode', en: 'Area code' },
  area_name: { da: 'Boligområde', en: 'Housing area' },
  total: { da: 'Beboere', en: 'Residents' },
  target_share: { da: 'Målgruppens andel', en: "Target group's share" },
  simpson: { da: 'Simpsons diversitetsindeks', en: "Simpson's diversity index" },
  shannon: { da: 'Shannons indeks', en: "Shannon's index" },
  above_half: { da: 'Målgruppen over 50 %', en: 'Target group above 50%' },
  dissimilarity: { da: 'Ulighedsindeks (dissimilarity)', en: 'Dissimilarity index' },
  isolation: { da: 'Isolationsindeks', en: 'Isolation index' },
  exposure: { da: 'Eksponeringsindeks', en: 'Exposure index' },
  theil: { da: 'Theils indeks', en: "Theil's index" },
  standardised_gap: { da: 'Aldersstandardiseret forskel', en: 'Age-standardised gap' },
  standardised_gap_ci_low: { da: 'Aldersstandardiseret forskel, nedre grænse', en: 'Age-standardised gap, lower bound' },
  standardised_gap_ci_high: { da: 'Aldersstandardiseret forskel, øvre grænse', en: 'Age-standardised gap, upper bound' },
  standardised_missing: { da: 'Hvorfor ingen aldersstandardisering', en: 'Why no age standardisation' },
  status_basis: { da: 'Status vurderet på', en: 'Status judged on' },
  status_reason: { da: 'Begrundelse for status', en: 'Reason for the status' },
  municipality: { da: 'Kommunekode', en: 'Municipality code' },
  municipality_name: { da: 'Kommune', en: 'Municipality' },
  definition_hash: { da: 'Definitionsversion (hash)', en: 'Definition version (hash)' },
  variant: { da: 'Variant', en: 'Variant' },
  definition_text: { da: 'Definition', en: 'Definition' },
};

/** Columns that hold a difference: a share's difference is in percentage points, not percent. */
const DIFFERENCES = new Set([
  'gap',
  'gap_ci_low',
  'gap_ci_high',
  'change_since_previous',
  'change_since_first',
  'standardised_gap',
  'standardised_gap_ci_low',
  'standardised_gap_ci_high',
]);
/** Columns holding an interval's end: one decimal more, so that a narrow interval stays visible. */
const BOUNDS = /ci_low|ci_high/;
/** Columns holding a moment. */
const TIMES = new Set(['delivery_date']);

export interface DanishTableOptions {
  lang: Lang;
  /** Decimals of a value as the page shows it (percent for shares). */
  decimals: number;
  /** Codes in words, per column (`group` → `Målgruppe`); text not found stays as it is. */
  words?: Readonly<Record<string, (code: string) => string>>;
}

const clock = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2026-02-15T09:30:00Z` → `15-02-2026 10:30` (Copenhagen), which Danish Excel reads as a time. */
export function copenhagenTime(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso.split('-').reverse().join('-');
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const parts = Object.fromEntries(clock.formatToParts(new Date(time)).map((p) => [p.type, p.value]));
  return `${parts.day}-${parts.month}-${parts.year} ${parts.hour}:${parts.minute}`;
}

function header(column: Column, lang: Lang): string {
  const name = HEADERS[column.name]?.[lang] ?? column.name;
  if (column.kind !== 'share') return name;
  if (DIFFERENCES.has(column.name)) return `${name} (${lang === 'da' ? 'procentpoint' : 'percentage points'})`;
  return `${name} (%)`;
}

function rounded(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function cell(value: Cell, column: Column, options: DanishTableOptions): Cell {
  if (value === null) return null;
  if (typeof value === 'boolean') return options.lang === 'da' ? (value ? 'ja' : 'nej') : value ? 'yes' : 'no';
  if (typeof value === 'string') {
    if (TIMES.has(column.name)) return copenhagenTime(value);
    return options.words?.[column.name]?.(value) ?? value;
  }
  const extra = BOUNDS.test(column.name) ? 1 : 0;
  switch (column.kind) {
    case 'share':
      return rounded(value * 100, options.decimals + extra);
    case 'decimal':
      return rounded(value, Math.max(options.decimals, 2) + extra);
    case 'integer':
      return Math.round(value);
    default:
      return value;
  }
}

/**
 * The table relabelled for a reader. Shares become percent (kind `decimal`, so that a workbook
 * does not format them as percent a second time).
 *
 * @example danishTable({ name: 't', columns: [{ name: 'value', kind: 'share' }], rows: [[0.35249]] }, { lang: 'da', decimals: 1 })
 * // { name: 't', columns: [{ name: 'Værdi (%)', kind: 'decimal' }], rows: [[35.2]] }
 */
export function danishTable(table: Table, options: DanishTableOptions): Table {
  return {
    name: table.name,
    columns: table.columns.map((c) => ({
      name: header(c, options.lang),
      kind: c.kind === 'share' || c.kind === 'boolean' ? (c.kind === 'share' ? 'decimal' : 'text') : c.kind,
    })),
    rows: table.rows.map((row) => row.map((v, i) => cell(v, table.columns[i] ?? { name: '', kind: 'text' }, options))),
  };
}
