/**
 * The report as a Word document (`.docx`, built with the `docx` package): A4, Word's heading
 * styles, a table of contents field, real tables, the charts as pictures with alt text, and
 * "Side X af Y" in the footer of every page but the front page. Opens in Word and LibreOffice.
 * The table of contents is written with its entries and (estimated by `docx/layout`) page numbers,
 * so it reads right before anyone updates the field.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, type PageNumberEstimator, Paragraph, TextRun } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { ReportModel } from '../model/index.ts';
import { rasteriseCharts } from './docx-chart.ts';
import { appendixBlocks, contentsBlocks, coverBlocks, definitionBlocks, sectionBlocks, summaryBlocks } from './docx-parts.ts';
import { documentStyles, MUTED, SIZE } from './docx-styles.ts';

/**
 * The page numbers of the table of contents, without the list numbers of headings: `docx/layout`
 * reads the whole document a second time to find them (a third of a second for the demo report),
 * and this report's headings are not numbered.
 */
const pageNumbersOnly: PageNumberEstimator = (body, context) => estimatePageNumbers(body, context);

/** A4 in twentieths of a point, with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;

function footer(model: ReportModel): Footer {
  const [before, rest = ''] = model.labels.pageOf.split('{page}');
  const [between, after = ''] = rest.split('{pages}');
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) => new TextRun({ children, size: SIZE.small, color: MUTED });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${model.labels.documentTitle}    `, size: SIZE.small, color: MUTED }),
          run([before ?? '', PageNumber.CURRENT, between ?? '', PageNumber.TOTAL_PAGES, after]),
        ],
      }),
    ],
  });
}

export interface DocxOptions {
  /**
   * Lay the pages out to write the table of contents' page numbers into the file (default true;
   * about two seconds for a full report). Without it Word fills them in when the reader updates
   * the field.
   */
  readonly pageNumbers?: boolean;
}

/**
 * Renders the model as `.docx` bytes.
 *
 * @example const bytes = await renderDocx(model); // a zip: word/document.xml, word/media/image1.png, …
 */
export async function renderDocx(model: ReportModel, options: DocxOptions = {}): Promise<Buffer> {
  const pictures = await rasteriseCharts(model.sections.flatMap((s) => s.charts));
  const document = new Document({
    creator: 'indikator',
    title: model.labels.documentTitle,
    description: model.cover.subtitle,
    ...(options.pageNumbers === false ? {} : { pageNumbers: pageNumbersOnly }),
    styles: documentStyles(model.lang === 'da' ? 'da-DK' : 'en-GB'),
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } },
        },
        footers: { default: footer(model), first: new Footer({ children: [new Paragraph({ children: [] })] }) },
        children: [
          ...coverBlocks(model),
          ...contentsBlocks(model),
          ...summaryBlocks(model),
          ...model.sections.flatMap((s) => sectionBlocks(s, model, pictures)),
          ...definitionBlocks(model),
          ...appendixBlocks(model),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
