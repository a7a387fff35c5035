/**
 * The overview: every indicator of the catalogue, grouped by its owning department in the memo's
 * order, each as a card. Indicators under examination or without data are shown too, marked.
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import type { ResultRow } from '../../services/result-types.ts';
import type { TargetView } from '../../services/targets.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Dictionary } from '../i18n/index.ts';
import { indicatorCard } from './indicator-card.ts';

export interface OverviewInput {
  readonly indicators: readonly Indicator[];
  readonly results: ReadonlyMap<string, readonly ResultRow[]>;
  /** The council's targets with their progress, by indicator id. */
  readonly targets?: ReadonlyMap<string, TargetView>;
  readonly lang: Lang;
  readonly dict: Dictionary;
}

/** Departments in the order their first indicator appears in the memo. */
function byDepartment(indicators: readonly Indicator[], dict: Dictionary): [string, Indicator[]][] {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of [...indicators].sort((a, b) => a.order - b.order)) {
    const owner = indicator.owners[0] ?? dict.noOwner;
    groups.set(owner, [...(groups.get(owner) ?? []), indicator]);
  }
  return [...groups.entries()];
}

/** The overview page's main content. */
export function overviewPage(input: OverviewInput): SafeHtml {
  const { dict, lang } = input;
  const sections = byDepartment(input.indicators, dict).map(
    ([department, indicators], i) => html`<section class="department" aria-labelledby="department-${i + 1}">
<h2 id="department-${i + 1}">${department}</h2>
<ul class="cards">
${indicators.map((indicator) => indicatorCard({ indicator, rows: input.results.get(indicator.id) ?? [], target: input.targets?.get(indicator.id) ?? null, lang, dict }))}
</ul>
</section>`,
  );
  return html`<h1>${dict.overviewTitle}</h1>
<p class="lead">${dict.overviewIntro}</p>
<p class="report-links" data-report-making="${dict.reportMaking}" data-report-done="${dict.reportDone}" data-report-failed="${dict.reportFailed}">${dict.reportLinks} <a href="/rapport/rapport.pdf" data-report>PDF</a> · <a href="/rapport/rapport.docx" data-report>Word</a> · <a href="/rapport/rapport.html">HTML</a></p>
<p class="report-status" role="status" aria-live="polite"></p>
${sections}`;
}
