/**
 * A chart in the Word document: the shared renderer's SVG rasterised to PNG (at twice its size for
 * print) and placed at the width of the text, with its text alternative as the picture's alt text
 * and its title as the caption below. All charts are rasterised first, side by side
 * (`rasteriseCharts`), since one at a time they were a quarter of the report's time.
 */
import { ImageRun, Paragraph, TextRun } from 'docx';
import { svgToPngAsync } from '../../charts/index.ts';
import type { ReportChart } from '../model/index.ts';

/** Width of the text column on A4 with 2 cm margins, in pixels at 96 dpi. */
const TEXT_WIDTH_PX = 640;

function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 640);
  const height = Number(/\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 400);
  return { width, height };
}

/** Each chart's picture, as PNG bytes. */
export type ChartPictures = ReadonlyMap<ReportChart, Buffer>;

/** Rasterises every chart at once, on libuv's threads. */
export async function rasteriseCharts(charts: readonly ReportChart[]): Promise<ChartPictures> {
  const pngs = await Promise.all(charts.map((chart) => svgToPngAsync(chart.svg, { width: svgSize(chart.svg).width * 2 })));
  return new Map(charts.map((chart, i) => [chart, pngs[i] as Buffer]));
}

/** The picture paragraph and its caption. */
export function docxChart(chart: ReportChart, pictures: ChartPictures): Paragraph[] {
  const png = pictures.get(chart);
  if (png === undefined) throw new Error(`docxChart: chart ${chart.id} was not rasterised`);
  const size = svgSize(chart.svg);
  const width = Math.min(TEXT_WIDTH_PX, size.width);
  const height = Math.round((size.height * width) / size.width);
  const image = new ImageRun({
    type: 'png',
    data: png,
    transformation: { width, height },
    altText: { name: chart.id, title: chart.title, description: chart.alt },
  });
  return [
    new Paragraph({ keepNext: true, spacing: { before: 160, after: 0 }, children: [image] }),
    new Paragraph({ style: 'Caption', children: [new TextRun(chart.title)] }),
  ];
}
