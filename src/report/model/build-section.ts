/**
 * One indicator's section of the report: heading facts, the memo's text, the generated account,
 * the charts, the tables and the notes — all from the indicator's (already suppressed) rows.
 */
import { comparisonLabel, type Indicator, type Lang, measureLabel, periodTypeLabel, statusLabel, wantedLabel } from '../../catalogue/index.ts';
import type { AreaRow, ResultRow, SegregationRow } from '../../cells/index.ts';
import { describeIndicator, distanceSentences, targetSentence, targetValueText } from '../../narrative/index.ts';
import type { TargetView } from '../../services/targets.ts';
import type { ReportChart, ReportFact, ReportSection, ReportTable } from './report-model.ts';
import type { ReportWords } from './report-words.ts';
import { areasChart, gapChart, sortAreas, timeSeriesChart } from './section-charts.ts';
import { sectionNotes } from './section-notes.ts';
import { areasTable, breakdownTable, figuresTable, indexTable } from './section-tables.ts';
import { type HeadlineSeries, headlineSeries } from '../../narrative/index.ts';
import type { ComparisonView } from '../../narrative/comparison.ts';
import { comparisonChartLabels, comparisonNotes, comparisonTable } from './comparison-tables.ts';
import { type ChartComparison, comparisonSeries } from '../../narrative/chart-specs.ts';
import { groupName } from './cells.ts';

export interface SectionInput {
  readonly indicator: Indicator;
  /** The indicator's publishable rows up to the report's period. */
  readonly rows: readonly ResultRow[];
  /** Housing areas up to the report's period (diversity indicator only). */
  readonly areas: readonly AreaRow[];
  readonly areaNames: ReadonlyMap<string, string>;
  /** Segregation indices with their coverage, up to the report's period (diversity indicator only). */
  readonly segregation?: readonly SegregationRow[];
  readonly lang: Lang;
  readonly words: ReportWords;
  /** The council's target with its progress over the report's rows, or null. */
  readonly target?: TargetView | null;
  /** The comparison with the whole country and the peers (shown when it is for the section's latest period). */
  readonly comparison?: ComparisonView | null;
  /** The peers in words ("Kommunegruppe 3 Provinsbykommuner"). */
  readonly peersLabel?: string;
}

/** The owners in words, or "Ikke fastlagt". */
export function ownersText(indicator: Indicator, words: ReportWords): string {
  return indicator.owners.length === 0 ? words.noOwner : indicator.owners.join(', ');
}

function facts(indicator: Indicator, lang: Lang, words: ReportWords, target: TargetView | null): ReportFact[] {
  const list: ReportFact[] = [
    { label: words.facts.owner, value: ownersText(indicator, words) },
    { label: words.facts.measure, value: measureLabel(indicator.measure, lang) },
    { label: words.facts.wanted, value: wantedLabel(indicator.wanted, lang) },
    { label: words.facts.comparison, value: comparisonLabel(indicator.comparison, lang) },
    { label: words.facts.periodType, value: periodTypeLabel(indicator.period_type, lang) },
  ];
  if (indicator.status === 'under_examination') list.push({ label: words.facts.status, value: statusLabel(indicator.status, lang) });
  if (target !== null)
    list.push({
      label: words.targetFact,
      value: `${targetValueText(target.target, indicator.display, lang)} ${lang === 'da' ? 'i' : 'in'} ${target.target.year}`,
    });
  return list;
}

/** The country and the peers beside the target group's line, when the comparison is for the section's latest period. */
function chartComparison(input: SectionInput, s: HeadlineSeries): ChartComparison[] {
  const view = input.comparison ?? null;
  if (view === null || s.group !== 'target' || view.period !== s.primary.at(-1)?.period) return [];
  const definition = s.primary.at(-1)?.definition ?? input.indicator.group_definition;
  return comparisonSeries(view, 'target', comparisonChartLabels(input.lang, groupName('target', definition, input.words)));
}

function charts(input: SectionInput, s: HeadlineSeries, areas: readonly AreaRow[], areaPeriod: string | undefined): ReportChart[] {
  const c = { indicator: input.indicator, lang: input.lang, words: input.words, target: input.target?.target ?? null };
  const list = [
    timeSeriesChart(c, s, chartComparison(input, s)),
    gapChart(c, s),
    areaPeriod === undefined ? null : areasChart(c, areas, areaPeriod, input.areaNames),
  ];
  return list.filter((x): x is ReportChart => x !== null);
}

function tables(input: SectionInput, s: HeadlineSeries, areas: readonly AreaRow[], areaPeriod: string | undefined): ReportTable[] {
  const c = { indicator: input.indicator, lang: input.lang, words: input.words };
  const latest = s.primary.at(-1)?.period;
  const compared = comparisonTable(input.indicator, input.comparison ?? null, latest, input.peersLabel ?? '', input.lang, input.words);
  const list =
    input.indicator.measure.kind === 'index'
      ? [indexTable(c, input.rows, input.segregation ?? []), areaPeriod === undefined ? null : areasTable(c, areas, areaPeriod, input.areaNames), compared]
      : [figuresTable(c, s), latest === undefined ? null : breakdownTable(c, input.rows, latest), compared];
  return list.filter((x): x is ReportTable => x !== null);
}

/** The rows the section's tables show (for the suppression note). */
function shownRows(input: SectionInput, s: HeadlineSeries): ResultRow[] {
  const latest = s.primary.at(-1)?.period;
  const breakdowns = input.rows.filter((r) => r.period === latest && r.breakdown !== '' && !/^(ageband|area|index)=/.test(r.breakdown));
  return [...s.primary, ...s.comparison, ...breakdowns];
}

/** Builds one indicator's section and returns it with its headline series (for the summary). */
export function buildSection(input: SectionInput): { section: ReportSection; series: HeadlineSeries } {
  const { indicator, lang, words } = input;
  const s = headlineSeries(indicator, input.rows);
  const areaPeriod = s.primary.at(-1)?.period;
  const areas = sortAreas(
    input.areas.filter((a) => a.period === areaPeriod),
    input.areaNames,
  );
  const narrative = describeIndicator({ lang, indicator, primary: s.primary, comparison: s.comparison });
  const target = input.target ?? null;
  const toGo =
    target === null
      ? []
      : [
          targetSentence({ lang, display: indicator.display, target: target.target }),
          ...distanceSentences({ lang, display: indicator.display, target: target.target, progress: target.progress }),
        ];
  const section: ReportSection = {
    id: indicator.id,
    title: indicator.title[lang],
    facts: facts(indicator, lang, words, target),
    description: indicator.description[lang],
    narrative: [narrative.text, ...toGo].join(' '),
    charts: charts(input, s, areas, indicator.measure.kind === 'index' ? areaPeriod : undefined),
    tables: tables(input, s, areas, indicator.measure.kind === 'index' ? areaPeriod : undefined),
    notes: [
      ...(indicator.measure.kind === 'index' && (input.segregation ?? []).length > 0 ? [words.segregationPooling] : []),
      ...comparisonNotes(input.comparison ?? null, input.comparison?.period === s.primary.at(-1)?.period, lang),
      ...sectionNotes({ indicator, lang, words }, s, input.rows, shownRows(input, s)),
    ],
  };
  return { section, series: s };
}
