/** The use case the CLI command and the web download call: validate, build, render, write. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReport, latestDeliveryTime, REPORT_MEDIA_TYPES, ReportError } from '../../src/report/index.ts';
import { tempDir } from './extract.ts';
import { testModelInput } from './fixtures.ts';

const input = () => {
  const { catalogue, results, municipality, generatedAt, dataFreeze, areaNames, threshold } = testModelInput();
  return { catalogue, results, municipality, generatedAt, dataFreeze, areaNames, threshold };
};

describe('generateReport', () => {
  it('writes the HTML report to --out and returns it', async () => {
    const out = join(tempDir(), 'rapport.html');
    const report = await generateReport({ ...input(), format: 'html', out });
    expect(report.format).toBe('html');
    expect(readFileSync(out, 'utf8')).toBe(report.content);
    expect(report.bytes).toBe(Buffer.byteLength(report.content as string));
    expect(report.model.sections).toHaveLength(11);
  });

  it('passes period and departments on to the model', async () => {
    const report = await generateReport({ ...input(), format: 'html', period: 'KV2021', departments: ['Politisk Sekretariat'] });
    expect(report.model.sections.map((s) => s.id)).toEqual(['valgdeltagelse']);
    expect(report.model.summary.table.rows[0]?.[2]?.text).toBe('KV2021');
  });

  it('writes a Word file (a zip) without the page layout when asked', async () => {
    const out = join(tempDir(), 'rapport.docx');
    const report = await generateReport({ ...input(), format: 'docx', out, docxPageNumbers: false });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(report.bytes).toBeGreaterThan(10_000);
  });

  it('refuses an unknown format, an empty municipality and a malformed period with a ReportError', async () => {
    await expect(generateReport({ ...input(), format: 'odt' })).rejects.toThrow(ReportError);
    await expect(generateReport({ ...input(), format: 'html', municipality: ' ' })).rejects.toThrow(/municipality/);
    await expect(generateReport({ ...input(), format: 'html', period: '2025/2027' })).rejects.toThrow(/er ikke en periode/);
  });

  it('knows the media types and the newest delivery time', () => {
    expect(REPORT_MEDIA_TYPES.pdf).toBe('application/pdf');
    expect(latestDeliveryTime(input().results)).toBe('2025-09-15T10:00:00.000Z');
  });
});
