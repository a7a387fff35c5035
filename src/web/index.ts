/**
 * The Danish web dashboard: server-rendered pages, downloads and the JSON API over a
 * `DashboardData` source.
 */
export { type AppDeps, createApp } from './app.ts';
export type { WebAuthDeps } from './auth/index.ts';
export type { DashboardData } from './data.ts';
export { DEFAULT_THRESHOLD, guardAreas, guardResults } from '../services/publish-guard.ts';
export { openApiDocument } from './api/openapi.ts';
export { type RunningServer, type ServerOptions, startServer } from './server.ts';
