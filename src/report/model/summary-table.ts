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
import { type HeadlineSeries, rowFor } from '../../narrative/index.ts';

export interface SummaryEntry {
  readonly indicator: Indicator;
  readonly series: HeadlineSeries;
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
    return [...head, dash, empty, indicator.comparison === 'none' ? dash : empty, dash, dash, statusCell(status, indicator, lang, words)];
  }
  const comparison = rowFor(series.comparison, latest.period);
  const primaryValue = valueCell(latest, indicator, lang);
  const value = indicator.measure.kind === 'index' ? { ...primaryValue, detail: words.headlineIndex } : primaryValue;
  const comparisonValue = indicator.comparison === 'none' ? dash : valueCell(comparison, indicator, lang);
  const citizenship = latest.definition === 'citizenship' && indicator.comparison !== 'none' ? words.citizenshipShort : undefined;
  return [
    ...head,
    cell(formatPeriodShort(latest.period, lang)),
    value,
    citizenship === undefined ? comparisonValue : { ...comparisonValue, detail: citizenship },
    indicator.comparison === 'none' ? dash : gapCell(latest, indicator, lang, words, true),
    changeCell(latest.suppressed ? null : latest.change.sincePrevious, indicator, lang, words),
    statusCell(latest.status, indicator, lang, words),
  ];
}

/** The summary table of the indicators in the report. */
export function summaryTable(entries: readonly SummaryEntry[], lang: Lang, words: ReportWords): ReportTable {
  return {
    caption: words.summaryCaption,
    headers: words.summaryHeaders,
    align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'left'],
    rows: entries.map((e) => summaryRow(e, lang, words)),
  };
}
