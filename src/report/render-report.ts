/**
 * One model, three formats: `renderReport(model, 'html' | 'docx' | 'pdf')`. HTML comes back as a
 * string, Word and PDF as bytes; the PDF is printed from the same HTML.
 */
import { renderDocx } from './docx/index.ts';
import { renderHtml } from './html/index.ts';
import type { ReportModel } from './model/index.ts';
import { htmlToPdf } from './pdf/index.ts';

export const REPORT_FORMATS = ['html', 'docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderOptions {
  /** The Chromium binary for PDF (default `/usr/bin/chromium`). */
  readonly chromiumPath?: string;
  /** Word: write the table of contents' page numbers (default true; see `DocxOptions`). */
  readonly docxPageNumbers?: boolean;
}

/** Media type of each format, for the web download. */
export const REPORT_MEDIA_TYPES: Readonly<Record<ReportFormat, string>> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * Renders the report in one format.
 *
 * @example const pdf = await renderReport(model, 'pdf'); // Buffer starting with %PDF
 */
export async function renderReport(model: ReportModel, format: 'html', options?: RenderOptions): Promise<string>;
export async function renderReport(model: ReportModel, format: 'docx' | 'pdf', options?: RenderOptions): Promise<Buffer>;
export async function renderReport(model: ReportModel, format: ReportFormat, options?: RenderOptions): Promise<string | Buffer>;
export async function renderReport(model: ReportModel, format: ReportFormat, options: RenderOptions = {}): Promise<string | Buffer> {
  switch (format) {
    case 'html':
      return renderHtml(model);
    case 'docx':
      return renderDocx(model, options.docxPageNumbers === undefined ? {} : { pageNumbers: options.docxPageNumbers });
    case 'pdf':
      return htmlToPdf(renderHtml(model), {
        pageOf: model.labels.pageOf,
        footerTitle: model.labels.documentTitle,
        ...(options.chromiumPath === undefined ? {} : { executablePath: options.chromiumPath }),
      });
  }
}
