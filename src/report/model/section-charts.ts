/**
 * The charts of an indicator's section, drawn by the one renderer the dashboard uses
 * (`src/charts`): the headline group against the comparison group over every period with 95 %
 * bands, the gap over time, and for the diversity indicator the index over time and the housing
 * areas' bars. Each chart carries a text alternative that lists every value in words.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { type ChartPoint, renderBarChart, renderGapChart, renderTimeSeriesChart } from '../../charts/index.ts';
import {
  formatDifference,
  formatPeriodLabel,
  formatPeriodShort,
  formatShare,
  formatTick,
  formatValue,
  MISSING_LABEL,
  NOT_COMPUTABLE_LABEL,
  SUPPRESSED_LABEL,
} from '../../format/index.ts';
import type { AreaRow, ResultRow } from '../../services/result-types.ts';
import { chartGoal } from '../../services/targets.ts';
import type { Target } from '../../store/index.ts';
import { groupName } from './cells.ts';
import { fillPeriods, type SeriesBreakSpan, seriesBreakSpans } from '../../catalogue/index.ts';
import type { ReportChart } from './report-model.ts';
import type { ReportWords } from './report-words.ts';
import { type GapPoint, type GapPoints, gapPoints, goalLabel, type HeadlineSeries, judgedStandardised, rowFor, standardisedInWords, standardisedPoint } from '../../narrative/index.ts';

interface ChartContext {
  readonly indicator: Indicator;
  readonly lang: Lang;
  readonly words: ReportWords;
  /** The council's target, drawn on the chart it is for. */
  readonly target?: Target | null;
}

function goalFor(c: ChartContext, periods: readonly string[], measure: Target['measure']) {
  const label = c.target ? goalLabel(c.target, c.indicator.display, c.lang) : '';
  return chartGoal(periods, c.target, measure, label);
}

function point(row: ResultRow | undefined): ChartPoint | null {
  if (row === undefined) return null;
  if (row.suppressed) return { value: null, suppressed: true };
  if (row.value === null) return null;
  return { value: row.value, low: row.ciLow, high: row.ciHigh };
}

function tick(c: ChartContext): (value: number, step: number) => string {
  return (value, step) => formatTick(value, c.indicator.display, step, c.lang);
}

/** Ticks of a difference: percentage points (no % sign) for shares, the unit's number otherwise. */
function gapTick(c: ChartContext): (value: number, step: number) => string {
  if (c.indicator.display.unit !== 'percent') return tick(c);
  const points = { unit: 'count', decimals: c.indicator.display.decimals } as const;
  return (value, step) => formatTick(value * 100, points, step * 100, c.lang);
}

function inWords(c: ChartContext, periods: readonly string[], rows: readonly ResultRow[]): string {
  return periods
    .map((p) => {
      const row = rowFor(rows, p);
      return `${formatPeriodShort(p, c.lang)} ${row === undefined ? MISSING_LABEL[c.lang] : formatValue(row, c.indicator, c.lang)}`;
    })
    .join(', ');
}

/** Style of the target group's age-standardised line (distinct from every group's). */
const STANDARDISED_STYLE = 4;

/** The target group's standardised series, leading an age-standardised indicator's chart; else null. */
function standardisedSeries(c: ChartContext, s: HeadlineSeries, periods: readonly string[], data: readonly string[], name: string) {
  if (s.group !== 'target' || !s.primary.some((r) => judgedStandardised(c.indicator, r))) return null;
  const all = periods.map((p) => standardisedPoint(rowFor(s.primary, p)));
  const label = c.words.standardisedSeries(name);
  const words = standardisedInWords(all, data, c.indicator.display, c.lang);
  return { series: { label, points: all.map((a) => a.point), styleIndex: STANDARDISED_STYLE }, alt: `${label}: ${words}` };
}

/** The headline (and comparison) series over time, or null when there is nothing to draw. */
export function timeSeriesChart(c: ChartContext, s: HeadlineSeries): ReportChart | null {
  const groups = [{ group: s.group, rows: s.primary, style: 0 }, ...(s.comparison.length > 0 ? [{ group: 'comparison' as const, rows: s.comparison, style: 1 }] : [])];
  const { periods: drawn, data: periods, goal } = goalFor(c, fillPeriods(groups.flatMap((g) => g.rows.map((r) => r.period))), 'level');
  if (periods.length === 0) return null;
  const definition = s.primary.at(-1)?.definition ?? c.indicator.group_definition;
  const standardised = standardisedSeries(c, s, drawn, periods, groupName('target', definition, c.words));
  const label = (g: (typeof groups)[number]) => {
    if (s.group === 'total' && c.indicator.measure.kind === 'index') return c.words.indexNames[c.indicator.measure.headline] ?? '';
    const name = groupName(g.group, definition, c.words);
    return g.group === 'target' && standardised !== null ? c.words.crudeSeries(name) : name;
  };
  const described = groups.map((g) => `${label(g)}: ${inWords(c, periods, g.rows)}`);
  const breaks = seriesBreakSpans(c.indicator, drawn, c.lang);
  const alt = c.words.chartAlt([...(standardised === null ? [] : [standardised.alt]), ...described].join('; ') + (goal === undefined ? '' : `; ${goal.label}`) + breakWords(breaks));
  const title = c.indicator.measure.kind === 'index' ? c.words.indexChartTitle(c.indicator.title[c.lang]) : c.words.chartTitle(c.indicator.title[c.lang]);
  const svg = renderTimeSeriesChart({
    id: `chart-${c.indicator.id}`,
    title,
    description: alt,
    categories: drawn.map((p) => formatPeriodShort(p, c.lang)),
    series: [
      ...(standardised === null ? [] : [standardised.series]),
      ...groups.map((g) => ({ label: label(g), points: drawn.map((p) => point(rowFor(g.rows, p))), styleIndex: g.style })),
    ],
    formatTick: tick(c),
    labels: { interval: c.words.intervalLegend, suppressed: c.words.suppressedLegend },
    yLabel: c.words.yLabels[c.indicator.display.unit] ?? '',
    ...(goal === undefined ? {} : { goal }),
    breaks,
  });
  return { id: `chart-${c.indicator.id}`, title, alt, svg };
}

/** The series breaks in a chart's text alternative. */
function breakWords(breaks: readonly SeriesBreakSpan[]): string {
  return breaks.map((b) => `; ${b.title}`).join('');
}

function periodGap(c: ChartContext, s: HeadlineSeries, period: string): GapPoints {
  return gapPoints(c.indicator, rowFor(s.primary, period), rowFor(s.comparison, period)?.suppressed === true);
}

function gapWords(c: ChartContext, periods: readonly string[], points: readonly (GapPoint | null)[], notComputable: readonly boolean[]): string {
  return periods
    .map((p, i) => {
      const g = points[i];
      const shown =
        g == null
          ? notComputable[i] === true
            ? NOT_COMPUTABLE_LABEL[c.lang]
            : MISSING_LABEL[c.lang]
          : g.suppressed === true
            ? SUPPRESSED_LABEL[c.lang]
            : formatDifference(g.value as number, c.indicator.display, c.lang, true);
      return `${formatPeriodShort(p, c.lang)} ${shown}`;
    })
    .join(', ');
}

/**
 * The gap over time, or null without a comparison group or without any gap. For an
 * age-standardised indicator the standardised gap leads and the crude gap is the second line.
 */
export function gapChart(c: ChartContext, s: HeadlineSeries): ReportChart | null {
  if (c.indicator.comparison !== 'comparison_group') return null;
  const { periods: drawn, data: periods, goal } = goalFor(c, fillPeriods(s.primary.map((r) => r.period)), 'gap');
  const all = drawn.map((p) => periodGap(c, s, p));
  const judged = all.map((g) => g.judged);
  const crude = all.map((g) => g.crude);
  const hasCrude = crude.some((g) => g !== null);
  if (![...judged, ...crude].some((g) => g !== null && g.value !== null)) return null;
  const label = hasCrude ? c.words.gapStandardisedSeries : c.words.gapSeries;
  const series = [`${label}: ${gapWords(c, periods, judged, all.map((g) => g.notComputable))}`];
  if (hasCrude) series.push(`${c.words.gapCrudeSeries}: ${gapWords(c, periods, crude, [])}`);
  const title = c.words.gapChartTitle(c.indicator.title[c.lang]);
  const breaks = seriesBreakSpans(c.indicator, drawn, c.lang);
  const alt = c.words.chartAlt(`${series.join('; ')}${goal === undefined ? '' : `; ${goal.label}`}${breakWords(breaks)}`);
  const svg = renderGapChart({
    id: `gap-${c.indicator.id}`,
    title,
    description: alt,
    categories: drawn.map((p) => formatPeriodShort(p, c.lang)),
    gaps: judged,
    label,
    ...(hasCrude ? { second: { label: c.words.gapCrudeSeries, gaps: crude } } : {}),
    formatTick: gapTick(c),
    labels: { interval: c.words.intervalLegend, suppressed: c.words.suppressedLegend, noGap: c.words.noGap },
    yLabel: c.words.gapYLabels[c.indicator.display.unit] ?? '',
    ...(goal === undefined ? {} : { goal }),
    breaks,
  });
  return { id: `gap-${c.indicator.id}`, title, alt, svg };
}

/** Bars of the target group's share per housing area in one period (largest first, suppressed last). */
export function areasChart(c: ChartContext, areas: readonly AreaRow[], period: string, names: ReadonlyMap<string, string>): ReportChart | null {
  if (areas.length === 0) return null;
  const name = (a: AreaRow) => names.get(a.area) ?? a.area;
  const shown = (a: AreaRow) => (a.suppressed || a.targetShare === null ? SUPPRESSED_LABEL[c.lang] : formatShare(a.targetShare, c.lang));
  const title = c.words.areasChartTitle(formatPeriodLabel(period, c.lang));
  const alt = c.words.chartAlt(areas.map((a) => `${name(a)} ${shown(a)}${a.aboveHalf === true ? ` (${c.words.areasFlag})` : ''}`).join('; '));
  const svg = renderBarChart({
    id: `areas-${c.indicator.id}`,
    title,
    description: alt,
    bars: areas.map((a) => ({ label: name(a), value: a.suppressed ? null : a.targetShare, valueLabel: shown(a), suppressed: a.suppressed, flagged: a.aboveHalf === true })),
    formatTick: (value, step) => formatTick(value, { unit: 'percent', decimals: 1 }, step, c.lang),
    reference: { value: 0.5, label: c.words.areasReference },
    labels: { flagged: c.words.areasFlag, ramp: c.words.areasRamp },
  });
  return { id: `areas-${c.indicator.id}`, title, alt, svg };
}

/** Areas of one period: largest target-group share first, suppressed areas last, then by name. */
export function sortAreas(areas: readonly AreaRow[], names: ReadonlyMap<string, string>): AreaRow[] {
  return [...areas].sort(
    (a, b) => (b.targetShare ?? -1) - (a.targetShare ?? -1) || (names.get(a.area) ?? a.area).localeCompare(names.get(b.area) ?? b.area, 'da'),
  );
}
