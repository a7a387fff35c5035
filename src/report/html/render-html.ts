/**
 * The report as one standalone HTML document: inline CSS (print rules for A4 pages included),
 * inline SVG charts, no scripts and no external resources — it opens from a mail attachment or a
 * file share as it is, and it is what the PDF is printed from.
 */
import type { ReportModel } from '../model/index.ts';
import { escapeHtml } from './escape.ts';
import { appendixHtml, contentsHtml, coverHtml, definitionsHtml, sectionHtml, summaryHtml } from './html-parts.ts';
import { REPORT_CSS } from './report-css.ts';

/**
 * Renders the model as a complete HTML document.
 *
 * @example renderHtml(model).startsWith('<!DOCTYPE html>') // true
 */
export function renderHtml(model: ReportModel): string {
  return `<!DOCTYPE html>
<html lang="${model.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="indikator">
<title>${escapeHtml(model.labels.documentTitle)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${coverHtml(model)}
${contentsHtml(model)}
<main>
${summaryHtml(model)}
${model.sections.map((s) => sectionHtml(s, model)).join('\n')}
${definitionsHtml(model)}
${appendixHtml(model)}
</main>
</body>
</html>
`;
}
