/**
 * The comparison in the report: per indicator a table of the own municipality, the whole country
 * and the peers (median, range, rank) for each group in the section's latest period, and one
 * summary table over the indicators (own, country, peer median, gap, rank for the headline group).
 * From the same view as the web (`services/comparison.ts`); a suppressed figure reads
 * "diskretioneret", a missing one "intet tal", and nothing is derived from a suppressed figure.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { formatDifference, formatMeasure, formatPeriodShort, SUPPRESSED_LABEL } from '../../format/index.ts';
import { type ComparedFigure, type ComparisonLine, type ComparisonView, headlineLine } from '../../narrative/comparison.ts';
import { cell, groupName } from './cells.ts';
import type { ReportCell, ReportTable } from './report-model.ts';
import type { ReportWords } from './report-words.ts';

const WORDS = {
  da: {
    caption: (period: string, peers: string) => `Sammenligning med hele landet og sammenligningskommunerne (${peers}), ${period}`,
    headers: ['Gruppe', 'Kommunen', 'Hele landet', 'Forskel til hele landet', 'Sammenligningskommuner, median', 'Spænd', 'Placering'],
    summaryCaption: (peers: string) => `Sammenligning med hele landet og sammenligningskommunerne (${peers}), seneste periode`,
    summaryHeaders: ['Indikator', 'Periode', 'Kommunen', 'Hele landet', 'Sammenligningskommuner, median', 'Forskel til hele landet', 'Placering'],
    rankOf: (rank: number, of: number) => `${rank} af ${of}`,
    noFigure: 'intet tal',
    synthetic: 'syntetiske tal',
    note: 'Placering 1 = højeste værdi blandt kommunen og sammenligningskommunerne; kun når alle har et tal. Tallene for andre kommuner og hele landet er offentliggjorte tal, diskretioneret efter samme regel.',
    syntheticNote: 'Syntetiske tal: demoens landsdækkende sæt er genereret, ikke virkelige kommuners tal.',
    chartCountry: (group: string) => `Hele landet, ${group.toLowerCase()}`,
    chartPeers: (group: string) => `Sammenligningskommuner, median og spænd, ${group.toLowerCase()}`,
  },
  en: {
    caption: (period: string, peers: string) => `Compared with the whole country and the peers (${peers}), ${period}`,
    headers: ['Group', 'The municipality', 'Whole country', 'Gap to the whole country', 'Peers, median', 'Range', 'Rank'],
    summaryCaption: (peers: string) => `Compared with the whole country and the peers (${peers}), latest period`,
    summaryHeaders: ['Indicator', 'Period', 'The municipality', 'Whole country', 'Peers, median', 'Gap to the whole country', 'Rank'],
    rankOf: (rank: number, of: number) => `${rank} of ${of}`,
    noFigure: 'no figure',
    synthetic: 'synthetic figures',
    note: "Rank 1 = the highest value among the municipality and its peers; only when all have a figure. Other municipalities' and the country's figures are published figures, suppressed by the same rule.",
    syntheticNote: "Synthetic figures: the demo's national set is generated, not real municipalities' figures.",
    chartCountry: (group: string) => `Whole country, ${group.toLowerCase()}`,
    chartPeers: (group: string) => `Peers, median and range, ${group.toLowerCase()}`,
  },
} as const;

function figureCell(f: ComparedFigure | null, indicator: Indicator, lang: Lang): ReportCell {
  if (f === null || (f.value === null && !f.suppressed)) return cell(WORDS[lang].noFigure, undefined, 'muted');
  if (f.suppressed || f.value === null) return cell(SUPPRESSED_LABEL[lang], undefined, 'muted');
  return cell(formatMeasure(f.value, indicator.display, lang));
}

function measureCell(v: number | null, indicator: Indicator, lang: Lang): ReportCell {
  return v === null ? cell('–', undefined, 'muted') : cell(formatMeasure(v, indicator.display, lang));
}

function gapCell(l: ComparisonLine, indicator: Indicator, lang: Lang): ReportCell {
  return l.gapToCountry === null ? cell('–', undefined, 'muted') : cell(formatDifference(l.gapToCountry, indicator.display, lang, true));
}

function rankCell(l: ComparisonLine, lang: Lang): ReportCell {
  return l.rank === null || l.ranked === null ? cell('–', undefined, 'muted') : cell(WORDS[lang].rankOf(l.rank, l.ranked));
}

function rangeCell(l: ComparisonLine, indicator: Indicator, lang: Lang): ReportCell {
  if (l.peerMin === null || l.peerMax === null) return cell('–', undefined, 'muted');
  return cell(`${formatMeasure(l.peerMin, indicator.display, lang)}–${formatMeasure(l.peerMax, indicator.display, lang)}`);
}

/**
 * The section's comparison table, or null when there is none for the section's latest period
 * (a report "as of" an earlier period shows no comparison from a later one).
 */
export function comparisonTable(
  indicator: Indicator,
  view: ComparisonView | null,
  latest: string | undefined,
  peers: string,
  lang: Lang,
  words: ReportWords,
): ReportTable | null {
  // Only the groups someone else has a figure for (a national set may leave out `other`).
  const lines = view?.lines.filter((l) => l.country !== null || l.peers.some((p) => p.value !== null || p.suppressed)) ?? [];
  if (view === null || view.period !== latest || lines.length === 0) return null;
  const w = WORDS[lang];
  const caption = w.caption(formatPeriodShort(view.period, lang), peers) + (view.synthetic ? ` — ${w.synthetic}` : '');
  return {
    caption,
    headers: w.headers,
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    rows: lines.map((l) => [
      cell(groupName(l.group, indicator.group_definition, words)),
      figureCell(l.own, indicator, lang),
      figureCell(l.country, indicator, lang),
      gapCell(l, indicator, lang),
      measureCell(l.peerMedian, indicator, lang),
      rangeCell(l, indicator, lang),
      rankCell(l, lang),
    ]),
  };
}

/** The notes under a section's comparison table. */
export function comparisonNotes(view: ComparisonView | null, shown: boolean, lang: Lang): string[] {
  if (!shown || view === null) return [];
  return [WORDS[lang].note, ...(view.synthetic ? [WORDS[lang].syntheticNote] : [])];
}

/** The summary table over the indicators, or null when no indicator has a comparison. */
export function comparisonSummaryTable(
  entries: readonly { indicator: Indicator; view: ComparisonView | null }[],
  peers: string,
  lang: Lang,
): ReportTable | null {
  const shown = entries.flatMap(({ indicator, view }) => {
    const line = headlineLine(view);
    return view === null || line === undefined ? [] : [{ indicator, view, line }];
  });
  if (shown.length === 0) return null;
  const w = WORDS[lang];
  const synthetic = shown.some((s) => s.view.synthetic);
  return {
    caption: w.summaryCaption(peers) + (synthetic ? ` — ${w.synthetic}` : ''),
    headers: w.summaryHeaders,
    align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
    rows: shown.map(({ indicator, view, line }) => [
      { text: indicator.title[lang], anchor: indicator.id },
      cell(formatPeriodShort(view.period, lang)),
      figureCell(line.own, indicator, lang),
      figureCell(line.country, indicator, lang),
      measureCell(line.peerMedian, indicator, lang),
      gapCell(line, indicator, lang),
      rankCell(line, lang),
    ]),
  };
}

/** The names of the country's and the peers' lines on the chart, for a group's name. */
export function comparisonChartLabels(lang: Lang, group: string): { country: string; peers: string } {
  return { country: WORDS[lang].chartCountry(group), peers: WORDS[lang].chartPeers(group) };
}
