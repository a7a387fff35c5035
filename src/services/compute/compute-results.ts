/**
 * `compute`: from the catalogue and the stored deliveries to every published figure — value and
 * interval, gap to the comparison group, age-standardised value, change since the previous and the
 * first period, and status against the wanted direction. Pure: the store is read by the caller.
 * Every figure passes the one suppression rule before it leaves: a suppressed cell, and anything
 * derived from one, comes out as `suppressed` with no numbers.
 */
import type { Catalogue, Indicator } from '../../catalogue/index.ts';
import { DELIVERY_GROUPS } from '../../origin/types.ts';
import {
  assessStatus,
  differenceInterval,
  directlyStandardise,
  type StandardisedShare,
  type StatusInput,
  standardFromComparison,
  wilsonInterval,
} from '../../stats/index.ts';
import type { Cell } from '../../cells/index.ts';
import type { DeliveryWithCells } from '../../cells/index.ts';
import {
  type AreaRow,
  type Change,
  noDerivedFigures,
  type ResultRow,
  withheldRow,
  type SegregationRow,
  type StandardisedMissing,
  type StatusReason,
} from '../../cells/index.ts';
import { changeBetween } from './change.ts';
import { estimateCell, type Estimate } from './cell-estimate.ts';
import { breakdownKey, cellKey } from './delivery-table.ts';
import { estimateGap } from './gap.ts';
import { areaIndices } from './housing-areas.ts';
import { byMunicipality, type PeriodCells, periodCells } from './period-cells.ts';
import { statusOf } from './status.ts';

export interface ComputeOptions {
  /** Smallest publishable non-zero count (DATA.md §6). */
  threshold: number;
}

export interface ComputedResults {
  rows: ResultRow[];
  areas: AreaRow[];
  segregation: SegregationRow[];
}

/** One collator for every sort: `localeCompare` with options builds a new one per comparison. */
const BREAKDOWN_ORDER = new Intl.Collator('en', { numeric: true });
/** The code of the area breakdown's remainder cell (residents without an area), if the catalogue declares one. */
function areaRemainder(indicator: Indicator): string | undefined {
  return indicator.breakdowns.find((b) => b.key === 'area')?.remainder?.code;
}

/** Every indicator's results, in catalogue order, then by municipality code, oldest period first. */
export function computeResults(catalogue: Catalogue, deliveries: readonly DeliveryWithCells[], options: ComputeOptions): ComputedResults {
  const out: ComputedResults = { rows: [], areas: [], segregation: [] };
  for (const indicator of catalogue.indicators) {
    for (const periods of byMunicipality(periodCells(indicator, deliveries, options.threshold)).values()) {
      // Appended one by one: spreading a delivery's worth of rows into push() overflows the call stack.
      for (const row of indicatorRows(indicator, periods)) out.rows.push(row);
      if (indicator.measure.kind === 'index') {
        for (const p of periods) {
          const indices = areaIndices(p.municipality, p.period, [...p.cells.values()], p.suppressed, areaRemainder(indicator));
          for (const area of indices.areas) out.areas.push(area);
          out.segregation.push(indices.segregation);
        }
      }
    }
  }
  return out;
}

function indicatorRows(indicator: Indicator, periods: readonly PeriodCells[]): ResultRow[] {
  const rows: ResultRow[] = [];
  periods.forEach((p, i) => {
    const previous = i > 0 ? periods[i - 1] : undefined;
    const first = i > 0 ? periods[0] : undefined;
    for (const cell of orderedCells(p)) rows.push(resultRow(indicator, p, cell, previous, first));
    if (indicator.measure.kind === 'index') for (const row of indexRows(indicator, p, previous, first)) rows.push(row);
  });
  return rows;
}

function orderedCells(p: PeriodCells): Cell[] {
  return [...p.cells.values()].sort(
    (a, b) =>
      DELIVERY_GROUPS.indexOf(a.group) - DELIVERY_GROUPS.indexOf(b.group) ||
      Number(a.breakdown !== '') - Number(b.breakdown !== '') ||
      BREAKDOWN_ORDER.compare(a.breakdown, b.breakdown),
  );
}

function resultRow(indicator: Indicator, p: PeriodCells, cell: Cell, previous: PeriodCells | undefined, first: PeriodCells | undefined): ResultRow {
  if (p.suppressed.has(cellKey(cell))) return hiddenRow(indicator, p, cell);
  const estimate = estimateCell(indicator.measure, cell);
  const target = cell.group === 'target';
  const gap = target ? gapOf(indicator, p, cell) : null;
  const verdict = target ? targetStatus(indicator, p, cell, previous) : NO_STATUS;
  return {
    ...rowBase(indicator, p, cell.group, cell.breakdown),
    numerator: cell.numerator,
    denominator: cell.denominator,
    value: estimate.value,
    ciLow: estimate.ciLow,
    ciHigh: estimate.ciHigh,
    n: estimate.n,
    suppressed: false,
    gap: gap?.gap ?? null,
    gapCiLow: gap?.ciLow ?? null,
    gapCiHigh: gap?.ciHigh ?? null,
    ...standardisedOf(indicator, p, cell),
    standardisedGap: target ? standardisedGapOf(indicator, p, cell) : null,
    change: {
      sincePrevious: changeSince(indicator, previous, cell, estimate),
      sinceFirst: changeSince(indicator, first, cell, estimate),
    },
    status: verdict.status,
    statusBasis: verdict.basis,
    statusReason: verdict.reason,
    // The long-term verdict is the same rule as the status, judged from the first period instead.
    longTerm: target ? targetStatus(indicator, p, cell, first).status : 'not_assessable',
    note: cell.note,
  };
}

/** A cell the rule withholds: its place in the table, nothing else (the one blank-out, `withheldRow`). */
function hiddenRow(indicator: Indicator, p: PeriodCells, cell: Cell): ResultRow {
  const { numerator, denominator, value, n, note } = cell;
  const figures = { numerator, denominator, value, n, note, ciLow: null, ciHigh: null, suppressed: true };
  return withheldRow({
    ...rowBase(indicator, p, cell.group, cell.breakdown),
    ...noDerivedFigures(),
    ...figures,
    change: { sincePrevious: null, sinceFirst: null },
    longTerm: 'not_assessable',
  });
}

function rowBase(indicator: Indicator, p: PeriodCells, group: Cell['group'], breakdown: string) {
  const d = p.delivery;
  return {
    indicator: indicator.id,
    municipality: p.municipality,
    period: p.period,
    group,
    breakdown,
    definition: d.definition,
    thirdGeneration: d.thirdGeneration,
    thirdGenerationJustification: d.thirdGeneration ? (indicator.third_generation.justification?.da ?? null) : null,
    delivery: { id: d.id, version: d.version, createdAt: d.createdAt, source: d.source },
  };
}

/** The published, unsuppressed cell with the same group and breakdown in another period. */
function publishedCell(p: PeriodCells | undefined, key: string): Cell | null {
  if (!p || p.suppressed.has(key)) return null;
  return p.cells.get(key) ?? null;
}

function gapOf(indicator: Indicator, p: PeriodCells, target: Cell) {
  // A comparison shown as context only (valgdeltagelse) has no gap: none is published.
  if (indicator.comparison !== 'comparison_group') return null;
  const comparison = publishedCell(p, cellKey({ municipality: target.municipality, group: 'comparison', breakdown: target.breakdown }));
  return comparison ? estimateGap(indicator.measure, target, comparison) : null;
}

function changeSince(indicator: Indicator, before: PeriodCells | undefined, cell: Cell, now: Estimate): Change | null {
  const earlier = publishedCell(before, cellKey(cell));
  if (!before || !earlier) return null;
  const then = estimateCell(indicator.measure, earlier);
  return changeBetween(indicator.measure, { period: before.period, cell: earlier, value: then.value }, { cell, value: now.value });
}

interface StatusVerdict {
  status: ResultRow['status'];
  basis: ResultRow['statusBasis'];
  reason: StatusReason | null;
}

const NO_STATUS: StatusVerdict = { status: 'not_assessable', basis: null, reason: null };

/** Whether the target row's status is judged on standardised figures (and only on them). */
function judgedStandardised(indicator: Indicator, target: Cell): boolean {
  return indicator.age_standardised && target.breakdown === '' && indicator.comparison === 'comparison_group';
}

function targetStatus(indicator: Indicator, p: PeriodCells, target: Cell, previous: PeriodCells | undefined): StatusVerdict {
  const basis = judgedStandardised(indicator, target) ? 'standardised' : 'crude';
  const notAssessable = (reason: StatusReason): StatusVerdict => ({ status: 'not_assessable', basis, reason });
  // `follow` is never judged, whatever the measure (the one rule of stats/assessStatus).
  if (indicator.wanted === 'follow') return notAssessable('followed');
  if (!previous) return notAssessable('no_previous_period');
  const before = publishedCell(previous, cellKey(target));
  if (!before) return notAssessable('previous_suppressed');
  if (basis === 'standardised') {
    // One basis for every period: a period whose standardised figure cannot be published is not
    // judged on the crude figures instead (that would compare age structures, not the indicator).
    const judged = standardisedStatus(indicator, p, previous);
    return typeof judged === 'string'
      ? notAssessable(judged)
      : { status: judged.status, basis, reason: judged.status === 'not_assessable' ? 'not_computable' : null };
  }
  const comparisonKey = cellKey({ municipality: target.municipality, group: 'comparison', breakdown: target.breakdown });
  const status = statusOf(
    indicator,
    { target, comparison: publishedCell(p, comparisonKey) },
    { target: before, comparison: publishedCell(previous, comparisonKey) },
  );
  return { status, basis, reason: status === 'not_assessable' ? 'not_computable' : null };
}

/**
 * Directly age-standardised share (or rate) of the whole group, weighted by the comparison
 * group's age structure. Published only when every age band of both groups is publishable, so
 * that the standardised figure cannot be combined with published bands to narrow down a
 * suppressed one. For a whole-group target or comparison row of an age-standardised indicator
 * whose figure cannot be published, says why.
 */
function standardisedOf(indicator: Indicator, p: PeriodCells, cell: Cell): Pick<ResultRow, 'standardised' | 'standardisedMissing'> {
  const none = { standardised: null, standardisedMissing: null };
  if (!indicator.age_standardised || cell.breakdown !== '' || (cell.group !== 'target' && cell.group !== 'comparison')) return none;
  const result = standardisedShare(p, cell.group);
  if (typeof result === 'string') return { standardised: null, standardisedMissing: result };
  const scale = scaleOf(indicator);
  return { standardised: { value: result.estimate * scale, ciLow: result.low * scale, ciHigh: result.high * scale }, standardisedMissing: null };
}

function scaleOf(indicator: Indicator): number {
  return indicator.measure.kind === 'rate' ? indicator.measure.per : 1;
}

/**
 * The standardised target share minus the comparison group's share (its own age structure is the
 * standard, so its standardised share is its crude share), with the MOVER interval from the
 * standardised interval and the comparison group's Wilson interval.
 */
function standardisedGapOf(indicator: Indicator, p: PeriodCells, target: Cell): ResultRow['standardisedGap'] {
  if (!judgedStandardised(indicator, target)) return null;
  const own = standardisedShare(p, 'target');
  const comparison = publishedCell(p, cellKey({ municipality: p.municipality, group: 'comparison', breakdown: '' }));
  if (typeof own === 'string' || !comparison || comparison.numerator === null || !comparison.denominator) return null;
  const wilson = wilsonInterval(comparison.numerator, comparison.denominator);
  if (wilson.kind !== 'interval') return null;
  const gap = differenceInterval(own, wilson);
  const scale = scaleOf(indicator);
  return { gap: gap.estimate * scale, ciLow: gap.low * scale, ciHigh: gap.high * scale };
}

/** The group's standardised share (fraction scale, with its standard error), or why there is none. */
function standardisedShare(p: PeriodCells, group: 'target' | 'comparison'): StandardisedShare | StandardisedMissing {
  const bandsOf = (g: string) => {
    const cells = [...p.cells.values()].filter((c) => c.group === g && breakdownKey(c.breakdown) === 'ageband');
    if (cells.length === 0) return 'not_computable' as const;
    if (cells.some((c) => p.suppressed.has(cellKey(c)) || c.numerator === null || c.denominator === null)) return 'suppressed' as const;
    return cells.map((c) => ({ band: c.breakdown.slice('ageband='.length), numerator: c.numerator ?? 0, denominator: c.denominator ?? 0 }));
  };
  const own = bandsOf(group);
  const comparison = bandsOf('comparison');
  if (typeof own === 'string') return own;
  if (typeof comparison === 'string') return comparison;
  const result = directlyStandardise(own, standardFromComparison(comparison));
  return result.kind === 'interval' ? result : 'not_computable';
}

/**
 * Status of an age-standardised indicator, judged on the standardised figures: the target group's
 * standardised level for increase/decrease, the gap between its standardised share and the
 * comparison group's share for parity and follow. When either period has no publishable
 * standardised figure, the reason instead (never the crude figures).
 */
function standardisedStatus(indicator: Indicator, now: PeriodCells, before: PeriodCells): { status: ResultRow['status'] } | StatusReason {
  const observe = (p: PeriodCells) => {
    const target = standardisedShare(p, 'target');
    if (typeof target === 'string') return target === 'suppressed' ? 'standardised_suppressed' : 'standardised_not_computable';
    const comparison = publishedCell(p, cellKey({ municipality: p.municipality, group: 'comparison', breakdown: '' }));
    if (!comparison || comparison.numerator === null || !comparison.denominator) return 'not_computable';
    const share = comparison.numerator / comparison.denominator;
    const gapError = Math.sqrt(target.variance + (share * (1 - share)) / comparison.denominator);
    return { level: { value: target.estimate, standardError: target.standardError }, gap: { gap: target.estimate - share, standardError: gapError } };
  };
  const current = observe(now);
  const previous = observe(before);
  if (typeof current === 'string') return current;
  if (typeof previous === 'string') return previous;
  const { wanted } = indicator;
  const input: StatusInput =
    wanted === 'increase' || wanted === 'decrease'
      ? { kind: 'index', wanted, previous: previous.level, current: current.level }
      : { kind: 'gap', wanted, previous: previous.gap, current: current.gap };
  return { status: assessStatus(input).status };
}

/** The diversity indicator's municipality-wide indices, as rows of group `total`. */
function indexRows(indicator: Indicator, p: PeriodCells, previous: PeriodCells | undefined, first: PeriodCells | undefined): ResultRow[] {
  const remainder = areaRemainder(indicator);
  const now = indexValues(p, remainder);
  const before = previous ? indexValues(previous, remainder) : null;
  const start = first ? indexValues(first, remainder) : null;
  return Object.entries(now).map(([name, value]) => {
    const change = (other: Record<string, number | null> | null, q: PeriodCells | undefined): Change | null => {
      const from = other?.[name];
      if (!q || from == null || value === null) return null;
      // An index over every resident has no sampling error to test: no significance flag at all.
      return { fromPeriod: q.period, from, to: value, difference: value - from, significant: null, pValue: null };
    };
    return {
      ...rowBase(indicator, p, 'total', `index=${name}`),
      ...noDerivedFigures(),
      numerator: null,
      denominator: null,
      value,
      n: null,
      suppressed: false,
      change: { sincePrevious: change(before, previous), sinceFirst: change(start, first) },
      longTerm: 'not_assessable',
      note: '',
    };
  });
}

function indexValues(p: PeriodCells, remainder: string | undefined): Record<string, number | null> {
  const { segregation, meanSimpson } = areaIndices(p.municipality, p.period, [...p.cells.values()], p.suppressed, remainder);
  return {
    simpson: meanSimpson,
    dissimilarity: segregation.dissimilarity,
    isolation: segregation.isolation,
    exposure: segregation.exposure,
    theil: segregation.theil,
  };
}
