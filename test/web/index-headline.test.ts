/**
 * The diversity indicator's page without a chosen breakdown charts its headline index — the figure
 * the sentence above the chart is about (issue 14) — and names it in the latest figures, instead of
 * the target group's share of all residents under a sentence about the dissimilarity index.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { computeResults } from '../../src/services/compute/index.ts';
import { dictionary } from '../../src/web/i18n/index.ts';
import { indicatorPage } from '../../src/web/pages/indicator-page.ts';
import { testDeliveries } from '../report/fixtures.ts';

const catalogue = loadCatalogue();

describe('the diversity indicator page charts its headline index', () => {
  it('the latest figure is the dissimilarity index, as the narrative says, not the target share', () => {
    const indicator = catalogue.get('boligomraader-diversitet');
    if (indicator === undefined) throw new Error('no diversity indicator');
    const { rows } = computeResults(
      catalogue,
      testDeliveries().filter((d) => d.indicator === indicator.id),
      { threshold: 5 },
    );
    const own = rows.filter((r) => r.indicator === indicator.id);
    const html = String(indicatorPage({ indicator, rows: own, breakdown: '', allGroups: false, areaNames: new Map(), lang: 'da', dict: dictionary('da') }));
    // The narrative: "… (dissimilaritetsindekset), faldt fra 0,61 i 2024 til 0,54 i 2025." (test/narrative).
    expect(html).toContain('faldt fra 0,61 i 2024 til 0,54 i 2025');
    // The chart's legend names the index too, not the group "I alt" of the index rows.
    const chart = html.slice(html.indexOf('<figure class="chart-figure">'), html.indexOf('</figure>'));
    expect(chart).toContain('Dissimilaritetsindeks');
    expect(chart).not.toContain('I alt');
    const panel = html.slice(html.indexOf('<div class="key-figures">'));
    expect(panel).toMatch(
      /^<div class="key-figures">\s*<h3>Seneste tal: 2025<\/h3>\s*<dl><div class="key-figure"><dt>Dissimilaritetsindeks<\/dt>\s*<dd><span class="key-figure__value">0,54<\/span>/,
    );
  });
});
