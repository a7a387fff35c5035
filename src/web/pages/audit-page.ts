/**
 * The audit log for the coordinator and the administrator: the newest entries, filtered by action
 * or actor, with before and after shown as JSON text (escaped), and a link to export all of it.
 */
import type { AuditEntry } from '../../store/index.ts';
import { html, type SafeHtml } from '../html.ts';
import type { WorkflowWords } from '../i18n/workflow-words.ts';

export interface AuditPageInput {
  words: WorkflowWords;
  entries: readonly AuditEntry[];
  action: string;
  actor: string;
}

/** The page body. */
export function auditPage(input: AuditPageInput): SafeHtml {
  const { words } = input;
  const c = words.columns;
  const query = new URLSearchParams({ ...(input.action ? { action: input.action } : {}), ...(input.actor ? { actor: input.actor } : {}) });
  return html`<h1>${words.auditTitle}</h1>
<p class="lead">${words.auditIntro}</p>
<p><a href="/revision.csv${query.size > 0 ? `?${query}` : ''}">${words.auditExport}</a></p>
<form class="inline-form" method="get" action="/revision">
<p><label for="audit-action">${words.auditFilterAction}</label><input id="audit-action" name="action" value="${input.action}"></p>
<p><label for="audit-actor">${words.auditFilterActor}</label><input id="audit-actor" name="actor" value="${input.actor}"></p>
<p><button class="button button--secondary" type="submit">${words.filter}</button></p>
</form>
<p>${words.auditNewest(input.entries.length)}</p>
<div class="table-scroll"><table class="data-table audit-table"><thead><tr><th scope="col">${c.at}</th><th scope="col">${c.actor}</th><th scope="col">${c.action}</th><th scope="col">${c.object}</th><th scope="col">${c.details}</th></tr></thead>
<tbody>${input.entries.map(
    (e) =>
      html`<tr><td>${e.at}</td><td>${e.actor}</td><td><code>${e.action}</code></td><td>${e.objectType} ${e.objectId}</td><td><code class="audit-details">${JSON.stringify(e.details)}</code></td></tr>`,
  )}</tbody></table></div>`;
}
