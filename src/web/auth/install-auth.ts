/**
 * Wires authentication into the app: the gate middleware, the login (password and OpenID Connect)
 * and workflow routes, and the choice of dashboard data (everything delivered while the demo is
 * open; published only once login is required).
 */
import type { Hono } from 'hono';
import type { DashboardData } from '../data.ts';
import { registerAuditRoutes } from '../routes/audit-routes.ts';
import { registerAuthRoutes } from '../routes/auth-routes.ts';
import { registerOidcRoutes } from '../routes/oidc-routes.ts';
import type { AppEnv, RouteContext } from '../routes/context.ts';
import { registerReviewRoutes } from '../routes/review-routes.ts';
import { registerRoundRoutes } from '../routes/round-routes.ts';
import { registerSettingsRoutes } from '../routes/settings-routes.ts';
import { registerTargetRoutes } from '../routes/target-routes.ts';
import { registerUserRoutes } from '../routes/user-routes.ts';
import { registerWorkflowApiRoutes } from '../routes/workflow-api-routes.ts';
import type { WorkflowRouteContext } from '../routes/workflow-context.ts';
import { authMiddleware } from './auth-middleware.ts';
import { createWebAuth, type WebAuth, type WebAuthDeps } from './web-auth.ts';

/** Installs the middleware and routes; call before the dashboard routes are registered. */
export function installAuth(app: Hono<AppEnv>, ctx: RouteContext, deps: WebAuthDeps): WebAuth {
  const auth = createWebAuth(deps);
  const w: WorkflowRouteContext = {
    ctx,
    auth,
    deps: { store: deps.store, catalogue: deps.catalogue, threshold: ctx.threshold, municipality: ctx.municipalityCode, uploads: auth.uploads },
  };
  app.use(authMiddleware(auth, ctx));
  registerAuthRoutes(app, w);
  registerOidcRoutes(app, w);
  registerRoundRoutes(app, w);
  registerReviewRoutes(app, w);
  registerAuditRoutes(app, w);
  registerUserRoutes(app, w, deps.hasher);
  registerWorkflowApiRoutes(app, w);
  registerTargetRoutes(app, w);
  registerSettingsRoutes(app, w);
  return auth;
}

/** The dashboard's data now, tagged so that the two sources never share cached responses. */
export async function dashboardSource(open: DashboardData, auth: WebAuth | undefined): Promise<{ data: DashboardData; tag: string }> {
  if (auth === undefined || (await auth.mode()) === 'open') return { data: open, tag: '' };
  return { data: auth.deps.publishedData, tag: 'published:' };
}
