/** The list of delivery rounds and, for the coordinator, the form that opens a new one. */
import { PERIOD_TYPES } from '../../catalogue/index.ts';
import type { Round } from '../../services/workflow.ts';
import { html, type SafeHtml } from '../html.ts';
import type { WorkflowWords } from '../i18n/workflow-words.ts';
import { csrfField } from './account-nav.ts';
import { errorNotice, flashNotice } from './state-badge.ts';

export interface RoundsPageInput {
  words: WorkflowWords;
  rounds: readonly Round[];
  canOpen: boolean;
  csrfToken: string;
  flash?: string;
  error?: string;
}

function openForm(words: WorkflowWords, csrfToken: string): SafeHtml {
  return html`<section aria-labelledby="open-round"><h2 id="open-round">${words.openRoundHeading}</h2>
<form class="stack-form" method="post" action="/runder">${csrfField(csrfToken)}
<p><label for="round-name">${words.roundName}</label><input id="round-name" name="name" required maxlength="120"></p>
<p><label for="round-deadline">${words.deadline}</label><input id="round-deadline" name="deadline" type="date" required></p>
<fieldset><legend>${words.periodsLegend}</legend>
${PERIOD_TYPES.map((type) => html`<p><label for="period-${type}">${words.periodTypes[type]}</label><input id="period-${type}" name="period_${type}"></p>`)}
</fieldset>
<p><button class="button" type="submit">${words.openRound}</button></p>
</form></section>`;
}

/** The page body. */
export function roundsPage(input: RoundsPageInput): SafeHtml {
  const { words } = input;
  const rows = input.rounds.map(
    (r) =>
      html`<tr><th scope="row"><a href="/runder/${r.id}">${r.name}</a></th><td>${words.date(r.deadline)}</td><td>${
        r.closedAt === null ? words.roundOpen : words.roundClosed
      }</td></tr>`,
  );
  return html`<h1>${words.roundsTitle}</h1>
<p class="lead">${words.roundsIntro}</p>
${flashNotice(input.flash, words)}${errorNotice(input.error)}
${
  input.rounds.length === 0
    ? html`<p>${words.noRounds}</p>`
    : html`<div class="table-scroll"><table class="data-table"><thead><tr><th scope="col">${words.columns.round}</th><th scope="col">${words.columns.deadline}</th><th scope="col">${words.columns.status}</th></tr></thead><tbody>${rows}</tbody></table></div>`
}
${input.canOpen ? openForm(words, input.csrfToken) : ''}`;
}
