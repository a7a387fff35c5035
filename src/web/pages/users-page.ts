/**
 * User administration for the administrator: every user with a form to change role and
 * departments or to disable the account, and a form to create a user.
 */
import { USER_ROLES, type User, type UserRole } from '../../accounts/index.ts';
import { html, type SafeHtml } from '../html.ts';
import type { WorkflowWords } from '../i18n/workflow-words.ts';
import { csrfField } from './account-nav.ts';
import { errorNotice, flashNotice } from './state-badge.ts';

export interface UsersPageInput {
  words: WorkflowWords;
  users: readonly User[];
  departments: readonly string[];
  csrfToken: string;
  flash?: string;
  error?: string;
}

function roleSelect(id: string, selected: UserRole, words: WorkflowWords): SafeHtml {
  return html`<select id="${id}" name="role">${USER_ROLES.map(
    (r) => html`<option value="${r}"${r === selected ? html` selected` : ''}>${words.roles[r]}</option>`,
  )}</select>`;
}

/**
 * The departments as checkboxes, every one in sight and the chosen ones ticked: a multiple select
 * hid all but four, cut the long names off on a phone and needed Ctrl-click.
 */
function departmentChoices(id: string, legend: string, chosen: readonly string[], all: readonly string[]): SafeHtml {
  return html`<fieldset class="choices"><legend>${legend}</legend>${all.map(
    (d, i) =>
      html`<p class="checkbox-row"><input type="checkbox" id="${id}-${i}" name="departments" value="${d}"${chosen.includes(d) ? html` checked` : ''}><label for="${id}-${i}">${d}</label></p>`,
  )}</fieldset>`;
}

function userRow(user: User, input: UsersPageInput): SafeHtml {
  const { words } = input;
  const id = `user-${user.id}`;
  return html`<tr><th scope="row">${user.username}</th><td>${user.displayName}</td><td colspan="3">
<form class="inline-form" method="post" action="/brugere/${user.id}">${csrfField(input.csrfToken)}
<p><label for="${id}-role">${words.role}</label>${roleSelect(`${id}-role`, user.role, words)}</p>
${departmentChoices(`${id}-departments`, words.columns.departments, user.departments, input.departments)}
<p><label><input type="checkbox" name="disabled" value="1"${user.disabled ? html` checked` : ''}> ${words.columns.disabled}</label></p>
<p><button class="button button--secondary" type="submit">${words.save}</button></p>
</form></td></tr>`;
}

/** The page body. */
export function usersPage(input: UsersPageInput): SafeHtml {
  const { words } = input;
  const c = words.columns;
  return html`<h1>${words.usersTitle}</h1>
${flashNotice(input.flash, words)}${errorNotice(input.error)}
<div class="table-scroll"><table class="data-table users-table stack-on-phone"><thead><tr><th scope="col">${c.username}</th><th scope="col">${c.name}</th><th scope="col" colspan="3">${c.role}</th></tr></thead>
<tbody>${input.users.map((u) => userRow(u, input))}</tbody></table></div>
<section aria-labelledby="add-user"><h2 id="add-user">${words.addUserHeading}</h2>
<form class="stack-form" method="post" action="/brugere">${csrfField(input.csrfToken)}
<p><label for="new-username">${words.username}</label><input id="new-username" name="username" required autocomplete="off"></p>
<p><label for="new-name">${words.displayName}</label><input id="new-name" name="displayName" required></p>
<p><label for="new-role">${words.role}</label>${roleSelect('new-role', 'reader', words)}</p>
${departmentChoices('new-departments', words.departments, [], input.departments)}
<p><label for="new-password">${words.newPassword}</label><input id="new-password" name="password" type="password" required minlength="12" autocomplete="new-password"></p>
<p><button class="button" type="submit">${words.createUser}</button></p>
</form></section>`;
}
