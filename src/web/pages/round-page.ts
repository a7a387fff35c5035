/**
 * One delivery round: per department, every expected indicator with its state, version, who
 * delivered it, the coordinator's comment and whether it is overdue; the coordinator's buttons to
 * publish what is approved and to close the round; and the upload form for those who deliver.
 */
import type { Lang } from '../../catalogue/index.ts';
import type { DepartmentStatus, RoundItem, RoundOverview } from '../../services/round-overview.ts';
import { html, type SafeHtml } from '../html.ts';
import type { WorkflowWords } from '../i18n/workflow-words.ts';
import { csrfField } from './account-nav.ts';
import { errorNotice, flashNotice, stateBadge } from './state-badge.ts';
import { type UploadOutcome, uploadPanel } from './upload-panel.ts';

export interface RoundPageInput {
  words: WorkflowWords;
  lang: Lang;
  overview: RoundOverview;
  isCoordinator: boolean;
  canUpload: boolean;
  csrfToken: string;
  flash?: string;
  error?: string;
  upload?: UploadOutcome;
  /** For the coordinator: earlier periods not yet published, and whether nothing is published at all. */
  history?: { pending: number; first: boolean };
}

/** The choice to publish the back series with the round; ticked when the store has published nothing yet. */
function historyChoice(input: RoundPageInput): SafeHtml | string {
  const history = input.history;
  if (history === undefined || history.pending === 0) return '';
  return html`<p class="checkbox-row"><input type="checkbox" id="publish-history" name="history" value="1"${history.first ? html` checked` : ''}><label for="publish-history">${input.words.publishHistory(history.pending)}</label></p>`;
}

function itemRow(item: RoundItem, words: WorkflowWords, lang: Lang): SafeHtml {
  const title = item.indicator.title[lang];
  const latest = item.latest;
  const c = words.columns;
  // data-label: the column's name beside the value when the table stacks on a phone.
  return html`<tr class="${item.overdue ? 'is-overdue' : ''}">
<th scope="row">${latest === undefined ? title : html`<a href="/leveringer/${latest.id}">${title}</a>`}</th>
<td>${item.period}</td><td>${stateBadge(item.state, words)}</td>
<td class="num" data-label="${c.version}">${latest?.version ?? ''}</td><td data-label="${c.deliveredBy}">${latest?.createdBy ?? ''}</td>
<td data-label="${c.comment}">${latest?.statusComment ?? ''}</td><td>${item.overdue ? html`<strong>${c.overdue}</strong>` : ''}</td></tr>`;
}

function departmentSection(d: DepartmentStatus, index: number, words: WorkflowWords, lang: Lang): SafeHtml {
  const c = words.columns;
  const summary = d.done ? words.allPublished : d.overdue > 0 ? words.overdueCount(d.overdue) : '';
  return html`<section class="department" aria-labelledby="dept-${index}"><h2 id="dept-${index}">${d.department}${
    summary === '' ? '' : html` <span class="department__summary">(${summary})</span>`
  }</h2>
<div class="table-scroll"><table class="data-table stack-on-phone"><thead><tr><th scope="col">${c.indicator}</th><th scope="col">${c.period}</th><th scope="col">${c.state}</th><th scope="col">${c.version}</th><th scope="col">${c.deliveredBy}</th><th scope="col">${c.comment}</th><th scope="col">${c.overdue}</th></tr></thead>
<tbody>${d.items.map((item) => itemRow(item, words, lang))}</tbody></table></div></section>`;
}

function coordinatorTools(input: RoundPageInput): SafeHtml {
  const { words, overview } = input;
  const id = overview.round.id;
  // The history choice sits above the button it belongs to; closing the round is a form of its own beside it.
  return html`<div class="round-tools">
<form class="round-tools__publish" method="post" action="/runder/${id}/publicer">${csrfField(input.csrfToken)}${historyChoice(input)}<p><button class="button" type="submit">${words.publishApproved}</button></p></form>
${overview.open ? html`<form method="post" action="/runder/${id}/luk">${csrfField(input.csrfToken)}<p><button class="button button--secondary" type="submit">${words.closeRound}</button></p></form>` : ''}
</div>`;
}

/** The page body. */
export function roundPage(input: RoundPageInput): SafeHtml {
  const { words, overview, lang } = input;
  const round = overview.round;
  return html`<h1>${round.name}</h1>
<p class="lead">${words.deadlineText(round.deadline)} · ${overview.open ? words.roundOpen : words.roundClosed}${
    overview.deadlinePassed ? html` · <strong>${words.deadlinePassed}</strong>` : ''
  }</p>
${flashNotice(input.flash, words)}${errorNotice(input.error)}
${input.isCoordinator ? coordinatorTools(input) : ''}
${overview.departments.length === 0 ? html`<p>${words.nothingExpected}</p>` : overview.departments.map((d, i) => departmentSection(d, i, words, lang))}
${input.canUpload && overview.open ? uploadPanel(round.id, input.csrfToken, words, input.upload) : ''}`;
}
