/**
 * The upload form of a round and what the last upload gave: every validation error (file, row,
 * column, message — all escaped, since they quote the file's contents) or the summary of a valid file.
 */
import type { UploadSummary } from '../../services/workflow.ts';
import { html, type SafeHtml } from '../html.ts';
import type { WorkflowWords } from '../i18n/workflow-words.ts';
import { csrfField } from './account-nav.ts';

/** What the last upload in this request gave. */
export type UploadOutcome =
  | { kind: 'errors'; messages: readonly string[]; total: number }
  | { kind: 'checked'; summary: readonly (UploadSummary & { title?: string })[] };

function outcomePanel(outcome: UploadOutcome, words: WorkflowWords): SafeHtml {
  if (outcome.kind === 'errors') {
    return html`<section class="upload-errors" aria-labelledby="upload-errors" role="alert"><h3 id="upload-errors">${words.uploadErrorsHeading(outcome.total)}</h3>
<p>${words.uploadErrorsIntro}</p>
<ul class="error-list">${outcome.messages.map((m) => html`<li>${m}</li>`)}</ul></section>`;
  }
  return html`<section class="upload-ok" aria-labelledby="upload-ok" role="status"><h3 id="upload-ok">${words.checkedHeading}</h3>
<p>${words.checkedIntro}</p>
<ul>${outcome.summary.map((s) => html`<li>${s.title ?? s.indicator} ${s.period}: ${words.cellsCount(s.cells)}</li>`)}</ul></section>`;
}

/** The form, posting to `/runder/:id/levering`, with the outcome above it. */
export function uploadPanel(roundId: number, csrfToken: string, words: WorkflowWords, outcome?: UploadOutcome): SafeHtml {
  return html`<section class="upload" aria-labelledby="upload"><h2 id="upload">${words.uploadHeading}</h2>
<p>${words.uploadIntro}</p>
${outcome === undefined ? '' : outcomePanel(outcome, words)}
<form class="stack-form" method="post" action="/runder/${roundId}/levering" enctype="multipart/form-data">${csrfField(csrfToken)}
<p><label for="delivery-file">${words.file}</label><input id="delivery-file" name="file" type="file" accept=".csv,.txt,.xlsx" required></p>
<p class="button-row"><button class="button button--secondary" type="submit" name="action" value="check">${words.check}</button>
<button class="button" type="submit" name="action" value="submit">${words.submit}</button></p>
</form></section>`;
}
