import { describe, expect, it } from 'vitest';
import { renderBarChart, renderGapChart, renderSparkline, renderTimeSeriesChart, SERIES_STYLES } from '../../src/charts/index.ts';
import { bars, gap, sparkline, timeSeries } from './fixtures.ts';
import { checkGolden } from './golden.ts';

const rendered = {
  'time-series': renderTimeSeriesChart(timeSeries),
  gap: renderGapChart(gap),
  bars: renderBarChart(bars),
  sparkline: renderSparkline(sparkline),
};

describe('golden files', () => {
  for (const [name, svg] of Object.entries(rendered)) {
    it(`${name} matches __golden__/${name}.svg`, () => {
      expect(checkGolden(name, svg)).toBeNull();
    });
  }
});

describe('every chart is accessible', () => {
  for (const [name, svg] of Object.entries(rendered)) {
    it(`${name} has role=img, a title and a description it is labelled by`, () => {
      const labelled = /^<svg [^>]*role="img" aria-labelledby="([^"]+) ([^"]+)"/.exec(svg);
      expect(labelled).not.toBeNull();
      const [, titleId, descId] = labelled as RegExpExecArray;
      expect(svg).toContain(`<title id="${titleId}">`);
      expect(svg).toContain(`<desc id="${descId}">`);
    });
  }

  it('is deterministic', () => {
    expect(renderTimeSeriesChart(timeSeries)).toBe(rendered['time-series']);
  });

  it('escapes text', () => {
    const svg = renderSparkline({ ...sparkline, title: 'A & B <c>' });
    expect(svg).toContain('<title id="spark-selvforsoergelse-title">A &amp; B &lt;c&gt;</title>');
  });
});

describe('time-series chart', () => {
  const svg = rendered['time-series'];

  it('breaks the line at the missing and the suppressed period', () => {
    const targetPaths = svg.match(/<path d="M[^"]*" fill="none" stroke="#1d4f91"/g) ?? [];
    // 2019–2020 and 2024–2025 are joined; 2022 stands alone between a gap and a suppressed cell.
    expect(targetPaths).toHaveLength(2);
    const comparisonPaths = svg.match(/<path d="M[^"]*" fill="none" stroke="#a6460f"/g) ?? [];
    expect(comparisonPaths).toHaveLength(2);
  });

  it('marks the suppressed cell with a hollow marker and names it in the legend', () => {
    expect(svg).toMatch(/<circle [^>]*fill="#ffffff" stroke="#1d4f91"/);
    expect(svg).toContain('diskretioneret (færre end 5 personer)');
  });

  it('draws the suppressed period outside the plotting area, under its x-axis label, with a title', () => {
    // The baseline (the x axis) is the plot's bottom edge; the x labels sit 18 px under it.
    const baseline = Number(/<line x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)" y2="\1" stroke="#505a64"/.exec(svg)?.[1]);
    const label = Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*text-anchor="middle">2023<\/text>/.exec(svg)?.[1]);
    expect(label).toBe(baseline + 18);
    const group = /<g><title>([^<]+)<\/title><circle cx="([\d.]+)" cy="([\d.]+)" r="4" fill="#ffffff" stroke="#1d4f91"/.exec(svg);
    expect(group?.[1]).toBe('Målgruppe, 2023: diskretioneret (færre end 5 personer)');
    // Below the label, not on the value axis (anywhere from the top of the plot to the baseline).
    expect(Number(group?.[3])).toBeGreaterThan(label);
    // No hollow marker is left inside the plotting area.
    const hollow = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)" r="4" fill="#ffffff"/g)].map((m) => Number(m[1]));
    expect(hollow.every((y) => y > baseline)).toBe(true);
  });

  it('shows intervals as bands, and as an error bar for a point that stands alone', () => {
    expect(svg.match(/<polygon [^>]*fill-opacity="0.14"/g)).toHaveLength(4);
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+V[\d.]+M/);
  });

  it('labels the axis in Danish and starts it at zero', () => {
    expect(svg).toContain('>0 %</text>');
    expect(svg).toContain('>60 %</text>');
    expect(svg).toContain('>Andel</text>');
  });

  it('distinguishes series by dash and marker as well as colour', () => {
    expect(new Set(SERIES_STYLES.map((s) => s.dash)).size).toBe(SERIES_STYLES.length);
    expect(new Set(SERIES_STYLES.map((s) => s.marker)).size).toBe(SERIES_STYLES.length);
    expect(svg).toContain('stroke-dasharray="7 4"');
    expect(svg).toMatch(/<rect [^>]*fill="#a6460f"/);
  });
});

describe('gap chart', () => {
  it('draws a dashed zero line and names it', () => {
    expect(rendered.gap).toContain('Ingen forskel');
    expect(rendered.gap).toContain('>0 %</text>');
    expect(rendered.gap).toContain('>-25 %</text>');
  });
});

describe('bar chart', () => {
  it('flags areas over 50 % with an icon and words, and marks suppressed areas in words', () => {
    expect(rendered.bars.match(/<g class="flag">/g)).toHaveLength(1);
    expect(rendered.bars).toContain('>over 50 %</text>');
    expect(rendered.bars).toContain('>diskretioneret</text>');
    expect(rendered.bars).toContain('>50 %</text>');
  });
});

describe('series breaks (issue 14)', () => {
  const title = '† Brud i serien 2020–2021: opgjort på en anden måde';
  const svg = renderTimeSeriesChart({ ...timeSeries, breaks: [{ from: 1, to: 2, label: 'Brud i serien', title }] });
  const xOf = (category: string): number => Number(new RegExp(`<text x="([\\d.]+)" y="[\\d.]+"[^>]*text-anchor="middle">${category}</text>`).exec(svg)?.[1]);

  it('draws a labelled band behind the lines over exactly the break’s periods, with its explanation as a title', () => {
    const band = /<g class="series-break"><title>([^<]+)<\/title><rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(svg);
    expect(band?.[1]).toBe(title);
    const [left, width] = [Number(band?.[2]), Number(band?.[3])];
    const step = xOf('2021') - xOf('2020');
    // From half a period before 2020 to half a period after 2021.
    expect(left).toBeCloseTo(xOf('2020') - step / 2, 1);
    expect(left + width).toBeCloseTo(xOf('2021') + step / 2, 1);
    expect(svg).toContain('>Brud i serien</text>');
    // Behind everything: the band comes before the grid and the lines.
    expect(svg.indexOf('class="series-break"')).toBeLessThan(svg.indexOf('class="axis"'));
  });

  it('draws nothing without breaks (the golden file holds)', () => {
    expect(rendered['time-series']).not.toContain('series-break');
  });

  it('the gap chart draws the same band', () => {
    expect(renderGapChart({ ...gap, breaks: [{ from: 0, to: 0, label: 'Brud i serien', title }] })).toContain('<g class="series-break">');
  });
});
