/**
 * The overview card beside the own figure: the whole country's figure with the gap, and the peers'
 * median with our rank where all peers have a figure, else their range. Fake data: the country is
 * 5 % above the own figure, the peers 10 % below and above and one suppressed (test/web/fake-data.ts).
 */
import { describe, expect, it } from 'vitest';
import { formatMeasure } from '../../src/format/index.ts';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { createApp } from '../../src/web/index.ts';
import { createFakeData } from './fake-data.ts';

const catalogue = loadCatalogue();

/** The text of the card whose title is `title` (tags removed, spaces collapsed). */
function card(page: string, title: string): string {
  const at = page.indexOf(`>${title}</a>`);
  const start = page.lastIndexOf('<li class="card', at);
  return page
    .slice(start, page.indexOf('</li>', at))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the overview card compared with the country and the peers', () => {
  it("shows the peers' median and their range when one peer's figure is suppressed", async () => {
    const data = createFakeData({ comparison: true });
    const app = createApp({ data });
    const indicator = catalogue.get('selvforsoergelse');
    if (indicator === undefined) throw new Error('no selvforsoergelse');
    const rows = (await data.results('selvforsoergelse')).filter((r) => r.breakdown === '' && r.group === 'target');
    const own = rows.at(-1)?.value ?? Number.NaN;
    const text = card(await (await app.request('/?lang=da')).text(), indicator.title.da);
    const show = (v: number) => formatMeasure(v, indicator.display, 'da');
    // The median of 0.9·own and 1.1·own is own; the range runs between them. No rank: 259's figure is suppressed.
    expect(text).toContain(`Sammenligningskommuner, median ${show(own)} spænd ${show(own * 0.9)}–${show(own * 1.1)}`);
    expect(text).toContain(`Hele landet ${show(own * 1.05)}`);
    expect(text).not.toContain(' af 4');
  });
});
