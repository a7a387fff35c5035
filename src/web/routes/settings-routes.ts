/**
 * The coordinator's settings: `GET /indstillinger` shows the peers form, `POST
 * /indstillinger/sammenligning` stores the choice through `setPeersAs` (the service behind
 * `indikator peers set`, audited by the store). The auth middleware checks the role and the CSRF
 * token like on every POST; a refused choice is shown on the page with the reason.
 */
import type { Hono } from 'hono';
import { isUserError } from '../../errors/user-error.ts';
import { loadPeers, peersChoiceFromForm, setPeersAs } from '../../services/peers.ts';
import { comparisonWords } from '../i18n/comparison-words.ts';
import { settingsPage } from '../pages/settings-page.ts';
import type { AppContext, AppEnv } from './context.ts';
import { field, fields, pageResponse, signedInOf, type WorkflowRouteContext } from './workflow-context.ts';

async function showSettings(
  c: AppContext,
  w: WorkflowRouteContext,
  extras: { flash?: 'saved' | 'unchanged'; error?: string },
  status = 200,
): Promise<Response> {
  const lang = c.get('lang');
  const own = w.ctx.municipalityCode;
  const body = settingsPage({ lang, own, peers: await loadPeers(w.deps.store, own), csrfToken: signedInOf(c).session.csrfToken, ...extras });
  return pageResponse(c, w, comparisonWords(lang).settingsTitle, body, status);
}

/** Registers /indstillinger. */
export function registerSettingsRoutes(app: Hono<AppEnv>, w: WorkflowRouteContext): void {
  app.get('/indstillinger', (c) => {
    const ok = c.req.query('ok');
    return showSettings(c, w, ok === 'saved' || ok === 'unchanged' ? { flash: ok } : {});
  });

  app.post('/indstillinger/sammenligning', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const { user } = signedInOf(c);
    try {
      const choice = peersChoiceFromForm(field(body, 'kind'), field(body, 'group'), fields(body, 'codes'));
      const saved = await setPeersAs(w.deps.store, w.ctx.municipalityCode, choice, user);
      return c.redirect(`/indstillinger?ok=${saved === null ? 'unchanged' : 'saved'}`, 303);
    } catch (error) {
      if (!isUserError(error)) throw error;
      return showSettings(c, w, { error: error.text(c.get('lang')) }, error.httpStatus);
    }
  });
}
