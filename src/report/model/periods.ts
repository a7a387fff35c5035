/**
 * Periods as the report lines them up: in time order, filled in between the first and the last
 * (so an undelivered year is a visible gap in a chart, not a silent jump), and cut at the period
 * the report is "as of".
 */
import { fillPeriods, formatPeriod, type Period, parseAnyPeriod, periodRange } from '../../catalogue/index.ts';

function parse(text: string): Period | undefined {
  const result = parseAnyPeriod(text);
  return result.ok ? result.period : undefined;
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
