/**
 * The comparison section of an indicator's page: the own municipality, the whole country and the
 * peers (median and range, and each peer in a collapsed table) in the latest period, with the gap
 * to the country and the rank among the peers where all have a figure. A suppressed figure reads
 * "diskretioneret", never a number.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { formatDifference, formatMeasure, formatPeriodPhrase, SUPPRESSED_LABEL } from '../../format/index.ts';
import { municipalityName } from '../../municipalities/index.ts';
import { type ComparedFigure, type ComparisonView, comparesWholeGroups } from '../../narrative/comparison.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Dictionary } from '../i18n/index.ts';
import { comparisonWords } from '../i18n/comparison-words.ts';

export interface ComparisonSectionInput {
  indicator: Indicator;
  view: ComparisonView | null;
  peersLabel: string;
  lang: Lang;
  dict: Dictionary;
}

function figure(f: ComparedFigure | null, indicator: Indicator, lang: Lang, missing: string): SafeHtml {
  if (f === null || (f.value === null && !f.suppressed)) return html`<td class="num missing">${missing}</td>`;
  if (f.suppressed || f.value === null) return html`<td class="num suppressed">${SUPPRESSED_LABEL[lang]}</td>`;
  return html`<td class="num">${formatMeasure(f.value, indicator.display, lang)}</td>`;
}

function value(v: number | null, indicator: Indicator, lang: Lang): string {
  return v === null ? '' : formatMeasure(v, indicator.display, lang);
}

/** The section, or '' when there is nothing to compare. */
export function comparisonSection(input: ComparisonSectionInput): SafeHtml | string {
  const { indicator, view, lang, dict } = input;
  const w = comparisonWords(lang);
  if (!comparesWholeGroups(indicator))
    return html`<section aria-labelledby="comparison"><h2 id="comparison">${w.heading}</h2><p>${w.notComparable}</p></section>`;
  if (view === null || view.lines.length === 0) return '';
  const peerCount = view.lines[0]?.peers.length ?? 0;
  return html`<section aria-labelledby="comparison">
<h2 id="comparison">${w.heading}</h2>
<p>${w.intro(formatPeriodPhrase(view.period, lang), input.peersLabel)}</p>
<div class="table-scroll" role="region" aria-label="${w.heading}" tabindex="0"><table class="data-table comparison-table">
<thead><tr><th scope="col">${w.group}</th><th scope="col" class="num">${w.own}</th><th scope="col" class="num">${w.country}</th><th scope="col" class="num">${w.gap}</th>
<th scope="col" class="num">${w.median}</th><th scope="col" class="num">${w.range}</th><th scope="col" class="num">${w.rank}</th></tr></thead>
<tbody>${view.lines.map(
    (l) => html`<tr><th scope="row">${dict.groups[l.group]}</th>${figure(l.own, indicator, lang, w.noFigure)}${figure(l.country, indicator, lang, w.noFigure)}
<td class="num">${l.gapToCountry === null ? '' : formatDifference(l.gapToCountry, indicator.display, lang, true)}</td>
<td class="num">${value(l.peerMedian, indicator, lang)}${l.peersWithValue < peerCount ? html` <span class="note">(${w.withValue(l.peersWithValue, peerCount)})</span>` : ''}</td>
<td class="num">${l.peerMin === null || l.peerMax === null ? '' : `${value(l.peerMin, indicator, lang)}–${value(l.peerMax, indicator, lang)}`}</td>
<td class="num">${l.rank === null || l.ranked === null ? '' : w.rankOf(l.rank, l.ranked)}</td></tr>`,
  )}</tbody></table></div>
<p class="note">${w.rankNote}${view.imported ? ` ${w.imported}` : ''}</p>
${view.synthetic ? html`<p class="note synthetic">${w.synthetic}</p>` : ''}
<details><summary>${w.peersHeading}</summary>
<div class="table-scroll" role="region" aria-label="${w.peersHeading}" tabindex="0"><table class="data-table comparison-peers">
<thead><tr><th scope="col">${w.municipality}</th>${view.lines.map((l) => html`<th scope="col" class="num">${dict.groups[l.group]}</th>`)}</tr></thead>
<tbody>${(view.lines[0]?.peers ?? []).map(
    (p, i) =>
      html`<tr><th scope="row">${municipalityName(p.municipality)}</th>${view.lines.map((l) => figure(l.peers[i] ?? null, indicator, lang, w.noFigure))}</tr>`,
  )}</tbody></table></div>
</details>
</section>`;
}
