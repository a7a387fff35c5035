/**
 * The use case behind `indikator report` and the web download: validate the request, build the
 * model from the results, render the format and (for the command line) write the file. The
 * caller loads the catalogue and the results (`loadResults`) and passes the clock in.
 */
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { ComputedResults } from '../services/compute/index.ts';
import { buildReportModel, ReportError, type ReportModel, type ReportModelInput } from './model/index.ts';
import { REPORT_FORMATS, type ReportFormat, renderReport } from './render-report.ts';
import { LANGUAGES } from '../language/index.ts';

const RequestSchema = z.object({
  format: z.enum(REPORT_FORMATS),
  out: z.string().min(1).optional(),
  period: z.string().trim().min(1).optional(),
  departments: z.array(z.string().trim().min(1)).optional(),
  municipality: z.string().trim().min(1),
  municipalityCode: z
    .string()
    .regex(/^[0-9]{3}$/)
    .optional(),
  lang: z.enum(LANGUAGES).optional(),
  generatedAt: z.string().min(1),
  dataFreeze: z.string().min(1),
  threshold: z.int().min(1).max(100),
  chromiumPath: z.string().min(1).optional(),
});

/** What the report model needs, plus the file to make of it. */
export interface GenerateReportInput extends ReportModelInput {
  readonly format: string;
  /** Where to write the file; without it the bytes are only returned. */
  readonly out?: string;
  readonly chromiumPath?: string;
  /** Word: write the table of contents' page numbers (default true). */
  readonly docxPageNumbers?: boolean;
}

export interface GeneratedReport {
  readonly format: ReportFormat;
  readonly model: ReportModel;
  readonly content: string | Buffer;
  readonly bytes: number;
}

/**
 * Builds, renders and (with `out`) writes the report.
 *
 * @example await generateReport({ format: 'pdf', out: 'rapport.pdf', catalogue, results,
 *   municipality: 'Demo Kommune', generatedAt: new Date().toISOString(), dataFreeze })
 */
export async function generateReport(input: GenerateReportInput): Promise<GeneratedReport> {
  const parsed = RequestSchema.safeParse({ ...input, departments: input.departments === undefined ? undefined : [...input.departments] });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new ReportError(`ugyldig rapportbestilling (${where}): ${issue?.message ?? ''}`, `invalid report request (${where}): ${issue?.message ?? ''}`);
  }
  const request = parsed.data;
  const model = buildReportModel({
    catalogue: input.catalogue,
    results: input.results,
    municipality: request.municipality,
    ...(request.municipalityCode === undefined ? {} : { municipalityCode: request.municipalityCode }),
    generatedAt: request.generatedAt,
    dataFreeze: request.dataFreeze,
    ...(request.period === undefined ? {} : { period: request.period }),
    ...(request.departments === undefined ? {} : { departments: request.departments }),
    ...(request.lang === undefined ? {} : { lang: request.lang }),
    threshold: request.threshold,
    ...(input.areaNames === undefined ? {} : { areaNames: input.areaNames }),
    ...(input.qualityNotes === undefined ? {} : { qualityNotes: input.qualityNotes }),
    ...(input.targets === undefined ? {} : { targets: input.targets }),
    ...(input.comparisons === undefined ? {} : { comparisons: input.comparisons, peersLabel: input.peersLabel ?? '' }),
  });
  const content = await renderReport(model, request.format, {
    ...(request.chromiumPath === undefined ? {} : { chromiumPath: request.chromiumPath }),
    ...(input.docxPageNumbers === undefined ? {} : { docxPageNumbers: input.docxPageNumbers }),
  });
  if (request.out !== undefined) await writeFile(request.out, content);
  return { format: request.format, model, content, bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.length };
}

/** The newest delivery time among the results: a sensible data freeze when none is given. */
export function latestDeliveryTime(results: ComputedResults): string | undefined {
  return results.rows
    .map((r) => r.delivery.createdAt)
    .sort()
    .at(-1);
}
