/**
 * report/: the committee report — one model (`buildReportModel`), the Danish/English text
 * generator (`describeIndicator`), and three renderers (HTML, Word, PDF) behind `renderReport`;
 * `generateReport` is the use case the CLI command and the web download call.
 */
export { renderDocx, WARM_UP_MODEL, warmUpDocx } from './docx/index.ts';
export { type GeneratedReport, type GenerateReportInput, generateReport, latestDeliveryTime } from './generate-report.ts';
export { escapeHtml, renderHtml } from './html/index.ts';
export {
  buildReportModel,
  publishableAreas,
  publishableRows,
  ReportError,
  type ReportCell,
  type ReportChart,
  type ReportCover,
  type ReportModel,
  type ReportModelInput,
  type ReportSection,
  type ReportTable,
  type ReportTextBlock,
  scrubNote,
} from './model/index.ts';
export { describeIndicator, type Narrative, type NarrativeInput, type NarrativeKind } from '../narrative/index.ts';
export { htmlToPdf, type PdfOptions } from './pdf/index.ts';
export { REPORT_FORMATS, REPORT_MEDIA_TYPES, type RenderOptions, type ReportFormat, renderReport } from './render-report.ts';
