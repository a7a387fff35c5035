/**
 * Which of an indicator's rows the report is about: the headline series (the target group's
 * whole-group figure, or the headline index of the diversity indicator) and the comparison
 * group's series, each in period order.
 */
import type { Indicator } from '../catalogue/index.ts';
import type { DeliveryGroup } from '../origin/types.ts';
import type { ResultRow } from '../cells/index.ts';
import { comparePeriodTexts } from '../catalogue/index.ts';

export interface HeadlineSeries {
  /** The group the headline is about ('total' for the diversity index). */
  readonly group: DeliveryGroup;
  /** The breakdown of the headline rows ('' or `index=simpson`). */
  readonly breakdown: string;
  readonly primary: readonly ResultRow[];
  readonly comparison: readonly ResultRow[];
}

function series(rows: readonly ResultRow[], group: DeliveryGroup, breakdown: string): ResultRow[] {
  return rows.filter((r) => r.group === group && r.breakdown === breakdown).sort((a, b) => comparePeriodTexts(a.period, b.period));
}

/** The headline and comparison series of one indicator's rows. */
export function headlineSeries(indicator: Indicator, rows: readonly ResultRow[]): HeadlineSeries {
  if (indicator.measure.kind === 'index') {
    const breakdown = `index=${indicator.measure.headline}`;
    const headline = series(rows, 'total', breakdown);
    // A delivery without index rows carries the headline as the whole group's figure.
    return headline.length > 0
      ? { group: 'total', breakdown, primary: headline, comparison: [] }
      : { group: 'total', breakdown: '', primary: series(rows, 'total', ''), comparison: [] };
  }
  const hasTarget = rows.some((r) => r.group === 'target' && r.breakdown === '');
  const group: DeliveryGroup = hasTarget || !rows.some((r) => r.group === 'total') ? 'target' : 'total';
  const comparison = indicator.comparison === 'none' ? [] : series(rows, 'comparison', '');
  return { group, breakdown: '', primary: series(rows, group, ''), comparison };
}

/** The rows of one period in a series. */
export function rowFor(rows: readonly ResultRow[], period: string): ResultRow | undefined {
  return rows.find((r) => r.period === period);
}

/**
 * The series the narrative describes for a chosen breakdown: the headline for the whole group
 * (''), else the target and comparison rows of that breakdown.
 */
export function selectedSeries(indicator: Indicator, rows: readonly ResultRow[], breakdown: string): HeadlineSeries {
  if (breakdown === '') return headlineSeries(indicator, rows);
  // An index of the diversity indicator (`index=simpson`) is the whole population's figure, not the target group's.
  if (indicator.measure.kind === 'index' && breakdown.startsWith('index='))
    return { group: 'total', breakdown, primary: series(rows, 'total', breakdown), comparison: [] };
  const comparison = indicator.comparison === 'none' ? [] : series(rows, 'comparison', breakdown);
  return { group: 'target', breakdown, primary: series(rows, 'target', breakdown), comparison };
}
