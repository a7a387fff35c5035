/**
 * User administration in the browser (administrator only): the list with a form per user to change
 * role, departments and whether the account is disabled, and a form to create a user. The verbs
 * are the same as `indikator user …` (services/users.ts), audited by the store.
 */
import type { Hono } from 'hono';
import { addUser, changeRole, findUser, knownDepartments, listUsers, setDisabled } from '../../services/users.ts';
import { refuse, type WorkflowError } from '../../services/workflow-error.ts';
import { USER_ROLES, type UserRole } from '../../accounts/index.ts';
import type { PasswordHasher } from '../../auth/index.ts';
import { workflowWords } from '../i18n/workflow-words.ts';
import { usersPage } from '../pages/users-page.ts';
import type { AppContext, AppEnv } from './context.ts';
import { catchRefusal, field, fields, idParam, pageResponse, refusalStatus, signedInOf, type WorkflowRouteContext } from './workflow-context.ts';

async function showUsers(c: AppContext, w: WorkflowRouteContext, extras: { flash?: string; error?: string }, status = 200): Promise<Response> {
  const words = workflowWords(c.get('lang'));
  const body = usersPage({
    words,
    users: await listUsers(w.deps.store),
    departments: knownDepartments(w.deps.catalogue),
    csrfToken: signedInOf(c).session.csrfToken,
    ...extras,
  });
  return pageResponse(c, w, words.usersTitle, body, status);
}

/** The role the form names; a missing or unknown role is refused, never read as `reader`. */
function roleOf(text: string): UserRole {
  if ((USER_ROLES as readonly string[]).includes(text)) return text as UserRole;
  const shown = text.slice(0, 40);
  throw refuse('invalid', `ukendt rolle "${shown}"; vælg ${USER_ROLES.join(', ')}`, `unknown role "${shown}"; choose ${USER_ROLES.join(', ')}`);
}

/** Registers /brugere. */
export function registerUserRoutes(app: Hono<AppEnv>, w: WorkflowRouteContext, hasher: PasswordHasher): void {
  const refused = (c: AppContext) => (e: WorkflowError) => showUsers(c, w, { error: e.text(c.get('lang')) }, refusalStatus(e.kind));

  app.get('/brugere', (c) => showUsers(c, w, { ...(c.req.query('ok') ? { flash: c.req.query('ok') } : {}) }));

  app.post('/brugere', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const actor = signedInOf(c).user.username;
    const password = typeof body.password === 'string' ? body.password : '';
    return catchRefusal(async () => {
      const input = {
        username: field(body, 'username'),
        displayName: field(body, 'displayName'),
        role: roleOf(field(body, 'role')),
        departments: fields(body, 'departments'),
      };
      await addUser({ store: w.deps.store, hasher, catalogue: w.deps.catalogue }, input, password, actor);
      return c.redirect('/brugere?ok=created', 303);
    }, refused(c));
  });

  app.post('/brugere/:id', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const actor = signedInOf(c).user.username;
    return catchRefusal(async () => {
      const user = await findUser(w.deps.store, idParam(c.req.param('id')));
      if (user === undefined) return showUsers(c, w, {}, 404);
      const own = user.id === signedInOf(c).user.id;
      if (own && (field(body, 'role') !== 'admin' || field(body, 'disabled') === '1')) {
        throw refuse('invalid', 'du kan ikke fjerne din egen administratoradgang', 'you cannot remove your own administrator access');
      }
      await changeRole(w.deps, user.username, roleOf(field(body, 'role')), fields(body, 'departments'), actor);
      const disabled = field(body, 'disabled') === '1';
      if (disabled !== user.disabled) await setDisabled(w.deps.store, user.username, disabled, actor);
      return c.redirect('/brugere?ok=updated', 303);
    }, refused(c));
  });
}
