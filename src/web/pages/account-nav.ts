/**
 * The signed-in part of the page shell: menu items for what the user's role may open, and a box
 * with the user's name, role and a log-out button (a POST form with the session's CSRF token).
 * Anonymous visitors get a log-in link once login is in use; without authentication, nothing.
 */
import type { Lang } from '../../catalogue/index.ts';
import type { RequestAuth } from '../auth/request-auth.ts';
import { html, type SafeHtml } from '../html.ts';
import { comparisonWords } from '../i18n/comparison-words.ts';
import { workflowWords } from '../i18n/workflow-words.ts';
import { navItem } from './layout.ts';

/** The hidden CSRF field every form of the signed-in part carries. */
export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}

/** `{ account }` for the layout, or nothing. */
export function accountNav(auth: RequestAuth | undefined, path: string, lang: Lang): { account?: { menu: SafeHtml; box: SafeHtml } } {
  if (auth === undefined) return {};
  const words = workflowWords(lang);
  const signedIn = auth.signedIn;
  if (signedIn === undefined) {
    if (auth.mode === 'open') return {};
    return { account: { menu: html``, box: html`<a class="account-link" href="/login">${words.login}</a>` } };
  }
  const { user, session } = signedIn;
  const role = user.role;
  const menu = html`${role === 'coordinator' || role === 'steward' ? navItem('/runder', words.navRounds, path) : ''}${
    role === 'coordinator' || role === 'admin' ? navItem('/revision', words.navAudit, path) : ''
  }${role === 'coordinator' ? navItem('/indstillinger', comparisonWords(lang).navSettings, path) : ''}${role === 'admin' ? navItem('/brugere', words.navUsers, path) : ''}`;
  const box = html`<form class="account" method="post" action="/logout" aria-label="${words.accountLabel}">
<span class="account__name">${words.signedInAs(user.displayName, words.roles[role])}</span>
${csrfField(session.csrfToken)}<button class="button button--secondary" type="submit">${words.logout}</button>
</form>`;
  return { account: { menu, box } };
}
