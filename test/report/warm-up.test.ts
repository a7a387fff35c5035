/**
 * The Word renderer's warm-up (`warmUpDocx`), which the dashboard runs when it starts so that a
 * councillor's first Word report does not pay the layout's start-up: it must really lay the
 * pages out (its table of contents has page numbers), and it must leave the real report as it
 * would have been.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportModel, renderReport, WARM_UP_MODEL, warmUpDocx } from '../../src/report/index.ts';
import { docxEntries, docxPart, tempDir, wordParagraphs } from './extract.ts';
import { testModelInput } from './fixtures.ts';

const dir = tempDir();

function documentXml(bytes: Buffer, name: string): string {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, bytes);
  return docxPart(file, 'word/document.xml');
}

/**
 * The docx package numbers bookmarks and pictures with counters kept for the whole process, so the
 * second document a process writes has other ids than the first; the text and layout are the same.
 */
function withoutIds(xml: string): string {
  return xml
    .replace(/_Toc\d+/g, '_Toc')
    .replace(/w:id="\d+"/g, 'w:id=""')
    .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id=""');
}

describe('warmUpDocx', () => {
  it('lays the pages out: every chapter of its table of contents has its page number', async () => {
    const bytes = await warmUpDocx();
    const file = join(dir, 'warm-up.docx');
    writeFileSync(file, bytes);
    const toc = wordParagraphs(docxPart(file, 'word/document.xml')).filter((p) => p.style === 'TOC1');
    const titles = ['Sammenfatning', ...WARM_UP_MODEL.sections.map((s) => s.title), 'Definitioner', 'Bilag'];
    expect(toc.map((p) => p.text.replace(/\d+$/, ''))).toEqual(titles);
    const pages = toc.map((p) => Number(/(\d+)$/.exec(p.text)?.[1]));
    // Front page 1, contents 2, the summary 3; each indicator's chapter two pages (its table of
    // eleven rows with second lines does not fit under the text and the chart); then the rest.
    expect(pages).toEqual([3, 4, 6, 8, 10, 11]);
    // A chart (the rasteriser's fonts) and the tables are in it, as in the real report.
    expect(docxEntries(file).filter((e) => /^word\/media\/image\d+\.png$/.test(e))).toHaveLength(WARM_UP_MODEL.sections.length);
    expect(docxPart(file, 'word/document.xml').match(/<w:tbl>/g)).toHaveLength(3 + WARM_UP_MODEL.sections.length);
  }, 60_000);

  it('leaves the real report as it is without it', async () => {
    const model = buildReportModel(testModelInput());
    const before = documentXml(await renderReport(model, 'docx'), 'before');
    await warmUpDocx();
    const after = documentXml(await renderReport(model, 'docx'), 'after');
    expect(after).not.toBe(before); // the ids differ, so the comparison below is not vacuous
    expect(withoutIds(after)).toBe(withoutIds(before));
  }, 60_000);
});
