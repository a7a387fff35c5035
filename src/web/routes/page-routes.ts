/**
 * The HTML pages: the overview (`/`), an indicator (`/indikator/:id`), the housing areas
 * (`/boligomraader`), and the HTML "not found" page.
 */
import type { Hono } from 'hono';
import type { Lang } from '../../catalogue/index.ts';
import { AreasPageQuery, SelectionQuery } from '../api/query-schemas.ts';
import type { SafeHtml } from '../html.ts';
import { dictionary } from '../i18n/index.ts';
import { areaPeriods, areasPage } from '../pages/areas-page.ts';
import { indicatorPage } from '../pages/indicator-page.ts';
import { accountNav } from '../pages/account-nav.ts';
import { layout } from '../pages/layout.ts';
import { messagePage } from '../pages/message-page.ts';
import { overviewPage, SORT_BY_COUNTRY } from '../pages/overview-page.ts';
import type { CachedResponse } from '../response-cache.ts';
import { type AppContext, type AppEnv, htmlPage, respond, type RouteContext } from './context.ts';

interface PageSpec {
  readonly title: string;
  readonly body: SafeHtml;
  readonly breadcrumb?: readonly { href: string; label: string }[];
}

/** A full page in the shell. */
export function renderPage(c: AppContext, ctx: RouteContext, lang: Lang, page: PageSpec, status = 200): CachedResponse {
  const url = new URL(c.req.url);
  return htmlPage(
    layout({
      dict: dictionary(lang),
      title: page.title,
      path: url.pathname,
      query: url.searchParams,
      municipality: ctx.municipality,
      threshold: ctx.threshold,
      assetVersion: ctx.assetVersion,
      body: page.body,
      ...(page.breadcrumb === undefined ? {} : { breadcrumb: page.breadcrumb }),
      ...accountNav(c.get('auth'), url.pathname, lang),
    }),
    status,
  );
}

/** The HTML 404 page. */
export function notFoundPage(c: AppContext, ctx: RouteContext, lang: Lang): CachedResponse {
  const dict = dictionary(lang);
  return renderPage(c, ctx, lang, { title: dict.notFoundTitle, body: messagePage(dict.notFoundTitle, dict.notFoundText, dict) }, 404);
}

function badRequestPage(c: AppContext, ctx: RouteContext, lang: Lang, message: string): CachedResponse {
  const dict = dictionary(lang);
  return renderPage(c, ctx, lang, { title: dict.badRequestTitle, body: messagePage(dict.badRequestTitle, message, dict) }, 400);
}

/** Registers the HTML pages. */
export function registerPageRoutes(app: Hono<AppEnv>, ctx: RouteContext): void {
  app.get('/', (c) =>
    respond(c, ctx, async (snapshot, lang) => {
      const dict = dictionary(lang);
      const indicators = await snapshot.indicators();
      const results = await snapshot.allResults();
      const targets = await snapshot.allTargets();
      const comparisons = new Map(await Promise.all(indicators.map(async (i) => [i.id, await snapshot.comparisonOf(i)] as const)));
      const sort = c.req.query('sortering') === SORT_BY_COUNTRY ? 'country' : 'department';
      return renderPage(c, ctx, lang, { title: dict.navOverview, body: overviewPage({ indicators, results, targets, comparisons, sort, lang, dict }) });
    }),
  );

  app.get('/indikator/:id', (c) =>
    respond(c, ctx, async (snapshot, lang) => {
      const dict = dictionary(lang);
      const indicator = await snapshot.indicator(c.req.param('id'));
      if (indicator === undefined) return notFoundPage(c, ctx, lang);
      const query = SelectionQuery.safeParse(c.req.query());
      if (!query.success) return badRequestPage(c, ctx, lang, query.error.issues.map((i) => i.message).join('; '));
      const rows = await snapshot.resultsOf(indicator);
      const breakdown = query.data.breakdown ?? '';
      if (breakdown !== '' && !rows.some((r) => r.breakdown === breakdown)) return notFoundPage(c, ctx, lang);
      // The coordinator sees the target form; the page is cached per session, so this is safe.
      const signedIn = c.get('auth')?.signedIn;
      const coordinator = signedIn?.user.role === 'coordinator' ? signedIn.session.csrfToken : undefined;
      const flash = c.req.query('maal');
      const body = indicatorPage({
        indicator,
        rows,
        target: await snapshot.targetOf(indicator),
        csrfToken: coordinator,
        targetFlash: flash === 'saved' || flash === 'removed' ? flash : undefined,
        breakdown,
        allGroups: query.data.groups === 'all',
        areaNames: await snapshot.areaNames(),
        lang,
        dict,
        context: await snapshot.context(indicator),
        comparison: await snapshot.comparisonOf(indicator),
        peersLabel: (await snapshot.peers())?.label[lang] ?? '',
      });
      const title = indicator.title[lang];
      return renderPage(c, ctx, lang, {
        title,
        body,
        breadcrumb: [
          { href: '/', label: dict.navOverview },
          { href: `/indikator/${indicator.id}`, label: title },
        ],
      });
    }),
  );

  app.get('/boligomraader', (c) =>
    respond(c, ctx, async (snapshot, lang) => {
      const dict = dictionary(lang);
      const query = AreasPageQuery.safeParse(c.req.query());
      if (!query.success) return badRequestPage(c, ctx, lang, query.error.issues.map((i) => i.message).join('; '));
      const areas = await snapshot.areas();
      const period = query.data.period;
      if (period !== undefined && !areaPeriods(areas).includes(period)) return notFoundPage(c, ctx, lang);
      const body = areasPage({
        areas,
        segregation: await snapshot.segregation(),
        names: await snapshot.areaNames(),
        legal: await snapshot.legalCriteria(),
        period,
        lang,
        dict,
      });
      return renderPage(c, ctx, lang, { title: dict.areasTitle, body });
    }),
  );
}
