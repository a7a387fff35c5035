/**
 * Who may call what: the ONE table of every route of the web application — pages, forms, API and
 * downloads — with the roles allowed to use it. The web layer refuses any request that does not
 * match a row here (default deny), so a route cannot be added without deciding who may use it.
 * Finer rules (a steward sees only their own departments' deliveries) live in `department-access.ts`
 * and are enforced by the services, for the API and the pages alike.
 */
import { USER_ROLES, type UserRole } from '../accounts/index.ts';
import type { AuthMode } from './auth-mode.ts';

/**
 * `public`: anyone, always (login page, static files). `dashboard`: the published figures — anyone
 * while the mode is `open`, any signed-in user once it is `required`. `roles`: signed-in users with
 * one of the roles (and never anyone while the mode is `open`, since there are no users).
 */
export type Audience = { kind: 'public' } | { kind: 'dashboard' } | { kind: 'roles'; roles: readonly UserRole[] };

export interface RoutePermission {
  method: 'GET' | 'POST';
  /** Hono-style path: `:name` matches one segment. */
  path: string;
  audience: Audience;
}

const PUBLIC: Audience = { kind: 'public' };
const DASHBOARD: Audience = { kind: 'dashboard' };
const roles = (...list: UserRole[]): Audience => ({ kind: 'roles', roles: list });
const SIGNED_IN = roles(...USER_ROLES);
const WORKFLOW = roles('coordinator', 'steward');
const COORDINATOR = roles('coordinator');
const AUDIT = roles('coordinator', 'admin');
const ADMIN = roles('admin');

const get = (path: string, audience: Audience): RoutePermission => ({ method: 'GET', path, audience });
const post = (path: string, audience: Audience): RoutePermission => ({ method: 'POST', path, audience });

/** Every route, grouped by who may use it. */
export const ROUTE_PERMISSIONS: readonly RoutePermission[] = [
  get('/static/:file', PUBLIC),
  get('/login', PUBLIC),
  post('/login', PUBLIC),
  get('/login/oidc', PUBLIC),
  get('/login/oidc/callback', PUBLIC),
  get('/api/openapi.json', PUBLIC),

  get('/', DASHBOARD),
  get('/indikator/:id', DASHBOARD),
  get('/boligomraader', DASHBOARD),
  get('/api/indicators', DASHBOARD),
  get('/api/indicators/:id', DASHBOARD),
  get('/api/results', DASHBOARD),
  get('/api/areas', DASHBOARD),
  get('/api/segregation', DASHBOARD),
  get('/download/:file', DASHBOARD),
  get('/chart/:file', DASHBOARD),
  get('/rapport/:file', DASHBOARD),

  post('/logout', SIGNED_IN),
  get('/api/me', SIGNED_IN),

  get('/runder', WORKFLOW),
  get('/runder/:id', WORKFLOW),
  post('/runder/:id/levering', WORKFLOW),
  get('/leveringer/:id', WORKFLOW),
  get('/leveringer/:id/celler.csv', WORKFLOW),
  get('/api/rounds', WORKFLOW),
  get('/api/rounds/:id', WORKFLOW),
  post('/api/rounds/:id/deliveries', WORKFLOW),
  get('/api/deliveries/:id', WORKFLOW),

  post('/runder', COORDINATOR),
  post('/indikator/:id/maal', COORDINATOR),
  get('/indstillinger', COORDINATOR),
  post('/indstillinger/sammenligning', COORDINATOR),
  post('/runder/:id/luk', COORDINATOR),
  post('/runder/:id/publicer', COORDINATOR),
  post('/leveringer/:id/godkend', COORDINATOR),
  post('/leveringer/:id/returner', COORDINATOR),
  post('/leveringer/:id/publicer', COORDINATOR),
  post('/api/rounds', COORDINATOR),
  post('/api/deliveries/:id/approve', COORDINATOR),
  post('/api/deliveries/:id/return', COORDINATOR),
  post('/api/deliveries/:id/publish', COORDINATOR),

  get('/revision', AUDIT),
  get('/revision.csv', AUDIT),
  get('/api/audit', AUDIT),

  get('/brugere', ADMIN),
  post('/brugere', ADMIN),
  post('/brugere/:id', ADMIN),
  get('/api/users', ADMIN),
];

function segmentsMatch(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return false;
  return want.every((segment, i) => (segment.startsWith(':') ? (got[i] ?? '') !== '' : segment === got[i]));
}

/**
 * The table row for a request (HEAD is treated as GET), or undefined (= refuse).
 * @example findRoutePermission('GET', '/indikator/selvforsoergelse')?.audience // { kind: 'dashboard' }
 */
export function findRoutePermission(method: string, path: string): RoutePermission | undefined {
  const m = method === 'HEAD' ? 'GET' : method;
  return ROUTE_PERMISSIONS.find((r) => r.method === m && segmentsMatch(r.path, path));
}

/** What to do with a request: let it through, ask for a login, or refuse it. */
export type AccessDecision = 'allow' | 'login' | 'forbid';

/**
 * Decides access for a route, the signed-in user's role (undefined = anonymous) and the mode.
 * @example decideAccess({ kind: 'dashboard' }, undefined, 'required') // 'login'
 */
export function decideAccess(audience: Audience, role: UserRole | undefined, mode: AuthMode): AccessDecision {
  switch (audience.kind) {
    case 'public':
      return 'allow';
    case 'dashboard':
      if (mode === 'open' || role !== undefined) return 'allow';
      return 'login';
    case 'roles':
      if (role === undefined) return 'login';
      return audience.roles.includes(role) ? 'allow' : 'forbid';
  }
}
