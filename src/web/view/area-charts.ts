/**
 * Chart specs for the housing areas: the bars of the target group's share per area in one period,
 * and the municipality-wide segregation indices over time.
 */
import type { Lang } from '../../catalogue/index.ts';
import { type LineSeries, renderBarChart, renderLineChart } from '../../charts/index.ts';
import { formatMeasure, formatPeriodLabel, formatPeriodShort, formatShare, formatTick, SUPPRESSED_LABEL } from '../../format/index.ts';
import type { AreaRow, SegregationRow } from '../../cells/index.ts';
import type { Dictionary } from '../i18n/index.ts';
import { fillPeriods } from '../../catalogue/index.ts';

const PERCENT = { unit: 'percent', decimals: 1 } as const;
const INDEX = { unit: 'index', decimals: 2 } as const;

/** The segregation indices in the order they are listed. */
export const SEGREGATION_KEYS = ['dissimilarity', 'isolation', 'exposure', 'theil'] as const;

/** Areas of one period, largest target-group share first, suppressed areas last. */
export function sortAreas(rows: readonly AreaRow[], names: ReadonlyMap<string, string>): AreaRow[] {
  return [...rows].sort(
    (a, b) => (b.targetShare ?? -1) - (a.targetShare ?? -1) || (names.get(a.area) ?? a.area).localeCompare(names.get(b.area) ?? b.area, 'da'),
  );
}

/** The bar chart of one period's areas (rows already sorted). */
export function areaChart(rows: readonly AreaRow[], period: string, names: ReadonlyMap<string, string>, lang: Lang, dict: Dictionary): string {
  const name = (area: string): string => names.get(area) ?? area;
  const valueLabel = (row: AreaRow): string => (row.suppressed || row.targetShare === null ? SUPPRESSED_LABEL[lang] : formatShare(row.targetShare, lang));
  const description = rows.map((row) => `${name(row.area)}: ${valueLabel(row)}${row.aboveHalf === true ? ` (${dict.areasFlag})` : ''}`).join('; ');
  return renderBarChart({
    id: 'chart-areas',
    title: dict.areasChartTitle(formatPeriodLabel(period, lang)),
    description: dict.chartDescription(description),
    bars: rows.map((row) => ({
      label: name(row.area),
      value: row.suppressed ? null : row.targetShare,
      valueLabel: valueLabel(row),
      suppressed: row.suppressed,
      flagged: row.aboveHalf === true,
    })),
    formatTick: (value, step) => formatTick(value, PERCENT, step, lang),
    reference: { value: 0.5, label: dict.areasReference },
    labels: { flagged: dict.areasFlag, ramp: dict.areasRamp },
  });
}

/** The segregation indices over every period, as a line chart without intervals. */
export function segregationChart(rows: readonly SegregationRow[], lang: Lang, dict: Dictionary): string {
  const periods = fillPeriods(rows.map((r) => r.period));
  const at = (period: string): SegregationRow | undefined => rows.find((r) => r.period === period);
  const series: LineSeries[] = SEGREGATION_KEYS.map((key, i) => ({
    label: dict.segregation[key],
    points: periods.map((p) => {
      const value = at(p)?.[key];
      return value === null || value === undefined ? null : { value };
    }),
    styleIndex: i,
  }));
  const words = SEGREGATION_KEYS.map((key) =>
    dict.seriesDescription(
      dict.segregation[key],
      periods
        .map((p) => {
          const value = at(p)?.[key];
          return `${formatPeriodShort(p, lang)} ${value === null || value === undefined ? '–' : formatMeasure(value, INDEX, lang)}`;
        })
        .join(', '),
    ),
  ).join('; ');
  return renderLineChart({
    id: 'chart-segregation',
    title: dict.segregationChartTitle,
    description: dict.chartDescription(words),
    categories: periods.map((p) => formatPeriodShort(p, lang)),
    series,
    formatTick: (value, step) => formatTick(value, INDEX, step, lang),
    labels: { interval: dict.intervalLegend, suppressed: dict.suppressedLegend },
    yLabel: dict.yLabels.index,
    includeZero: true,
    plotHeight: 180,
  });
}
