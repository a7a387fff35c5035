/**
 * The signed-in part of the JSON API, with the same permissions as the pages: the route table lets
 * only the right roles in, and the same service verbs check departments and states. POSTs need the
 * session's CSRF token in the `X-CSRF-Token` header (`GET /api/me` returns it).
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { SignedIn } from '../../auth/index.ts';
import { type InputError, InputErrors, isInputProblem } from '../../ingest/index.ts';
import { roundOverview } from '../../services/round-overview.ts';
import {
  approveDelivery,
  checkUpload,
  deliveryFor,
  findRound,
  openRound,
  publishDelivery,
  returnDelivery,
  submitUpload,
  visibleRounds,
} from '../../services/workflow.ts';
import { apiAuditLimit, auditEntries } from '../../services/audit.ts';
import { listPublicUsers, publicUser } from '../../services/users.ts';
import { refuse } from '../../services/workflow-error.ts';
import { actorOf } from '../auth/request-auth.ts';
import type { AppContext, AppEnv } from './context.ts';
import { catchRefusal, idParam, jsonRefusal, refuseWhenBusy, signedInOf, today, type WorkflowRouteContext, withUpload } from './workflow-context.ts';

const RoundBody = z.object({
  name: z.string(),
  deadline: z.string(),
  periods: z.record(z.string(), z.string()),
});
const CommentBody = z.object({ comment: z.string().max(2000).default('') });

async function jsonBody<T>(c: AppContext, schema: z.ZodType<T>): Promise<T> {
  let raw: unknown = {};
  if ((c.req.header('content-type') ?? '').startsWith('application/json')) {
    try {
      raw = await c.req.json();
    } catch {
      throw refuse('invalid', 'ugyldig JSON', 'invalid JSON');
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const text = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw refuse('invalid', `ugyldigt indhold: ${text}`, `invalid body: ${text}`);
  }
  return parsed.data;
}

function fileErrors(error: InputError | InputErrors, fileName: string) {
  const list = error instanceof InputErrors ? error.errors : [error];
  return list.map((e) => ({ file: fileName, row: e.row ?? null, column: e.column ?? null, code: e.code, message: e.messageEn, message_da: e.messageDa }));
}

/** Registers the signed-in API routes. */
export function registerWorkflowApiRoutes(app: Hono<AppEnv>, w: WorkflowRouteContext): void {
  const run = (c: AppContext, fn: (signedIn: SignedIn) => Promise<Response>) =>
    catchRefusal(
      () => fn(signedInOf(c)),
      (e) => jsonRefusal(c, e),
    );

  app.get('/api/me', (c) =>
    run(c, async ({ user, session }) => c.json({ ...publicUser(user), csrfToken: session.csrfToken, sessionExpiresAt: session.expiresAt })),
  );

  app.get('/api/rounds', (c) => run(c, async ({ user }) => c.json(await visibleRounds(w.deps, user))));

  app.post('/api/rounds', (c) => run(c, async (signedIn) => c.json(await openRound(w.deps, await jsonBody(c, RoundBody), actorOf(signedIn)), 201)));

  app.get('/api/rounds/:id', (c) =>
    run(c, async (signedIn) => {
      const round = await findRound(w.deps, idParam(c.req.param('id')));
      const o = await roundOverview(w.deps, round, actorOf(signedIn), today(w));
      const items = o.items.map((i) => ({
        indicator: i.indicator.id,
        period: i.period,
        departments: i.indicator.owners,
        state: i.state,
        overdue: i.overdue,
        delivery:
          i.latest === undefined
            ? null
            : { id: i.latest.id, version: i.latest.version, createdBy: i.latest.createdBy, createdAt: i.latest.createdAt, comment: i.latest.statusComment },
      }));
      const departments = o.departments.map((d) => ({
        department: d.department,
        overdue: d.overdue,
        done: d.done,
        indicators: d.items.map((i) => i.indicator.id),
      }));
      return c.json({ round, open: o.open, deadlinePassed: o.deadlinePassed, items, departments });
    }),
  );

  app.post('/api/rounds/:id/deliveries', (c) =>
    run(c, async (signedIn) => {
      const id = idParam(c.req.param('id'));
      refuseWhenBusy(w);
      const body = await c.req.parseBody();
      const file = body.file;
      if (!(file instanceof File) || file.size === 0) throw refuse('invalid', 'vedlæg en fil i feltet file', 'attach a file in the field file');
      const actor = actorOf(signedIn);
      return withUpload(file, async (upload) => {
        try {
          if (c.req.query('check') === 'true') return c.json({ checked: await checkUpload(w.deps, id, upload, actor) });
          return c.json({ deliveries: await submitUpload(w.deps, id, upload, actor) }, 201);
        } catch (error) {
          if (!isInputProblem(error)) throw error;
          const errors = fileErrors(error, upload.fileName);
          return c.json({ error: { status: 422, code: 'invalid_file', message: `${errors.length} errors in the file`, errors } }, 422);
        }
      });
    }),
  );

  app.get('/api/deliveries/:id', (c) => run(c, async (signedIn) => c.json(await deliveryFor(w.deps, idParam(c.req.param('id')), actorOf(signedIn)))));

  app.post('/api/deliveries/:id/approve', (c) =>
    run(c, async (s) => c.json(await approveDelivery(w.deps, idParam(c.req.param('id')), actorOf(s), (await jsonBody(c, CommentBody)).comment))),
  );
  app.post('/api/deliveries/:id/return', (c) =>
    run(c, async (s) => c.json(await returnDelivery(w.deps, idParam(c.req.param('id')), actorOf(s), (await jsonBody(c, CommentBody)).comment))),
  );
  app.post('/api/deliveries/:id/publish', (c) => run(c, async (s) => c.json(await publishDelivery(w.deps, idParam(c.req.param('id')), actorOf(s)))));

  app.get('/api/audit', (c) =>
    run(c, async () =>
      c.json(await auditEntries(w.deps.store, { action: c.req.query('action'), actor: c.req.query('actor'), newest: apiAuditLimit(c.req.query('limit')) })),
    ),
  );

  app.get('/api/users', (c) => run(c, async () => c.json(await listPublicUsers(w.deps.store))));
}
