/**
 * PNG downloads of the charts, rendered from the same SVG with resvg (no browser). resvg has no
 * fonts of its own, so the system fonts are loaded (Debian ships Liberation and DejaVu, which the
 * charts' font stack names); without them text would silently render blank.
 */
import { Resvg, type ResvgRenderOptions, renderAsync } from '@resvg/resvg-js';

export interface PngOptions {
  /** Output width in pixels; the height follows the SVG's aspect ratio. Defaults to 2× the SVG. */
  readonly width?: number;
}

function renderOptions(options: PngOptions): ResvgRenderOptions {
  return {
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    fitTo: options.width === undefined ? { mode: 'zoom', value: 2 } : { mode: 'width', value: options.width },
  };
}

/**
 * Rasterises an SVG document to PNG bytes on a white background.
 *
 * @example const png = svgToPng(renderSparkline(spec)); // Buffer starting with \x89PNG
 */
export function svgToPng(svg: string, options: PngOptions = {}): Buffer {
  return new Resvg(svg, renderOptions(options)).render().asPng();
}

/**
 * The same off the main thread (libuv's pool), so that a document with many charts renders them
 * side by side on every core: the Word report has some fifty.
 */
export async function svgToPngAsync(svg: string, options: PngOptions = {}): Promise<Buffer> {
  return (await renderAsync(svg, renderOptions(options))).asPng();
}
