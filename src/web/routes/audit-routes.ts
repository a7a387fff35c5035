/**
 * The audit log for the coordinator and the administrator: a page with the newest entries
 * (filtered by action or actor) and the whole log, or the filtered part, as CSV. A cell that a
 * spreadsheet would take for a formula (`=`, `+`, `-`, `@`) is prefixed with `'` (by `toCsv`, for every download).
 */
import type { Hono } from 'hono';
import { AUDIT_LIMITS, type AuditQuery, auditEntries } from '../../services/audit.ts';
import type { AuditEntry } from '../../accounts/index.ts';
import { toCsv } from '../exports/csv.ts';
import { workflowWords } from '../i18n/workflow-words.ts';
import { auditPage } from '../pages/audit-page.ts';
import type { AppContext, AppEnv } from './context.ts';
import { pageResponse, type WorkflowRouteContext } from './workflow-context.ts';

function filterOf(c: AppContext): AuditQuery {
  return { action: c.req.query('action'), actor: c.req.query('actor') };
}

/** The audit entries as a CSV table. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const names = ['id', 'at', 'actor', 'action', 'object_type', 'object_id', 'details'];
  return toCsv({
    name: 'revisionslog',
    columns: names.map((name) => ({ name, kind: 'text' as const })),
    rows: entries.map((e) => [e.id, e.at, e.actor, e.action, e.objectType, e.objectId, JSON.stringify(e.details)]),
  });
}

/** Registers /revision and /revision.csv. */
export function registerAuditRoutes(app: Hono<AppEnv>, w: WorkflowRouteContext): void {
  app.get('/revision', async (c) => {
    const filter = filterOf(c);
    const entries = await auditEntries(w.deps.store, { ...filter, newest: AUDIT_LIMITS.page });
    const words = workflowWords(c.get('lang'));
    const body = auditPage({ words, entries, action: filter.action?.trim() ?? '', actor: filter.actor?.trim() ?? '', lang: c.get('lang') });
    return pageResponse(c, w, words.auditTitle, body);
  });

  app.get('/revision.csv', async (c) => {
    const entries = await auditEntries(w.deps.store, filterOf(c));
    return c.body(auditCsv(entries), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="revisionslog.csv"',
      'Cache-Control': 'private, no-store',
    });
  });
}
