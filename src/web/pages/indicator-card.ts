/**
 * One indicator on the overview: its latest values for the target and comparison groups, the
 * gap, a sparkline and the status in colour, icon and word. An indicator under examination or
 * without data says so instead of showing numbers.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { formatDifference, formatMeasure, formatPeriodLabel, formatValue, SUPPRESSED_LABEL } from '../../format/index.ts';
import { judgedStandardised } from '../../narrative/index.ts';
import { type ComparisonView, headlineLine } from '../../narrative/comparison.ts';
import type { ResultRow } from '../../cells/index.ts';
import type { TargetView } from '../../services/targets.ts';
import { longTermLabel, targetValueText } from '../../narrative/index.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { comparisonWords } from '../i18n/comparison-words.ts';
import type { Dictionary } from '../i18n/index.ts';
import { gapFigures } from '../view/gap-figures.ts';
import { sparkline } from '../view/indicator-charts.ts';
import { groupLabel } from '../view/labels.ts';
import { groupsPresent, rowAt, selectRows } from '../view/result-selection.ts';
import { type BadgeStatus, progressBadge, statusBadge } from '../view/status-badge.ts';
import { latestPeriod } from '../view/latest.ts';

export interface CardInput {
  readonly indicator: Indicator;
  /** All the indicator's (guarded) rows. */
  readonly rows: readonly ResultRow[];
  /** The council's target with its progress, or null. */
  readonly target?: TargetView | null;
  /** The comparison with the country and the peers: the card shows the country's figure and the gap. */
  readonly comparison?: ComparisonView | null;
  readonly lang: Lang;
  readonly dict: Dictionary;
}

/** The headline groups of a card: target and (when compared) comparison, else what is present. */
function cardGroups(indicator: Indicator, rows: readonly ResultRow[]): ResultRow['group'][] {
  const present = groupsPresent(rows);
  const wanted = indicator.comparison === 'none' ? present.slice(0, 1) : present.filter((g) => g === 'target' || g === 'comparison');
  return wanted.length > 0 ? wanted : present.slice(0, 1);
}

/** The card's status: "under examination" from the catalogue, else the latest headline row's. */
export function cardStatus(indicator: Indicator, rows: readonly ResultRow[]): BadgeStatus {
  if (indicator.status === 'under_examination') return 'under_examination';
  const whole = selectRows(rows, '');
  const period = latestPeriod(whole);
  const group = cardGroups(indicator, whole)[0];
  if (period === undefined || group === undefined) return 'not_assessable';
  if (indicator.wanted === 'follow') return 'followed';
  return rowAt(whole, period, group)?.status ?? 'not_assessable';
}

/**
 * The long run beside the year-on-year status: progress towards the council's target when there
 * is one, else the long-term verdict since the first period (none for `follow` indicators).
 */
export function longRun(indicator: Indicator, rows: readonly ResultRow[], target: TargetView | null, lang: Lang, dict: Dictionary): SafeHtml | '' {
  if (indicator.status === 'under_examination') return '';
  if (target !== null) {
    const goal = `${targetValueText(target.target, indicator.display, lang)} ${lang === 'da' ? 'i' : 'in'} ${target.target.year}`;
    return html`<p class="card__target">${dict.progressCaption} (${goal}): ${progressBadge(target.progress.status, lang)}</p>`;
  }
  const whole = selectRows(rows, '');
  const period = latestPeriod(whole);
  const latest = period === undefined ? undefined : rowAt(whole, period, 'target');
  const first = whole.find((r) => r.group === 'target' && !r.suppressed && r.value !== null);
  if (latest === undefined || first === undefined || latest.period === first.period) return '';
  const text = longTermLabel(latest.longTerm, first.period, lang);
  return text === null ? '' : html`<p class="card__longterm"><span class="visually-hidden">${dict.longTermCaption}: </span>${text}</p>`;
}

/** The card as a list item. */
export function indicatorCard(input: CardInput): SafeHtml {
  const { indicator, lang, dict } = input;
  const whole = selectRows(input.rows, '');
  const period = latestPeriod(whole);
  const href = `/indikator/${indicator.id}`;
  const title = indicator.title[lang];
  const owners = indicator.owners.length > 1 ? html`<p class="card__owners">${indicator.owners.join(' · ')}</p>` : '';
  const status = statusBadge(cardStatus(indicator, input.rows), dict);
  if (indicator.status === 'under_examination' || period === undefined) {
    const text = indicator.status === 'under_examination' ? dict.underExaminationText : dict.noData;
    return html`<li class="card card--empty">
<div class="card__head"><h3 class="card__title"><a href="${href}">${title}</a></h3>${owners}</div>
<p class="card__text">${text}</p>
<p class="card__status"><span class="visually-hidden">${dict.statusCaption}: </span>${status}</p>
</li>`;
  }
  const groups = cardGroups(indicator, whole);
  const figures = groups.flatMap((g) => {
    const row = rowAt(whole, period, g);
    const shown = row === undefined ? '–' : formatValue(row, indicator, lang);
    const label = groupLabel(g, indicator.group_definition, dict);
    if (row === undefined || row.suppressed || !judgedStandardised(indicator, row)) return [html`<div class="figure"><dt>${label}</dt><dd>${shown}</dd></div>`];
    // The basis the status is judged on first, the crude figure second (under it, smaller).
    const s = row.standardised;
    const standardised = s === null ? dict.standardisedMissing[row.standardisedMissing ?? 'not_computable'] : formatMeasure(s.value, indicator.display, lang);
    return [
      html`<div class="figure"><dt>${dict.standardisedLabel(label)}</dt><dd><span${s === null ? html` class="suppressed figure__word"` : ''}>${standardised}</span><span class="figure__crude">${dict.crudeShort(shown)}</span></dd></div>`,
    ];
  });
  const target = rowAt(whole, period, 'target');
  const gap = indicator.comparison === 'comparison_group' && target !== undefined && !target.suppressed ? cardGap(indicator, target, lang, dict) : '';
  const spark = sparkline({ indicator, rows: whole, groups, breakdownLabel: '', lang, dict });
  return html`<li class="card">
<div class="card__head"><h3 class="card__title"><a href="${href}">${title}</a></h3>
<p class="card__period">${dict.latestLabel(formatPeriodLabel(period, lang))}</p>${owners}</div>
<dl class="card__figures">${figures}${gap}${countryFigure(indicator, input.comparison ?? null, period, lang)}${peersFigure(indicator, input.comparison ?? null, period, lang)}</dl>
<div class="card__spark">${spark === null ? '' : raw(spark)}</div>
<p class="card__status"><span class="visually-hidden">${dict.statusCaption}: </span>${status}</p>
${longRun(indicator, input.rows, input.target ?? null, lang, dict)}
</li>`;
}

/** The card's gap: the judged one, and for a standardised indicator the crude one under it. */
function cardGap(indicator: Indicator, target: ResultRow, lang: Lang, dict: Dictionary): SafeHtml | string {
  const [first, second] = gapFigures(indicator, target, lang, dict);
  if (first === undefined) return '';
  if (second === undefined && !first.muted) return html`<div class="figure figure--gap"><dt>${first.label}</dt><dd>${first.value}</dd></div>`;
  const crude = second === undefined ? '' : html`<span class="figure__crude">${dict.crudeShort(second.value)}</span>`;
  return html`<div class="figure figure--gap"><dt>${first.label}</dt><dd><span${first.muted ? html` class="suppressed figure__word"` : ''}>${first.value}</span>${crude}</dd></div>`;
}

/**
 * The whole country's figure for the headline group in the card's period, with the own
 * municipality's gap to it; nothing when the country has no figure there. Suppressed stays a word.
 */
function countryFigure(indicator: Indicator, view: ComparisonView | null, period: string, lang: Lang): SafeHtml | string {
  const line = view?.period === period ? headlineLine(view) : undefined;
  const country = line?.country;
  if (line === undefined || country === null || country === undefined || (country.value === null && !country.suppressed)) return '';
  const w = comparisonWords(lang);
  if (country.value === null)
    return html`<div class="figure figure--country"><dt>${w.cardCountry}</dt><dd><span class="suppressed figure__word">${SUPPRESSED_LABEL[lang]}</span></dd></div>`;
  const gap =
    line.gapToCountry === null ? '' : html`<span class="figure__crude">${w.cardGap(formatDifference(line.gapToCountry, indicator.display, lang, true))}</span>`;
  return html`<div class="figure figure--country"><dt>${w.cardCountry}</dt><dd>${formatMeasure(country.value, indicator.display, lang)}${gap}</dd></div>`;
}

/**
 * The peers' median for the headline group in the card's period, with the own municipality's rank
 * among them when all have a figure, else their range; nothing when no peer has a figure there.
 */
function peersFigure(indicator: Indicator, view: ComparisonView | null, period: string, lang: Lang): SafeHtml | string {
  const line = view?.period === period ? headlineLine(view) : undefined;
  if (line === undefined || line.peerMedian === null) return '';
  const w = comparisonWords(lang);
  const value = (v: number) => formatMeasure(v, indicator.display, lang);
  const under =
    line.rank !== null && line.ranked !== null
      ? w.cardRank(line.rank, line.ranked)
      : line.peerMin !== null && line.peerMax !== null
        ? w.cardRange(`${value(line.peerMin)}–${value(line.peerMax)}`)
        : '';
  return html`<div class="figure figure--peers"><dt>${w.cardPeers}</dt><dd>${value(line.peerMedian)}${under === '' ? '' : html`<span class="figure__crude">${under}</span>`}</dd></div>`;
}
