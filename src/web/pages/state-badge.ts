/** A delivery's workflow state as a word with a symbol — never colour alone. */
import type { ItemState } from '../../services/round-overview.ts';
import { html, type SafeHtml } from '../html.ts';
import type { WorkflowWords } from '../i18n/workflow-words.ts';

const ICON: Readonly<Record<ItemState, string>> = {
  expected: '○',
  delivered: '◐',
  returned: '↩',
  approved: '✓',
  published: '●',
};

/** `<span class="state state--approved">✓ Godkendt</span>`. */
export function stateBadge(state: ItemState, words: WorkflowWords): SafeHtml {
  return html`<span class="state state--${state}"><span aria-hidden="true">${ICON[state]}</span> ${words.states[state]}</span>`;
}

/** A flash message chosen by key from the words (never text from the request). */
export function flashNotice(key: string | undefined, words: WorkflowWords): SafeHtml | string {
  if (key === undefined || !Object.hasOwn(words.flash, key)) return '';
  return html`<p class="notice notice--ok" role="status">${words.flash[key as keyof WorkflowWords['flash']]}</p>`;
}

/** An error notice for a refused action. */
export function errorNotice(message: string | undefined): SafeHtml | string {
  return message === undefined ? '' : html`<p class="notice notice--error" role="alert">${message}</p>`;
}
