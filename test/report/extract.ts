/**
 * Reading the rendered report back as text, the way a reader's tools would: the HTML without its
 * markup, the Word document's XML parts (it is a zip; `unzip -p`), the PDF's text (`pdftotext`)
 * and its pages as PNG images (`pdftoppm`). Also the golden-file check for the HTML.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithGolden } from '../golden-file.ts';

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'indikator-report-'));
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of an HTML document (SVG text included), tags and the stylesheet removed. */
export function htmlText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ');
}

/** One part of a .docx (a zip), e.g. `word/document.xml`. */
export function docxPart(file: string, part: string): string {
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
}

/** The names of the parts in a .docx. */
export function docxEntries(file: string): string[] {
  const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' });
  return listing.split('\n').filter((l) => l !== '');
}

/** The text of WordprocessingML: the runs' text, one line per paragraph. */
export function wordText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join(''))
    .join('\n');
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
}

/** The paragraphs of a Word document with their style: `{ style: 'Heading1', text: 'Selvforsørgelse' }`. */
export function wordParagraphs(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
    text: wordText(m[0]).trim(),
  }));
}

/** The PDF's text, laid out as on the page. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
}

/** The text of one page of the PDF. */
export function pdfPageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' });
}

/** Renders every page to PNG (low resolution) and returns the image files. */
export function pdfPagesAsPng(file: string, dir: string): string[] {
  execFileSync('pdftoppm', ['-r', '24', '-png', file, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.startsWith('page') && f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
}

/** Rounds every decimal number to two decimals, so a last-digit change in a chart is not a diff. */
export function normaliseHtml(html: string): string {
  // The definitions' version is a hash of the catalogue: any change to a definition changes it, and
  // the report model's test checks it against the catalogue; the golden file keeps the layout.
  const versionless = html.replace(/(Definitionsversion|Definition version) [0-9a-f]{12}/g, '$1 {hash}');
  return versionless.replace(/-?\d+\.\d+/g, (match) => {
    const rounded = Math.round(Number(match) * 100) / 100;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

const GOLDEN_DIR = join(import.meta.dirname, '__golden__');

/**
 * Compares with `__golden__/<name>`; on a mismatch the output is written beside it as
 * `<name>.actual.html` and a message is returned. UPDATE_GOLDEN=1 (re)writes the golden file.
 */
export function checkGolden(name: string, content: string): string | null {
  return compareWithGolden(GOLDEN_DIR, `${name}.html`, normaliseHtml(content));
}
