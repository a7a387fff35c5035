/**
 * The data freeze: which delivery version of each indicator and period the report uses, and when
 * it was loaded — so that a figure in the committee's papers can be traced to the file it came
 * from, and a later delivery can be told apart from the one the committee saw.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { formatDate, formatPeriodShort } from '../../format/index.ts';
import type { ResultRow } from '../../cells/index.ts';
import { cell } from './cells.ts';
import { comparePeriodTexts } from '../../catalogue/index.ts';
import type { ReportCell, ReportTable } from './report-model.ts';
import type { ReportWords } from './report-words.ts';

function freezeRow(indicator: Indicator, rows: readonly ResultRow[], lang: Lang, words: ReportWords): ReportCell[] {
  const byPeriod = new Map<string, ResultRow['delivery']>();
  for (const row of rows) byPeriod.set(row.period, row.delivery);
  const periods = [...byPeriod.keys()].sort(comparePeriodTexts);
  const name = { text: indicator.title[lang], anchor: indicator.id };
  if (periods.length === 0)
    return [name, cell(words.notApplicable, undefined, 'muted'), cell(words.noDeliveries, undefined, 'muted'), cell(words.notApplicable, undefined, 'muted')];
  const first = formatPeriodShort(periods[0] ?? '', lang);
  const last = formatPeriodShort(periods.at(-1) ?? '', lang);
  const versions = periods
    .slice()
    .reverse()
    .map((p) => `${formatPeriodShort(p, lang)}: ${words.version(byPeriod.get(p)?.version ?? 0)}`)
    .join(', ');
  const loaded =
    [...byPeriod.values()]
      .map((d) => d.createdAt)
      .sort()
      .at(-1) ?? '';
  return [name, cell(first === last ? first : `${first}–${last}`), cell(versions), cell(formatDate(loaded, lang))];
}

/** One row per indicator: its periods, the version used of each, and the latest load date. */
export function freezeTable(entries: readonly { indicator: Indicator; rows: readonly ResultRow[] }[], lang: Lang, words: ReportWords): ReportTable {
  return {
    caption: words.freezeCaption,
    headers: words.freezeHeaders,
    align: ['left', 'left', 'left', 'left'],
    rows: entries.map((e) => freezeRow(e.indicator, e.rows, lang, words)),
  };
}
