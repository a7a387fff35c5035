/**
 * The PDF is the HTML report printed by headless Chromium (through playwright-core), so the two
 * cannot differ: A4, the stylesheet's page breaks, and "Side X af Y" in every page's footer.
 * This is the one place in the report that starts a process.
 */
import { DEFAULT_CHROMIUM } from '../../services/config.ts';
import { escapeHtml } from '../html/index.ts';

export { DEFAULT_CHROMIUM };

export interface PdfOptions {
  /** The Chromium binary (default `INDIKATOR_CHROMIUM`'s default, `/usr/bin/chromium`). */
  readonly executablePath?: string;
  /** Footer text with `{page}` and `{pages}`, e.g. "Side {page} af {pages}". */
  readonly pageOf: string;
  /** Shown at the left of the footer (the document's title). */
  readonly footerTitle: string;
}

/** Flags for a headless Chromium that stays off the network. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/**
 * The flags for this process. Chromium refuses to start its sandbox as root, which is how
 * containers and CI usually run, so there (and only there) it runs without one; the page it
 * prints is our own escaped HTML with no external resources and no network (docs/decisions.md).
 */
export function chromiumArgs(runningAsRoot = process.getuid?.() === 0): string[] {
  return runningAsRoot ? ['--no-sandbox', ...CHROMIUM_ARGS] : [...CHROMIUM_ARGS];
}

/** The footer template: Chromium fills `pageNumber` and `totalPages`. */
export function footerTemplate(pageOf: string, title: string): string {
  const numbers = escapeHtml(pageOf).replace('{page}', '<span class="pageNumber"></span>').replace('{pages}', '<span class="totalPages"></span>');
  return `<div style="font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; color: #505a64; width: 100%; margin: 0 18mm; display: flex; justify-content: space-between;"><span>${escapeHtml(title)}</span><span>${numbers}</span></div>`;
}

/**
 * Prints a standalone HTML document to PDF bytes.
 *
 * @example const pdf = await htmlToPdf(renderHtml(model), { pageOf: 'Side {page} af {pages}', footerTitle: 'Integrationsindikatorer' });
 */
export async function htmlToPdf(html: string, options: PdfOptions): Promise<Buffer> {
  // Loaded here, not at the top: only the PDF needs a browser, and the driver is large.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: options.executablePath ?? DEFAULT_CHROMIUM, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    // The document has no external resources, so there is nothing to wait for beyond the load.
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: footerTemplate(options.pageOf, options.footerTitle),
      margin: { top: '20mm', bottom: '22mm', left: '18mm', right: '18mm' },
      outline: true,
      tagged: true,
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
