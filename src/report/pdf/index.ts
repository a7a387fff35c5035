/** pdf/: the HTML report printed to PDF by headless Chromium, with page numbers. */
export { CHROMIUM_ARGS, chromiumArgs, DEFAULT_CHROMIUM, footerTemplate, htmlToPdf, type PdfOptions } from './render-pdf.ts';
