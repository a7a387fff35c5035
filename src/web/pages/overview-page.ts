/**
 * The overview: every indicator of the catalogue, grouped by its owning department in the memo's
 * order, each as a card. Indicators under examination or without data are shown too, marked.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { type ComparisonView, sortByCountry } from '../../narrative/comparison.ts';
import type { ResultRow } from '../../cells/index.ts';
import type { TargetView } from '../../services/targets.ts';
import { html, type SafeHtml } from '../html.ts';
import { comparisonWords } from '../i18n/comparison-words.ts';
import type { Dictionary } from '../i18n/index.ts';
import { indicatorCard } from './indicator-card.ts';

export interface OverviewInput {
  readonly indicators: readonly Indicator[];
  readonly results: ReadonlyMap<string, readonly ResultRow[]>;
  /** The council's targets with their progress, by indicator id. */
  readonly targets?: ReadonlyMap<string, TargetView>;
  /** Each indicator's comparison with the country and the peers (absent: none). */
  readonly comparisons?: ReadonlyMap<string, ComparisonView | null>;
  /** `department` (the memo's order, default) or `country` (compared with the whole country). */
  readonly sort?: OverviewSort;
  readonly lang: Lang;
  readonly dict: Dictionary;
}

export type OverviewSort = 'department' | 'country';

/** The query value of the "compared with the country" order (`/?sortering=hele-landet`). */
export const SORT_BY_COUNTRY = 'hele-landet';

/** Departments in the order their first indicator appears in the memo. */
function byDepartment(indicators: readonly Indicator[], dict: Dictionary): [string, Indicator[]][] {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of [...indicators].sort((a, b) => a.order - b.order)) {
    const owner = indicator.owners[0] ?? dict.noOwner;
    groups.set(owner, [...(groups.get(owner) ?? []), indicator]);
  }
  return [...groups.entries()];
}

function cards(input: OverviewInput, indicators: readonly Indicator[]): SafeHtml {
  const { lang, dict } = input;
  return html`<ul class="cards">
${indicators.map((indicator) =>
  indicatorCard({
    indicator,
    rows: input.results.get(indicator.id) ?? [],
    target: input.targets?.get(indicator.id) ?? null,
    comparison: input.comparisons?.get(indicator.id) ?? null,
    lang,
    dict,
  }),
)}
</ul>`;
}

/** The order chooser: a GET form, so it works without JavaScript. */
function sortForm(input: OverviewInput): SafeHtml {
  const w = comparisonWords(input.lang);
  const country = input.sort === 'country';
  return html`<form class="sort-form" method="get" action="/"><label for="sortering">${w.sortLabel}</label>
<select id="sortering" name="sortering"><option value=""${country ? '' : html` selected`}>${w.sortDepartment}</option><option value="${SORT_BY_COUNTRY}"${country ? html` selected` : ''}>${w.sortCountry}</option></select>
<button class="button button--secondary" type="submit">${w.sortButton}</button></form>`;
}

function sections(input: OverviewInput): SafeHtml[] {
  if (input.sort === 'country') {
    const w = comparisonWords(input.lang);
    const ordered = sortByCountry(
      [...input.indicators].sort((a, b) => a.order - b.order),
      (i) => i.wanted,
      (i) => input.comparisons?.get(i.id) ?? null,
    );
    return [
      html`<section class="department" aria-labelledby="by-country"><h2 id="by-country">${w.sortedHeading}</h2>
<p class="note">${w.sortedIntro}</p>
${cards(input, ordered)}
</section>`,
    ];
  }
  return byDepartment(input.indicators, input.dict).map(
    ([department, indicators], i) => html`<section class="department" aria-labelledby="department-${i + 1}">
<h2 id="department-${i + 1}">${department}</h2>
${cards(input, indicators)}
</section>`,
  );
}

/** The overview page's main content. */
export function overviewPage(input: OverviewInput): SafeHtml {
  const { dict } = input;
  return html`<h1>${dict.overviewTitle}</h1>
<p class="lead">${dict.overviewIntro}</p>
<p class="report-links" data-report-making="${dict.reportMaking}" data-report-done="${dict.reportDone}" data-report-failed="${dict.reportFailed}">${dict.reportLinks} <a href="/rapport/rapport.pdf" data-report>PDF</a> · <a href="/rapport/rapport.docx" data-report>Word</a> · <a href="/rapport/rapport.html">HTML</a></p>
<p class="report-status" role="status" aria-live="polite"></p>
${input.comparisons === undefined ? '' : sortForm(input)}
${sections(input)}`;
}
