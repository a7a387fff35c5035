/**
 * Periods as the report lines them up: in time order, filled in between the first and the last
 * (so an undelivered year is a visible gap in a chart, not a silent jump), and cut at the period
 * the report is "as of".
 */
import { comparePeriods, formatPeriod, nextPeriod, type Period, parseAnyPeriod, periodRange } from '../../catalogue/index.ts';

const MAX_FILLED = 200;

function parse(text: string): Period | undefined {
  const result = parseAnyPeriod(text);
  return result.ok ? result.period : undefined;
}

/** Compares two period texts by their dates; unreadable texts last, by text. */
export function comparePeriodTexts(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  if (pa !== undefined && pb !== undefined) return comparePeriods(pa, pb) || a.localeCompare(b);
  if (pa !== undefined) return -1;
  if (pb !== undefined) return 1;
  return a.localeCompare(b);
}

/**
 * Every period from the first to the last of the given ones, including undelivered ones.
 *
 * @example fillPeriods(['2025', '2023']) // ['2023', '2024', '2025']
 */
export function fillPeriods(periods: Iterable<string>): string[] {
  const sorted = [...new Set(periods)].sort(comparePeriodTexts);
  const first = sorted[0] === undefined ? undefined : parse(sorted[0]);
  const last = sorted.at(-1) === undefined ? undefined : parse(sorted.at(-1) as string);
  if (first === undefined || last === undefined || sorted.some((t) => parse(t)?.kind !== first.kind)) return sorted;
  const filled: string[] = [];
  let current: Period | undefined = first;
  while (current !== undefined && filled.length < MAX_FILLED) {
    filled.push(formatPeriod(current));
    if (comparePeriods(current, last) >= 0) return filled;
    current = nextPeriod(current);
  }
  return sorted;
}

/** The periods missing between the first and the last delivered one. */
export function missingPeriods(periods: Iterable<string>): string[] {
  const delivered = new Set(periods);
  return fillPeriods(delivered).filter((p) => !delivered.has(p));
}

/**
 * Whether a period belongs in a report "as of" `cutOff`: the same text, or a period that had
 * ended by the end of the cut-off period (so `--period 2024` keeps the school year 2023/2024 and
 * the election KV2021, but not 2025).
 */
export function withinCutOff(period: string, cutOff: Period | undefined): boolean {
  if (cutOff === undefined) return true;
  if (period === formatPeriod(cutOff)) return true;
  const parsed = parse(period);
  return parsed !== undefined && periodRange(parsed).end <= periodRange(cutOff).end;
}
