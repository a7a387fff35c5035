/**
 * The report's own last check on small cells (DATA.md §6: "the product suppresses on every way
 * out"). The results arrive suppressed from `compute`; this makes sure nothing left on a row can
 * still reveal a count from 1 to threshold − 1: a row with such a count is suppressed, a
 * suppressed row loses every number, a gap is dropped when its comparison cell is suppressed and
 * a change is dropped when the period it starts from is suppressed. Free-text notes lose any
 * small number they mention.
 */
import type { AreaRow, ResultRow } from '../../services/result-types.ts';

function small(count: number | null, threshold: number): boolean {
  return count !== null && count >= 1 && count < threshold;
}

function key(row: Pick<ResultRow, 'indicator' | 'period' | 'group' | 'breakdown'>): string {
  return `${row.indicator}|${row.period}|${row.group}|${row.breakdown}`;
}

/** True when the row must not show its numbers. `countIds`: indicators whose value is a count. */
function mustHide(row: ResultRow, threshold: number, countIds: ReadonlySet<string>): boolean {
  if (row.suppressed) return true;
  const rest = row.numerator !== null && row.denominator !== null ? row.denominator - row.numerator : null;
  const value = countIds.has(row.indicator) ? row.value : null;
  return [row.numerator, row.denominator, row.n, rest, value].some((c) => small(c, threshold));
}

function blanked(row: ResultRow): ResultRow {
  return {
    ...row,
    numerator: null,
    denominator: null,
    value: null,
    ciLow: null,
    ciHigh: null,
    n: null,
    suppressed: true,
    gap: null,
    gapCiLow: null,
    gapCiHigh: null,
    standardised: null,
    change: { sincePrevious: null, sinceFirst: null },
    status: 'not_assessable',
    note: '',
  };
}

/**
 * The rows as they may be published.
 *
 * @example publishableRows(rows, 5, new Set(['igu-forloeb'])) // a row with numerator 3 comes back suppressed
 */
export function publishableRows(rows: readonly ResultRow[], threshold: number, countIds: ReadonlySet<string>): ResultRow[] {
  const hidden = new Set(rows.filter((r) => mustHide(r, threshold, countIds)).map(key));
  return rows.map((row) => {
    if (hidden.has(key(row))) return blanked(row);
    const comparisonHidden = row.group === 'target' && hidden.has(key({ ...row, group: 'comparison' }));
    const fromHidden = (period: string | undefined) => period !== undefined && hidden.has(key({ ...row, period }));
    const { sincePrevious, sinceFirst } = row.change;
    return {
      ...row,
      ...(comparisonHidden ? { gap: null, gapCiLow: null, gapCiHigh: null } : {}),
      change: {
        sincePrevious: fromHidden(sincePrevious?.fromPeriod) ? null : sincePrevious,
        sinceFirst: fromHidden(sinceFirst?.fromPeriod) ? null : sinceFirst,
      },
      note: scrubNote(row.note, threshold),
    };
  });
}

/** Housing areas as they may be published: an area with 1 to threshold − 1 residents is suppressed. */
export function publishableAreas(areas: readonly AreaRow[], threshold: number): AreaRow[] {
  return areas.map((a) =>
    a.suppressed || small(a.total, threshold)
      ? { ...a, total: null, targetShare: null, simpson: null, shannon: null, suppressed: true, aboveHalf: false }
      : a,
  );
}

/**
 * A delivery's free-text note with every stand-alone whole number from 1 to threshold − 1
 * replaced by "<threshold": a note such as "3 beboere uden boligområde" must not publish a 3.
 *
 * @example scrubNote('3 beboere uden boligområde', 5) // '<5 beboere uden boligområde'
 */
export function scrubNote(note: string, threshold: number): string {
  return note.replace(/(?<![\d.,])\d+(?![\d]|[.,]\d)/g, (digits) => {
    const n = Number(digits);
    return n >= 1 && n < threshold ? `<${threshold}` : digits;
  });
}
