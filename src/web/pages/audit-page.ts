/**
 * The audit log for the coordinator and the administrator: the newest entries, filtered by action
 * or actor, as a readable table (Copenhagen time, actions in words, details as `key: value`; all
 * escaped), and a link to export all of it raw (the CSV keeps the codes and the JSON).
 */
import type { Lang } from '../../catalogue/index.ts';
import { formatTimestamp } from '../../format/index.ts';
import type { AuditEntry, JsonValue } from '../../accounts/index.ts';
import { html, type SafeHtml } from '../html.ts';
import type { WorkflowWords } from '../i18n/workflow-words.ts';

export interface AuditPageInput {
  words: WorkflowWords;
  entries: readonly AuditEntry[];
  action: string;
  actor: string;
  lang: Lang;
}

/**
 * A detail value as a reader reads it: strings and numbers as they are, nothing as a dash, a list
 * separated by commas and an object as `key: value; key: value` — no braces or quotes (the raw JSON
 * is in the export).
 */
export function detailText(value: JsonValue): string {
  if (value === null || value === '') return '–';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.map(detailText).join(', ');
  const parts = Object.entries(value).map(([key, inner]) => `${key}: ${detailText(inner)}`);
  return parts.length === 0 ? '–' : parts.join('; ');
}

/** The details as `key: value` lines rather than one JSON object (the raw JSON is in the export). */
function details(entry: AuditEntry): SafeHtml {
  const parts = Object.entries(entry.details).map(([key, value]) => html`<li><span class="muted">${key}:</span> ${detailText(value)}</li>`);
  return parts.length === 0 ? html`` : html`<ul class="audit-details">${parts}</ul>`;
}

/** The actions to filter by, in words (the code is the value the filter sends), "all" first. */
function actionSelect(input: AuditPageInput): SafeHtml {
  const { words } = input;
  const actions = Object.entries(words.auditActions).sort(([, a], [, b]) => a.localeCompare(b, input.lang));
  // A code the words do not know yet stays choosable, as itself.
  if (input.action !== '' && !(input.action in words.auditActions)) actions.unshift([input.action, input.action]);
  return html`<select id="audit-action" name="action"><option value="">${words.auditAllActions}</option>${actions.map(
    ([code, text]) => html`<option value="${code}"${code === input.action ? html` selected` : ''}>${text}</option>`,
  )}</select>`;
}

function entryRow(e: AuditEntry, input: AuditPageInput): SafeHtml {
  const { words } = input;
  const action = words.auditActions[e.action] ?? e.action;
  const object = `${words.auditObjects[e.objectType] ?? e.objectType} ${e.objectId}`.trim();
  return html`<tr><td>${formatTimestamp(e.at, input.lang)}</td><td>${e.actor}</td><td><span title="${e.action}">${action}</span></td><td>${object}</td><td>${details(e)}</td></tr>`;
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
<p><label for="audit-action">${words.auditFilterAction}</label>${actionSelect(input)}</p>
<p><label for="audit-actor">${words.auditFilterActor}</label><input id="audit-actor" name="actor" value="${input.actor}"></p>
<p><button class="button button--secondary" type="submit">${words.filter}</button></p>
</form>
<p>${words.auditNewest(input.entries.length)}</p>
<div class="table-scroll"><table class="data-table audit-table stack-on-phone"><thead><tr><th scope="col">${c.at}</th><th scope="col">${c.actor}</th><th scope="col">${c.action}</th><th scope="col">${c.object}</th><th scope="col">${c.details}</th></tr></thead>
<tbody>${input.entries.map((e) => entryRow(e, input))}</tbody></table></div>`;
}
