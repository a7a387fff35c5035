/**
 * model/: the report as plain data — every text written, every number formatted and suppressed,
 * every chart drawn — built once and laid out by the HTML, Word and PDF renderers.
 */
export { buildReportModel, type ReportModelInput } from './build-report-model.ts';
export { publishableAreas, publishableRows, scrubNote } from './publishable-rows.ts';
export { ReportError } from './report-error.ts';
export type {
  ReportCell,
  ReportChart,
  ReportCover,
  ReportFact,
  ReportLabels,
  ReportModel,
  ReportSection,
  ReportTable,
  ReportTextBlock,
  Tone,
} from './report-model.ts';
export { type ReportWords, reportWords } from './report-words.ts';
export { type HeadlineSeries, headlineSeries } from '../../narrative/index.ts';
