/**
 * An indicator's status shown as colour, word and icon together — never colour alone (WCAG
 * 1.4.1): "▲ Forbedret", "● Uændret", "▼ Forværret", "○ Kan ikke vurderes", "◆ Undersøges".
 */
import type { Lang } from '../../catalogue/index.ts';
import { progressLabel } from '../../narrative/index.ts';
import type { Status } from '../../stats/index.ts';
import type { ProgressStatus } from '../../stats/index.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Dictionary } from '../i18n/index.ts';

/** A status, the catalogue's "under examination", or "followed" (a `follow` indicator is never judged). */
export type BadgeStatus = Status | 'under_examination' | 'followed';

const ICON: Readonly<Record<BadgeStatus, string>> = {
  improved: '▲',
  unchanged: '●',
  worsened: '▼',
  not_assessable: '○',
  under_examination: '◆',
  followed: '◇',
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

const PROGRESS_ICON: Readonly<Record<ProgressStatus, string>> = {
  reached: '★',
  on_track: '▲',
  needs_acceleration: '◐',
  moving_away: '▼',
  not_assessable: '○',
};

/** Progress towards the council's target as a badge: icon and words, never colour alone. */
export function progressBadge(status: ProgressStatus, lang: Lang): SafeHtml {
  return html`<span class="status progress--${status.replaceAll('_', '-')}"><span class="status__icon" aria-hidden="true">${PROGRESS_ICON[status]}</span> ${progressLabel(status, lang)}</span>`;
}
