/**
 * The three formats from one model, for the demo-like test municipality: the HTML against its
 * golden file; the Word document's headings, contents field, tables, pictures and page numbers
 * read back from its XML; the PDF's pages rendered to PNG and its text; and — in every format —
 * no figure that the suppression rule hides (checked against a control run with the rule off).
 * The PDF parts skip where Chromium is absent, like the other browser tests (never under CI).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { buildReportModel, type ReportModel, renderReport } from '../../src/report/index.ts';
import { computeResults } from '../../src/services/compute/index.ts';
import { CHROMIUM, NO_BROWSER } from '../browser.ts';
import { checkGolden, docxEntries, docxPart, htmlText, pdfPagesAsPng, pdfPageText, pdfText, tempDir, wordParagraphs, wordText } from './extract.ts';
import { testDeliveries, testModelInput } from './fixtures.ts';

interface Rendered {
  model: ReportModel;
  html: string;
  docxFile: string;
  documentXml: string;
  /** Null where Chromium is absent (outside CI). */
  pdfFile: string | null;
  pdf: Buffer | null;
}

const dir = tempDir();

async function renderAll(threshold: number, name: string): Promise<Rendered> {
  const model = buildReportModel(testModelInput(threshold));
  const [html, docx, pdf] = await Promise.all([
    renderReport(model, 'html'),
    renderReport(model, 'docx'),
    NO_BROWSER ? null : renderReport(model, 'pdf', { chromiumPath: CHROMIUM }),
  ]);
  const docxFile = join(dir, `${name}.docx`);
  writeFileSync(docxFile, docx);
  const pdfFile = pdf === null ? null : join(dir, `${name}.pdf`);
  if (pdf !== null && pdfFile !== null) writeFileSync(pdfFile, pdf);
  return { model, html, docxFile, documentXml: docxPart(docxFile, 'word/document.xml'), pdfFile, pdf: pdf === null ? null : Buffer.from(pdf) };
}

let report: Rendered;
let control: Rendered;

beforeAll(async () => {
  [report, control] = await Promise.all([renderAll(5, 'report'), renderAll(1, 'control')]);
}, 120_000);

afterAll(() => {
  // Left for a reviewer when KEEP_REPORTS=1; the temporary folder otherwise goes with the OS.
  if (process.env.KEEP_REPORTS === '1') console.log(`reports in ${dir}`);
});

describe('HTML', () => {
  it('matches the golden file', () => {
    expect(checkGolden('report', report.html)).toBeNull();
  });

  it('is one standalone document: inline CSS and SVG, no scripts, no external resources', () => {
    expect(report.html).toMatch(/^<!DOCTYPE html>\n<html lang="da">/);
    expect(report.html).not.toMatch(/<script|<link|\ssrc=|url\(/i);
    const charts = report.model.sections.flatMap((s) => s.charts);
    expect(report.html.match(/<svg /g)).toHaveLength(charts.length);
    expect(report.html).toContain('@page { size: A4;');
    for (const s of report.model.sections) expect(report.html).toContain(`<section class="chapter indicator" id="${s.id}">`);
  });

  it('escapes every text', async () => {
    const model = buildReportModel({ ...testModelInput(), municipality: '<script>alert(1)</script> & Co' });
    const html = await renderReport(model, 'html');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
  });
});

describe('Word', () => {
  it('is a .docx package with the document, styles, footer and one picture per chart', () => {
    const entries = docxEntries(report.docxFile);
    expect(entries).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', '_rels/.rels']));
    const charts = report.model.sections.flatMap((s) => s.charts).length;
    expect(entries.filter((e) => /^word\/media\/image\d+\.png$/.test(e))).toHaveLength(charts);
    expect(report.documentXml.match(/<pic:pic[ >]/g)).toHaveLength(charts);
  });

  it('has every heading with Word’s heading styles, in order', () => {
    const paragraphs = wordParagraphs(report.documentXml);
    const h1 = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual(['Sammenfatning', ...report.model.sections.map((s) => s.title), 'Definitioner og noter', 'Bilag: leverancerne bag tallene']);
    const h2 = paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(h2).toEqual(
      expect.arrayContaining(['Datagrundlag', 'Fra notatet', 'Udviklingen', 'Noter', ...report.model.definitions.blocks.map((b) => b.heading)]),
    );
    expect(h2.filter((t) => t === 'Udviklingen')).toHaveLength(report.model.sections.length);
  });

  it('has a table of contents field over the chapters, with entries and page numbers written', () => {
    expect(report.documentXml).toContain('TOC \\h \\o &quot;1-1&quot;');
    const toc = wordParagraphs(report.documentXml).filter((p) => p.style === 'TOC1');
    expect(toc.map((p) => p.text.replace(/\d+$/, ''))).toEqual([
      'Sammenfatning',
      ...report.model.sections.map((s) => s.title),
      'Definitioner og noter',
      'Bilag: leverancerne bag tallene',
    ]);
    expect(toc.every((p) => /\d+$/.test(p.text))).toBe(true);
  });

  it('has the tables of the model and "Side X af Y" in the footer', () => {
    // The summary, the comparison summary, the data freeze and every section's tables.
    const tables = 2 + (report.model.summary.comparison === undefined ? 0 : 1) + report.model.sections.reduce((n, s) => n + s.tables.length, 0);
    expect(report.model.summary.comparison).toBeDefined();
    expect(report.documentXml.match(/<w:tbl>/g)).toHaveLength(tables);
    const footers = docxEntries(report.docxFile)
      .filter((e) => /^word\/footer\d+\.xml$/.test(e))
      .map((e) => docxPart(report.docxFile, e));
    const numbered = footers.find((f) => f.includes('NUMPAGES'));
    expect(numbered).toBeDefined();
    expect(numbered).toMatch(/Side [\s\S]*PAGE[\s\S]* af [\s\S]*NUMPAGES/);
    expect(wordText(report.documentXml)).toContain(report.model.sections[0]?.narrative);
  });
});

/** The PDF file of a rendering, where the PDF tests run. */
const pdfOf = (r: Rendered): string => r.pdfFile ?? '';

describe.skipIf(NO_BROWSER)('PDF', () => {
  it('has A4 pages with "Side X af Y", every page renders to PNG, and every indicator title is in it', () => {
    expect(report.pdf?.subarray(0, 5).toString()).toBe('%PDF-');
    const pngDir = tempDir();
    const pages = pdfPagesAsPng(pdfOf(report), pngDir);
    const total = Number(/Side 1 af (\d+)/.exec(pdfPageText(pdfOf(report), 1))?.[1]);
    expect(pages).toHaveLength(total);
    // Front page, contents, summary and data freeze, one or more pages per indicator, definitions.
    expect(total).toBeGreaterThanOrEqual(3 + report.model.sections.length + 1);
    expect(total).toBeLessThanOrEqual(40);
    expect(pdfPageText(pdfOf(report), total)).toContain(`Side ${total} af ${total}`);
    const text = pdfText(pdfOf(report)).replace(/\s+/g, ' ');
    for (const s of report.model.sections) expect(text).toContain(s.title);
    expect(text).toContain(report.model.sections[0]?.narrative.slice(0, 60));
  });

  it('starts each indicator on a new page', () => {
    const pages = Number(/Side 1 af (\d+)/.exec(pdfPageText(pdfOf(report), 1))?.[1]);
    // A page's text with its lines joined: a long title wraps onto a second line.
    const pageTexts = Array.from({ length: pages }, (_, i) =>
      pdfPageText(pdfOf(report), i + 1)
        .trim()
        .replace(/\s+/g, ' '),
    );
    for (const s of report.model.sections)
      expect(
        pageTexts.some((t) => t.startsWith(s.title)),
        s.title,
      ).toBe(true);
  });
});

describe('suppression in every format', () => {
  /** Numbers of the cells the rule hides that are not also the number of a published cell. */
  function hiddenNumbers(): number[] {
    const deliveries = testDeliveries();
    const { rows } = computeResults(loadCatalogue(), deliveries, { threshold: 5 });
    const values = (c: { numerator: number | null; denominator: number | null; n: number | null }) =>
      [c.numerator, c.denominator, c.n, c.numerator !== null && c.denominator !== null ? c.denominator - c.numerator : null].filter(
        (v): v is number => v !== null,
      );
    const published = new Set(rows.filter((r) => !r.suppressed).flatMap(values));
    const hidden = rows
      .filter((r) => r.suppressed)
      .flatMap((r) => {
        const cell = deliveries
          .find((d) => d.indicator === r.indicator && d.period === r.period)
          ?.cells.find((c) => c.group === r.group && c.breakdown === r.breakdown);
        return cell === undefined ? [] : values(cell);
      });
    return [...new Set(hidden)].filter((v) => v >= 100 && !published.has(v)).sort((a, b) => a - b);
  }

  function patterns(n: number): RegExp {
    const da = n.toLocaleString('da-DK');
    const en = n.toLocaleString('en-GB');
    const forms = [...new Set([String(n), da, en])].map((f) => f.replace('.', '\\.'));
    return new RegExp(`(?<![\\d.,])(${forms.join('|')})(?![\\d]|[.,]\\d)`);
  }

  function texts(r: Rendered): Record<string, string> {
    return { html: htmlText(r.html), docx: wordText(r.documentXml), ...(r.pdfFile === null ? {} : { pdf: pdfText(r.pdfFile) }) };
  }

  it('the hidden cells have distinctive numbers to look for', () => {
    expect(hiddenNumbers()).toEqual(expect.arrayContaining([1357, 4318, 4321]));
  });

  it('no format shows a number of a suppressed cell', () => {
    for (const [format, text] of Object.entries(texts(report))) {
      for (const n of hiddenNumbers()) expect(patterns(n).exec(text)?.[0], `${format}: ${n}`).toBeUndefined();
    }
  });

  it('control: with the rule off the same scan finds the figure, so the scan can fail', () => {
    for (const [format, text] of Object.entries(texts(control))) expect(patterns(4321).test(text), format).toBe(true);
  });

  it('no table cell in any format is a count from 1 to 4', () => {
    const small = (t: string) => /^[1-4]$/.test(t.trim());
    const htmlCells = [...report.html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => htmlText(m[1] ?? ''));
    const docxCells = [...report.documentXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => wordText(m[1] ?? '').split('\n')[0] ?? '');
    expect(htmlCells.length).toBeGreaterThan(100);
    expect(docxCells.length).toBeGreaterThan(100);
    expect(htmlCells.filter(small)).toEqual([]);
    expect(docxCells.filter(small)).toEqual([]);
    const controlCells = [...control.html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => htmlText(m[1] ?? ''));
    expect(controlCells.some((c) => c.includes('4.321'))).toBe(true);
  });

  it('a suppressed cell reads "diskretioneret" in every format, never a number', () => {
    const row = '2025 Målgruppen diskretioneret';
    const htmlRows = [...report.html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => htmlText(m[1] ?? '').trim());
    expect(htmlRows).toContain(`${row} –`);
    const docxRows = [...report.documentXml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) =>
      wordText(m[1] ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(docxRows).toContain(`${row} –`);
    if (report.pdfFile !== null) expect(pdfText(report.pdfFile)).toMatch(/2025\s+Målgruppen\s+diskretioneret\s+–/);
  });
});
