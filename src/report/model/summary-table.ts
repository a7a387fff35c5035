/**
 * The summary table on the first pages: every indicator of the memo with its owner, the latest
 * period, the latest value for the target and comparison groups, the gap, the change since the
 * previous period and the status against the wanted direction.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { formatPeriodShort } from '../../format/index.ts';
import { ownersText } from './build-section.ts';
import { cell, changeCell, gapCell, statusCell, valueCell } from './cells.ts';
import type { ReportCell, ReportTable } from './report-model.ts';
import type { ReportWords } from './report-words.ts';
import { type HeadlineSeries, longTermLabel, progressLabel, rowFor, targetValueText } from '../../narrative/index.ts';
import type { Status } from '../../stats/index.ts';
import type { TargetView } from '../../services/targets.ts';

export interface SummaryEntry {
  readonly indicator: Indicator;
  readonly series: HeadlineSeries;
  /** The council's target with its progress, or null. */
  readonly target: TargetView | null;
}

/**
 * The status shown: "undersøges" for an indicator under examination wherever it appears (even
 * when test figures exist), "følges" for a `follow` indicator, else the computed status.
 */
export function shownStatus(indicator: Indicator, status: Status): Status | 'under_examination' | 'followed' {
  if (indicator.status === 'under_examination') return 'under_examination';
  if (indicator.wanted === 'follow') return 'followed';
  return status;
}

const PROGRESS_TONE = { reached: 'good', on_track: 'good', needs_acceleration: 'neutral', moving_away: 'bad', not_assessable: 'muted' } as const;
const LONG_TERM_TONE = { improved: 'good', worsened: 'bad', unchanged: 'neutral', not_assessable: 'muted' } as const;

/** Progress towards the target, or the long-term verdict since the first period. */
export function longRunCell(entry: SummaryEntry, lang: Lang, words: ReportWords): ReportCell {
  const { indicator, series, target } = entry;
  if (indicator.status === 'under_examination') return cell(words.notApplicable, undefined, 'muted');
  if (target !== null) {
    const goal = `${words.targetFact}: ${targetValueText(target.target, indicator.display, lang)} ${lang === 'da' ? 'i' : 'in'} ${target.target.year}`;
    return cell(progressLabel(target.progress.status, lang), goal, PROGRESS_TONE[target.progress.status]);
  }
  const shown = series.primary.filter((r) => !r.suppressed && r.value !== null);
  const latest = series.primary.filter((r) => r.suppressed || r.value !== null).at(-1);
  const first = shown[0];
  if (latest === undefined || first === undefined || latest.suppressed || latest.period === first.period) return cell(words.notApplicable, undefined, 'muted');
  const text = longTermLabel(latest.longTerm, first.period, lang);
  return text === null ? cell(words.notApplicable, undefined, 'muted') : cell(text, undefined, LONG_TERM_TONE[latest.longTerm]);
}

function title(indicator: Indicator, lang: Lang): ReportCell {
  return { text: indicator.title[lang], anchor: indicator.id };
}

function summaryRow(entry: SummaryEntry, lang: Lang, words: ReportWords): ReportCell[] {
  const { indicator, series } = entry;
  const latest = series.primary.filter((r) => r.suppressed || r.value !== null).at(-1);
  const dash = cell(words.notApplicable, undefined, 'muted');
  const head = [title(indicator, lang), cell(ownersText(indicator, words))];
  if (latest === undefined) {
    const status = indicator.status === 'under_examination' ? 'under_examination' : 'no_data';
    const empty = cell(words.status[status].replace(/^\S+ /, ''), undefined, 'muted');
    return [
      ...head,
      dash,
      empty,
      indicator.comparison === 'none' ? dash : empty,
      dash,
      dash,
      statusCell(status, indicator, lang, words),
      longRunCell(entry, lang, words),
    ];
  }
  const comparison = rowFor(series.comparison, latest.period);
  const primaryValue = valueCell(latest, indicator, lang);
  const value = indicator.measure.kind === 'index' ? { ...primaryValue, detail: words.headlineIndex(indicator.measure.headline) } : primaryValue;
  const comparisonValue = indicator.comparison === 'none' ? dash : valueCell(comparison, indicator, lang);
  const citizenship = latest.definition === 'citizenship' && indicator.comparison !== 'none' ? words.citizenshipShort : undefined;
  return [
    ...head,
    cell(formatPeriodShort(latest.period, lang)),
    value,
    citizenship === undefined ? comparisonValue : { ...comparisonValue, detail: citizenship },
    indicator.comparison === 'comparison_group' ? gapCell(latest, indicator, lang, words, true) : dash,
    changeCell(latest.suppressed ? null : latest.change.sincePrevious, indicator, lang, words),
    statusCell(shownStatus(indicator, latest.status), indicator, lang, words),
    longRunCell(entry, lang, words),
  ];
}

/** The summary table of the indicators in the report. */
export function summaryTable(entries: readonly SummaryEntry[], lang: Lang, words: ReportWords): ReportTable {
  return {
    caption: words.summaryCaption,
    headers: words.summaryHeaders,
    align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'left', 'left'],
    rows: entries.map((e) => summaryRow(e, lang, words)),
  };
}
