/**
 * The committee report as a download (`/rapport/rapport.pdf`, `.docx`, `.html`): the same report
 * `indikator report` writes, built from the same guarded figures the pages show.
 */
import type { Hono } from 'hono';
import { createCatalogue } from '../../catalogue/index.ts';
import { generateReport, latestDeliveryTime, REPORT_MEDIA_TYPES } from '../../report/index.ts';
import { type AppEnv, jsonError, respond, type RouteContext } from './context.ts';

const FILE = /^rapport\.(html|docx|pdf)$/;

export function registerReportRoutes(app: Hono<AppEnv>, ctx: RouteContext): void {
  app.get('/rapport/:file', (c) =>
    respond(c, ctx, async (snapshot, lang) => {
      const format = FILE.exec(c.req.param('file'))?.[1] as 'html' | 'docx' | 'pdf' | undefined;
      if (format === undefined) return jsonError(404, 'Rapporten findes som rapport.pdf, rapport.docx og rapport.html');
      const indicators = await snapshot.indicators();
      const rows = [...(await snapshot.allResults()).values()].flat();
      const results = { rows, areas: [...(await snapshot.areas())], segregation: [...(await snapshot.segregation())] };
      const report = await generateReport({
        format,
        catalogue: createCatalogue(indicators),
        results,
        municipality: ctx.municipality,
        municipalityCode: ctx.municipalityCode,
        generatedAt: new Date().toISOString(),
        dataFreeze: latestDeliveryTime(results) ?? new Date().toISOString(),
        lang,
        threshold: ctx.threshold,
        chromiumPath: ctx.chromiumPath,
        areaNames: await snapshot.areaNames(),
        targets: [...(await snapshot.allTargets()).values()].map((v) => v.target),
        comparisons: new Map(await Promise.all(indicators.map(async (i) => [i.id, await snapshot.comparisonOf(i)] as const))),
        peersLabel: (await snapshot.peers())?.label[lang] ?? '',
      });
      const name = `integrationsindikatorer-rapport.${format}`;
      return {
        status: 200,
        contentType: REPORT_MEDIA_TYPES[format],
        body: report.content,
        headers: { 'Content-Disposition': `attachment; filename="${name}"` },
      };
    }),
  );
}
