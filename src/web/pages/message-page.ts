/**
 * The body of a page that only says something went wrong (not found, invalid request), with a
 * way back to the overview.
 */
import { html, type SafeHtml } from '../html.ts';
import type { Dictionary } from '../i18n/index.ts';

/** A heading, a sentence and a link home. */
export function messagePage(title: string, text: string, dict: Dictionary): SafeHtml {
  return html`<h1>${title}</h1>
<p class="lead">${text}</p>
<p><a href="/">${dict.backToOverview}</a></p>`;
}
