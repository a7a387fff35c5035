/**
 * From the catalogue and the computed results to the report model: front page, summary, data
 * freeze, one section per indicator and the definitions chapter. Pure — the clock and the data
 * freeze are passed in — and every row goes through the report's own suppression check first.
 */
import { type Catalogue, type Indicator, type Lang, type Period, parseAnyPeriod } from '../../catalogue/index.ts';
import { formatDate, formatPeriodLabel } from '../../format/index.ts';
import type { ComputedResults } from '../../services/compute/index.ts';
import type { AreaRow } from '../../cells/index.ts';
import { buildSection } from './build-section.ts';
import { definitionBlocks } from './definitions.ts';
import { freezeTable } from './freeze-table.ts';
import { withinCutOff } from './periods.ts';
import { publishableAreas, publishableRows, scrubNote } from './publishable-rows.ts';
import { ReportError } from './report-error.ts';
import type { ReportCover, ReportModel, ReportSection } from './report-model.ts';
import { type ReportWords, reportWords } from './report-words.ts';
import { type HeadlineSeries, reportVerdict } from '../../narrative/index.ts';
import { targetProgress, type TargetView } from '../../services/targets.ts';
import type { Target } from '../../cells/index.ts';
import { summaryTable } from './summary-table.ts';
import type { ComparisonView } from '../../narrative/comparison.ts';
import { comparisonSummaryTable } from './comparison-tables.ts';

export interface ReportModelInput {
  readonly catalogue: Catalogue;
  /** The computed (suppressed) results: `computeResults` or `loadResults`. */
  readonly results: ComputedResults;
  /** The municipality's name, on the cover and in the title. */
  readonly municipality: string;
  /**
   * The municipality's three-digit code: the report covers only its results (a store may hold
   * other municipalities and the whole country), and the cover names it beside the name.
   */
  readonly municipalityCode?: string;
  /** The report is "as of" this period: each indicator's latest period that had ended by then. */
  readonly period?: string;
  /** Only indicators owned by these departments (case-insensitive part of an owner's name). */
  readonly departments?: readonly string[];
  /** When the report was made (ISO date or timestamp), shown on the front page. */
  readonly generatedAt: string;
  /** When the data were frozen (ISO date or timestamp): the deliveries loaded by then. */
  readonly dataFreeze: string;
  readonly lang?: Lang;
  /** Smallest publishable count: the threshold in force, passed by every caller (no default here, so none can forget it). */
  readonly threshold: number;
  /** Housing-area code → name. */
  readonly areaNames?: ReadonlyMap<string, string>;
  /** Extra data-quality notes (e.g. stateless and unknown countries from the classification). */
  readonly qualityNotes?: readonly string[];
  /** The council's targets in force; progress is judged on the report's own rows. */
  readonly targets?: readonly Target[];
  /** Each indicator's comparison with the whole country and the peers, by id. */
  readonly comparisons?: ReadonlyMap<string, ComparisonView | null>;
  /** The peers in the report's language. */
  readonly peersLabel?: string;
}

/** The verdict's input for one indicator: progress with a target, else the long-term verdict. */
function verdictEntry(indicator: Indicator, series: HeadlineSeries, target: TargetView | null, lang: Lang) {
  const shown = series.primary.filter((r) => !r.suppressed && r.value !== null);
  const latest = shown.at(-1);
  return {
    title: indicator.title[lang],
    progress: target?.progress.status ?? null,
    longTerm: latest?.longTerm ?? 'not_assessable',
    since: shown[0]?.period ?? null,
    followed: indicator.wanted === 'follow',
    underExamination: indicator.status === 'under_examination',
  } as const;
}

function cutOffOf(period: string | undefined): Period | undefined {
  if (period === undefined) return undefined;
  const parsed = parseAnyPeriod(period);
  if (!parsed.ok) {
    throw new ReportError(
      `»${period}« er ikke en periode (skriv fx 2025, 2024/2025, 2024-10/2025-09 eller KV2025)`,
      `"${period}" is not a period (write e.g. 2025, 2024/2025, 2024-10/2025-09 or KV2025)`,
    );
  }
  return parsed.period;
}

function selectIndicators(catalogue: Catalogue, departments: readonly string[] | undefined): readonly Indicator[] {
  if (departments === undefined || departments.length === 0) return catalogue.indicators;
  const wanted = departments.map((d) => d.trim().toLocaleLowerCase('da')).filter((d) => d !== '');
  const chosen = catalogue.indicators.filter((i) => i.owners.some((o) => wanted.some((w) => o.toLocaleLowerCase('da').includes(w))));
  if (chosen.length === 0) {
    throw new ReportError(
      `ingen indikator har en ansvarlig, der matcher ${departments.join(', ')}`,
      `no indicator has an owner matching ${departments.join(', ')}`,
    );
  }
  return chosen;
}

function cover(input: ReportModelInput, words: ReportWords, lang: Lang, indicators: readonly Indicator[]): ReportCover {
  const period = input.period === undefined ? words.latestEach : words.periodUpTo(formatPeriodLabel(input.period, lang));
  const date = formatDate(input.generatedAt, lang);
  const dataFreeze = words.frozenAt(formatDate(input.dataFreeze, lang));
  const facts = [
    { label: words.cover.municipality, value: input.municipalityCode === undefined ? input.municipality : `${input.municipality} (${input.municipalityCode})` },
    { label: words.cover.period, value: period },
    { label: words.cover.date, value: date },
    { label: words.cover.dataFreeze, value: dataFreeze },
    { label: words.cover.indicators, value: String(indicators.length) },
    ...(input.departments !== undefined && input.departments.length > 0 ? [{ label: words.cover.departments, value: input.departments.join(', ') }] : []),
  ];
  return { title: words.title, subtitle: words.subtitle, municipality: input.municipality, period, date, dataFreeze, facts };
}

/**
 * The indicator's comparison when its period is among the report's rows, else null. The view is
 * for the own latest period, so when the rows (cut off at the report's period) hold it, it is
 * their latest too; a report "as of" an earlier period shows no comparison from a later one.
 */
function comparisonIn(input: ReportModelInput, indicator: Indicator, own: readonly { period: string }[]): ComparisonView | null {
  const view = input.comparisons?.get(indicator.id) ?? null;
  return view !== null && own.some((r) => r.period === view.period) ? view : null;
}

function comparisonSummary(input: ReportModelInput, entries: readonly { indicator: Indicator; rows: readonly { period: string }[] }[], lang: Lang) {
  const table = comparisonSummaryTable(
    entries.map((e) => ({ indicator: e.indicator, view: comparisonIn(input, e.indicator, e.rows) })),
    input.peersLabel ?? '',
    lang,
  );
  return table === null ? {} : { comparison: table };
}

/**
 * Builds the report model.
 *
 * @example buildReportModel({ catalogue, results, municipality: 'Demo Kommune',
 *   generatedAt: '2025-10-01', dataFreeze: '2025-09-30T12:00:00Z', threshold: 5 }).sections.length // 11
 */
export function buildReportModel(input: ReportModelInput): ReportModel {
  const lang = input.lang ?? 'da';
  const words = reportWords(lang);
  const { threshold } = input;
  const cutOff = cutOffOf(input.period);
  const indicators = selectIndicators(input.catalogue, input.departments);
  const countIds = new Set(input.catalogue.indicators.filter((i) => i.measure.kind === 'count').map((i) => i.id));
  const mine = <T extends { municipality: string }>(r: T) => input.municipalityCode === undefined || r.municipality === input.municipalityCode;
  const rows = publishableRows(input.results.rows.filter(mine), threshold, countIds).filter((r) => withinCutOff(r.period, cutOff));
  const areas: AreaRow[] = publishableAreas(input.results.areas.filter(mine), threshold).filter((a) => withinCutOff(a.period, cutOff));
  const segregation = input.results.segregation.filter(mine).filter((r) => withinCutOff(r.period, cutOff));
  const entries = indicators.map((indicator) => {
    const own = rows.filter((r) => r.indicator === indicator.id);
    const target = input.targets?.find((t) => t.indicator === indicator.id);
    const view: TargetView | null = target === undefined ? null : { target, progress: targetProgress(indicator, own, target) };
    return { indicator, rows: own, target: view };
  });
  const built: { section: ReportSection; series: HeadlineSeries }[] = entries.map(({ indicator, rows: own, target }) =>
    buildSection({
      indicator,
      rows: own,
      areas,
      areaNames: input.areaNames ?? new Map(),
      segregation,
      lang,
      words,
      target,
      comparison: comparisonIn(input, indicator, own),
      peersLabel: input.peersLabel ?? '',
    }),
  );
  return {
    lang,
    cover: cover(input, words, lang, indicators),
    labels: {
      documentTitle: `${words.title} – ${input.municipality}`,
      contents: words.contents,
      pageOf: words.pageOf,
      indicatorsHeading: words.indicatorsHeading,
      descriptionHeading: words.descriptionHeading,
      narrativeHeading: words.narrativeHeading,
      notesHeading: words.notesHeading,
      appendixHeading: words.appendixHeading,
      contentsHint: words.contentsHint,
    },
    summary: {
      heading: words.summaryHeading,
      verdict: {
        heading: words.verdictHeading,
        paragraphs: [
          reportVerdict(
            built.map((b, i) => verdictEntry(entries[i]?.indicator as Indicator, b.series, entries[i]?.target ?? null, lang)),
            lang,
          ).join(' '),
        ],
      },
      intro: words.summaryIntro,
      table: summaryTable(
        built.map((b, i) => ({ indicator: entries[i]?.indicator as Indicator, series: b.series, target: entries[i]?.target ?? null })),
        lang,
        words,
      ),
      ...comparisonSummary(input, entries, lang),
      freezeHeading: words.freezeHeading,
      freezeIntro: words.freezeIntro,
      freeze: freezeTable(entries, lang, words),
    },
    sections: built.map((b) => b.section),
    definitions: {
      heading: words.definitionsHeading,
      blocks: definitionBlocks(
        entries,
        threshold,
        (input.qualityNotes ?? []).map((n) => scrubNote(n, threshold)),
        { lang, words },
      ),
    },
  };
}
