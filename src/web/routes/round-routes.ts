/**
 * The delivery rounds in the browser: the list (and the coordinator's form to open one), one
 * round's overview by department with the upload form, and the coordinator's publish and close
 * buttons. Every action goes through `services/workflow.ts`, which checks departments and states.
 */
import type { Hono } from 'hono';
import { mayDeliver } from '../../auth/index.ts';
import { PERIOD_TYPES } from '../../catalogue/index.ts';
import { isInputProblem } from '../../ingest/index.ts';
import { roundOverview } from '../../services/round-overview.ts';
import {
  checkUpload,
  closeRound,
  findRound,
  nothingPublished,
  openRound,
  pendingHistory,
  publishRound,
  submitUpload,
  visibleRounds,
} from '../../services/workflow.ts';
import type { WorkflowError } from '../../services/workflow-error.ts';
import { actorOf } from '../auth/request-auth.ts';
import { workflowWords } from '../i18n/workflow-words.ts';
import { roundPage } from '../pages/round-page.ts';
import { roundsPage } from '../pages/rounds-page.ts';
import type { UploadOutcome } from '../pages/upload-panel.ts';
import type { AppContext, AppEnv } from './context.ts';
import {
  catchRefusal,
  field,
  idParam,
  pageResponse,
  refusalStatus,
  refuseWhenBusy,
  retryAfter,
  signedInOf,
  today,
  uploadErrors,
  type WorkflowRouteContext,
  withUpload,
} from './workflow-context.ts';

interface Extras {
  flash?: string;
  error?: string;
  upload?: UploadOutcome;
}

async function showRounds(c: AppContext, w: WorkflowRouteContext, extras: Extras, status = 200): Promise<Response> {
  const { user, session } = signedInOf(c);
  const words = workflowWords(c.get('lang'));
  const visible = await visibleRounds(w.deps, user);
  const body = roundsPage({ words, rounds: visible, canOpen: user.role === 'coordinator', csrfToken: session.csrfToken, ...extras });
  return pageResponse(c, w, words.roundsTitle, body, status);
}

async function showRound(c: AppContext, w: WorkflowRouteContext, id: number, extras: Extras, status = 200): Promise<Response> {
  const signedIn = signedInOf(c);
  const actor = actorOf(signedIn);
  const lang = c.get('lang');
  const words = workflowWords(lang);
  return catchRefusal(
    async () => {
      const round = await findRound(w.deps, id);
      const overview = await roundOverview(w.deps, round, actor, today(w));
      const canUpload = w.deps.catalogue.indicators.some((i) => mayDeliver(actor, i));
      const isCoordinator = actor.role === 'coordinator';
      const history = isCoordinator ? { pending: (await pendingHistory(w.deps, round)).length, first: await nothingPublished(w.deps) } : undefined;
      const body = roundPage({
        ...(history === undefined ? {} : { history }),
        words,
        lang,
        overview,
        isCoordinator: actor.role === 'coordinator',
        canUpload,
        csrfToken: signedIn.session.csrfToken,
        ...extras,
      });
      return pageResponse(c, w, round.name, body, status);
    },
    (e) => pageResponse(c, w, words.roundsTitle, roundsPage({ words, rounds: [], canOpen: false, csrfToken: '', error: e.text(lang) }), refusalStatus(e.kind)),
  );
}

/** Registers /runder and /runder/:id…. */
export function registerRoundRoutes(app: Hono<AppEnv>, w: WorkflowRouteContext): void {
  app.get('/runder', (c) => showRounds(c, w, { ...(c.req.query('ok') ? { flash: c.req.query('ok') } : {}) }));

  app.post('/runder', async (c) => {
    const body = await c.req.parseBody();
    const periods = Object.fromEntries(PERIOD_TYPES.map((t) => [t, field(body, `period_${t}`)]).filter(([, p]) => p !== ''));
    const input = { name: field(body, 'name'), deadline: field(body, 'deadline'), periods };
    return catchRefusal(
      async () => {
        const round = await openRound(w.deps, input, actorOf(signedInOf(c)));
        return c.redirect(`/runder/${round.id}?ok=opened`, 303);
      },
      (e) => showRounds(c, w, { error: e.text(c.get('lang')) }, refusalStatus(e.kind)),
    );
  });

  app.get('/runder/:id', (c) => showRound(c, w, idParam(c.req.param('id')), { ...(c.req.query('ok') ? { flash: c.req.query('ok') } : {}) }));

  app.post('/runder/:id/levering', async (c) => {
    const id = idParam(c.req.param('id'));
    const lang = c.get('lang');
    const refused = (e: WorkflowError) => {
      retryAfter(c, e);
      return showRound(c, w, id, { error: e.text(lang) }, refusalStatus(e.kind));
    };
    return catchRefusal(async () => {
      refuseWhenBusy(w);
      const body = await c.req.parseBody();
      const file = body.file;
      if (!(file instanceof File) || file.size === 0) return showRound(c, w, id, { error: workflowWords(lang).noFileChosen }, 400);
      const actor = actorOf(signedInOf(c));
      return withUpload(file, async (upload) => {
        try {
          if (field(body, 'action') === 'check') {
            const checked = await checkUpload(w.deps, id, upload, actor);
            const summary = checked.map((s) => ({ ...s, title: w.deps.catalogue.get(s.indicator)?.title[lang] ?? s.indicator }));
            return showRound(c, w, id, { upload: { kind: 'checked', summary } });
          }
          const stored = await submitUpload(w.deps, id, upload, actor);
          const changed = stored.some((d) => d.outcome === 'created');
          return c.redirect(`/runder/${id}?ok=${changed ? 'submitted' : 'unchanged'}`, 303);
        } catch (error) {
          if (isInputProblem(error)) return showRound(c, w, id, { upload: uploadErrors(error, upload.fileName, lang) }, 422);
          throw error;
        }
      });
    }, refused);
  });

  app.post('/runder/:id/luk', async (c) => {
    const id = idParam(c.req.param('id'));
    return catchRefusal(
      async () => {
        await closeRound(w.deps, id, actorOf(signedInOf(c)));
        return c.redirect(`/runder/${id}?ok=closed`, 303);
      },
      (e) => showRound(c, w, id, { error: e.text(c.get('lang')) }, refusalStatus(e.kind)),
    );
  });

  app.post('/runder/:id/publicer', async (c) => {
    const id = idParam(c.req.param('id'));
    return catchRefusal(
      async () => {
        const withHistory = field(await c.req.parseBody(), 'history') === '1';
        await publishRound(w.deps, id, actorOf(signedInOf(c)), { withHistory });
        return c.redirect(`/runder/${id}?ok=published`, 303);
      },
      (e) => showRound(c, w, id, { error: e.text(c.get('lang')) }, refusalStatus(e.kind)),
    );
  });
}
