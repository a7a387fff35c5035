/**
 * The tables of an indicator's section: every period's figure for the headline and comparison
 * groups with its 95 % interval, persons and gap; the latest period broken down (age, kind of
 * measure); and for the diversity indicator the indices over time and the housing areas.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { formatMeasure, formatNumber, formatPeriodLabel, formatPeriodShort, formatShare, SUPPRESSED_LABEL } from '../../format/index.ts';
import type { AreaRow, ResultRow, SegregationRow } from '../../cells/index.ts';
import { cell, gapCell, groupName, intervalText, personsText, suppressedCell, valueCell } from './cells.ts';
import { comparePeriodTexts, SERIES_BREAK_MARK, seriesBreakAt } from '../../catalogue/index.ts';
import type { ReportCell, ReportTable } from './report-model.ts';
import type { ReportWords } from './report-words.ts';
import { type HeadlineSeries, rowFor } from '../../narrative/index.ts';

interface TableContext {
  readonly indicator: Indicator;
  readonly lang: Lang;
  readonly words: ReportWords;
}

/** Breakdown keys that are not shown as their own table (used inside the computation only). */
const HIDDEN_KEYS = new Set(['ageband', 'area', 'index']);

/** Period, group, value, interval, persons and gap, for every delivered period. */
/**
 * Periods in a section's table: a committee paper shows the recent years; the chart above it
 * shows the whole series, and every period is in the dashboard's downloads.
 */
export const REPORT_TABLE_PERIODS = 5;

export function figuresTable(c: TableContext, s: HeadlineSeries): ReportTable | null {
  const all = [...new Set(s.primary.map((r) => r.period))].sort(comparePeriodTexts);
  if (all.length === 0) return null;
  const periods = all.slice(-REPORT_TABLE_PERIODS);
  const groups = [{ group: s.group, rows: s.primary }, ...(s.comparison.length > 0 ? [{ group: 'comparison' as const, rows: s.comparison }] : [])];
  const rows = periods.flatMap((period) =>
    groups.flatMap(({ group, rows: series }) => {
      const row = rowFor(series, period);
      if (row === undefined) return [];
      const cells: ReportCell[] = [
        // A period in a series break is marked; the section's notes explain the break.
        cell(`${formatPeriodShort(period, c.lang)}${seriesBreakAt(c.indicator, period) === undefined ? '' : ` ${SERIES_BREAK_MARK}`}`),
        cell(groupName(group, row.definition, c.words)),
        valueCell(row, c.indicator, c.lang),
        cell(row.suppressed ? '' : intervalText(row, c.indicator, c.lang)),
        cell(personsText(row, c.lang)),
        group === s.group && c.indicator.comparison !== 'none' ? gapCell(row, c.indicator, c.lang, c.words) : cell(''),
      ];
      return [cells];
    }),
  );
  return {
    caption:
      periods.length < all.length ? c.words.tableCaptionRecent(c.indicator.title[c.lang], periods.length) : c.words.tableCaption(c.indicator.title[c.lang]),
    headers: c.words.tableHeaders,
    align: ['left', 'left', 'right', 'right', 'right', 'right'],
    rows,
  };
}

/** "Alder: Unge under 18 år" from `age=under18` and the catalogue's labels. */
function breakdownLabel(breakdown: string, indicator: Indicator, lang: Lang): string {
  const at = breakdown.indexOf('=');
  const [key, code] = [breakdown.slice(0, at), breakdown.slice(at + 1)];
  const spec = indicator.breakdowns.find((b) => b.key === key);
  const value = spec?.values.find((v) => v.code === code)?.label[lang] ?? code;
  return `${spec?.label[lang] ?? key}: ${value}`;
}

/** The latest period broken down by the catalogue's own breakdowns (not age bands or areas). */
export function breakdownTable(c: TableContext, rows: readonly ResultRow[], period: string): ReportTable | null {
  const keyOf = (b: string) => b.slice(0, Math.max(0, b.indexOf('=')));
  const breakdowns = [
    ...new Set(rows.filter((r) => r.period === period && r.breakdown !== '' && !HIDDEN_KEYS.has(keyOf(r.breakdown))).map((r) => r.breakdown)),
  ];
  if (breakdowns.length === 0) return null;
  const order = (b: string) => {
    const spec = c.indicator.breakdowns.findIndex((s) => s.key === keyOf(b));
    const value = c.indicator.breakdowns[spec]?.values.findIndex((v) => `${keyOf(b)}=${v.code}` === b) ?? -1;
    return (spec < 0 ? 99 : spec) * 1000 + (value < 0 ? 999 : value);
  };
  breakdowns.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const at = (group: 'target' | 'comparison', b: string) => rows.find((r) => r.period === period && r.group === group && r.breakdown === b);
  const hasComparison = c.indicator.comparison !== 'none';
  return {
    caption: c.words.breakdownCaption(c.indicator.title[c.lang], formatPeriodLabel(period, c.lang)),
    headers: hasComparison ? c.words.breakdownHeaders : c.words.breakdownHeaders.slice(0, 2),
    align: hasComparison ? ['left', 'right', 'right', 'right'] : ['left', 'right'],
    rows: breakdowns.map((b) => {
      const target = at('target', b);
      const first = [cell(breakdownLabel(b, c.indicator, c.lang)), valueCell(target, c.indicator, c.lang)];
      return hasComparison ? [...first, valueCell(at('comparison', b), c.indicator, c.lang), gapCell(target, c.indicator, c.lang, c.words)] : first;
    }),
  };
}

const INDEX_ORDER = ['simpson', 'dissimilarity', 'isolation', 'exposure', 'theil'];

/** The indices in the table's order: the catalogue's headline first (the one the status is about), then the rest. */
function indexOrder(headline: string): string[] {
  return [headline, ...INDEX_ORDER.filter((name) => name !== headline)];
}

/**
 * The diversity indicator's municipality-wide indices, one row per period, with the coverage of
 * the published areas; an index that is missing says why ("diskretioneret" / "kan ikke beregnes").
 */
export function indexTable(c: TableContext, rows: readonly ResultRow[], segregation: readonly SegregationRow[] = []): ReportTable | null {
  const indexRows = rows.filter((r) => r.group === 'total' && r.breakdown.startsWith('index='));
  if (indexRows.length === 0) return null;
  const headline = c.indicator.measure.kind === 'index' ? c.indicator.measure.headline : '';
  const present = indexOrder(headline).filter((name) => indexRows.some((r) => r.breakdown === `index=${name}`));
  const periods = [...new Set(indexRows.map((r) => r.period))].sort(comparePeriodTexts);
  return {
    caption: c.words.indexCaption(c.indicator.title[c.lang]),
    headers: [c.words.tableHeaders[0] ?? '', ...present.map((n) => c.words.indexNames[n] ?? n), c.words.coverageHeading],
    align: ['left', ...present.map(() => 'right' as const), 'left'],
    rows: periods.map((p) => {
      const seg = segregation.find((r) => r.period === p);
      const missing = seg?.reason === 'municipality_suppressed' ? SUPPRESSED_LABEL[c.lang] : c.words.notComputable;
      return [
        cell(formatPeriodShort(p, c.lang)),
        ...present.map((name) => {
          const row = indexRows.find((r) => r.period === p && r.breakdown === `index=${name}`);
          return row?.value == null ? cell(missing, undefined, 'muted') : cell(formatMeasure(row.value, c.indicator.display, c.lang));
        }),
        coverageCell(c, seg),
      ];
    }),
  };
}

function coverageCell(c: TableContext, seg: SegregationRow | undefined): ReportCell {
  if (seg === undefined) return cell(c.words.notApplicable, undefined, 'muted');
  if (seg.reason !== null) return cell(c.words.segregationReasons[seg.reason], undefined, 'muted');
  if (seg.coverage === null) return cell(c.words.notComputable, undefined, 'muted');
  return cell(c.words.coverageText(formatShare(seg.coverage, c.lang), seg.pooledAreas));
}

/** Residents, target-group share and Simpson's index per housing area in one period. */
export function areasTable(c: TableContext, areas: readonly AreaRow[], period: string, names: ReadonlyMap<string, string>): ReportTable | null {
  if (areas.length === 0) return null;
  return {
    caption: c.words.areasCaption(formatPeriodLabel(period, c.lang)),
    headers: c.words.areasHeaders,
    align: ['left', 'right', 'right', 'right'],
    rows: areas.map((a) => {
      const name = cell(names.get(a.area) ?? a.area);
      if (a.suppressed || a.total === null) return [name, suppressedCell(c.lang), suppressedCell(c.lang), suppressedCell(c.lang)];
      return [
        name,
        cell(formatNumber(a.total, 0, c.lang)),
        a.targetShare === null ? cell(c.words.notApplicable) : cell(formatShare(a.targetShare, c.lang), a.aboveHalf === true ? c.words.areasFlag : undefined),
        a.simpson === null ? cell(c.words.notApplicable) : cell(formatNumber(a.simpson, 2, c.lang)),
      ];
    }),
  };
}

/** The section's latest period that has any row (the narrative's "now"). */
export function latestPeriod(s: HeadlineSeries): string | undefined {
  return s.primary.at(-1)?.period;
}
