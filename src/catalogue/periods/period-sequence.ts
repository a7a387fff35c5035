/**
 * Periods as dashboard, report and compute line them up: sorted by their dates (not their text),
 * and filled in between the first and the last so that a period nobody delivered shows as a gap
 * in a chart instead of silently vanishing.
 */
import { formatPeriod } from './format-period.ts';
import { comparePeriods, nextPeriod } from './period-order.ts';
import type { Period } from './period.ts';
import { parseAnyPeriod } from './parse-period.ts';

/** The longest run of periods an axis is filled to; beyond it, only delivered periods are shown. */
const MAX_FILLED = 200;

function parse(text: string): Period | undefined {
  const result = parseAnyPeriod(text);
  return result.ok ? result.period : undefined;
}

/** Compares two period texts by their dates; unreadable texts sort after readable ones, by text. */
export function comparePeriodTexts(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  if (pa !== undefined && pb !== undefined) return comparePeriods(pa, pb) || a.localeCompare(b);
  if (pa !== undefined) return -1;
  if (pb !== undefined) return 1;
  return a.localeCompare(b);
}

/** The distinct periods, in time order. */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort(comparePeriodTexts);
}

/**
 * Every period from the first to the last of the given ones, of the same type, including those
 * with no data.
 *
 * @example fillPeriods(['2022', '2019']) // ['2019', '2020', '2021', '2022']
 * @example fillPeriods(['KV2017', 'KV2025']) // ['KV2017', 'KV2021', 'KV2025']
 */
export function fillPeriods(periods: Iterable<string>): string[] {
  const sorted = sortPeriods(periods);
  const first = sorted[0] === undefined ? undefined : parse(sorted[0]);
  const last = sorted.at(-1) === undefined ? undefined : parse(sorted.at(-1) as string);
  if (first === undefined || last === undefined || first.kind !== last.kind) return sorted;
  if (sorted.some((text) => parse(text)?.kind !== first.kind)) return sorted;
  const filled: string[] = [];
  let current: Period | undefined = first;
  while (current !== undefined && filled.length < MAX_FILLED) {
    filled.push(formatPeriod(current));
    if (comparePeriods(current, last) >= 0) return filled;
    current = nextPeriod(current);
  }
  return sorted;
}
