/**
 * Layout in real Chromium at a laptop's width (1366×768) and a phone's (390×844), over every page
 * of the dashboard (overview, every indicator, breakdowns, the diversity indices, the housing
 * areas, both languages): no page is wider than the screen, no text is clipped by its box, no two
 * pieces of text overlap (text boxes compared pairwise, SVG chart labels included), and chart text
 * is at least 10 px on the screen. Screenshots of every page at both widths are written to
 * test-output/screenshots/layout-*.png for a person to look at. Beside the axe test in e2e.test.ts;
 * skipped, like it, only when Chromium is missing outside CI.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.ts';
import { chromiumArgs } from '../../src/report/pdf/index.ts';
import { type RunningServer, startServer } from '../../src/web/index.ts';
import { CHROMIUM, NO_BROWSER } from '../browser.ts';
import { createFakeData } from './fake-data.ts';

const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'screenshots');
const catalogue = loadCatalogue();

const VIEWPORTS = [
  { name: '1366', width: 1366, height: 768 },
  { name: '390', width: 390, height: 844 },
] as const;

/** Every page a reader can reach, with a file-name-safe label. */
const PAGES: readonly { name: string; path: string }[] = [
  { name: 'oversigt', path: '/' },
  { name: 'oversigt-en', path: '/?lang=en' },
  { name: 'boligomraader', path: '/boligomraader' },
  ...catalogue.indicators.map((i) => ({ name: `indikator-${i.id}`, path: `/indikator/${i.id}` })),
  { name: 'indikator-hjemmepleje-85', path: '/indikator/hjemmepleje?breakdown=ageband%3D85%2B&groups=all' },
  { name: 'indikator-selvforsoergelse-en', path: '/indikator/selvforsoergelse?lang=en' },
];

/**
 * The layout problems of the page in the browser, as text (run as a string: the tests compile
 * without the DOM library). Ignored: visually hidden text (sr-only, 1 px clip), text inside a box
 * that scrolls on purpose (`.table-scroll`), and `<title>`/`<desc>` of charts.
 */
const FIND_PROBLEMS = `(() => {
  const vw = document.documentElement.clientWidth;
  const problems = [];
  const hidden = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden') return true;
      const r = e.getBoundingClientRect();
      if ((s.position === 'absolute' || s.position === 'fixed') && r.width <= 1 && r.height <= 1) return true;
      if (s.clip && s.clip !== 'auto' && r.width <= 2) return true;
    }
    return false;
  };
  const scroller = (el) => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const o = getComputedStyle(e).overflowX;
      if (o === 'auto' || o === 'scroll') return e;
    }
    return null;
  };
  const label = (el) => {
    const t = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '') + ' "' + t + '"';
  };
  if (document.documentElement.scrollWidth > vw + 1) problems.push('page is ' + document.documentElement.scrollWidth + ' px wide in a ' + vw + ' px window');
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('title, desc, script, style, noscript') || hidden(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > vw + 1 && !scroller(el) && !(el instanceof SVGElement && el.ownerSVGElement)) problems.push('wider than the window: ' + label(el) + ' ends at ' + Math.round(r.right));
    const s = getComputedStyle(el);
    const clips = ['hidden', 'clip'].includes(s.overflowX) || s.textOverflow === 'ellipsis';
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    if (clips && el.scrollWidth > el.clientWidth + 1 && (el.textContent || '').trim() !== '') problems.push('clipped text: ' + label(el));
    // Text that runs out of its own box (a nowrap figure wider than its grid column) lands on its neighbour.
    else if (ownText && !(el instanceof SVGElement) && s.display !== 'inline' && el.scrollWidth > el.clientWidth + 1 && !scroller(el)) problems.push('text runs out of its box: ' + label(el));
  }
  const graphics = [...document.querySelectorAll('main svg, main img')].filter((g) => !(g instanceof SVGElement && g.ownerSVGElement) && !hidden(g));
  // Text boxes: one per text node (HTML) or per <text> (SVG).
  const boxes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || node.textContent.trim() === '' || parent.closest('title, desc, script, style, noscript, text') || hidden(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.width > 0.5 && r.height > 0.5) boxes.push({ r, el: parent, scroll: scroller(parent) });
  }
  for (const t of document.querySelectorAll('svg text')) {
    if (hidden(t) || t.textContent.trim() === '') continue;
    const r = t.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) boxes.push({ r, el: t, scroll: scroller(t) });
    const svg = t.ownerSVGElement;
    const box = svg && svg.viewBox && svg.viewBox.baseVal;
    if (box && box.width > 0) {
      const px = parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / box.width;
      if (px < 9.95) problems.push('chart text ' + px.toFixed(1) + ' px: ' + label(t));
    }
  }
  for (const box of boxes) {
    if (box.el instanceof SVGElement) continue;
    for (const g of graphics) {
      const gr = g.getBoundingClientRect();
      const w = Math.min(box.r.right, gr.right) - Math.max(box.r.left, gr.left);
      const h = Math.min(box.r.bottom, gr.bottom) - Math.max(box.r.top, gr.top);
      if (w > 1 && h > 2 && !g.contains(box.el) && scroller(g) === box.scroll) problems.push('text under a chart: ' + label(box.el));
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el) || a.scroll !== b.scroll) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      // Line boxes of neighbouring lines may touch by a pixel or two; glyphs that collide overlap by more.
      if (w > 1 && h > 2) problems.push('overlapping text: ' + label(a.el) + ' and ' + label(b.el));
    }
  }
  return [...new Set(problems)];
})()`;

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  if (NO_BROWSER) return;
  server = await startServer({ port: 0, data: createFakeData() });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs() });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function problemsOf(page: Page): Promise<string[]> {
  return (await page.evaluate(FIND_PROBLEMS)) as string[];
}

describe.skipIf(NO_BROWSER)('layout in Chromium', () => {
  for (const viewport of VIEWPORTS) {
    it(`has no page wider than ${viewport.width} px, no clipped or overlapping text, chart text ≥ 10 px; screenshots`, { timeout: 240_000 }, async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      for (const p of PAGES) {
        const path = p.path.includes('lang=') ? p.path : `${p.path}${p.path.includes('?') ? '&' : '?'}lang=da`;
        const response = await page.goto(`${server.url}${path}`);
        expect(response?.status(), p.path).toBe(200);
        await page.screenshot({ path: join(SCREENSHOTS, `layout-${p.name}-${viewport.name}.png`), fullPage: true });
        const problems = await problemsOf(page);
        if (problems.length > 0) found[p.path] = problems;
      }
      await context.close();
      expect(found).toEqual({});
    });
  }

  it('finds what it looks for: an overflowing box, clipped text, overlapping labels and tiny chart text', async () => {
    // The page's CSP forbids inline styles; this context lets the planted faults through.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(`document.querySelector('main').insertAdjacentHTML('beforeend',
      '<div style="width:600px">wide</div>' +
      '<p style="width:40px;overflow:hidden;white-space:nowrap">procentpoint</p>' +
      '<dl style="display:grid;grid-template-columns:40px 40px"><dd style="white-space:nowrap;margin:0">karakterpoint</dd><dd style="margin:0">x</dd></dl>' +
      '<div style="position:relative;height:40px"><span style="position:absolute;left:0;top:0">27,5 pr. 1.000</span><span style="position:absolute;left:10px;top:0">20,1 pr. 1.000</span></div>' +
      '<svg viewBox="0 0 1000 100" width="300" height="30"><text x="10" y="50" font-size="12">lille</text></svg>')`);
    const problems = (await problemsOf(page)).join('\n');
    expect(problems).toContain('page is');
    expect(problems).toContain('clipped text: p "procentpoint"');
    expect(problems).toContain('overlapping text: span "27,5 pr. 1.000" and span "20,1 pr. 1.000"');
    expect(problems).toContain('text runs out of its box: dd "karakterpoint"');
    expect(problems).toMatch(/chart text 3\.6 px: text "lille"/);
    await context.close();
  });
});
