/**
 * The coordinator's target form: `POST /indikator/:id/maal` sets, changes (`action=set`) or removes
 * (`action=remove`) the indicator's target through the service, which checks the role and the
 * input; the CSRF token is checked by the auth middleware like every POST. Success goes back to the
 * indicator page; a refusal is shown as a page with the reason.
 */
import type { Hono } from 'hono';
import { removeTargetAs, setTargetAs } from '../../services/targets.ts';
import { actorOf } from '../auth/request-auth.ts';
import { dictionary } from '../i18n/index.ts';
import { workflowWords } from '../i18n/workflow-words.ts';
import { messagePage } from '../pages/message-page.ts';
import type { AppEnv } from './context.ts';
import { catchRefusal, field, pageResponse, refusalStatus, signedInOf, type WorkflowRouteContext } from './workflow-context.ts';

/** Registers /indikator/:id/maal. */
export function registerTargetRoutes(app: Hono<AppEnv>, w: WorkflowRouteContext): void {
  app.post('/indikator/:id/maal', async (c) => {
    const id = c.req.param('id');
    const actor = actorOf(signedInOf(c));
    const body = await c.req.parseBody();
    return catchRefusal(
      async () => {
        if (field(body, 'action') === 'remove') {
          await removeTargetAs(w.deps, id, actor);
          return c.redirect(`/indikator/${encodeURIComponent(id)}?maal=removed#maal`, 303);
        }
        await setTargetAs(
          w.deps,
          {
            indicator: id,
            value: field(body, 'value'),
            year: field(body, 'year'),
            baseline: field(body, 'baseline'),
            measure: field(body, 'measure'),
            decision: field(body, 'decision'),
          },
          actor,
        );
        return c.redirect(`/indikator/${encodeURIComponent(id)}?maal=saved#maal`, 303);
      },
      (e) => {
        const lang = c.get('lang');
        const title = e.kind === 'forbidden' ? workflowWords(lang).forbiddenTitle : dictionary(lang).badRequestTitle;
        const text = `${e.text(lang)}`;
        return pageResponse(c, w, title, messagePage(title, text, dictionary(lang)), refusalStatus(e.kind));
      },
    );
  });
}
