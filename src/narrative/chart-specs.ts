/**
 * The one builder of an indicator's chart specs — the groups over time and the gap over time —
 * for the dashboard and the report alike: which periods (extended to the target year), which
 * series in which order (the age-standardised series first), the points (a suppressed period is
 * a gap in the line, never a number), the target line, the ticks and a text alternative that lists
 * every value. The callers bring only their words and the groups' names; the renderer
 * (`src/charts`) draws the spec. Beside the groups it draws the comparison — the whole country and
 * the peers' median with their range as its band — when the caller has one.
 */
import { fillPeriods, type Indicator, type Lang, type SeriesBreakSpan, seriesBreakSpans } from '../catalogue/index.ts';
import type { ChartPoint, GapChartSpec, TimeSeriesSpec } from '../charts/index.ts';
import {
  formatDifference,
  formatMeasure,
  formatPeriodShort,
  formatTick,
  formatValue,
  MISSING_LABEL,
  NOT_COMPUTABLE_LABEL,
  SUPPRESSED_LABEL,
} from '../format/index.ts';
import type { DeliveryGroup } from '../origin/types.ts';
import type { ComparisonView } from './comparison.ts';
import type { ResultRow, Target } from '../cells/index.ts';
import { chartGoal } from './target-chart.ts';
import { rowFor } from './headline-series.ts';
import { type GapPoint, gapPoints, judgedStandardised, standardisedInWords, standardisedPoint } from './judged-gap.ts';
import { goalLabel } from './target-sentences.ts';

/** The words a chart needs, in the caller's vocabulary. */
export interface ChartWords {
  readonly intervalLegend: string;
  readonly suppressedLegend: string;
  readonly noGap: string;
  readonly yLabel: string;
  readonly gapYLabel: string;
  readonly gapSeries: string;
  readonly gapStandardisedSeries: string;
  readonly gapCrudeSeries: string;
  standardisedLabel(name: string): string;
  crudeLabel(name: string): string;
  /** One series in the text alternative: "Målgruppe: 2019 31,0 %, …". */
  seriesText(label: string, values: string): string;
  /** The whole text alternative around the series' texts. */
  description(text: string): string;
}

/** One group's series: its rows (one breakdown), the name shown and its line style. */
export interface ChartGroup {
  readonly group: DeliveryGroup;
  readonly name: string;
  readonly rows: readonly ResultRow[];
  readonly style: number;
}

/** A comparison series beside the groups (the country, the peers' median with its range). */
export interface ChartComparison {
  readonly label: string;
  readonly style: number;
  /** By period: the value (with the peers' range as low/high), suppressed, or absent. */
  readonly points: ReadonlyMap<string, ChartPoint>;
}

export interface ChartInput {
  readonly id: string;
  readonly title: string;
  readonly indicator: Indicator;
  readonly lang: Lang;
  readonly words: ChartWords;
  /** The council's target (null for a breakdown's chart: the target is for the whole group). */
  readonly target: Target | null;
}

/** Style of the target group's age-standardised line (distinct from every group's). */
const STANDARDISED_STYLE = 4;

function point(row: ResultRow | undefined): ChartPoint | null {
  if (row === undefined) return null;
  if (row.suppressed) return { value: null, suppressed: true };
  if (row.value === null) return null;
  return { value: row.value, low: row.ciLow, high: row.ciHigh };
}

function tick(c: ChartInput): (value: number, step: number) => string {
  return (value, step) => formatTick(value, c.indicator.display, step, c.lang);
}

/** Ticks of a difference: percentage points (no % sign) for shares, the unit's number otherwise. */
function gapTick(c: ChartInput): (value: number, step: number) => string {
  if (c.indicator.display.unit !== 'percent') return tick(c);
  const points = { unit: 'count', decimals: c.indicator.display.decimals } as const;
  return (value, step) => formatTick(value * 100, points, step * 100, c.lang);
}

function goalFor(c: ChartInput, periods: readonly string[], measure: Target['measure']) {
  return chartGoal(periods, c.target, measure, c.target ? goalLabel(c.target, c.indicator.display, c.lang) : '');
}

/** "2019 31,0 %, 2020 ingen data, 2021 diskretioneret" for one group. */
function valuesInWords(c: ChartInput, periods: readonly string[], rows: readonly ResultRow[]): string {
  return periods
    .map((p) => {
      const row = rowFor(rows, p);
      return `${formatPeriodShort(p, c.lang)} ${row === undefined ? MISSING_LABEL[c.lang] : formatValue(row, c.indicator, c.lang)}`;
    })
    .join(', ');
}

function comparisonInWords(c: ChartInput, periods: readonly string[], points: ReadonlyMap<string, ChartPoint>): string {
  return periods
    .flatMap((p) => {
      const at = points.get(p);
      if (at === undefined) return [];
      const shown = at.value === null ? SUPPRESSED_LABEL[c.lang] : formatMeasure(at.value, c.indicator.display, c.lang);
      const range =
        at.value !== null && at.low != null && at.high != null
          ? ` (${formatMeasure(at.low, c.indicator.display, c.lang)}–${formatMeasure(at.high, c.indicator.display, c.lang)})`
          : '';
      return [`${formatPeriodShort(p, c.lang)} ${shown}${range}`];
    })
    .join(', ');
}

/** The target group's standardised series, leading an age-standardised indicator's chart; else null. */
function standardisedSeries(c: ChartInput, groups: readonly ChartGroup[], periods: readonly string[], data: readonly string[]) {
  const target = groups.find((g) => g.group === 'target');
  if (target === undefined || !target.rows.some((r) => judgedStandardised(c.indicator, r))) return null;
  const all = periods.map((p) => standardisedPoint(rowFor(target.rows, p)));
  const label = c.words.standardisedLabel(target.name);
  const words = standardisedInWords(all, data, c.indicator.display, c.lang);
  return { series: { label, points: all.map((a) => a.point), styleIndex: STANDARDISED_STYLE }, text: c.words.seriesText(label, words) };
}

/** The series breaks in a chart's text alternative, so that a screen reader hears them too. */
function breakWords(breaks: readonly SeriesBreakSpan[]): string {
  return breaks.map((b) => `; ${b.title}`).join('');
}

/** The groups (and the comparison) over every period, or null when there is no period to draw. */
export function timeSeriesSpec(c: ChartInput, groups: readonly ChartGroup[], comparison: readonly ChartComparison[] = []): TimeSeriesSpec | null {
  const { periods, data, goal } = goalFor(c, fillPeriods(groups.flatMap((g) => g.rows.map((r) => r.period))), 'level');
  if (data.length === 0) return null;
  const standardised = standardisedSeries(c, groups, periods, data);
  const label = (g: ChartGroup) => (g.group === 'target' && standardised !== null ? c.words.crudeLabel(g.name) : g.name);
  const shown = comparison.filter((s) => data.some((p) => s.points.has(p)));
  const breaks = seriesBreakSpans(c.indicator, periods, c.lang);
  const texts = [
    ...(standardised === null ? [] : [standardised.text]),
    ...groups.map((g) => c.words.seriesText(label(g), valuesInWords(c, data, g.rows))),
    ...shown.map((s) => c.words.seriesText(s.label, comparisonInWords(c, data, s.points))),
  ];
  return {
    id: c.id,
    title: c.title,
    description: c.words.description(texts.join('; ') + (goal === undefined ? '' : `; ${goal.label}`) + breakWords(breaks)),
    categories: periods.map((p) => formatPeriodShort(p, c.lang)),
    breaks,
    series: [
      ...(standardised === null ? [] : [standardised.series]),
      ...groups.map((g) => ({ label: label(g), points: periods.map((p) => point(rowFor(g.rows, p))), styleIndex: g.style })),
      ...shown.map((s) => ({ label: s.label, points: periods.map((p) => s.points.get(p) ?? null), styleIndex: s.style })),
    ],
    formatTick: tick(c),
    labels: { interval: c.words.intervalLegend, suppressed: c.words.suppressedLegend },
    yLabel: c.words.yLabel,
    ...(goal === undefined ? {} : { goal }),
  };
}

/** "2019 −2,8 procentpoint, 2020 diskretioneret, 2021 kan ikke beregnes" for one gap series. */
function gapWords(c: ChartInput, periods: readonly string[], points: readonly (GapPoint | null)[], notComputable: readonly boolean[]): string {
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
 * The target group's gap to the comparison group over time, or null without a comparison group
 * or without any gap. For an age-standardised indicator the standardised gap leads (with its
 * interval) and the crude gap is the second line.
 */
export function gapSpec(c: ChartInput, target: readonly ResultRow[], comparison: readonly ResultRow[]): GapChartSpec | null {
  if (c.indicator.comparison !== 'comparison_group') return null;
  const { periods, data, goal } = goalFor(c, fillPeriods(target.map((r) => r.period)), 'gap');
  const all = periods.map((p) => gapPoints(c.indicator, rowFor(target, p), rowFor(comparison, p)?.suppressed === true));
  const judged = all.map((g) => g.judged);
  const crude = all.map((g) => g.crude);
  const hasCrude = crude.some((g) => g !== null);
  if (![...judged, ...crude].some((g) => g !== null && g.value !== null)) return null;
  const label = hasCrude ? c.words.gapStandardisedSeries : c.words.gapSeries;
  const texts = [
    c.words.seriesText(
      label,
      gapWords(
        c,
        data,
        judged,
        all.map((g) => g.notComputable),
      ),
    ),
  ];
  if (hasCrude) texts.push(c.words.seriesText(c.words.gapCrudeSeries, gapWords(c, data, crude, [])));
  const breaks = seriesBreakSpans(c.indicator, periods, c.lang);
  return {
    id: c.id,
    title: c.title,
    breaks,
    description: c.words.description(texts.join('; ') + (goal === undefined ? '' : `; ${goal.label}`) + breakWords(breaks)),
    categories: periods.map((p) => formatPeriodShort(p, c.lang)),
    gaps: judged,
    label,
    ...(hasCrude ? { second: { label: c.words.gapCrudeSeries, gaps: crude } } : {}),
    formatTick: gapTick(c),
    labels: { interval: c.words.intervalLegend, suppressed: c.words.suppressedLegend, noGap: c.words.noGap },
    yLabel: c.words.gapYLabel,
    ...(goal === undefined ? {} : { goal }),
  };
}

/** Styles of the country's and the peers' lines (after every group's and the standardised one). */
const COUNTRY_STYLE = 5;
const PEERS_STYLE = 6;

/**
 * The whole country's line and the peers' median with their range as its band, for one group,
 * from a comparison's history; none without a comparison. A suppressed country figure is a gap
 * in the line; the peers' median is over the peers with a figure (as in the table).
 */
export function comparisonSeries(view: ComparisonView | null, group: DeliveryGroup, labels: { country: string; peers: string }): ChartComparison[] {
  if (view === null) return [];
  const country = new Map<string, ChartPoint>();
  const peers = new Map<string, ChartPoint>();
  for (const { period, lines } of view.history) {
    const line = lines.find((l) => l.group === group);
    if (line === undefined) continue;
    if (line.country !== null && (line.country.value !== null || line.country.suppressed)) {
      country.set(period, line.country.value === null ? { value: null, suppressed: true } : { value: line.country.value });
    }
    if (line.peerMedian !== null) peers.set(period, { value: line.peerMedian, low: line.peerMin, high: line.peerMax });
  }
  return [
    ...(country.size === 0 ? [] : [{ label: labels.country, style: COUNTRY_STYLE, points: country }]),
    ...(peers.size === 0 ? [] : [{ label: labels.peers, style: PEERS_STYLE, points: peers }]),
  ];
}
