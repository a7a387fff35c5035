/**
 * Whether the web application asks anyone to log in. With no users at all (the zero-set-up demo)
 * the dashboard is open to everyone and shows every delivered figure, as before. Once the first user
 * exists — or when `INDIKATOR_AUTH=required` — everything but the login page needs a login, and the
 * dashboard shows published figures only.
 */

/** `open`: no login, no workflow; `required`: login and roles apply. */
export type AuthMode = 'open' | 'required';

/**
 * The mode for a store with `userCount` users.
 * @example authModeFor(0, false) // 'open'
 */
export function authModeFor(userCount: number, forced: boolean): AuthMode {
  return forced || userCount > 0 ? 'required' : 'open';
}
