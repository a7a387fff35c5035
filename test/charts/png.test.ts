import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderSparkline, svgToPng, svgToPngAsync } from '../../src/charts/index.ts';
import { sparkline } from './fixtures.ts';

describe('svgToPng', () => {
  it('writes a PNG twice the size of the SVG', () => {
    const png = svgToPng(renderSparkline(sparkline));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(280);
    expect(png.readUInt32BE(20)).toBe(72);
  });

  it('finds a font, so text is not blank', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" font-family="\'Liberation Sans\', sans-serif">' +
      '<rect width="200" height="40" fill="#fff"/><text x="10" y="28" font-size="24" fill="#000">Målgruppe</text></svg>';
    const png = svgToPng(svg, { width: 200 });
    const pixels = new Resvg(png.length > 0 ? svg : '', {
      font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
    }).render().pixels;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 128 && (pixels[i + 3] ?? 0) > 0) dark++;
    expect(dark).toBeGreaterThan(200);
  });

  it('gives the same bytes off the main thread (svgToPngAsync), several at once', async () => {
    const svg = renderSparkline(sparkline);
    const together = await Promise.all([svgToPngAsync(svg), svgToPngAsync(svg, { width: 560 }), svgToPngAsync(svg)]);
    expect(together[0]?.equals(svgToPng(svg))).toBe(true);
    expect(together[1]?.equals(svgToPng(svg, { width: 560 }))).toBe(true);
    expect(together[1]?.readUInt32BE(16)).toBe(560);
    expect(together[2]?.equals(together[0] as Buffer)).toBe(true);
  });
});
