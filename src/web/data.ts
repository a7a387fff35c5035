/**
 * The data interface the dashboard renders from. It is defined by the services layer (which
 * implements it over the store); tests pass an in-memory fake.
 */
export type { DashboardData } from '../services/dashboard-data.ts';
