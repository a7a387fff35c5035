/**
 * The last check on small cells before any figure leaves the product — dashboard, API, downloads
 * and report all pass their rows through here (DATA.md §6: "the product suppresses on every way
 * out"). The data arrives suppressed; this guard makes sure that nothing left on a row can still
 * reveal a small count: a suppressed row loses every number, a row whose counts are 1–4 (or whose
 * denominator minus numerator is) is suppressed, a gap is dropped when the comparison cell is
 * suppressed, a change is dropped when the period it starts from is suppressed, and an
 * age-standardised figure is dropped (said to be suppressed) when an age band it rests on is.
 */
import { type AreaRow, type ResultRow, withheldArea, withheldRow } from '../cells/index.ts';
import { type Cell, DEFAULT_THRESHOLD, primaryReason } from '../stats/index.ts';

export { DEFAULT_THRESHOLD };

function small(count: number | null, threshold: number): boolean {
  return count !== null && primaryReason({ key: '', numerator: count, denominator: null, valueKind: 'count' }, threshold) !== null;
}

export interface GuardOptions {
  /** Counts from 1 to threshold − 1 are never shown (default 5). */
  readonly threshold?: number;
  /** True for count indicators, whose value is itself a number of persons. */
  readonly valueIsCount?: boolean;
}

/**
 * True when the row must not show its numbers — by the product's one primary rule
 * (`stats/primaryReason`), applied to whatever counts the row still carries.
 */
export function mustSuppress(row: ResultRow, threshold: number, valueIsCount = false): boolean {
  if (row.suppressed) return true;
  return primaryReason(asCell(row, valueIsCount), threshold) !== null;
}

function asCell(row: ResultRow, valueIsCount: boolean): Cell {
  if (valueIsCount) return { key: '', numerator: row.numerator ?? row.value, denominator: null, n: row.n, valueKind: 'count' };
  // With both counts present the complement is checked too; otherwise check what is there ('index' asks for nothing).
  const kind = row.numerator !== null && row.denominator !== null ? 'share' : 'index';
  return { key: '', numerator: row.numerator, denominator: row.denominator, n: row.n, valueKind: kind };
}

const cellKey = (period: string, group: string, breakdown: string): string => `${period}\u0000${group}\u0000${breakdown}`;

/**
 * Returns the rows with every small-cell leak closed; rows that need no change are returned as is.
 *
 * @example guardResults([{ ...row, suppressed: true, value: 0.8 }])[0].value // null
 */
export function guardResults(rows: readonly ResultRow[], options: GuardOptions = {}): ResultRow[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const first = rows.map((row) => (mustSuppress(row, threshold, options.valueIsCount) ? withheldRow(row) : row));
  const suppressed = new Set(first.filter((r) => r.suppressed).map((r) => cellKey(r.period, r.group, r.breakdown)));
  // Periods (per indicator and municipality) with a hidden age band of the target or comparison group.
  const hiddenBand = new Set(
    first
      .filter((r) => r.suppressed && r.breakdown.startsWith('ageband=') && (r.group === 'target' || r.group === 'comparison'))
      .map((r) => `${r.indicator}\u0000${r.municipality}\u0000${r.period}`),
  );
  return first.map((published) => {
    if (published.suppressed) return published;
    // A note is free text from a department: a small count written in it is withheld too.
    const row = published.note === '' ? published : { ...published, note: scrubNote(published.note, threshold) };
    const comparisonHidden = row.group === 'target' && suppressed.has(cellKey(row.period, 'comparison', row.breakdown));
    const fromHidden = (period: string | undefined): boolean => period !== undefined && suppressed.has(cellKey(period, row.group, row.breakdown));
    const previous = row.change.sincePrevious;
    const sinceFirst = row.change.sinceFirst;
    const dropPrevious = previous !== null && fromHidden(previous.fromPeriod);
    const dropFirst = sinceFirst !== null && fromHidden(sinceFirst.fromPeriod);
    // A standardised figure with every other band published would give the hidden band away.
    const dropStandardised =
      (row.standardised !== null || row.standardisedGap !== null) && hiddenBand.has(`${row.indicator}\u0000${row.municipality}\u0000${row.period}`);
    if (!comparisonHidden && !dropPrevious && !dropFirst && !dropStandardised) return row;
    return {
      ...row,
      ...(comparisonHidden ? { gap: null, gapCiLow: null, gapCiHigh: null, standardisedGap: null } : {}),
      ...(dropStandardised ? { standardised: null, standardisedGap: null, standardisedMissing: 'suppressed' as const } : {}),
      change: { sincePrevious: dropPrevious ? null : previous, sinceFirst: dropFirst ? null : sinceFirst },
    };
  });
}

/** The same guard for housing areas: a suppressed or small area shows no numbers and no flag. */
export function guardAreas(rows: readonly AreaRow[], threshold = DEFAULT_THRESHOLD): AreaRow[] {
  return rows.map((row) => (row.suppressed || small(row.total, threshold) ? withheldArea(row) : row));
}

/**
 * A delivery's free-text note with every stand-alone whole number from 1 to threshold − 1
 * replaced by "<threshold": a note such as "3 beboere uden boligområde" must not publish a 3.
 *
 * @example scrubNote('3 beboere uden boligområde', 5) // '<5 beboere uden boligområde'
 */
export function scrubNote(note: string, threshold = DEFAULT_THRESHOLD): string {
  return note.replace(/(?<![\d.,])\d+(?![\d]|[.,]\d)/g, (digits) => {
    const n = Number(digits);
    return small(n, threshold) ? `<${threshold}` : digits;
  });
}
