/**
 * The parts of the Word document, in the order of the HTML report: front page, table of contents
 * (a real TOC field over the Heading 1 chapters), summary with the data freeze, one chapter per indicator
 * and the definitions. Chapters start on a new page.
 */
import { HeadingLevel, Paragraph, type Table, TableOfContents, TextRun } from 'docx';
import type { ReportFact, ReportModel, ReportSection, ReportTextBlock } from '../model/index.ts';
import { type ChartPictures, docxChart } from './docx-chart.ts';
import { ACCENT, MUTED, SIZE } from './docx-styles.ts';
import { docxTable } from './docx-table.ts';

export type Block = Paragraph | Table | TableOfContents;

function heading1(text: string, newPage = true): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: newPage, children: [new TextRun(text)] });
}

function heading2(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
}

function paragraph(text: string, run: { italics?: boolean; color?: string; size?: number } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, ...run })] });
}

function bullet(text: string, size?: number): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun({ text, ...(size === undefined ? {} : { size }) })] });
}

function facts(list: readonly ReportFact[]): Paragraph[] {
  return list.map(
    (f) =>
      new Paragraph({
        spacing: { after: 40 },
        children: [new TextRun({ text: `${f.label}: `, color: MUTED }), new TextRun({ text: f.value })],
      }),
  );
}

/** The front page. */
export function coverBlocks(model: ReportModel): Block[] {
  const { cover } = model;
  return [
    new Paragraph({
      spacing: { before: 2400, after: 240 },
      children: [new TextRun({ text: cover.municipality.toUpperCase(), size: SIZE.subtitle, color: MUTED })],
    }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: cover.title, size: SIZE.cover, bold: true, color: ACCENT })] }),
    new Paragraph({ spacing: { after: 720 }, children: [new TextRun({ text: cover.subtitle, size: SIZE.subtitle })] }),
    ...facts(cover.facts),
  ];
}

/** "Indhold" and the TOC field (filled in from the headings; Word updates the page numbers). */
export function contentsBlocks(model: ReportModel): Block[] {
  return [
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 200 },
      children: [new TextRun({ text: model.labels.contents, size: SIZE.h1, bold: true, color: ACCENT })],
    }),
    new TableOfContents(model.labels.contents, { hyperlink: true, headingStyleRange: '1-1' }),
    paragraph(model.labels.contentsHint, { italics: true, color: MUTED, size: SIZE.small }),
  ];
}

/** The summary chapter and the data freeze. */
export function summaryBlocks(model: ReportModel): Block[] {
  const s = model.summary;
  return [
    heading1(s.heading),
    heading2(s.verdict.heading),
    ...s.verdict.paragraphs.map((p) => paragraph(p)),
    ...s.intro.map((p) => paragraph(p)),
    ...docxTable(s.table),
    ...(s.comparison === undefined ? [] : docxTable(s.comparison)),
  ];
}

/** The appendix: the delivery versions behind every figure (the data freeze). */
export function appendixBlocks(model: ReportModel): Block[] {
  const s = model.summary;
  return [heading1(model.labels.appendixHeading), heading2(s.freezeHeading), paragraph(s.freezeIntro), ...docxTable(s.freeze)];
}

/** One indicator's chapter. */
export function sectionBlocks(section: ReportSection, model: ReportModel, pictures: ChartPictures): Block[] {
  const { labels } = model;
  return [
    heading1(section.title),
    ...facts(section.facts),
    heading2(labels.narrativeHeading),
    paragraph(section.narrative),
    heading2(labels.descriptionHeading),
    paragraph(section.description, { italics: true, color: MUTED }),
    ...section.charts.flatMap((chart) => docxChart(chart, pictures)),
    ...section.tables.flatMap(docxTable),
    heading2(labels.notesHeading),
    ...section.notes.map((n) => bullet(n, SIZE.small)),
  ];
}

function textBlock(block: ReportTextBlock): Block[] {
  return [heading2(block.heading), ...block.paragraphs.map((p) => paragraph(p)), ...block.bullets.map((b) => bullet(b))];
}

/** The definitions and notes chapter. */
export function definitionBlocks(model: ReportModel): Block[] {
  return [heading1(model.definitions.heading), ...model.definitions.blocks.flatMap(textBlock)];
}
