/** html/: the report as a standalone HTML document (also the source of the PDF). */
export { escapeHtml } from './escape.ts';
export { renderHtml } from './render-html.ts';
