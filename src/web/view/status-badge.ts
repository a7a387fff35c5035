/**
 * An indicator's status shown as colour, word and icon together — never colour alone (WCAG
 * 1.4.1): "▲ Forbedret", "● Uændret", "▼ Forværret", "○ Kan ikke vurderes", "◆ Undersøges".
 */
import type { Status } from '../../services/result-types.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Dictionary } from '../i18n/index.ts';

/** A status, or the catalogue's "under examination". */
export type BadgeStatus = Status | 'under_examination';

const ICON: Readonly<Record<BadgeStatus, string>> = {
  improved: '▲',
  unchanged: '●',
  worsened: '▼',
  not_assessable: '○',
  under_examination: '◆',
};

/** The icon for a status. */
export function statusIcon(status: BadgeStatus): string {
  return ICON[status];
}

/** The badge's markup: a coloured pill with an icon (hidden from screen readers) and the word. */
export function statusBadge(status: BadgeStatus, dict: Dictionary): SafeHtml {
  const cls = status.replace('_', '-');
  return html`<span class="status status--${cls}"><span class="status__icon" aria-hidden="true">${ICON[status]}</span> ${dict.status[status]}</span>`;
}
