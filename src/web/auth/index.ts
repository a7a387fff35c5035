/** The web side of authentication: settings, the gate middleware and its wiring into the app. */
export { authMiddleware, isMachinePath } from './auth-middleware.ts';
export { dashboardSource, installAuth } from './install-auth.ts';
export { actorOf, type RequestAuth } from './request-auth.ts';
export { createWebAuth, type WebAuth, type WebAuthDeps } from './web-auth.ts';
