/**
 * One delivery version as the coordinator and the delivering department see it before it is
 * published: who delivered what and when, its state and comment, the coordinator's buttons
 * (approve, return with a comment, publish) and every cell, notes included — escaped, since notes
 * are the department's own text.
 */
import type { Lang } from '../../catalogue/index.ts';
import { formatTimestamp } from '../../format/index.ts';
import { DANISH_GROUP_WORDS } from '../../origin/index.ts';
import type { Cell } from '../../cells/index.ts';
import type { DeliveryWithCells } from '../../cells/index.ts';
import { html, type SafeHtml } from '../html.ts';
import type { WorkflowWords } from '../i18n/workflow-words.ts';
import { csrfField } from './account-nav.ts';
import { errorNotice, flashNotice, stateBadge } from './state-badge.ts';

export interface DeliveryPageInput {
  words: WorkflowWords;
  lang: Lang;
  delivery: DeliveryWithCells;
  indicatorTitle: string;
  isNewest: boolean;
  isCoordinator: boolean;
  csrfToken: string;
  flash?: string;
  error?: string;
}

function number(value: number | null, lang: Lang): string {
  return value === null ? '' : value.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 4 });
}

function cellRow(cell: Cell, words: WorkflowWords, lang: Lang): SafeHtml {
  return html`<tr><th scope="row">${lang === 'da' ? DANISH_GROUP_WORDS[cell.group] : cell.group}</th><td>${cell.breakdown}</td><td class="num">${number(cell.numerator, lang)}</td><td class="num">${number(
    cell.denominator,
    lang,
  )}</td><td class="num">${number(cell.value, lang)}</td><td class="num">${number(cell.n, lang)}</td><td>${cell.suppressed ? words.yes : words.no}</td><td class="cell-note">${cell.note}</td></tr>`;
}

function actions(input: DeliveryPageInput): SafeHtml | string {
  const { words, delivery: d, csrfToken } = input;
  if (!input.isCoordinator || !input.isNewest) return '';
  const approve =
    d.status === 'delivered'
      ? html`<form method="post" action="/leveringer/${d.id}/godkend">${csrfField(csrfToken)}<button class="button" type="submit">${words.approve}</button></form>`
      : '';
  const publish =
    d.status === 'approved'
      ? html`<form method="post" action="/leveringer/${d.id}/publicer">${csrfField(csrfToken)}<button class="button" type="submit">${words.publish}</button></form>`
      : '';
  const giveBack =
    d.status === 'delivered' || d.status === 'approved'
      ? html`<form class="stack-form" method="post" action="/leveringer/${d.id}/returner">${csrfField(csrfToken)}
<p><label for="return-comment">${words.returnComment}</label><textarea id="return-comment" name="comment" rows="3" required maxlength="2000"></textarea></p>
<p><button class="button button--secondary" type="submit">${words.returnWithComment}</button></p></form>`
      : '';
  return html`<div class="button-row">${approve}${publish}</div>${giveBack}`;
}

/** The page body. */
export function deliveryPage(input: DeliveryPageInput): SafeHtml {
  const { words, delivery: d, lang } = input;
  const c = words.columns;
  return html`<h1>${words.deliveryTitle(input.indicatorTitle, d.period, d.version)}</h1>
${flashNotice(input.flash, words)}${errorNotice(input.error)}
<p>${stateBadge(d.status, words)}${input.isNewest ? '' : html` · ${words.newerVersion}`}</p>
${d.status === 'returned' && d.statusComment !== '' ? html`<div class="notice notice--warning"><p>${words.returnedBecause}</p><blockquote>${d.statusComment}</blockquote></div>` : ''}
<h2>${words.deliveryMeta}</h2>
<dl class="facts"><dt>${words.fileName}</dt><dd>${d.fileName}</dd><dt>${c.deliveredBy}</dt><dd>${d.createdBy}</dd><dt>${words.deliveredAt}</dt><dd>${formatTimestamp(d.createdAt, input.lang)}</dd>
${d.statusComment !== '' && d.status !== 'returned' ? html`<dt>${c.comment}</dt><dd>${d.statusComment}</dd>` : ''}</dl>
${actions(input)}
<h2>${words.cellsHeading}</h2>
<p><a href="/leveringer/${d.id}/celler.csv">${words.cellsCsv}</a></p>
<div class="table-scroll"><table class="data-table"><thead><tr><th scope="col">${c.group}</th><th scope="col">${c.breakdown}</th><th scope="col">${c.numerator}</th><th scope="col">${c.denominator}</th><th scope="col">${c.value}</th><th scope="col">${c.n}</th><th scope="col">${c.suppressed}</th><th scope="col">${c.note}</th></tr></thead>
<tbody>${d.cells.map((cell) => cellRow(cell, words, lang))}</tbody></table></div>
<p><a href="/runder">${words.backToRound}</a></p>`;
}
