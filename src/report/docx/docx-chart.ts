/**
 * A chart in the Word document: the shared renderer's SVG rasterised to PNG (`svgToPng`, at twice
 * its size for print) and placed at the width of the text, with its text alternative as the
 * picture's alt text and its title as the caption below.
 */
import { ImageRun, Paragraph, TextRun } from 'docx';
import { svgToPng } from '../../charts/index.ts';
import type { ReportChart } from '../model/index.ts';

/** Width of the text column on A4 with 2 cm margins, in pixels at 96 dpi. */
const TEXT_WIDTH_PX = 640;

function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 640);
  const height = Number(/\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 400);
  return { width, height };
}

/** The picture paragraph and its caption. */
export function docxChart(chart: ReportChart): Paragraph[] {
  const size = svgSize(chart.svg);
  const width = Math.min(TEXT_WIDTH_PX, size.width);
  const height = Math.round((size.height * width) / size.width);
  const image = new ImageRun({
    type: 'png',
    data: svgToPng(chart.svg, { width: size.width * 2 }),
    transformation: { width, height },
    altText: { name: chart.id, title: chart.title, description: chart.alt },
  });
  return [
    new Paragraph({ keepNext: true, spacing: { before: 160, after: 0 }, children: [image] }),
    new Paragraph({ style: 'Caption', children: [new TextRun(chart.title)] }),
  ];
}
