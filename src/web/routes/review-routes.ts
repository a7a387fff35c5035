/**
 * One delivery version in the browser, before and after publication: its page (cells, state,
 * comment), its cells as CSV, and the coordinator's approve / return / publish forms. The service
 * decides who may see it (coordinator, or a steward of an owning department) and which step is
 * allowed now.
 */
import type { Hono } from 'hono';
import { approveDelivery, deliveryFor, isNewestVersion, publishDelivery, returnDelivery } from '../../services/workflow.ts';
import type { WorkflowError } from '../../services/workflow-error.ts';
import { actorOf } from '../auth/request-auth.ts';
import { toCsv } from '../exports/csv.ts';
import { dictionary } from '../i18n/index.ts';
import { workflowWords } from '../i18n/workflow-words.ts';
import { deliveryPage } from '../pages/delivery-page.ts';
import { messagePage } from '../pages/message-page.ts';
import type { AppContext, AppEnv } from './context.ts';
import { catchRefusal, field, idParam, jsonRefusal, pageResponse, refusalStatus, signedInOf, type WorkflowRouteContext } from './workflow-context.ts';

function refusedPage(c: AppContext, w: WorkflowRouteContext, e: WorkflowError): Response {
  const lang = c.get('lang');
  const title = workflowWords(lang).forbiddenTitle;
  return pageResponse(c, w, title, messagePage(title, e.text(lang), dictionary(lang)), refusalStatus(e.kind));
}

async function showDelivery(c: AppContext, w: WorkflowRouteContext, id: number, extras: { flash?: string; error?: string }, status = 200): Promise<Response> {
  const signedIn = signedInOf(c);
  const actor = actorOf(signedIn);
  const lang = c.get('lang');
  return catchRefusal(
    async () => {
      const delivery = await deliveryFor(w.deps, id, actor);
      const title = w.deps.catalogue.get(delivery.indicator)?.title[lang] ?? delivery.indicator;
      const words = workflowWords(lang);
      const body = deliveryPage({
        words,
        lang,
        delivery,
        indicatorTitle: title,
        isNewest: await isNewestVersion(w.deps, delivery),
        isCoordinator: actor.role === 'coordinator',
        csrfToken: signedIn.session.csrfToken,
        ...extras,
      });
      return pageResponse(c, w, words.deliveryTitle(title, delivery.period, delivery.version), body, status);
    },
    (e) => refusedPage(c, w, e),
  );
}

type Step = 'godkend' | 'returner' | 'publicer';

const FLASH: Readonly<Record<Step, string>> = { godkend: 'approved', returner: 'returned', publicer: 'published' };

/** Registers /leveringer/:id…. */
export function registerReviewRoutes(app: Hono<AppEnv>, w: WorkflowRouteContext): void {
  app.get('/leveringer/:id', (c) => showDelivery(c, w, idParam(c.req.param('id')), { ...(c.req.query('ok') ? { flash: c.req.query('ok') } : {}) }));

  app.get('/leveringer/:id/celler.csv', (c) =>
    catchRefusal<Response>(
      async () => {
        const d = await deliveryFor(w.deps, idParam(c.req.param('id')), actorOf(signedInOf(c)));
        const table = {
          name: `${d.indicator}-${d.period}-v${d.version}`,
          columns: ['indicator', 'period', 'group', 'breakdown', 'numerator', 'denominator', 'value', 'sd', 'n', 'suppressed', 'note'].map((name) => ({
            name,
            kind: 'text' as const,
          })),
          rows: d.cells.map((x) => [d.indicator, d.period, x.group, x.breakdown, x.numerator, x.denominator, x.value, x.sd, x.n, x.suppressed, x.note]),
        };
        return c.body(toCsv(table), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${table.name.replaceAll('/', '-')}.csv"`,
          'Cache-Control': 'private, no-store',
        });
      },
      (e) => jsonRefusal(c, e),
    ),
  );

  for (const step of ['godkend', 'returner', 'publicer'] as const) {
    app.post(`/leveringer/:id/${step}`, async (c) => {
      const id = idParam(c.req.param('id'));
      const actor = actorOf(signedInOf(c));
      const body = await c.req.parseBody();
      return catchRefusal(
        async () => {
          if (step === 'godkend') await approveDelivery(w.deps, id, actor, field(body, 'comment'));
          else if (step === 'returner') await returnDelivery(w.deps, id, actor, field(body, 'comment'));
          else await publishDelivery(w.deps, id, actor);
          return c.redirect(`/leveringer/${id}?ok=${FLASH[step]}`, 303);
        },
        (e) =>
          e.kind === 'forbidden' || e.kind === 'not_found'
            ? refusedPage(c, w, e)
            : showDelivery(c, w, id, { error: e.text(c.get('lang')) }, refusalStatus(e.kind)),
      );
    });
  }
}
