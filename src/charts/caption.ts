/**
 * A downloaded chart travels alone — into a slide, a memo, an e-mail — so the file itself says
 * what it shows and where it comes from: the title above, and below it the source, the
 * municipality and the date of the data. The chart is kept as it is, nested in a taller SVG.
 */
import { el, FONT_FAMILY, INK, MUTED_INK, num, text, textWidth } from './svg.ts';

export interface ChartCaption {
  /** Above the chart, bold. */
  readonly title: string;
  /** Below the chart, one muted line each (source, municipality and date, …). */
  readonly lines: readonly string[];
}

const TITLE_SIZE = 15;
const LINE_SIZE = 11;
const PAD = 12;

/** Splits text into lines no wider than `width` at `size` px (by the same width estimate the charts use). */
function wrap(content: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The chart with its caption. `svg` must be one of this module's charts (a root `<svg>` with
 * numeric `width` and `height`); anything else is returned unchanged.
 *
 * @example withCaption(chart, { title: 'Selvforsørgelse', lines: ['Kilde: Jobcenter', 'Demo Kommune · data pr. 1. marts 2026'] })
 */
export function withCaption(svg: string, caption: ChartCaption): string {
  const size = /^<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
  if (size === null) return svg;
  const width = Number(size[1]);
  const height = Number(size[2]);
  const titleLines = wrap(caption.title, width - 2 * PAD, TITLE_SIZE);
  const footLines = caption.lines.flatMap((l) => wrap(l, width - 2 * PAD, LINE_SIZE));
  const top = PAD + titleLines.length * (TITLE_SIZE + 4);
  const bottom = PAD / 2 + footLines.length * (LINE_SIZE + 4) + PAD / 2;
  const total = top + height + bottom;
  const heading = titleLines
    .map((l, i) => text({ x: PAD, y: PAD + (i + 1) * (TITLE_SIZE + 4) - 4, 'font-size': TITLE_SIZE, 'font-weight': 'bold', fill: INK }, l))
    .join('');
  const foot = footLines
    .map((l, i) => text({ x: PAD, y: top + height + PAD / 2 + (i + 1) * (LINE_SIZE + 4) - 3, 'font-size': LINE_SIZE, fill: MUTED_INK }, l))
    .join('');
  const inner = svg.replace(/^<svg\b/, `<svg x="0" y="${num(top)}"`);
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height: num(total), viewBox: `0 0 ${num(width)} ${num(total)}`, 'font-family': FONT_FAMILY },
    `${el('rect', { width, height: num(total), fill: '#ffffff' })}${heading}${inner}${foot}`,
  );
}
