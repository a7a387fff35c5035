/**
 * The log-in form: user name and password, with the login CSRF token and where to go afterwards,
 * and the link to the municipality's login when OpenID Connect is configured.
 */
import { html, type SafeHtml } from '../html.ts';
import type { WorkflowWords } from '../i18n/workflow-words.ts';
import { csrfField } from './account-nav.ts';

export interface LoginPageInput {
  words: WorkflowWords;
  csrfToken: string;
  next: string;
  username?: string;
  error?: string;
  /** Offer the login through the municipality's identity provider. */
  oidc?: boolean;
}

/** The page body. */
export function loginPage(input: LoginPageInput): SafeHtml {
  const { words } = input;
  return html`<h1>${words.loginTitle}</h1>
<p class="lead">${words.loginIntro}</p>
${input.error === undefined ? '' : html`<p class="notice notice--error" role="alert">${input.error}</p>`}
<form class="stack-form" method="post" action="/login">
${csrfField(input.csrfToken)}<input type="hidden" name="next" value="${input.next}">
<p><label for="username">${words.username}</label>
<input id="username" name="username" autocomplete="username" required value="${input.username ?? ''}"></p>
<p><label for="password">${words.password}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button class="button" type="submit">${words.login}</button></p>
</form>
${input.oidc === true ? oidcLink(words, input.next) : ''}`;
}

function oidcLink(words: WorkflowWords, next: string): SafeHtml {
  const href = next === '' ? '/login/oidc' : `/login/oidc?next=${encodeURIComponent(next)}`;
  return html`<p>${words.loginOr} <a class="button button--secondary" href="${href}">${words.loginOidc}</a></p>`;
}
